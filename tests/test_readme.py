"""The README's example record is a valid prediction for the real document it names."""

from __future__ import annotations

import json
import re
from pathlib import Path

from quellenlage.annotations import read_annotations

README = Path(__file__).resolve().parent.parent / "README.md"


def test_readme_example_record_validates(tmp_path, documents):
    block = re.search(r"```json\n(.*?)```", README.read_text(encoding="utf-8"), re.S).group(1)
    record = json.loads(block)
    path = tmp_path / "example.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    assert read_annotations(path, documents).records[record["doc_id"]].claims[0].attribution == "a1"


def test_readme_stats_block_is_current(capsys):
    from quellenlage.cli import main

    assert main(["stats"]) == 0
    printed = capsys.readouterr().out
    assert printed in README.read_text(encoding="utf-8")
