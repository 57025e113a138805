"""add-gold: records land in their collection/split file, replace older ones, and bad input writes nothing."""

from __future__ import annotations

import pytest

from quellenlage.annotate.gold import add_gold
from quellenlage.errors import InputError

PROV = {"method": "manual", "annotators": [{"id": "t", "kind": "human"}]}


def test_records_go_to_their_split_file_and_replace(tmp_path, documents, write_lines):
    wn = next(d for d in documents.values() if d.collection == "wikinews" and d.split == "dev")
    ds = next(d for d in documents.values() if d.collection == "derstandard" and d.split == "test")
    first = write_lines(tmp_path / "a.jsonl", [{"doc_id": wn.id, "provenance": PROV}, {"doc_id": ds.id, "provenance": PROV}])
    counts = add_gold([first], documents, tmp_path / "ann")
    assert counts == {tmp_path / "ann" / "derstandard" / "test.jsonl": 1, tmp_path / "ann" / "wikinews" / "dev.jsonl": 1}
    newer = write_lines(tmp_path / "b.jsonl", [{"doc_id": wn.id, "provenance": PROV, "notes": "second pass"}])
    add_gold([newer], documents, tmp_path / "ann")
    text = (tmp_path / "ann" / "wikinews" / "dev.jsonl").read_text(encoding="utf-8")
    assert text.count(wn.id) == 1 and "second pass" in text


def test_invalid_record_writes_nothing(tmp_path, documents, write_lines, doc):
    bad = write_lines(tmp_path / "bad.jsonl", [{"doc_id": doc.id}])  # gold without provenance
    with pytest.raises(InputError, match="gold records need provenance"):
        add_gold([bad], documents, tmp_path / "ann")
    assert not (tmp_path / "ann").exists()


def test_same_document_in_two_inputs_is_refused(tmp_path, documents, write_lines, doc):
    a = write_lines(tmp_path / "a.jsonl", [{"doc_id": doc.id, "provenance": PROV}])
    b = write_lines(tmp_path / "b.jsonl", [{"doc_id": doc.id, "provenance": PROV}])
    with pytest.raises(InputError, match=f"doc {doc.id}: also given in"):
        add_gold([a, b], documents, tmp_path / "ann")
