"""What every task shares: a document with its gold and predicted record, and the task interface."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import numpy as np

from ...annotations import AnnotationRecord, Attribution
from ...corpus import Document
from ..stats import DocStats, Layout
from ..tokens import TokenIndex, f1_from_counts


@dataclass
class DocPair:
    """One scored document: its text, the gold record and the prediction (empty when missing)."""

    document: Document
    gold: AnnotationRecord
    pred: AnnotationRecord

    @classmethod
    def of(cls, document: Document, gold: AnnotationRecord, pred: AnnotationRecord | None) -> "DocPair":
        return cls(document, gold, pred if pred is not None else AnnotationRecord(doc_id=document.id))

    @cached_property
    def tokens(self) -> TokenIndex:
        return TokenIndex(self.document.tokens)

    @cached_property
    def attribution_pairs(self) -> list[tuple[Attribution, Attribution]]:
        """Gold and predicted attributions matched one-to-one on cue overlap (see `attribution`)."""
        from .attribution import match_attributions

        return match_attributions(self.gold.attributions, self.pred.attributions)


@dataclass
class Task:
    """A task: per-document statistics (`rows`), a main score and a detailed report computed from sums."""

    name: str
    match: str
    layout: Layout = field(default_factory=Layout)

    def rows(self, pairs: Sequence[DocPair]) -> np.ndarray:  # pragma: no cover - interface
        """The (n_docs, width) integer statistics of the documents."""
        raise NotImplementedError

    def stats(self, pairs: Sequence[DocPair]) -> DocStats:
        values = self.rows(pairs) if pairs else np.zeros((0, self.layout.width), dtype=np.int64)
        return DocStats(self.name, tuple(p.document.id for p in pairs), values)

    def score(self, totals: np.ndarray, reference: np.ndarray | None = None) -> np.ndarray:  # pragma: no cover
        """The main score from column sums (any leading shape); `reference` fixes class sets for macro means."""
        raise NotImplementedError

    def details(self, totals: np.ndarray) -> dict[str, Any]:  # pragma: no cover - interface
        """Every reported number, as JSON-ready values."""
        raise NotImplementedError


def prf_dict(precision: Any, recall: Any, f1: Any, **counts: Any) -> dict[str, Any]:
    """A precision/recall/F1 entry with its counts."""
    out = {k: int(v) for k, v in counts.items()}
    out.update(precision=float(precision), recall=float(recall), f1=float(f1))
    return out


def token_report(tokens: np.ndarray, names: Sequence[str], total: str) -> dict[str, dict[str, Any]]:
    """P/R/F with TP/FP/FN per row of `tokens` (one row per name), plus their sum under `total`."""
    out = {}
    for k, name in enumerate([*names, total]):
        row = tokens[k] if k < len(names) else tokens.sum(axis=0)
        p, r, f = f1_from_counts(row)
        out[name] = prf_dict(p, r, f, tp=row[0], fp=row[1], fn=row[2])
    return out
