"""Bootstrap intervals and paired tests: p = (c+1)/(n+1), a system is never different from itself."""

from __future__ import annotations

import numpy as np
import pytest

import quellenlage
from quellenlage.evaluate.significance import approximate_randomization, bootstrap_interval, p_value, paired_bootstrap


def micro_f1(totals):
    tp, fp, fn = totals[..., 0], totals[..., 1], totals[..., 2]
    den = 2 * tp + fp + fn
    return np.divide(2 * tp, den, out=np.zeros(np.shape(den)), where=den != 0)


def test_p_value_formula():
    assert p_value(np.array([0.1, 0.2, 0.3, 0.4]), 0.25) == (2 + 1) / (4 + 1)
    assert p_value(np.zeros(9), 0.0) == 1.0
    assert p_value(np.zeros(9), 0.5) == 0.1


def test_self_comparison_is_never_significant():
    rng = np.random.default_rng(0)
    for _ in range(5):
        stats = rng.integers(0, 20, size=(30, 3))
        assert approximate_randomization(stats, stats.copy(), micro_f1, 500, 1) == 1.0
        p, low, high = paired_bootstrap(stats, stats.copy(), micro_f1, micro_f1, 500, 1)
        assert p == 1.0 and low == high == 0.0


def test_clearly_better_system_is_significant():
    rng = np.random.default_rng(1)
    gold = rng.integers(5, 15, size=40)
    good_tp = (gold * 0.9).astype(int)
    bad_tp = (gold * 0.4).astype(int)
    good = np.stack([good_tp, np.ones(40, int), gold - good_tp], axis=1)
    bad = np.stack([bad_tp, gold - bad_tp, gold - bad_tp], axis=1)
    assert approximate_randomization(bad, good, micro_f1, 2000, 3) < 0.01
    p, low, high = paired_bootstrap(bad, good, micro_f1, micro_f1, 1000, 3)
    assert p < 0.01 and low > 0


def test_interval_contains_score_and_is_reproducible():
    rng = np.random.default_rng(2)
    stats = rng.integers(0, 10, size=(50, 3))
    a = bootstrap_interval(stats, micro_f1, 1000, 12345)
    b = bootstrap_interval(stats, micro_f1, 1000, 12345)
    c = bootstrap_interval(stats, micro_f1, 1000, 1)
    assert a == b and a != c
    assert a.low <= float(micro_f1(stats.sum(0))) <= a.high
    assert bootstrap_interval(stats[:0], micro_f1) is None


def test_compare_on_synthetic_systems(synthetic, synthetic_files):
    files = synthetic_files
    result = quellenlage.compare(files["weak"], files["strong"], files["weak"], gold=files["gold"],
                                 bootstrap=300, ar=1000).to_dict()
    better, same = result["comparisons"]
    for name in ("attribution", "uncertainty", "claims", "sentences", "overall"):
        assert better["scores"][name]["delta"] > 0
        assert same["scores"][name]["p_ar"] == 1.0 and same["scores"][name]["p_bootstrap"] == 1.0
        assert not same["scores"][name]["significant"]["ar"]
    assert better["scores"]["overall"]["significant"] == {"bootstrap": True, "ar": True}
    assert "not say which system is better" in result["note"]
    assert "|ar:1000|" in result["signature"] and "|bs:300|" in result["signature"]
    # each system's scores are the same as `evaluate` reports
    alone = quellenlage.evaluate(files["strong"], gold=files["gold"]).scores
    assert result["scores"][1]["scores"] == pytest.approx(alone)
