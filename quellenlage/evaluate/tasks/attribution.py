"""The `attribution` task: who says what (cue, source, content), matched attribution by attribution.

Gold and predicted attributions are paired one-to-one, maximizing the total number of cue characters
they share (only pairs sharing a cue character may pair; ties: more pairs, then closer cue boundaries,
then position). The main score is the joint token F1: for each matched pair and each role, the tokens
of gold and prediction are compared (TP/FP/FN summed over roles and pairs); an unmatched attribution
contributes all its tokens as false negatives (gold) or false positives (prediction). Reported too:
per-role token F1, the SemEval-2013 span schemes over role spans (label = role; every attribution's
spans count), attribution detection P/R/F, and form, source-type and parent accuracy on matched pairs.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from ...annotations import Attribution
from ...labels import ATTRIBUTION_ROLES
from ..matching import max_weight_matching
from ..schemes import COUNTS, SCHEMES, SpanArrays, safe_div, scheme_report, score_spans
from ..stats import Layout
from ..tokens import f1_from_counts, overlap_counts
from .base import DocPair, Task, prf_dict, token_report

PAIR_COUNTS = ("gold", "pred", "matched", "form_correct", "source_type_correct", "parent_correct")


def _key(a: Attribution) -> tuple[Any, ...]:
    """Canonical position order of attributions (independent of input order and of span order)."""
    def spans(role: str) -> tuple[tuple[int, int], ...]:
        return tuple(sorted((s.start, s.end) for s in a.role(role)))

    return (spans("cue"), spans("source"), spans("content"), a.form or "", a.source_type or "",
            a.parent or "", a.id)


def cue_overlap(a: Attribution, b: Attribution) -> int:
    """Characters shared by the cues of two attributions (cue spans of one attribution never overlap)."""
    return sum(x.overlap(y) for x in a.cue for y in b.cue)


def match_attributions(gold: Sequence[Attribution], pred: Sequence[Attribution]
                       ) -> list[tuple[Attribution, Attribution]]:
    """Optimal one-to-one pairs maximizing total cue overlap; deterministic and order-independent.

    Ties go to more pairs, then to more shared source and content characters, then to closer cues.
    """
    g = sorted(gold, key=_key)
    p = sorted(pred, key=_key)
    keys: dict[tuple[int, int], tuple[int, ...]] = {}
    distances: dict[tuple[int, int], int] = {}
    for i, a in enumerate(g):
        a_lo, a_hi = min(s.start for s in a.cue), max(s.end for s in a.cue)
        for j, b in enumerate(p):
            ov = cue_overlap(a, b)
            if ov > 0:
                b_lo, b_hi = min(s.start for s in b.cue), max(s.end for s in b.cue)
                distances[(i, j)] = abs(a_lo - b_lo) + abs(a_hi - b_hi)
                roles = sum(x.overlap(y) for r in ("source", "content") for x in a.role(r) for y in b.role(r))
                keys[(i, j)] = (ov, 1, roles, 0)
    if not keys:
        return []
    far = max(distances.values()) + 1
    keys = {e: (*k[:3], far - distances[e]) for e, k in keys.items()}
    return [(g[i], p[j]) for i, j in max_weight_matching(keys)]


class AttributionTask(Task):
    """Attribution: joint token F1 after optimal one-to-one matching on cues."""

    def __init__(self) -> None:
        layout = (Layout().add("pairs", (len(PAIR_COUNTS),)).add("tokens", (len(ATTRIBUTION_ROLES), 3))
                  .add("spans", (len(SCHEMES), len(ATTRIBUTION_ROLES) + 1, len(COUNTS))))
        super().__init__("attribution", "cue-overlap-1to1", layout)

    def rows(self, pairs: Sequence[DocPair]) -> np.ndarray:
        out = np.zeros((len(pairs), self.layout.width), dtype=np.int64)
        gold_spans, pred_spans = [], []
        for d, pair in enumerate(pairs):
            out[d] = self.layout.row(pairs=self._pair_counts(pair), tokens=self._token_counts(pair))
            gold_spans.append(_role_spans(pair.gold.attributions))
            pred_spans.append(_role_spans(pair.pred.attributions))
        spans = score_spans(SpanArrays.from_docs(gold_spans), SpanArrays.from_docs(pred_spans),
                            len(pairs), len(ATTRIBUTION_ROLES))
        offset, _ = self.layout.blocks["spans"]
        out[:, offset:] = spans.reshape(len(pairs), -1)
        return out

    @staticmethod
    def _pair_counts(pair: DocPair) -> list[int]:
        matched = pair.attribution_pairs
        to_pred = {g.id: p.id for g, p in matched}
        form = sum(g.form is not None and g.form == p.form for g, p in matched)
        stype = sum(g.source_type is not None and g.source_type == p.source_type for g, p in matched)
        parent = sum((g.parent is None and p.parent is None)
                     or (g.parent is not None and p.parent is not None and to_pred.get(g.parent) == p.parent)
                     for g, p in matched)
        return [len(pair.gold.attributions), len(pair.pred.attributions), len(matched), form, stype, parent]

    @staticmethod
    def _token_counts(pair: DocPair) -> np.ndarray:
        counts = np.zeros((len(ATTRIBUTION_ROLES), 3), dtype=np.int64)
        index = pair.tokens
        matched_gold = {id(g) for g, _ in pair.attribution_pairs}
        matched_pred = {id(p) for _, p in pair.attribution_pairs}
        for r, role in enumerate(ATTRIBUTION_ROLES):
            for g, p in pair.attribution_pairs:
                counts[r] += overlap_counts(index.tokens(g.role(role)), index.tokens(p.role(role)))
            for g in pair.gold.attributions:
                if id(g) not in matched_gold:
                    counts[r, 2] += len(index.tokens(g.role(role)))
            for p in pair.pred.attributions:
                if id(p) not in matched_pred:
                    counts[r, 1] += len(index.tokens(p.role(role)))
        return counts

    def score(self, totals: np.ndarray, reference: np.ndarray | None = None) -> np.ndarray:
        tokens = self.layout.get(np.asarray(totals), "tokens").sum(axis=-2)
        return f1_from_counts(tokens)[2]

    def details(self, totals: np.ndarray) -> dict[str, Any]:
        pc = dict(zip(PAIR_COUNTS, (int(x) for x in self.layout.get(totals, "pairs"))))
        tokens = self.layout.get(totals, "tokens")
        tokens_by_role = token_report(tokens, ATTRIBUTION_ROLES, "joint")
        precision = safe_div(pc["matched"], pc["pred"])
        recall = safe_div(pc["matched"], pc["gold"])
        return {
            "score": float(self.score(totals)),
            "attributions": prf_dict(precision, recall, safe_div(2 * precision * recall, precision + recall),
                                     gold=pc["gold"], pred=pc["pred"], matched=pc["matched"]),
            "form_accuracy": float(safe_div(pc["form_correct"], pc["matched"])),
            "source_type_accuracy": float(safe_div(pc["source_type_correct"], pc["matched"])),
            "parent_accuracy": float(safe_div(pc["parent_correct"], pc["matched"])),
            "tokens": tokens_by_role,
            "spans": scheme_report(self.layout.get(totals, "spans"), ATTRIBUTION_ROLES),
        }


def _role_spans(attributions: Sequence[Attribution]) -> list[tuple[int, int, int]]:
    return [(s.start, s.end, r) for a in attributions for r, role in enumerate(ATTRIBUTION_ROLES)
            for s in a.role(role)]


ATTRIBUTION = AttributionTask()
