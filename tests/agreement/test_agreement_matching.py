"""One-to-one optimal matching: exact (brute force oracle), not greedy, independent of input order."""

from __future__ import annotations

import itertools
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from quellenlage.agreement.attribution import match_attributions
from quellenlage.evaluate.matching import hungarian_max
from quellenlage.agreement.spanscores import overlap_pairs
from quellenlage.annotations import Attribution
from quellenlage.spans import Span


def sp(start: int, end: int) -> Span:
    return Span(start, end, "x" * (end - start))


def brute_force_best(weight: list[list[int]]) -> int:
    n, m = len(weight), len(weight[0])
    if n <= m:
        return max(sum(weight[i][p[i]] for i in range(n)) for p in itertools.permutations(range(m), n))
    return max(sum(weight[p[j]][j] for j in range(m)) for p in itertools.permutations(range(n), m))


@settings(max_examples=300)
@given(st.integers(1, 5).flatmap(lambda n: st.integers(1, 5).flatmap(
    lambda m: st.lists(st.lists(st.integers(0, 9), min_size=m, max_size=m), min_size=n, max_size=n))))
def test_hungarian_is_optimal(weight):
    pairs = hungarian_max(weight)
    assert len({r for r, _ in pairs}) == len(pairs) == len({c for _, c in pairs})
    assert sum(weight[r][c] for r, c in pairs) == brute_force_best(weight)


def test_not_greedy():
    # A1 shares 5 characters with B1 and 4 with B2; A2 shares 4 with B1. Greedy takes A1-B1 (5);
    # the optimum is A1-B2 + A2-B1 (8).
    a = [sp(0, 9), sp(1, 5)]
    b = [sp(0, 5), sp(5, 9)]
    assert overlap_pairs(a, b) == [(0, 1), (1, 0)]


def test_only_overlapping_pairs_are_matched():
    assert overlap_pairs([sp(0, 3), sp(10, 12)], [sp(3, 6), sp(11, 20)]) == [(1, 1)]


def test_ties_break_on_closeness_whatever_the_order():
    # B shares 5 characters with each A; A at [0, 5) leaves 5 unshared, A at [5, 15) leaves 10
    b = [sp(0, 10)]
    assert overlap_pairs([sp(5, 15), sp(0, 5)], b) == [(1, 0)]
    assert overlap_pairs([sp(0, 5), sp(5, 15)], b) == [(0, 0)]


def _matched_items(a, b):
    return sorted((a[i], b[j]) for i, j in overlap_pairs(a, b))


@settings(max_examples=200)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(1, 8)), max_size=7),
       st.lists(st.tuples(st.integers(0, 30), st.integers(1, 8)), max_size=7),
       st.randoms(use_true_random=False))
def test_span_matching_does_not_depend_on_order(a, b, rnd):
    spans_a = sorted({sp(s, s + n) for s, n in a})
    spans_b = sorted({sp(s, s + n) for s, n in b})
    expected = _matched_items(spans_a, spans_b)
    shuffled_a, shuffled_b = spans_a[:], spans_b[:]
    rnd.shuffle(shuffled_a)
    rnd.shuffle(shuffled_b)
    assert _matched_items(shuffled_a, shuffled_b) == expected
    # and the total overlap is maximal
    weight = [[x.overlap(y) for y in spans_b] for x in spans_a]
    if spans_a and spans_b:
        assert sum(x.overlap(y) for x, y in expected) == brute_force_best(weight)


def test_attribution_matching_does_not_depend_on_order():
    rng = random.Random(3)
    a = [Attribution(f"a{k}", cue=(sp(s, s + 4),), content=(sp(s + 5, s + 20),)) for k, s in enumerate((0, 2, 30, 33))]
    b = [Attribution(f"b{k}", cue=(sp(s, s + 4),), content=(sp(s + 5, s + 12),)) for k, s in enumerate((1, 31, 50))]
    def ids(x, y):
        return sorted((x[i].id, y[j].id) for i, j in match_attributions(tuple(x), tuple(y)))
    expected = ids(a, b)
    assert len(expected) == 2
    for _ in range(10):
        rng.shuffle(a)
        rng.shuffle(b)
        assert ids(a, b) == expected


def test_attribution_tie_on_cue_breaks_on_content():
    # both A attributions share the cue with B; the one whose content overlaps B's content wins
    a = (Attribution("a1", cue=(sp(0, 5),), content=(sp(10, 20),)),
         Attribution("a2", cue=(sp(0, 5),), content=(sp(30, 40),)))
    b = (Attribution("b1", cue=(sp(0, 5),), content=(sp(32, 40),)),)
    assert match_attributions(a, b) == [(1, 0)]
