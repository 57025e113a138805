"""Sufficient statistics: resampling rows equals scoring the resampled documents."""

from __future__ import annotations

import numpy as np

from quellenlage.evaluate.api import score
from quellenlage.evaluate.inputs import load_gold, load_predictions
from quellenlage.evaluate.stats import Layout, bootstrap_weights, resampled_totals
from quellenlage.evaluate.tasks import TASKS


def test_layout_blocks_round_trip():
    layout = Layout().add("a", (2, 3)).add("b", (4,))
    row = layout.row(a=np.arange(6).reshape(2, 3), b=[7, 8, 9, 10])
    assert layout.width == 10 and row.tolist() == [0, 1, 2, 3, 4, 5, 7, 8, 9, 10]
    assert layout.get(np.stack([row, row]), "a").shape == (2, 2, 3)
    assert len(layout.columns()) == 10 and layout.columns()[0] == "a[0,0]"


def test_bootstrap_weights_are_draws_with_replacement():
    w = bootstrap_weights(7, 50, 12345)
    assert w.shape == (50, 7) and (w.sum(axis=1) == 7).all()
    assert (w == bootstrap_weights(7, 50, 12345)).all()


def test_resampled_statistics_equal_rescoring(synthetic_files, documents):
    """A resample's summed statistics give the score that re-scoring the drawn documents gives."""
    gold = load_gold(split="test", gold=synthetic_files["gold"])
    preds = load_predictions(synthetic_files["weak"], gold)
    scored = score(gold, preds, list(TASKS))
    rng = np.random.default_rng(5)
    idx = rng.integers(0, len(gold.doc_ids), size=len(gold.doc_ids))
    weights = np.bincount(idx, minlength=len(gold.doc_ids))[None, :]
    for name, task in TASKS.items():
        values = scored.stats[name].values
        resampled = resampled_totals(values, weights)[0]
        direct = values[idx].sum(axis=0)
        assert (resampled == direct).all()
        assert float(task.score(resampled, scored.totals(name))) == float(task.score(direct, scored.totals(name)))
