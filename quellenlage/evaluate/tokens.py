"""Token-level overlap: spans become sets of the corpus's stored tokens, then P/R/F over token sets.

A token belongs to a span when they share at least one character, so a span that cuts a word still
covers that word's token. Tokens come from the corpus (`Document.tokens`): no tokenizer at scoring time.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from ..spans import Span
from .schemes import safe_div


class TokenIndex:
    """Maps character spans of one document to the indices of the stored tokens they touch."""

    def __init__(self, tokens: Sequence[tuple[int, int]]):
        arr = np.asarray(tokens, dtype=np.int64).reshape(-1, 2)
        self.starts = arr[:, 0]
        self.ends = arr[:, 1]
        self.n = len(arr)

    def range(self, start: int, end: int) -> tuple[int, int]:
        """`[first, last + 1)` of the tokens sharing a character with `[start, end)` (may be empty)."""
        lo = int(np.searchsorted(self.ends, start, side="right"))
        hi = int(np.searchsorted(self.starts, end, side="left"))
        return lo, max(lo, hi)

    def tokens(self, spans: Iterable[Span]) -> frozenset[int]:
        """The set of token indices touched by any of `spans`."""
        out: set[int] = set()
        for span in spans:
            lo, hi = self.range(span.start, span.end)
            out.update(range(lo, hi))
        return frozenset(out)

    def mask(self, spans: Iterable[tuple[int, int]]) -> np.ndarray:
        """Boolean mask over tokens touched by any `(start, end)`."""
        out = np.zeros(self.n, dtype=bool)
        for start, end in spans:
            lo, hi = self.range(start, end)
            out[lo:hi] = True
        return out


def overlap_counts(gold: frozenset[int] | set[int], pred: frozenset[int] | set[int]) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives) of two token sets."""
    tp = len(gold & pred)
    return tp, len(pred) - tp, len(gold) - tp


def labelled_token_counts(index: TokenIndex, gold: Iterable[tuple[int, int, int]],
                          pred: Iterable[tuple[int, int, int]], n_labels: int) -> np.ndarray:
    """Per label (TP, FP, FN) of token sets, shape (n_labels, 3), from `(start, end, label)` spans."""
    g = np.zeros((n_labels, index.n), dtype=bool)
    p = np.zeros((n_labels, index.n), dtype=bool)
    for target, spans in ((g, gold), (p, pred)):
        for start, end, label in spans:
            lo, hi = index.range(start, end)
            target[label, lo:hi] = True
    tp = (g & p).sum(axis=1)
    return np.stack([tp, p.sum(axis=1) - tp, g.sum(axis=1) - tp], axis=1).astype(np.int64)


def f1_from_counts(counts: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Precision, recall, F1 from (..., 3) arrays of TP, FP, FN; 0 where undefined."""
    counts = np.asarray(counts, dtype=np.float64)
    tp, fp, fn = counts[..., 0], counts[..., 1], counts[..., 2]
    precision = safe_div(tp, tp + fp)
    recall = safe_div(tp, tp + fn)
    return precision, recall, safe_div(2 * tp, 2 * tp + fp + fn)
