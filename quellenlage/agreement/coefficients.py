"""Chance-corrected agreement coefficients for nominal labels: pure functions, exact arithmetic.

Computed with `Fraction` so that the result does not depend on summation order (reproducible
reports); `None` means undefined (no items, or no variation in the labels, so chance agreement is 1).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence
from fractions import Fraction
from itertools import permutations

Pair = tuple[Hashable, Hashable]


def observed_agreement(pairs: Sequence[Pair]) -> float | None:
    """Share of items on which both coders chose the same label; None without items."""
    if not pairs:
        return None
    return float(Fraction(sum(1 for a, b in pairs if a == b), len(pairs)))


def cohen_kappa(pairs: Sequence[Pair]) -> float | None:
    """Cohen's kappa of two coders, (p_o - p_e) / (1 - p_e); None when p_e = 1 or there are no items.

    p_e uses each coder's own marginal distribution (Cohen 1960), as scikit-learn's `cohen_kappa_score`.
    """
    n = len(pairs)
    if n == 0:
        return None
    observed = Fraction(sum(1 for a, b in pairs if a == b), n)
    left, right = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum((Fraction(left[c] * right[c], n * n) for c in left), Fraction(0))
    if expected == 1:
        return None
    return float((observed - expected) / (1 - expected))


def krippendorff_alpha_nominal(units: Sequence[Sequence[Hashable | None]]) -> float | None:
    """Krippendorff's alpha (nominal) of a reliability matrix: one row of coder values per unit.

    `None` in a row is a missing value; units with fewer than two values are not pairable and are
    left out (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"). Returns None when
    fewer than two pairable values exist or only one category occurs (expected disagreement 0).
    """
    weight: dict[tuple[Hashable, Hashable], Fraction] = {}
    for unit in units:
        values = [v for v in unit if v is not None]
        m = len(values)
        if m < 2:
            continue
        for i, j in permutations(range(m), 2):
            key = (values[i], values[j])
            weight[key] = weight.get(key, Fraction(0)) + Fraction(1, m - 1)
    totals: dict[Hashable, Fraction] = {}
    for (c, _), w in weight.items():
        totals[c] = totals.get(c, Fraction(0)) + w
    n = sum(totals.values(), Fraction(0))
    if n < 2:
        return None
    disagreement_observed = sum((w for (c, k), w in weight.items() if c != k), Fraction(0))
    disagreement_expected = sum((totals[c] * totals[k] for c in totals for k in totals if c != k), Fraction(0))
    if disagreement_expected == 0:
        return None
    return float(1 - (n - 1) * disagreement_observed / disagreement_expected)


def alpha_of_pairs(pairs: Sequence[Pair]) -> float | None:
    """Krippendorff's alpha (nominal) of two coders who both labelled every item."""
    return krippendorff_alpha_nominal([(a, b) for a, b in pairs])


def confusion(pairs: Sequence[Pair]) -> Counter[Pair]:
    """Counts of (label of A, label of B) over the items."""
    return Counter(pairs)
