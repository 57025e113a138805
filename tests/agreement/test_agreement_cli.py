"""`quellenlage agreement` as a user meets it: reproducible report, JSON, one line per bad input."""

from __future__ import annotations

import json
import subprocess
import sys

from quellenlage.cli import main

from conftest import D1, D2


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "quellenlage", *args], capture_output=True, text=True)


def test_report_is_byte_identical_across_runs(pilot_files, tmp_path, capsys):
    a, b = pilot_files
    first, second = tmp_path / "first.md", tmp_path / "second.md"
    assert main(["agreement", str(a), str(b), "--output", str(first), "--title", "Pilot"]) == 0
    assert main(["agreement", str(a), str(b), "--output", str(second), "--title", "Pilot"]) == 0
    assert first.read_bytes() == second.read_bytes()
    capsys.readouterr()
    assert main(["agreement", str(a), str(b), "--title", "Pilot"]) == 0
    assert capsys.readouterr().out.encode("utf-8") == first.read_bytes()


def test_report_content(pilot_files, tmp_path):
    a, b = pilot_files
    out = tmp_path / "AGREEMENT.md"
    assert main(["agreement", str(a), str(b), "-o", str(out), "--title", "Pilot agreement"]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Pilot agreement\n")
    assert "Documents compared (annotated in both files): 2; only in A: 1; only in B: 0" in text
    for section in ("## Summary", "## Attribution", "## Uncertainty cues", "## Claims", "## Sentences",
                    "## Most frequent disagreements", "## Definitions"):
        assert f"\n{section}\n" in text
    assert "| polarity | 5 | 1.0000 | n/a | n/a |" in text
    assert "| certainty | 5 | 0.6000 | 0.1667 | 0.2174 |" in text
    assert ("- claims `certainty`: **certain ↔ probable**: 1 "
            "(A certain / B probable: 1; A probable / B certain: 0)") in text
    assert f"`{D1}` @216: A c2: «gab es zehn Tote und mehr als 50 Verletzte» [certain]" in text
    assert "#### attribution only in A (1)" in text and "#### uncertainty only in B (1)" in text
    assert "\r" not in text and not any(line != line.rstrip() for line in text.splitlines())


def test_json_format(pilot_files, capsys):
    a, b = pilot_files
    assert main(["agreement", str(a), str(b), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["documents"]["compared"] == [D1, D2]
    assert data["attribution"]["matching"] == {"a": 4, "b": 4, "both": 3, "precision": 0.75, "recall": 0.75,
                                               "f1": 0.75}
    assert data["claims"]["labels"]["polarity"]["kappa"] is None
    assert data["claims"]["labels"]["commitment"]["confusion"] == [
        {"a": "asserted", "b": "asserted", "count": 2}, {"a": "reported", "b": "reported", "count": 2},
        {"a": "distanced", "b": "reported", "count": 1}]
    assert data["sentences"]["uncertain"]["positive"]["f1"] == 0.8


def test_bad_input_one_line_per_problem_exit_2(pilot_files, tmp_path, write_lines, pilot_b):
    a, _ = pilot_files
    bad = write_lines(tmp_path / "bad.jsonl", [
        pilot_b[0],
        '{"doc_id": "wikinews-25475", ',
        {"doc_id": "wikinews-0"},
        {"doc_id": D1, "uncertainty": [{"id": "u1", "span": {"start": 0, "end": 4, "text": "Selb"}, "type": "sure"}]},
    ])
    out = tmp_path / "report.md"
    out.write_text("previous\n", encoding="utf-8")
    result = run_cli("agreement", str(a), str(bad), "-o", str(out))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 3
    assert lines[0].startswith(f"{bad}:2: malformed JSON")
    assert lines[1] == f"{bad}:3: doc wikinews-0: unknown document id"
    assert lines[2].startswith(f"{bad}:4: doc {D1}: uncertainty/0/type: unknown label 'sure'")
    assert out.read_text(encoding="utf-8") == "previous\n"


def test_problems_of_both_files_are_reported(tmp_path, write_lines):
    a = write_lines(tmp_path / "a.jsonl", ["not json"])
    b = write_lines(tmp_path / "b.jsonl", [{"doc_id": "wikinews-0"}])
    result = run_cli("agreement", str(a), str(b))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2 and lines[0].startswith(f"{a}:1: malformed JSON")
    assert lines[1] == f"{b}:1: doc wikinews-0: unknown document id"


def test_no_document_in_common(tmp_path, write_lines):
    a = write_lines(tmp_path / "a.jsonl", [{"doc_id": D1}])
    b = write_lines(tmp_path / "b.jsonl", [{"doc_id": D2}])
    result = run_cli("agreement", str(a), str(b))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip() == f"{b}: no document is annotated in both this file and {a}"


def test_missing_file(tmp_path, pilot_files):
    a, _ = pilot_files
    result = run_cli("agreement", str(a), str(tmp_path / "absent.jsonl"))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip() == f"{tmp_path}/absent.jsonl: cannot read file: No such file or directory"


def test_empty_annotations_give_na_not_errors(tmp_path, write_lines, capsys):
    a = write_lines(tmp_path / "a.jsonl", [{"doc_id": D1}])
    assert main(["agreement", str(a), str(a)]) == 0
    text = capsys.readouterr().out
    assert "| attribution | matched attributions F1 (cue overlap) | n/a |" in text
    assert "| sentences | attributed: Cohen's kappa | n/a |" in text
