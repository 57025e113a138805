"""The exact assignment solver: optimal against brute force, lexicographic keys, order-free components."""

from __future__ import annotations

from itertools import permutations

from hypothesis import given, settings
from hypothesis import strategies as st

from quellenlage.evaluate.matching import hungarian_max, max_weight_matching, pack_keys


def brute_force(weights: list[list[int]]) -> int:
    n, m = len(weights), len(weights[0])
    best = 0
    if n <= m:
        for cols in permutations(range(m), n):
            best = max(best, sum(weights[i][j] for i, j in enumerate(cols)))
    else:
        for rows in permutations(range(n), m):
            best = max(best, sum(weights[i][j] for j, i in enumerate(rows)))
    return best


@settings(max_examples=150, deadline=None)
@given(st.integers(1, 5).flatmap(lambda n: st.integers(1, 5).flatmap(
    lambda m: st.lists(st.lists(st.integers(0, 9), min_size=m, max_size=m), min_size=n, max_size=n))))
def test_hungarian_is_optimal(weights):
    pairs = hungarian_max(weights)
    assert len({i for i, _ in pairs}) == len(pairs) == len({j for _, j in pairs})
    assert all(weights[i][j] > 0 for i, j in pairs)
    assert sum(weights[i][j] for i, j in pairs) == brute_force(weights)


def test_lexicographic_keys_first_component_wins():
    # one edge with key (1, 0) beats two edges with key (0, 5) each
    keys = {(0, 0): (1, 0), (0, 1): (0, 5), (1, 0): (0, 5)}
    assert max_weight_matching(keys) == [(0, 0)]
    packed = pack_keys(keys, 2, 2)
    assert packed[(0, 0)] > packed[(0, 1)] + packed[(1, 0)]


def test_ties_then_more_pairs():
    keys = {(0, 0): (1, 1), (0, 1): (1, 1), (1, 0): (1, 1)}
    assert max_weight_matching(keys) == [(0, 1), (1, 0)]


def test_components_are_solved_independently_and_empty_is_empty():
    keys = {(0, 0): (3,), (1, 1): (1,), (1, 2): (2,), (2, 2): (5,)}
    assert max_weight_matching(keys) == [(0, 0), (1, 1), (2, 2)]
    assert max_weight_matching({}) == []
    assert hungarian_max([]) == []
