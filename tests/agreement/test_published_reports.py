"""The published raw annotation rounds and their agreement reports are reproduced exactly by the commands."""

from __future__ import annotations

from pathlib import Path

import pytest

from quellenlage.cli import main

ROOT = Path(__file__).resolve().parents[2]

#: round directory, guidelines version, annotators of the first and second annotation, report, title
ROUNDS = [
    ("pilot", "1.0", (1, 3), (2, 4), "AGREEMENT.md", "Quellenlage pilot agreement (guidelines 1.0, 20 documents)"),
    ("test", "1.1", (5, 7, 9, 11), (6, 8, 10, 12), "AGREEMENT-test.md",
     "Quellenlage test-split agreement (guidelines 1.1, 39 documents)"),
    ("more", "1.1", (13, 15, 17, 19), (14, 16, 18, 20), "AGREEMENT-devtrain.md",
     "Quellenlage dev/train agreement (guidelines 1.1, 35 documents)"),
]


@pytest.mark.parametrize("name, version, first, second, report, title", ROUNDS)
def test_resolved_files_match_the_quotes(tmp_path, name, version, first, second, report, title):
    raw = ROOT / "annotations" / "raw" / name
    for n in first + second:
        out = tmp_path / f"ann-{n}.jsonl"
        assert main(["annotate", "resolve", str(raw / "quotes" / f"ann-{n}.quotes.jsonl"), "-o", str(out),
                     "--annotator", f"ann-{n}:llm-agent", "--guidelines-version", version, "--gold"]) == 0
        assert out.read_bytes() == (raw / f"ann-{n}.jsonl").read_bytes()
    for side, parts in (("first", first), ("second", second)):
        joined = b"".join((raw / f"ann-{n}.jsonl").read_bytes() for n in parts)
        assert (raw / f"{side}.jsonl").read_bytes() == joined


@pytest.mark.parametrize("name, version, first, second, report, title", ROUNDS)
def test_agreement_report_is_reproduced(tmp_path, monkeypatch, name, version, first, second, report, title):
    monkeypatch.chdir(ROOT)  # the report names the input files by the paths given
    out = tmp_path / report
    assert main(["agreement", f"annotations/raw/{name}/first.jsonl", f"annotations/raw/{name}/second.jsonl",
                 "-o", str(out), "--title", title]) == 0
    assert out.read_text(encoding="utf-8") == (ROOT / "annotations" / report).read_text(encoding="utf-8")
