"""Claim agreement: spans matched one-to-one on overlap; labels and attribution links on matched claims."""

from __future__ import annotations

from collections.abc import Mapping

from ..annotations import Claim
from ..corpus import Document
from ..labels import CLAIM_DIMENSIONS
from ..spans import Span
from .results import ClaimResult, Counts, Example, LabelAgreement, LinkAgreement, sort_examples
from .spanscores import exact_count, overlap_pairs


def _labels(c: Claim) -> str:
    return ", ".join(f"{dim}={c.label(dim)}" for dim in CLAIM_DIMENSIONS if c.label(dim) is not None)


def _example(kind: str, doc_id: str, x: Claim | None, y: Claim | None,
             a_label: str | None = None, b_label: str | None = None) -> Example:
    """An example showing A's claim `x` and B's claim `y` (either may be missing; both have spans)."""
    sx, sy = (x.span if x else None), (y.span if y else None)
    first = sx if sx is not None else sy
    assert first is not None
    return Example(kind, doc_id, first.start, x.id if x else None, sx.text if sx else None,
                   y.id if y else None, sy.text if sy else None, a_label, b_label)


def _link(attribution: str | None, attribution_map: Mapping[str, str]) -> str:
    """A's attribution link with what it was matched to in B, e.g. `a3 = B none`."""
    if attribution is None:
        return "null"
    return f"{attribution} = B {attribution_map.get(attribution, 'none')}"


class ClaimAgreement:
    """Accumulates claim agreement over documents (claims without a span are counted, not compared)."""

    def __init__(self) -> None:
        self.exact = Counts()
        self.partial = Counts()
        self.without_a = self.without_b = 0
        self.pairs: dict[str, list[tuple[str, str]]] = {d: [] for d in CLAIM_DIMENSIONS}
        self.disagreements: dict[str, list[Example]] = {d: [] for d in CLAIM_DIMENSIONS}
        self.link = [0, 0, 0]  # matched claims, both null, same matched attribution
        self.examples: list[Example] = []

    def add(self, document: Document, a: tuple[Claim, ...], b: tuple[Claim, ...],
            attribution_map: Mapping[str, str]) -> None:
        """Compare one document's claims; `attribution_map` is the attribution matching (A id -> B id)."""
        with_a = [c for c in a if c.span is not None]
        with_b = [c for c in b if c.span is not None]
        self.without_a += len(a) - len(with_a)
        self.without_b += len(b) - len(with_b)
        spans_a: list[Span] = [c.span for c in with_a if c.span is not None]
        spans_b: list[Span] = [c.span for c in with_b if c.span is not None]
        pairs = overlap_pairs(spans_a, spans_b)
        self.exact += Counts(len(with_a), len(with_b), exact_count(spans_a, spans_b))
        self.partial += Counts(len(with_a), len(with_b), len(pairs))
        for i, j in pairs:
            x, y = with_a[i], with_b[j]
            for dim in CLAIM_DIMENSIONS:
                la, lb = x.label(dim), y.label(dim)
                if la is None or lb is None:
                    continue
                self.pairs[dim].append((la, lb))
                if la != lb:
                    self.disagreements[dim].append(_example(dim, document.id, x, y, la, lb))
            self.link[0] += 1
            if x.attribution is None and y.attribution is None:
                self.link[1] += 1
            elif x.attribution is not None and attribution_map.get(x.attribution) == y.attribution:
                self.link[2] += 1
            else:
                self.examples.append(_example("claim attribution link", document.id, x, y,
                                              _link(x.attribution, attribution_map), y.attribution or "null"))
            if x.span != y.span:
                self.examples.append(_example("claim boundary", document.id, x, y))
        matched_a, matched_b = {i for i, _ in pairs}, {j for _, j in pairs}
        self.examples += [_example("claim only in A", document.id, x, None, _labels(x))
                          for i, x in enumerate(with_a) if i not in matched_a]
        self.examples += [_example("claim only in B", document.id, None, y, None, _labels(y))
                          for j, y in enumerate(with_b) if j not in matched_b]

    def result(self) -> ClaimResult:
        """The accumulated comparison as a result object."""
        dims = tuple(LabelAgreement.from_pairs(d, self.pairs[d], inventory, self.disagreements[d])
                     for d, inventory in CLAIM_DIMENSIONS.items())
        return ClaimResult(self.exact, self.partial, self.without_a, self.without_b, dims,
                           LinkAgreement(*self.link), sort_examples(self.examples))
