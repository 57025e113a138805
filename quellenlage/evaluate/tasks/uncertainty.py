"""The `uncertainty` task: uncertainty cue spans and their types.

Main score: micro F1 of the SemEval-2013 partial scheme (boundaries may differ, types ignored; a
partial match earns half). All four schemes are reported per type, micro and macro, and token-level
P/R/F per type (a token is labelled with the type of every cue that touches it).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from ...labels import UNCERTAINTY_TYPES
from ..schemes import COUNTS, SCHEMES, SpanArrays, prf, scheme_report, score_spans
from ..stats import Layout
from ..tokens import labelled_token_counts
from .base import DocPair, Task, token_report

_TYPE_INDEX = {t: i for i, t in enumerate(UNCERTAINTY_TYPES)}
_PARTIAL = SCHEMES.index("partial")
_STRICT = SCHEMES.index("strict")


class UncertaintyTask(Task):
    """Uncertainty cues: partial-match span F1."""

    def __init__(self) -> None:
        layout = (Layout().add("spans", (len(SCHEMES), len(UNCERTAINTY_TYPES) + 1, len(COUNTS)))
                  .add("tokens", (len(UNCERTAINTY_TYPES), 3)))
        super().__init__("uncertainty", "semeval13-partial", layout)

    def rows(self, pairs: Sequence[DocPair]) -> np.ndarray:
        gold = [_cues(p.gold) for p in pairs]
        pred = [_cues(p.pred) for p in pairs]
        spans = score_spans(SpanArrays.from_docs(gold), SpanArrays.from_docs(pred), len(pairs),
                            len(UNCERTAINTY_TYPES))
        out = np.zeros((len(pairs), self.layout.width), dtype=np.int64)
        for d, pair in enumerate(pairs):
            tokens = labelled_token_counts(pair.tokens, gold[d], pred[d], len(UNCERTAINTY_TYPES))
            out[d] = self.layout.row(spans=spans[d], tokens=tokens)
        return out

    def score(self, totals: np.ndarray, reference: np.ndarray | None = None) -> np.ndarray:
        return prf(self.layout.get(np.asarray(totals), "spans")[..., _PARTIAL, -1, :], "partial")[2]

    def details(self, totals: np.ndarray) -> dict[str, Any]:
        spans = self.layout.get(totals, "spans")
        tokens = self.layout.get(totals, "tokens")
        tokens_by_type = token_report(tokens, UNCERTAINTY_TYPES, "micro")
        return {
            "score": float(self.score(totals)),
            "strict_f1": float(prf(spans[_STRICT, -1], "strict")[2]),
            "spans": scheme_report(spans, UNCERTAINTY_TYPES),
            "tokens": tokens_by_type,
        }


def _cues(record: Any) -> list[tuple[int, int, int]]:
    return [(u.span.start, u.span.end, _TYPE_INDEX[u.type]) for u in record.uncertainty]


UNCERTAINTY = UncertaintyTask()
