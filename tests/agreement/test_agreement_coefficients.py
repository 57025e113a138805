"""Kappa and alpha against textbook examples, hand computations and scikit-learn as an oracle."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quellenlage.agreement.coefficients import (
    alpha_of_pairs, cohen_kappa, krippendorff_alpha_nominal, observed_agreement,
)

sklearn_metrics = pytest.importorskip("sklearn.metrics")


def test_kappa_textbook_two_by_two():
    # 50 items: yes/yes 20, yes/no 5, no/yes 10, no/no 15 -> p_o = 0.7, p_e = 0.5 (Wikipedia, "Cohen's kappa")
    pairs = [("y", "y")] * 20 + [("y", "n")] * 5 + [("n", "y")] * 10 + [("n", "n")] * 15
    assert observed_agreement(pairs) == pytest.approx(0.7)
    assert cohen_kappa(pairs) == pytest.approx(0.4)


def test_hand_computed_small_example():
    # units (a,a) (a,b) (b,b) (b,b)
    # kappa: p_o = 3/4; A: a 2/4, b 2/4; B: a 1/4, b 3/4 -> p_e = 2/16 + 6/16 = 1/2 -> kappa = 1/2
    # alpha: n = 8 values, n_a = 3, n_b = 5; o_ab + o_ba = 2 -> 1 - 7 * 2 / (2 * 3 * 5) = 8/15
    pairs = [("a", "a"), ("a", "b"), ("b", "b"), ("b", "b")]
    assert cohen_kappa(pairs) == pytest.approx(0.5)
    assert alpha_of_pairs(pairs) == pytest.approx(8 / 15)


def test_alpha_krippendorff_2011_binary_two_observers():
    # Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section A: alpha = 1 - 19 * 4 / (14 * 6)
    a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
    b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]
    assert alpha_of_pairs(list(zip(a, b))) == pytest.approx(1 - 19 * 4 / (14 * 6))
    assert round(alpha_of_pairs(list(zip(a, b))), 3) == 0.095


def test_alpha_krippendorff_2011_nominal_with_missing_values():
    # Section C of the same paper: 4 observers, 12 units, missing values; nominal alpha = 0.743
    rows = ["1 2 3 3 2 1 4 1 2 . . .",
            "1 2 3 3 2 2 4 1 2 5 . 3",
            ". 3 3 3 2 3 4 2 2 5 1 .",
            "1 2 3 3 2 4 4 1 2 5 1 ."]
    matrix = [[None if v == "." else int(v) for v in row.split()] for row in rows]
    alpha = krippendorff_alpha_nominal(list(zip(*matrix)))
    assert round(alpha, 3) == 0.743
    # by hand: 40 pairable values (unit 12 has one), n_c = 9, 13, 10, 5, 3 -> sum n_c n_k (c != k) = 1600 - 384;
    # off-diagonal coincidences: unit 2 (2,2,3,2) 2, unit 6 (1,2,3,4) 4, unit 8 (1,1,2,1) 2 -> 8
    assert alpha == pytest.approx(1 - 39 * 8 / (1600 - 384))


def test_single_identical_category_is_undefined_not_a_division_by_zero():
    pairs = [("x", "x")] * 5
    assert observed_agreement(pairs) == 1.0
    assert cohen_kappa(pairs) is None
    assert alpha_of_pairs(pairs) is None


def test_no_items():
    assert observed_agreement([]) is None and cohen_kappa([]) is None and alpha_of_pairs([]) is None
    assert krippendorff_alpha_nominal([(1, None), (None, None)]) is None


def test_one_category_each_but_different():
    # A always "x", B always "y": p_e = 0, kappa = 0; alpha: n = 8, o_xy + o_yx = 8, n_x = n_y = 4
    pairs = [("x", "y")] * 4
    assert cohen_kappa(pairs) == 0.0
    assert cohen_kappa(pairs) == pytest.approx(sklearn_metrics.cohen_kappa_score(["x"] * 4, ["y"] * 4))
    assert alpha_of_pairs(pairs) == pytest.approx(1 - 7 * 8 / (2 * 4 * 4))


def test_kappa_matches_scikit_learn_on_random_data():
    rng = random.Random(12345)
    for _ in range(200):
        k = rng.randint(2, 5)
        n = rng.randint(2, 40)
        a = [rng.randrange(k) for _ in range(n)]
        b = [x if rng.random() < 0.6 else rng.randrange(k) for x in a]
        if len(set(a)) == len(set(b)) == 1 and a[0] == b[0]:
            continue
        assert cohen_kappa(list(zip(a, b))) == pytest.approx(sklearn_metrics.cohen_kappa_score(a, b), abs=1e-12)


@given(st.lists(st.tuples(st.sampled_from("abc"), st.sampled_from("abc")), min_size=2, max_size=30))
def test_two_coder_alpha_is_scotts_pi_with_small_sample_correction(pairs):
    """For two coders without missing values alpha = 1 - (1 - pi) * (2n - 1) / (2n) (Krippendorff 2004)."""
    values = [v for pair in pairs for v in pair]
    n2 = len(values)
    p_o = sum(a == b for a, b in pairs) / len(pairs)
    p_e = sum((values.count(c) / n2) ** 2 for c in set(values))
    alpha = alpha_of_pairs(pairs)
    if p_e == 1:
        assert alpha is None
        return
    pi = (p_o - p_e) / (1 - p_e)
    assert alpha == pytest.approx(1 - (1 - pi) * (n2 - 1) / n2, abs=1e-9)
