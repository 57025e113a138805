"""`quellenlage evaluate` / `compare` as a user meets them: bad input is one line per problem, exit 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from quellenlage.cli import main


def lines_of(err: str) -> list[str]:
    return [line for line in err.strip().splitlines() if line]


def evaluate(capsys, *args: str) -> tuple[int, str, list[str]]:
    code = main(["evaluate", *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, lines_of(err)


@pytest.fixture()
def gold_file(write_gold, hand_gold) -> Path:
    return write_gold([hand_gold])


def test_good_file_prints_json(capsys, tmp_path, write_lines, hand_pred, gold_file):
    pred = write_lines(tmp_path / "p.jsonl", [hand_pred])
    code, out, err = evaluate(capsys, str(pred), "--gold", str(gold_file))
    assert code == 0 and err == []
    data = json.loads(out)
    assert set(data["scores"]) == {"attribution", "uncertainty", "claims", "sentences", "overall"}


def test_table_and_task_flags(capsys, tmp_path, write_lines, hand_pred, gold_file):
    pred = write_lines(tmp_path / "p.jsonl", [hand_pred])
    code, out, _ = evaluate(capsys, str(pred), "--gold", str(gold_file), "--task", "claims", "--task",
                            "uncertainty", "--format", "table", "--per-doc", "--confidence", "--bootstrap", "50")
    assert code == 0 and out.startswith("Quellenlage scores") and "overall" not in out.split("\n\n")[1]
    assert "|task:uncertainty+claims|" in out and "|bs:50|" in out


@pytest.mark.parametrize("line, expected", [
    ('{"doc_id": "wikinews-39628"', ":1: malformed JSON"),
    ({"doc_id": "wikinews-0"}, ":1: doc wikinews-0: unknown document id"),
    ({"doc_id": "wikinews-39628", "uncertainty": [{"id": "u", "span": {"start": 0, "end": 99999, "text": "x"},
                                                    "type": "epistemic"}]},
     ":1: doc wikinews-39628: uncertainty cue u: offset 99999 is outside the text"),
    ({"doc_id": "wikinews-39628", "uncertainty": [{"id": "u", "span": {"start": 0, "end": 4, "text": "Irak"},
                                                    "type": "epistemic"}]},
     ":1: doc wikinews-39628: uncertainty cue u: surface text 'Irak' does not match"),
    ({"doc_id": "wikinews-39628", "claims": [{"id": "c1", "certainty": "sure"}]},
     ":1: doc wikinews-39628: claims/0/certainty: unknown label 'sure'"),
    ({"doc_id": "wikinews-39628", "claims": [{"id": "c99", "certainty": "certain"}]},
     ":1: doc wikinews-39628: unknown claim id 'c99'"),
])
def test_bad_prediction_line(capsys, tmp_path, write_lines, gold_file, line, expected):
    pred = write_lines(tmp_path / "p.jsonl", [line])
    code, out, err = evaluate(capsys, str(pred), "--gold", str(gold_file))
    assert code == 2 and out == ""
    assert len(err) == 1 and err[0].startswith(str(pred)) and expected in err[0], err


def test_document_outside_the_split_or_collection(capsys, tmp_path, write_lines, gold_file, documents):
    train = next(d.id for d in documents.values() if d.split == "train")
    pred = write_lines(tmp_path / "p.jsonl", [{"doc_id": "wikinews-39628"}, {"doc_id": train}])
    code, _, err = evaluate(capsys, str(pred), "--gold", str(gold_file))
    assert code == 2 and err == [f"{pred}:2: doc {train}: document is not in the evaluated data "
                                 "(collection wikinews+derstandard, split test)"]
    code, _, err = evaluate(capsys, str(pred), "--gold", str(gold_file), "--collection", "derstandard")
    assert code == 2 and err == ["quellenlage: the gold covers no document of the evaluated data "
                                 "(collection derstandard, split test)"]


def test_duplicate_documents_and_every_problem_reported(capsys, tmp_path, write_lines, gold_file):
    pred = write_lines(tmp_path / "p.jsonl", [{"doc_id": "wikinews-39628"}, {"doc_id": "wikinews-39628"},
                                              "[1, 2]"])
    code, _, err = evaluate(capsys, str(pred), "--gold", str(gold_file))
    assert code == 2 and len(err) == 2
    assert "duplicate document id (first on line 1)" in err[0] and ":3: a line must hold one JSON object" in err[1]


def test_missing_prediction_file(capsys, tmp_path, gold_file):
    code, _, err = evaluate(capsys, str(tmp_path / "absent.jsonl"), "--gold", str(gold_file))
    assert code == 2 and err == [f"{tmp_path}/absent.jsonl: cannot read file: No such file or directory"]


def test_bad_gold_file(capsys, tmp_path, write_lines, hand_gold, hand_pred):
    del hand_gold["provenance"]
    gold = write_lines(tmp_path / "g.jsonl", [hand_gold])
    pred = write_lines(tmp_path / "p.jsonl", [hand_pred])
    code, _, err = evaluate(capsys, str(pred), "--gold", str(gold))
    assert code == 2 and err == [f"{gold}:1: doc wikinews-39628: gold records need provenance (method, annotators)"]


def test_no_gold_yet(capsys, tmp_path, write_lines, hand_pred, monkeypatch):
    root = tmp_path / "data"
    root.mkdir()
    (root / "corpus").symlink_to(Path(__file__).resolve().parents[2] / "corpus")
    monkeypatch.setenv("QUELLENLAGE_DATA", str(root))
    pred = write_lines(tmp_path / "p.jsonl", [hand_pred])
    code, _, err = evaluate(capsys, str(pred))
    assert code == 2 and len(err) == 1
    assert err[0].startswith("quellenlage: no gold annotations for collection wikinews+derstandard, split test")


def test_empty_prediction_file_scores_zero(capsys, tmp_path, gold_file):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n")
    code, out, err = evaluate(capsys, str(empty), "--gold", str(gold_file))
    assert code == 0 and json.loads(out)["scores"]["overall"] == 0.0


def test_compare_names_the_bad_system_file(capsys, tmp_path, write_lines, hand_pred, gold_file):
    good = write_lines(tmp_path / "good.jsonl", [hand_pred])
    bad = write_lines(tmp_path / "bad.jsonl", [{"doc_id": "wikinews-39628", "claims": [{"id": "zz"}]}])
    assert main(["compare", str(good), str(bad), "--gold", str(gold_file)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and lines_of(err) == [f"{bad}:1: doc wikinews-39628: unknown claim id 'zz' "
                                           "(not a gold claim of this document)"]


def test_compare_output(capsys, tmp_path, write_lines, hand_pred, hand_gold, gold_file):
    base = write_lines(tmp_path / "base.jsonl", [hand_pred])
    same = write_lines(tmp_path / "gold.jsonl", [hand_gold])
    assert main(["compare", str(base), str(same), "--gold", str(gold_file), "--ar", "100", "--bootstrap", "100",
                 "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert "does not say which system is better" in out and "|ar:100|" in out


def test_subprocess_has_no_traceback(tmp_path, write_lines, gold_file):
    pred = write_lines(tmp_path / "p.jsonl", [{"doc_id": "wikinews-39628", "claims": [{"id": "c7"}]}])
    result = subprocess.run([sys.executable, "-m", "quellenlage", "evaluate", str(pred), "--gold", str(gold_file)],
                            capture_output=True, text=True)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert lines_of(result.stderr) == [f"{pred}:1: doc wikinews-39628: unknown claim id 'c7' "
                                       "(not a gold claim of this document)"]
