"""Seeded, stratified train/dev/test assignment that keeps near-duplicate articles together."""

from __future__ import annotations

import random
import re
from collections.abc import Mapping, Sequence

SPLIT_FRACTIONS = {"train": 0.50, "dev": 0.15, "test": 0.35}
SEED = 20261125
NEAR_DUPLICATE_JACCARD = 0.5

_WORD = re.compile(r"\w+")


def shingles(text: str, n: int = 5) -> frozenset[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return frozenset(tuple(words[i:i + n]) for i in range(max(1, len(words) - n + 1)))


def jaccard(a: frozenset, b: frozenset) -> float:  # type: ignore[type-arg]
    return len(a & b) / len(a | b) if a or b else 0.0


def near_duplicate_groups(texts: Mapping[str, str], flagged: Sequence[tuple[str, str]] = ()) -> dict[str, str]:
    """Map each id to its group's representative (smallest id): flagged pairs plus 5-gram Jaccard >= 0.5."""
    parent = {k: k for k in texts}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    ids = sorted(texts)
    sh = {k: shingles(texts[k]) for k in ids}
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            if jaccard(sh[a], sh[b]) >= NEAR_DUPLICATE_JACCARD:
                union(a, b)
    for a, b in flagged:
        if a in parent and b in parent:
            union(a, b)
    return {k: find(k) for k in ids}


def assign_splits(strata: Mapping[str, str], groups: Mapping[str, str], seed: int = SEED) -> dict[str, str]:
    """Assign every id to a split.

    Groups are laid out stratum by stratum (largest stratum first, groups shuffled with `seed`), and
    each goes to the split furthest below its target fraction so far. Consecutive groups of one
    stratum thus rotate over the splits (stratification) while the totals track 50/15/35.
    """
    rng = random.Random(seed)
    members: dict[str, list[str]] = {}
    for doc_id in sorted(groups):
        members.setdefault(groups[doc_id], []).append(doc_id)
    by_stratum: dict[str, list[str]] = {}
    for rep in sorted(members):
        by_stratum.setdefault(strata[rep], []).append(rep)

    out: dict[str, str] = {}
    order = sorted(SPLIT_FRACTIONS, key=lambda s: -SPLIT_FRACTIONS[s])
    counts = dict.fromkeys(SPLIT_FRACTIONS, 0)
    for stratum in sorted(by_stratum, key=lambda k: (-len(by_stratum[k]), k)):
        reps = by_stratum[stratum]
        rng.shuffle(reps)
        for rep in reps:
            size = len(members[rep])
            n_after = sum(counts.values()) + size
            split = max(order, key=lambda s: SPLIT_FRACTIONS[s] * n_after - counts[s])
            counts[split] += size
            for doc_id in members[rep]:
                out[doc_id] = split
    return out
