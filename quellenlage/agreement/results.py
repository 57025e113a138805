"""Result data classes of an agreement run: counts, label agreement, examples, one class per layer."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from fractions import Fraction

from .coefficients import alpha_of_pairs, cohen_kappa, observed_agreement


def _ratio(num: int, den: int) -> float | None:
    """num/den computed exactly, None when den is 0 (undefined, reported as n/a)."""
    return float(Fraction(num, den)) if den else None


@dataclass(frozen=True)
class Counts:
    """Items (spans or tokens) of A, of B, and shared by both; F1 = 2*both/(a+b), A as reference."""

    a: int = 0
    b: int = 0
    both: int = 0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(self.a + other.a, self.b + other.b, self.both + other.both)

    @property
    def precision(self) -> float | None:
        """Share of B's items that A has too."""
        return _ratio(self.both, self.b)

    @property
    def recall(self) -> float | None:
        """Share of A's items that B has too."""
        return _ratio(self.both, self.a)

    @property
    def f1(self) -> float | None:
        """Harmonic mean of precision and recall, 2*both/(a+b); symmetric in A and B."""
        return _ratio(2 * self.both, self.a + self.b)


@dataclass(frozen=True)
class Example:
    """One concrete disagreement for review: the document and what each annotator marked."""

    kind: str
    doc_id: str
    position: int
    a_id: str | None
    a_text: str | None
    b_id: str | None
    b_text: str | None
    a_label: str | None = None
    b_label: str | None = None

    @property
    def sort_key(self) -> tuple[str, int, str, str, str]:
        """Report order: by document, then position in the text (independent of record order)."""
        return self.doc_id, self.position, self.kind, self.a_id or "", self.b_id or ""


def sort_examples(examples: Sequence[Example]) -> tuple[Example, ...]:
    """Examples in report order (see `Example.sort_key`)."""
    return tuple(sorted(examples, key=lambda e: e.sort_key))


@dataclass(frozen=True)
class Confusion:
    """Two labels that A and B gave the same items, with counts in both directions."""

    x: str
    y: str
    a_x_b_y: int
    a_y_b_x: int

    @property
    def total(self) -> int:
        """Confusions in both directions."""
        return self.a_x_b_y + self.a_y_b_x


@dataclass(frozen=True)
class LabelAgreement:
    """Agreement on one nominal label over matched items: observed, kappa, alpha, confusion A x B."""

    name: str
    n: int
    observed: float | None
    kappa: float | None
    alpha: float | None
    categories: tuple[str, ...]
    confusion: tuple[tuple[str, str, int], ...]
    disagreements: tuple[Example, ...] = ()

    @classmethod
    def from_pairs(cls, name: str, pairs: Sequence[tuple[str, str]], inventory: Sequence[str],
                   disagreements: Sequence[Example] = ()) -> "LabelAgreement":
        """Coefficients and confusion of `(label of A, label of B)` pairs; categories in inventory order."""
        counts: Counter[tuple[Hashable, Hashable]] = Counter(pairs)
        seen = {x for pair in pairs for x in pair}
        categories = tuple(inventory) + tuple(sorted(seen - set(inventory)))
        table = tuple((x, y, counts[(x, y)]) for x in categories for y in categories if counts[(x, y)])
        return cls(name, len(pairs), observed_agreement(pairs), cohen_kappa(pairs), alpha_of_pairs(pairs),
                   categories, table, sort_examples(disagreements))

    def count(self, a: str, b: str) -> int:
        """Items labelled `a` by A and `b` by B."""
        return next((n for x, y, n in self.confusion if x == a and y == b), 0)

    def top_confusions(self, k: int | None = None) -> list[Confusion]:
        """Label pairs confused most often (both directions together), most frequent first."""
        out = []
        for i, x in enumerate(self.categories):
            for y in self.categories[i + 1:]:
                c = Confusion(x, y, self.count(x, y), self.count(y, x))
                if c.total:
                    out.append(c)
        rank = {c: i for i, c in enumerate(self.categories)}
        out.sort(key=lambda c: (-c.total, rank[c.x], rank[c.y]))
        return out if k is None else out[:k]

    def examples_of(self, confusion: Confusion) -> list[Example]:
        """The recorded disagreements between the two labels of `confusion` (either direction)."""
        pair = {confusion.x, confusion.y}
        return [e for e in self.disagreements if {e.a_label, e.b_label} == pair]


@dataclass(frozen=True)
class RoleAgreement:
    """Span and token agreement on one attribution role over the matched attribution structure."""

    role: str
    exact: Counts
    partial: Counts
    tokens: Counts


@dataclass(frozen=True)
class AttributionResult:
    """Attributions matched one-to-one on cue overlap; role spans, tokens and labels compared."""

    a: int
    b: int
    matched: int
    roles: tuple[RoleAgreement, ...]
    labels: tuple[LabelAgreement, ...]
    examples: tuple[Example, ...] = ()

    @property
    def counts(self) -> Counts:
        """Attributions of A, of B, and matched (for the matching F1)."""
        return Counts(self.a, self.b, self.matched)


@dataclass(frozen=True)
class UncertaintyResult:
    """Uncertainty cue spans (exact and overlap matching) and their types on matched cues."""

    exact: Counts
    partial: Counts
    type: LabelAgreement
    examples: tuple[Example, ...] = ()


@dataclass(frozen=True)
class LinkAgreement:
    """Whether matched claims point to matched attributions (or both to none)."""

    n: int
    both_null: int
    same_attribution: int

    @property
    def agree(self) -> int:
        """Matched claims whose links agree."""
        return self.both_null + self.same_attribution

    @property
    def observed(self) -> float | None:
        return _ratio(self.agree, self.n)


@dataclass(frozen=True)
class ClaimResult:
    """Claim spans (exact and overlap matching), their four label dimensions and attribution links."""

    exact: Counts
    partial: Counts
    without_span_a: int
    without_span_b: int
    dimensions: tuple[LabelAgreement, ...]
    link: LinkAgreement
    examples: tuple[Example, ...] = ()


@dataclass(frozen=True)
class SentenceResult:
    """Per sentence: attributed? uncertain? as derived from each annotator's spans."""

    n: int
    attributed: LabelAgreement
    attributed_positive: Counts
    uncertain: LabelAgreement
    uncertain_positive: Counts


@dataclass(frozen=True)
class AgreementResult:
    """Everything `quellenlage agreement` reports about two annotation files."""

    title: str
    file_a: str
    file_b: str
    annotators_a: tuple[str, ...]
    annotators_b: tuple[str, ...]
    documents: tuple[str, ...]
    only_a: tuple[str, ...]
    only_b: tuple[str, ...]
    attribution: AttributionResult
    uncertainty: UncertaintyResult
    claims: ClaimResult
    sentences: SentenceResult
