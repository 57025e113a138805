"""Sentence-level agreement: is a sentence attributed (cue or content) or uncertain (uncertainty cue)?"""

from __future__ import annotations

from ..annotations import AnnotationRecord
from ..corpus import Document
from ..spans import Span
from .results import Counts, LabelAgreement, SentenceResult
from .spanscores import overlaps_any

YES_NO = ("yes", "no")


def sentence_flags(document: Document, record: AnnotationRecord) -> list[tuple[bool, bool]]:
    """Per sentence of `document`: (attributed?, uncertain?) as derived from the record's spans."""
    attributed: list[Span] = [s for a in record.attributions for s in a.cue + a.content]
    uncertain = [u.span for u in record.uncertainty]
    return [(overlaps_any(start, end, attributed), overlaps_any(start, end, uncertain))
            for start, end in document.sentences]


def _yes(flag: bool) -> str:
    """A sentence decision as a nominal label."""
    return "yes" if flag else "no"


class SentenceAgreement:
    """Accumulates per-sentence decisions of both annotators over documents."""

    def __init__(self) -> None:
        self.attributed: list[tuple[str, str]] = []
        self.uncertain: list[tuple[str, str]] = []

    def add(self, document: Document, a: AnnotationRecord, b: AnnotationRecord) -> None:
        """Record both annotators' decisions for every sentence of one document."""
        for (att_a, unc_a), (att_b, unc_b) in zip(sentence_flags(document, a), sentence_flags(document, b)):
            self.attributed.append((_yes(att_a), _yes(att_b)))
            self.uncertain.append((_yes(unc_a), _yes(unc_b)))

    @staticmethod
    def _positive(pairs: list[tuple[str, str]]) -> Counts:
        """Counts of the positive class ("yes"), for its F1."""
        return Counts(sum(a == "yes" for a, _ in pairs), sum(b == "yes" for _, b in pairs),
                      sum(a == b == "yes" for a, b in pairs))

    def result(self) -> SentenceResult:
        """The accumulated comparison as a result object."""
        return SentenceResult(
            len(self.attributed),
            LabelAgreement.from_pairs("attributed", self.attributed, YES_NO), self._positive(self.attributed),
            LabelAgreement.from_pairs("uncertain", self.uncertain, YES_NO), self._positive(self.uncertain),
        )
