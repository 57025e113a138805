"""Token-level overlap over the corpus's stored tokens."""

from __future__ import annotations

from quellenlage.evaluate.tokens import TokenIndex, f1_from_counts, labelled_token_counts, overlap_counts
from quellenlage.spans import Span


def test_token_range_counts_any_shared_character():
    index = TokenIndex([(0, 5), (6, 10), (11, 15)])
    assert index.range(0, 5) == (0, 1)
    assert index.range(3, 7) == (0, 2)      # cuts two words: both tokens
    assert index.range(5, 6) == (1, 1)      # only the space between tokens: no token
    assert index.range(14, 30) == (2, 3)
    assert index.tokens([Span(0, 2, "ab"), Span(12, 13, "c")]) == frozenset({0, 2})


def test_counts_and_f1(doc):
    index = TokenIndex(doc.tokens)
    start = doc.text.index("zehn Tote")
    gold = index.tokens([Span(start, start + 9, "zehn Tote")])
    pred = index.tokens([Span(start, start + 4, "zehn")])
    assert overlap_counts(gold, pred) == (1, 0, 1)
    p, r, f = f1_from_counts([1, 0, 1])
    assert (float(p), float(r), float(f)) == (1.0, 0.5, 2 / 3)
    counts = labelled_token_counts(index, [(start, start + 9, 0)], [(start, start + 4, 1)], 2)
    assert counts.tolist() == [[0, 0, 2], [0, 1, 0]]
    assert float(f1_from_counts([0, 0, 0])[2]) == 0.0
