"""Optimal one-to-one matching of small bipartite graphs (exact, deterministic, order-independent).

Gold and predicted items are matched by maximum total weight, where a weight is a tuple of
non-negative integers compared lexicographically (e.g. (correct, matched, overlap)). Tuples are
packed into exact Python integers, so ties are real ties, never floating-point accidents; callers
sort their items by position first, so that the remaining ties are broken by position, not by input
order. The graphs are the connected components of an overlap graph and are small, so a plain
Hungarian algorithm (O(n^2 m)) is exact and fast enough; scipy is not needed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

Edge = tuple[int, int]


def pack_keys(keys: Mapping[Edge, Sequence[int]], n_left: int, n_right: int) -> dict[Edge, int]:
    """Pack lexicographic key tuples into integers whose sums over any matching compare the same way."""
    if not keys:
        return {}
    width = len(next(iter(keys.values())))
    size = min(n_left, n_right)
    packed = {edge: 0 for edge in keys}
    for r in range(width):
        base = size * max(k[r] for k in keys.values()) + 1
        for edge, key in keys.items():
            packed[edge] = packed[edge] * base + int(key[r])
    return packed


def hungarian_max(weights: Sequence[Sequence[int]]) -> list[Edge]:
    """Rows matched to columns maximizing the total weight (0 = no edge); zero-weight pairs are dropped.

    `weights` is an n x m matrix of non-negative integers. Exact (integer arithmetic).
    """
    n = len(weights)
    m = len(weights[0]) if n else 0
    if n == 0 or m == 0:
        return []
    transpose = n > m
    if transpose:
        weights = [list(col) for col in zip(*weights)]
        n, m = m, n
    cost = [[-w for w in row] for row in weights]
    inf = float("inf")
    u = [0] * (n + 1)
    v = [0] * (m + 1)
    p = [0] * (m + 1)  # p[j]: row assigned to column j (1-based), 0 = free
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0 = p[j0]
            delta = inf
            j1 = 0
            row = cost[i0 - 1]
            ui0 = u[i0]
            for j in range(1, m + 1):
                if not used[j]:
                    cur = row[j - 1] - ui0 - v[j]
                    if cur < minv[j]:
                        minv[j] = cur
                        way[j] = j0
                    if minv[j] < delta:
                        delta = minv[j]
                        j1 = j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    pairs = []
    for j in range(1, m + 1):
        i = p[j]
        if i and weights[i - 1][j - 1] > 0:
            pairs.append((j - 1, i - 1) if transpose else (i - 1, j - 1))
    pairs.sort()
    return pairs


def max_weight_matching(keys: Mapping[Edge, Sequence[int]]) -> list[Edge]:
    """Optimal one-to-one matching of an arbitrary bipartite graph given by edge keys (lexicographic).

    Solved per connected component; a component of one edge is matched directly.
    """
    if not keys:
        return []
    adjacency_left: dict[int, list[int]] = {}
    adjacency_right: dict[int, list[int]] = {}
    for i, j in keys:
        adjacency_left.setdefault(i, []).append(j)
        adjacency_right.setdefault(j, []).append(i)
    seen_left: set[int] = set()
    pairs: list[Edge] = []
    for start in sorted(adjacency_left):
        if start in seen_left:
            continue
        left, right = {start}, set()
        stack = [("L", start)]
        seen_left.add(start)
        while stack:
            side, node = stack.pop()
            if side == "L":
                for j in adjacency_left[node]:
                    if j not in right:
                        right.add(j)
                        stack.append(("R", j))
            else:
                for i in adjacency_right[node]:
                    if i not in left:
                        left.add(i)
                        seen_left.add(i)
                        stack.append(("L", i))
        pairs += solve_component(sorted(left), sorted(right), keys)
    pairs.sort()
    return pairs


def solve_component(left: Sequence[int], right: Sequence[int], keys: Mapping[Edge, Sequence[int]]) -> list[Edge]:
    """Optimal matching of one connected component (nodes given in position order)."""
    if len(left) == 1 and len(right) == 1:
        return [(left[0], right[0])]
    local = {(a, b): keys[(i, j)] for a, i in enumerate(left) for b, j in enumerate(right) if (i, j) in keys}
    packed = pack_keys(local, len(left), len(right))
    matrix = [[packed.get((a, b), 0) for b in range(len(right))] for a in range(len(left))]
    return [(left[a], right[b]) for a, b in hungarian_max(matrix)]
