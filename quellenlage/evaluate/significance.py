"""Confidence intervals and paired significance tests that resample per-document statistics.

Follows sacreBLEU's significance.py: documents are resampled (bootstrap) or their two systems'
statistics are swapped at random (approximate randomization), and the score is recomputed from
summed statistics, never from text. The p-value is (c + 1) / (n + 1), where c counts the resamples
whose statistic is at least as extreme as the observed one. Both tests are two-sided: a small p says
the two systems differ, not which one is better.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from .stats import bootstrap_weights, resampled_totals

DEFAULT_BOOTSTRAP = 1000
DEFAULT_AR = 10_000
DEFAULT_SEED = 12345
ALPHA = 0.05
_CHUNK = 2000
_TOLERANCE = 1e-12

ScoreFn = Callable[[np.ndarray], np.ndarray]


@dataclass(frozen=True)
class Interval:
    """A bootstrap percentile interval of a score."""

    low: float
    high: float
    mean: float


def bootstrap_interval(values: np.ndarray, score: ScoreFn, n_samples: int = DEFAULT_BOOTSTRAP,
                       seed: int = DEFAULT_SEED, level: float = 0.95) -> Interval | None:
    """Percentile interval of `score` over documents resampled with replacement (None if no documents)."""
    if len(values) == 0 or n_samples <= 0:
        return None
    scores = score(resampled_totals(values, bootstrap_weights(len(values), n_samples, seed)))
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(scores, [tail, 100 - tail])
    return Interval(float(low), float(high), float(scores.mean()))


@dataclass(frozen=True)
class PairedResult:
    """A paired comparison of a system with a baseline on one score."""

    baseline: float
    system: float
    delta: float
    delta_low: float | None
    delta_high: float | None
    p_bootstrap: float | None
    p_ar: float | None


def p_value(null: np.ndarray, observed: float) -> float:
    """(c + 1) / (n + 1) with c = number of null statistics >= the observed one."""
    c = int(np.sum(null >= observed - _TOLERANCE))
    return (c + 1) / (len(null) + 1)


def paired_bootstrap(base: np.ndarray, system: np.ndarray, score_base: ScoreFn, score_system: ScoreFn,
                     n_samples: int = DEFAULT_BOOTSTRAP, seed: int = DEFAULT_SEED
                     ) -> tuple[float, float, float] | None:
    """(p, delta low, delta high): paired bootstrap test (Koehn 2004, null-centered as in sacreBLEU).

    The same resampled documents are used for both systems; the resampled differences are centred on
    their mean (to simulate the null) and compared with the observed absolute difference.
    """
    if len(base) == 0 or n_samples <= 0:
        return None
    weights = bootstrap_weights(len(base), n_samples, seed)
    deltas = score_system(resampled_totals(system, weights)) - score_base(resampled_totals(base, weights))
    observed = abs(float(score_system(system.sum(0)) - score_base(base.sum(0))))
    null = np.abs(deltas - deltas.mean())
    low, high = np.percentile(deltas, [2.5, 97.5])
    return p_value(null, observed), float(low), float(high)


def approximate_randomization(base: np.ndarray, system: np.ndarray, score: ScoreFn,
                              n_samples: int = DEFAULT_AR, seed: int = DEFAULT_SEED) -> float | None:
    """p of the observed |score(system) - score(base)| when each document's pair is swapped at random."""
    if len(base) == 0 or n_samples <= 0:
        return None
    base = base.astype(np.float64)
    system = system.astype(np.float64)
    observed = abs(float(score(system.sum(0)) - score(base.sum(0))))
    diff = base - system  # swapping document d moves diff[d] from the base side to the system side
    total_base, total_system = base.sum(0), system.sum(0)
    rng = np.random.default_rng(seed)
    null = np.empty(n_samples)
    for start in range(0, n_samples, _CHUNK):
        size = min(_CHUNK, n_samples - start)
        swap = rng.integers(0, 2, size=(size, len(base))).astype(np.float64)
        moved = swap @ diff
        null[start:start + size] = np.abs(score(total_system + moved) - score(total_base - moved))
    return p_value(null, observed)
