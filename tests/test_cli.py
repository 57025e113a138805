"""The CLI as a user meets it: one line per problem, exit 2, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from quellenlage.cli import main


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "quellenlage", *args], capture_output=True, text=True)


def test_validate_bad_file_one_line_exit_2(tmp_path, write_lines, doc):
    path = write_lines(tmp_path / "bad.jsonl", ['{"doc_id": "nope"', {"doc_id": "wikinews-0"},
                                                {"doc_id": doc.id, "claims": [{"id": "c1", "certainty": "sure"}]}])
    result = run_cli("validate", str(path))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith(f"{path}:1: malformed JSON")
    assert lines[1] == f"{path}:2: doc wikinews-0: unknown document id"
    assert lines[2].startswith(f"{path}:3: doc {doc.id}: claims/0/certainty: unknown label 'sure'")
    assert len(lines) == 3


def test_validate_missing_file(tmp_path):
    result = run_cli("validate", str(tmp_path / "absent.jsonl"))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip() == f"{tmp_path}/absent.jsonl: cannot read file: No such file or directory"


def test_validate_good_file(tmp_path, write_lines, doc, capsys):
    path = write_lines(tmp_path / "ok.jsonl", [{"doc_id": doc.id}])
    assert main(["validate", str(path)]) == 0
    assert "1 record(s) valid" in capsys.readouterr().out


def test_stats_json_counts_documents(documents, capsys):
    assert main(["stats", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[-1]["collection"] == "all" and rows[-1]["documents"] == len(documents)


def test_help_lists_commands(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    for command in ("build-corpus", "validate", "stats", "annotate"):
        assert command in out
