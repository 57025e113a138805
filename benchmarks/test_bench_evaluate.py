"""Speed of scoring the full test split with 1,000 bootstrap resamples (target: under 1 s; measured only).

Two sets: synthetic gold with a perturbed prediction over the real test documents
(`quellenlage.evaluate.synthetic`), and the real test gold with a perturbed copy of it as prediction.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

import quellenlage
from quellenlage.corpus import load_documents
from quellenlage.evaluate.synthetic import synthetic_set


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    docs = [d for d in load_documents().values() if d.split == "test"]
    gold, (pred,) = synthetic_set(docs, (0.6,), seed=1)
    root = tmp_path_factory.mktemp("bench")
    out = {}
    for name, records in (("gold", gold), ("pred", pred)):
        path = root / f"{name}.jsonl"
        path.write_text("".join(json.dumps(r.to_json(), ensure_ascii=False) + "\n" for r in records))
        out[name] = path
    return out


def test_evaluate_test_split_with_bootstrap(benchmark, files):
    result = benchmark(quellenlage.evaluate, files["pred"], gold=files["gold"], confidence=True, bootstrap=1000)
    data = result.to_dict()
    benchmark.extra_info.update(documents=data["documents"]["scored"], overall=data["scores"]["overall"])
    assert data["documents"]["scored"] == 45 and set(data["ci95"]) == {"attribution", "uncertainty", "claims",
                                                                       "sentences", "overall"}


def test_evaluate_real_test_gold_with_bootstrap(benchmark, tmp_path):
    from quellenlage.corpus import load_corpus
    from quellenlage.evaluate.synthetic import perturb

    corpus = load_corpus(split="test")
    pred = [perturb(g, corpus.documents[k], 0.6, seed=1).to_json() for k, g in sorted(corpus.gold.items())]
    path = tmp_path / "pred.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in pred))
    result = benchmark(quellenlage.evaluate, path, confidence=True, bootstrap=1000)
    assert result.to_dict()["documents"]["scored"] == len(corpus.gold) == 45


def test_compare_test_split_paired_tests(benchmark, files):
    result = benchmark.pedantic(quellenlage.compare, args=(files["pred"], files["gold"]),
                                kwargs={"gold": files["gold"]}, rounds=3, iterations=1)
    assert result.to_dict()["comparisons"][0]["scores"]["overall"]["p_ar"] < 0.05


def test_score_and_bootstrap_without_reading(benchmark, files):
    """The scoring part alone: statistics of all four tasks and 1,000 bootstrap resamples of each score."""
    from quellenlage.evaluate.api import _Combined, score
    from quellenlage.evaluate.inputs import load_gold, load_predictions
    from quellenlage.evaluate.significance import bootstrap_interval
    from quellenlage.evaluate.tasks import TASKS

    gold = load_gold(split="test", gold=files["gold"])
    preds = load_predictions(files["pred"], gold)

    def run():
        scored = score(gold, preds, list(TASKS))
        combined = _Combined(list(TASKS.values()), [scored.totals(t) for t in TASKS])
        values = np.concatenate([scored.stats[t].values for t in TASKS], axis=1)
        return [bootstrap_interval(values, lambda x, k=k: combined.part(k, x), 1000, 12345)
                for k in range(len(TASKS))] + [bootstrap_interval(values, combined.overall, 1000, 12345)]

    intervals = benchmark(run)
    assert all(iv is not None for iv in intervals)
