"""Attribution agreement: one-to-one matching on cue overlap, then roles, tokens and labels."""

from __future__ import annotations

from ..annotations import Attribution
from ..corpus import Document
from ..labels import ATTRIBUTION_FORMS, ATTRIBUTION_ROLES, SOURCE_TYPES
from ..evaluate.tasks.attribution import match_attributions as evaluation_matching
from .results import AttributionResult, Counts, Example, LabelAgreement, RoleAgreement, sort_examples
from .spanscores import TokenIndex, exact_count, overlap_pairs

#: Attribution label dimensions compared on matched pairs, with their inventories.
ATTRIBUTION_LABELS: dict[str, tuple[str, ...]] = {"form": ATTRIBUTION_FORMS, "source_type": SOURCE_TYPES}


def match_attributions(a: tuple[Attribution, ...], b: tuple[Attribution, ...]) -> list[tuple[int, int]]:
    """Index pairs `(i, j)` of the evaluation's attribution matching, so agreement and scoring pair alike."""
    index_a = {id(x): i for i, x in enumerate(a)}
    index_b = {id(y): j for j, y in enumerate(b)}
    return sorted((index_a[id(x)], index_b[id(y)]) for x, y in evaluation_matching(a, b))


def describe(a: Attribution) -> str:
    """Short readable form for examples: `cue (source): content`."""
    cue = " … ".join(s.text for s in a.cue)
    source = " … ".join(s.text for s in a.source)
    content = " … ".join(s.text for s in a.content)
    return cue + (f" ({source})" if source else "") + (f": {content}" if content else "")


def _start(a: Attribution) -> int:
    return min(s.start for s in a.spans())


def _role_text(a: Attribution, role: str) -> str:
    return " … ".join(s.text for s in a.role(role)) or "—"


class AttributionAgreement:
    """Accumulates attribution agreement over documents."""

    def __init__(self) -> None:
        self.a = self.b = self.matched = 0
        self.exact = {r: Counts() for r in ATTRIBUTION_ROLES}
        self.partial = {r: Counts() for r in ATTRIBUTION_ROLES}
        self.tokens = {r: Counts() for r in ATTRIBUTION_ROLES}
        self.label_pairs: dict[str, list[tuple[str, str]]] = {k: [] for k in ATTRIBUTION_LABELS}
        self.label_examples: dict[str, list[Example]] = {k: [] for k in ATTRIBUTION_LABELS}
        self.examples: list[Example] = []

    def add(self, document: Document, a: tuple[Attribution, ...], b: tuple[Attribution, ...]) -> dict[str, str]:
        """Compare one document's attributions; return the matching as `A id -> B id`."""
        pairs = match_attributions(a, b)
        self.a, self.b, self.matched = self.a + len(a), self.b + len(b), self.matched + len(pairs)
        index = TokenIndex(document)
        for role in ATTRIBUTION_ROLES:
            n_a, n_b = sum(len(x.role(role)) for x in a), sum(len(y.role(role)) for y in b)
            tok_a = [index.tokens(x.role(role)) for x in a]
            tok_b = [index.tokens(y.role(role)) for y in b]
            exact = partial = shared = 0
            for i, j in pairs:
                ra, rb = a[i].role(role), b[j].role(role)
                exact += exact_count(ra, rb)
                partial += len(overlap_pairs(ra, rb))
                shared += len(tok_a[i] & tok_b[j])
                if sorted(ra) != sorted(rb):
                    self.examples.append(Example(f"attribution {role} boundary", document.id, _start(a[i]), a[i].id,
                                                 _role_text(a[i], role), b[j].id, _role_text(b[j], role)))
            self.exact[role] += Counts(n_a, n_b, exact)
            self.partial[role] += Counts(n_a, n_b, partial)
            self.tokens[role] += Counts(sum(map(len, tok_a)), sum(map(len, tok_b)), shared)
        for name in ATTRIBUTION_LABELS:
            for i, j in pairs:
                la, lb = getattr(a[i], name), getattr(b[j], name)
                if la is None or lb is None:
                    continue
                self.label_pairs[name].append((la, lb))
                if la != lb:
                    self.label_examples[name].append(Example(name, document.id, _start(a[i]), a[i].id, describe(a[i]),
                                                             b[j].id, describe(b[j]), la, lb))
        matched_a, matched_b = {i for i, _ in pairs}, {j for _, j in pairs}
        self.examples += [Example("attribution only in A", document.id, _start(x), x.id, describe(x), None, None)
                          for i, x in enumerate(a) if i not in matched_a]
        self.examples += [Example("attribution only in B", document.id, _start(y), None, None, y.id, describe(y))
                          for j, y in enumerate(b) if j not in matched_b]
        return {a[i].id: b[j].id for i, j in pairs}

    def result(self) -> AttributionResult:
        """The accumulated comparison as a result object."""
        roles = tuple(RoleAgreement(r, self.exact[r], self.partial[r], self.tokens[r]) for r in ATTRIBUTION_ROLES)
        labels = tuple(LabelAgreement.from_pairs(name, self.label_pairs[name], inventory, self.label_examples[name])
                       for name, inventory in ATTRIBUTION_LABELS.items())
        return AttributionResult(self.a, self.b, self.matched, roles, labels, sort_examples(self.examples))
