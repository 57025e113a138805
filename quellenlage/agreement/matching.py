"""One-to-one optimal matching of two annotators' items (never greedy, never dependent on input order).

Items are put in a canonical order (by a caller-supplied key) before matching, so the result is a
function of the items, not of their order in the files. Scores are pairs `(primary, secondary)` of
integers compared lexicographically: the matching maximises the total primary score (e.g. shared
cue characters) and, among those, the total secondary score (a tie-breaker). Only pairs with a
positive primary score may be matched. Each connected component of the overlap graph is solved
exactly with the evaluation's Hungarian algorithm (`evaluate.matching.hungarian_max`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from ..evaluate.matching import hungarian_max

T = TypeVar("T")
U = TypeVar("U")
Score = tuple[int, int]


def optimal_matching(
    a: Sequence[T],
    b: Sequence[U],
    score: Callable[[T, U], Score | None],
    key_a: Callable[[T], Any],
    key_b: Callable[[U], Any],
) -> list[tuple[int, int]]:
    """Pairs `(i, j)` of indices into `a` and `b`, sorted by `i`, of a maximum-score one-to-one matching.

    `key_a`/`key_b` return sortable keys that order items totally (include the id), so that ties are
    broken the same way whatever the input order.
    """
    order_a = sorted(range(len(a)), key=lambda i: key_a(a[i]))
    order_b = sorted(range(len(b)), key=lambda j: key_b(b[j]))
    edges: dict[tuple[int, int], Score] = {}
    for pa, i in enumerate(order_a):
        for pb, j in enumerate(order_b):
            s = score(a[i], b[j])
            if s is not None and s[0] > 0:
                edges[(pa, pb)] = s
    pairs: list[tuple[int, int]] = []
    for rows, cols in _components(len(order_a), len(order_b), edges):
        pairs += _solve(rows, cols, edges)
    return sorted((order_a[pa], order_b[pb]) for pa, pb in pairs)


def _components(n_a: int, n_b: int, edges: dict[tuple[int, int], Score]) -> list[tuple[list[int], list[int]]]:
    """Connected components of the bipartite graph (A and B positions, each list sorted)."""
    parent = list(range(n_a + n_b))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for pa, pb in edges:
        ra, rb = find(pa), find(n_a + pb)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, tuple[list[int], list[int]]] = {}
    for pa, pb in sorted(edges):
        rows, cols = groups.setdefault(find(pa), ([], []))
        if pa not in rows:
            rows.append(pa)
        if pb not in cols:
            cols.append(pb)
    return [(sorted(rows), sorted(cols)) for _, (rows, cols) in sorted(groups.items())]


def _solve(rows: list[int], cols: list[int], edges: dict[tuple[int, int], Score]) -> list[tuple[int, int]]:
    """Maximum-score matching inside one component; lexicographic scores folded into one integer."""
    if len(rows) == 1 and len(cols) == 1:
        return [(rows[0], cols[0])]
    members = set(rows)
    scale = 1 + sum(abs(s[1]) for (r, _), s in edges.items() if r in members)
    weight = [[_fold(edges.get((r, c)), scale) for c in cols] for r in rows]
    return [(rows[r], cols[c]) for r, c in hungarian_max(weight) if (rows[r], cols[c]) in edges]


def _fold(score: Score | None, scale: int) -> int:
    """`primary * scale + secondary`: with scale > the sum of all |secondary|, order is lexicographic."""
    return 0 if score is None else score[0] * scale + score[1]
