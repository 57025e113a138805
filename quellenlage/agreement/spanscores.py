"""Span comparisons shared by the layers: exact and overlap matching of span lists, token sets."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence

from ..corpus import Document
from ..spans import Span
from .matching import Score, optimal_matching


def span_score(a: Span, b: Span) -> Score | None:
    """Shared characters, then fewest non-shared characters as tie-breaker; None if disjoint."""
    shared = a.overlap(b)
    if not shared:
        return None
    return shared, -(len(a) + len(b) - 2 * shared)


def span_key(span: Span) -> tuple[int, int]:
    """Offsets: the canonical order of spans (a span's text follows from them)."""
    return span.start, span.end


def exact_count(a: Sequence[Span], b: Sequence[Span]) -> int:
    """Number of one-to-one pairs with identical offsets (multiset intersection)."""
    left, right = Counter(map(span_key, a)), Counter(map(span_key, b))
    return sum((left & right).values())


def overlap_pairs(a: Sequence[Span], b: Sequence[Span]) -> list[tuple[int, int]]:
    """Optimal one-to-one matching of two span lists on shared characters."""
    return optimal_matching(a, b, span_score, span_key, span_key)


def total_overlap(a: Iterable[Span], b: Iterable[Span]) -> int:
    """Characters shared by every span of `a` with every span of `b`."""
    b = list(b)
    return sum(x.overlap(y) for x in a for y in b)


class TokenIndex:
    """Maps spans to the indices of the document tokens they overlap (for token-level F1)."""

    def __init__(self, document: Document):
        self._starts = [s for s, _ in document.tokens]
        self._ends = [e for _, e in document.tokens]

    def tokens(self, spans: Iterable[Span]) -> set[int]:
        """Indices of tokens sharing at least one character with one of `spans`."""
        out: set[int] = set()
        for span in spans:
            first = bisect_right(self._ends, span.start)  # first token ending after span.start
            last = bisect_left(self._starts, span.end)    # tokens starting before span.end
            out.update(range(first, last))
        return out


def overlaps_any(start: int, end: int, spans: Iterable[Span]) -> bool:
    """Whether `[start, end)` shares a character with any of `spans`."""
    return any(min(end, s.end) > max(start, s.start) for s in spans)
