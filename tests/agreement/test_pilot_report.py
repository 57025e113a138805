"""The published pilot files and `annotations/AGREEMENT.md` are reproduced exactly by the commands."""

from __future__ import annotations

from pathlib import Path

from quellenlage.cli import main

ROOT = Path(__file__).resolve().parents[2]
PILOT = ROOT / "annotations" / "raw" / "pilot"
TITLE = "Quellenlage pilot agreement (guidelines 1.0, 20 documents)"


def test_resolved_pilot_files_match_the_quotes(tmp_path):
    for n in (1, 2, 3, 4):
        out = tmp_path / f"ann-{n}.jsonl"
        assert main(["annotate", "resolve", str(PILOT / "quotes" / f"ann-{n}.quotes.jsonl"), "-o", str(out),
                     "--annotator", f"ann-{n}:llm-agent", "--guidelines-version", "1.0", "--gold"]) == 0
        assert out.read_bytes() == (PILOT / f"ann-{n}.jsonl").read_bytes()
    for name, parts in (("first", (1, 3)), ("second", (2, 4))):
        joined = b"".join((PILOT / f"ann-{n}.jsonl").read_bytes() for n in parts)
        assert (PILOT / f"{name}.jsonl").read_bytes() == joined


def test_agreement_report_is_reproduced(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)  # the report names the input files by the paths given
    out = tmp_path / "AGREEMENT.md"
    assert main(["agreement", "annotations/raw/pilot/first.jsonl", "annotations/raw/pilot/second.jsonl",
                 "-o", str(out), "--title", TITLE]) == 0
    assert out.read_text(encoding="utf-8") == (ROOT / "annotations" / "AGREEMENT.md").read_text(encoding="utf-8")
