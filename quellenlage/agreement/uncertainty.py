"""Uncertainty cue agreement: spans matched one-to-one on overlap, types compared on matched cues."""

from __future__ import annotations

from ..annotations import UncertaintyCue
from ..corpus import Document
from ..labels import UNCERTAINTY_TYPES
from .results import Counts, Example, LabelAgreement, UncertaintyResult, sort_examples
from .spanscores import exact_count, overlap_pairs


def _example(kind: str, doc_id: str, x: UncertaintyCue | None, y: UncertaintyCue | None) -> Example:
    """An example showing A's cue `x` and B's cue `y` (either may be missing) with their types."""
    first = x if x is not None else y
    assert first is not None
    return Example(kind, doc_id, first.span.start,
                   x.id if x else None, x.span.text if x else None, y.id if y else None, y.span.text if y else None,
                   x.type if x else None, y.type if y else None)


class UncertaintyAgreement:
    """Accumulates uncertainty cue agreement over documents."""

    def __init__(self) -> None:
        self.exact = Counts()
        self.partial = Counts()
        self.type_pairs: list[tuple[str, str]] = []
        self.type_examples: list[Example] = []
        self.examples: list[Example] = []

    def add(self, document: Document, a: tuple[UncertaintyCue, ...], b: tuple[UncertaintyCue, ...]) -> None:
        """Compare one document's uncertainty cues."""
        spans_a, spans_b = [u.span for u in a], [u.span for u in b]
        pairs = overlap_pairs(spans_a, spans_b)
        self.exact += Counts(len(a), len(b), exact_count(spans_a, spans_b))
        self.partial += Counts(len(a), len(b), len(pairs))
        for i, j in pairs:
            x, y = a[i], b[j]
            self.type_pairs.append((x.type, y.type))
            if x.type != y.type:
                self.type_examples.append(_example("uncertainty type", document.id, x, y))
            if x.span != y.span:
                self.examples.append(_example("uncertainty boundary", document.id, x, y))
        matched_a, matched_b = {i for i, _ in pairs}, {j for _, j in pairs}
        self.examples += [_example("uncertainty only in A", document.id, x, None)
                          for i, x in enumerate(a) if i not in matched_a]
        self.examples += [_example("uncertainty only in B", document.id, None, y)
                          for j, y in enumerate(b) if j not in matched_b]

    def result(self) -> UncertaintyResult:
        """The accumulated comparison as a result object."""
        kind = LabelAgreement.from_pairs("type", self.type_pairs, UNCERTAINTY_TYPES, self.type_examples)
        return UncertaintyResult(self.exact, self.partial, kind, sort_examples(self.examples))
