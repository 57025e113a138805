"""`quellenlage.evaluate` end to end on the real test documents: the properties every score must have."""

from __future__ import annotations

import inspect
import json
import random

import quellenlage
from quellenlage.commands import compare as compare_cmd
from quellenlage.commands import evaluate as evaluate_cmd

TASK_NAMES = ("attribution", "uncertainty", "claims", "sentences")


def write(path, records):
    path.write_text("".join(json.dumps(r.to_json() if hasattr(r, "to_json") else r, ensure_ascii=False) + "\n"
                            for r in records), encoding="utf-8")
    return path


def test_gold_against_gold_is_one_everywhere(synthetic_files):
    result = quellenlage.evaluate(synthetic_files["gold"], gold=synthetic_files["gold"], confidence=True)
    assert result.scores == {name: 1.0 for name in (*TASK_NAMES, "overall")}
    assert all(ci == [1.0, 1.0] for ci in result.to_dict()["ci95"].values())


def test_empty_predictions_score_zero_and_are_reported(tmp_path, synthetic_files, test_split):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    data = quellenlage.evaluate(empty, gold=synthetic_files["gold"], per_doc=True, confidence=True).to_dict()
    assert data["scores"] == {name: 0.0 for name in (*TASK_NAMES, "overall")}
    assert data["documents"]["missing"] == sorted(d.id for d in test_split)
    assert data["documents"]["predicted"] == 0
    assert all(not row["predicted"] and row["overall"] == 0.0 for row in data["per_doc"])


def test_missing_documents_count_as_empty(tmp_path, synthetic, synthetic_files):
    _, strong, _ = synthetic
    half = write(tmp_path / "half.jsonl", strong[::2])
    padded = write(tmp_path / "padded.jsonl",
                   [r if k % 2 == 0 else {"doc_id": r.doc_id} for k, r in enumerate(strong)])
    a = quellenlage.evaluate(half, gold=synthetic_files["gold"]).to_dict()
    b = quellenlage.evaluate(padded, gold=synthetic_files["gold"]).to_dict()
    assert a["scores"] == b["scores"]
    assert a["documents"]["missing"] == [r.doc_id for r in strong[1::2]]
    assert 0 < a["scores"]["overall"] < quellenlage.evaluate(synthetic_files["strong"],
                                                             gold=synthetic_files["gold"]).scores["overall"]


def test_permuting_records_and_spans_changes_nothing(tmp_path, synthetic, synthetic_files):
    _, _, weak = synthetic
    rnd = random.Random(11)
    records = [r.to_json() for r in weak]
    rnd.shuffle(records)
    for r in records:
        rnd.shuffle(r["attributions"])
        rnd.shuffle(r["uncertainty"])
        rnd.shuffle(r["claims"])
        for a in r["attributions"]:
            rnd.shuffle(a["content"])
    shuffled = write(tmp_path / "shuffled.jsonl", records)
    a = quellenlage.evaluate(synthetic_files["weak"], gold=synthetic_files["gold"], per_doc=True).to_dict()
    b = quellenlage.evaluate(shuffled, gold=synthetic_files["gold"], per_doc=True).to_dict()
    for key in ("scores", "results", "per_doc", "signature"):
        assert a[key] == b[key]


def test_task_subset_and_partial_coverage(tmp_path, synthetic, synthetic_files):
    _, strong, _ = synthetic
    only_cues = write(tmp_path / "cues.jsonl", [{"doc_id": r.doc_id, "uncertainty": [u for u in
                                                 r.to_json()["uncertainty"]]} for r in strong])
    full = quellenlage.evaluate(only_cues, gold=synthetic_files["gold"]).to_dict()
    assert full["scores"]["attribution"] == 0.0 and full["scores"]["claims"] == 0.0
    assert full["scores"]["uncertainty"] > 0.5
    assert full["predicted"]["attributions"] == 0 and full["predicted"]["uncertainty"] > 0
    sub = quellenlage.evaluate(only_cues, gold=synthetic_files["gold"], task=["uncertainty", "sentences"])
    assert set(sub.scores) == {"uncertainty", "sentences"}
    assert "|task:uncertainty+sentences|" in sub.signature
    assert sub.scores["uncertainty"] == full["scores"]["uncertainty"]


def test_confidence_and_per_doc(synthetic_files):
    data = quellenlage.evaluate(synthetic_files["weak"], gold=synthetic_files["gold"], confidence=True,
                                per_doc=True).to_dict()
    for name, (low, high) in data["ci95"].items():
        assert low <= data["scores"][name] <= high
    assert len(data["per_doc"]) == data["documents"]["scored"]
    row = data["per_doc"][0]
    assert set(row) == {"doc_id", "predicted", *TASK_NAMES, "overall"}


def test_collection_selection(tmp_path, synthetic, synthetic_files):
    _, strong, _ = synthetic
    wikinews = write(tmp_path / "wikinews.jsonl", [r for r in strong if r.doc_id.startswith("wikinews-")])
    data = quellenlage.evaluate(wikinews, gold=synthetic_files["gold"], collection="wikinews").to_dict()
    assert data["documents"]["scored"] == 27 and data["documents"]["missing"] == []
    assert data["collections"] == ["wikinews"] and data["splits"] == ["test"]


def test_every_cli_flag_is_a_keyword_argument():
    import argparse

    for module, fn in ((evaluate_cmd, quellenlage.evaluate), (compare_cmd, quellenlage.compare)):
        parser = argparse.ArgumentParser()
        module.register(parser.add_subparsers())
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        command = next(iter(sub.choices.values()))
        dests = {a.dest for a in command._actions if a.option_strings and a.dest != "help"}
        assert dests <= set(inspect.signature(fn).parameters), dests - set(inspect.signature(fn).parameters)


def test_output_is_written_in_the_chosen_format(tmp_path, synthetic_files):
    out = tmp_path / "res" / "scores.md"
    result = quellenlage.evaluate(synthetic_files["weak"], gold=synthetic_files["gold"], format="markdown",
                                  output=out)
    assert out.read_text(encoding="utf-8") == str(result)
    assert str(result).startswith("### Quellenlage scores")
