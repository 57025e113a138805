"""The `sentences` task: is a sentence attributed? is it uncertain? (CoNLL-2010 Task 1 style).

A sentence is "attributed" if it shares a character with any attribution cue or content span, and
"uncertain" if it shares one with any uncertainty cue. Gold labels are derived this way from gold;
a prediction's explicit `sentences` entries win over the derivation, value by value. Main score: the
mean of the positive-class F1 of "attributed" and of "uncertain".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from ...annotations import AnnotationRecord
from ...corpus import Document
from ..schemes import safe_div
from ..stats import Layout
from ..tokens import TokenIndex, f1_from_counts
from .base import DocPair, Task, prf_dict

SENTENCE_LABELS = ("attributed", "uncertain")


def sentence_labels(record: AnnotationRecord, document: Document) -> np.ndarray:
    """(n_sentences, 2) booleans: attributed, uncertain (explicit labels first, else derived)."""
    index = TokenIndex(document.sentences)
    attributed = index.mask((s.start, s.end) for a in record.attributions for s in a.cue + a.content)
    uncertain = index.mask((u.span.start, u.span.end) for u in record.uncertainty)
    out = np.stack([attributed, uncertain], axis=1)
    for label in record.sentences or ():
        if label.index < len(out):
            if label.attributed is not None:
                out[label.index, 0] = label.attributed
            if label.uncertain is not None:
                out[label.index, 1] = label.uncertain
    return out


class SentencesTask(Task):
    """Sentence labels: mean positive-class F1 of attributed and uncertain."""

    def __init__(self) -> None:
        super().__init__("sentences", "sentence-index", Layout().add("counts", (len(SENTENCE_LABELS), 4)))

    def rows(self, pairs: Sequence[DocPair]) -> np.ndarray:
        out = np.zeros((len(pairs), self.layout.width), dtype=np.int64)
        for d, pair in enumerate(pairs):
            g = sentence_labels(pair.gold, pair.document)
            p = sentence_labels(pair.pred, pair.document)
            counts = np.stack([(g & p).sum(0), (~g & p).sum(0), (g & ~p).sum(0), (~g & ~p).sum(0)], axis=1)
            out[d] = self.layout.row(counts=counts)
        return out

    def score(self, totals: np.ndarray, reference: np.ndarray | None = None) -> np.ndarray:
        counts = self.layout.get(np.asarray(totals), "counts")
        return f1_from_counts(counts[..., :3])[2].mean(axis=-1)

    def details(self, totals: np.ndarray) -> dict[str, Any]:
        counts = self.layout.get(totals, "counts")
        out: dict[str, Any] = {"score": float(self.score(totals)), "sentences": int(counts[0].sum())}
        for k, name in enumerate(SENTENCE_LABELS):
            tp, fp, fn, tn = (int(x) for x in counts[k])
            p, r, f = f1_from_counts(counts[k, :3])
            out[name] = prf_dict(p, r, f, tp=tp, fp=fp, fn=fn, tn=tn)
            out[name]["accuracy"] = float(safe_div(tp + tn, tp + fp + fn + tn))
        return out


SENTENCES = SentencesTask()
