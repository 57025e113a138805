"""The `claims` task: labels of the gold claims (spans are given; predictions name claims by id).

Per label dimension: accuracy, per-class precision/recall/F1, and macro-F1 over the classes present in
gold or prediction. A gold claim without a predicted label counts as wrong (a false negative of its
gold class, a false positive of no class). Main score: the mean macro-F1 of certainty, commitment
and verification (polarity is reported, not averaged in). Attribution-link accuracy: a claim's link is
right if both sides say "the author's own" (null), or the predicted attribution is the one matched
to the gold attribution by the `attribution` task's matching.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from ...labels import CLAIM_DIMENSIONS
from ..schemes import safe_div
from ..stats import Layout
from .base import DocPair, Task

MAIN_DIMENSIONS = ("certainty", "commitment", "verification")


class ClaimsTask(Task):
    """Claim labels: mean macro-F1 of certainty, commitment, verification."""

    def __init__(self) -> None:
        layout = Layout()
        for dim, values in CLAIM_DIMENSIONS.items():
            layout.add(dim, (len(values), len(values) + 1))  # last column: no prediction
        layout.add("link", (2,))  # claims, link correct
        super().__init__("claims", "claim-id", layout)

    def rows(self, pairs: Sequence[DocPair]) -> np.ndarray:
        out = np.zeros((len(pairs), self.layout.width), dtype=np.int64)
        for d, pair in enumerate(pairs):
            predicted = {c.id: c for c in pair.pred.claims}
            to_pred = {g.id: p.id for g, p in pair.attribution_pairs} if pair.gold.claims else {}
            blocks: dict[str, np.ndarray] = {}
            for dim, values in CLAIM_DIMENSIONS.items():
                matrix = np.zeros((len(values), len(values) + 1), dtype=np.int64)
                index = {v: i for i, v in enumerate(values)}
                for claim in pair.gold.claims:
                    gold_label = claim.label(dim)
                    if gold_label is None:
                        continue
                    guess = predicted.get(claim.id)
                    label = guess.label(dim) if guess is not None else None
                    matrix[index[gold_label], index.get(label, len(values)) if label else len(values)] += 1
                blocks[dim] = matrix
            link = 0
            for claim in pair.gold.claims:
                guess = predicted.get(claim.id)
                if guess is None:
                    continue
                if claim.attribution is None:
                    link += guess.attribution is None
                else:
                    link += guess.attribution is not None and to_pred.get(claim.attribution) == guess.attribution
            out[d] = self.layout.row(**blocks, link=[len(pair.gold.claims), link])
        return out

    def _macro(self, totals: np.ndarray, reference: np.ndarray, dim: str) -> np.ndarray:
        matrix = self.layout.get(totals, dim).astype(np.float64)
        ref = self.layout.get(reference, dim)
        k = ref.shape[-2]
        present = (ref.sum(axis=-1) + ref[..., :, :k].sum(axis=-2)) > 0
        tp = np.diagonal(matrix[..., :, :k], axis1=-2, axis2=-1)
        f1 = safe_div(2 * tp, matrix.sum(axis=-1) + matrix[..., :, :k].sum(axis=-2))
        n_present = present.sum()
        return (f1 * present).sum(axis=-1) / n_present if n_present else np.zeros(f1.shape[:-1])

    def score(self, totals: np.ndarray, reference: np.ndarray | None = None) -> np.ndarray:
        totals = np.asarray(totals)
        reference = totals if reference is None else np.asarray(reference)
        if reference.ndim > 1:
            raise ValueError("reference must be one row of totals")
        return sum(self._macro(totals, reference, dim) for dim in MAIN_DIMENSIONS) / len(MAIN_DIMENSIONS)

    def details(self, totals: np.ndarray) -> dict[str, Any]:
        dims: dict[str, Any] = {}
        for dim, values in CLAIM_DIMENSIONS.items():
            matrix = self.layout.get(totals, dim)
            k = len(values)
            support = matrix.sum(axis=1)
            predicted = matrix[:, :k].sum(axis=0)
            tp = np.diagonal(matrix[:, :k])
            classes = {}
            for i, value in enumerate(values):
                if support[i] + predicted[i] == 0:
                    continue
                p, r = safe_div(tp[i], predicted[i]), safe_div(tp[i], support[i])
                classes[value] = {"precision": float(p), "recall": float(r),
                                  "f1": float(safe_div(2 * tp[i], support[i] + predicted[i])),
                                  "support": int(support[i]), "predicted": int(predicted[i])}
            dims[dim] = {
                "accuracy": float(safe_div(tp.sum(), matrix.sum())),
                "macro_f1": float(self._macro(totals, totals, dim)),
                "unlabelled": int(matrix[:, k].sum()),
                "classes": classes,
                "confusion": {"rows": list(values), "columns": list(values) + ["(none)"],
                              "counts": matrix.astype(int).tolist()},
            }
        n_claims, link = (int(x) for x in self.layout.get(totals, "link"))
        return {
            "score": float(self.score(totals)),
            "claims": n_claims,
            "dimensions": dims,
            "attribution_link_accuracy": float(safe_div(link, n_claims)),
        }


CLAIMS = ClaimsTask()
