"""The validator: every kind of bad record is named in one line; sound records pass."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from quellenlage.annotations import AnnotationRecord, read_annotations
from quellenlage.corpus import Document
from quellenlage.errors import InputError

PROVENANCE = {"method": "manual", "annotators": [{"id": "t1", "kind": "human"}]}


def span(doc: Document, needle: str) -> dict[str, Any]:
    start = doc.text.index(needle)
    return {"start": start, "end": start + len(needle), "text": needle}


@pytest.fixture()
def record(doc: Document) -> dict[str, Any]:
    return {
        "doc_id": doc.id,
        "attributions": [{
            "id": "a1", "cue": [span(doc, "Laut")], "source": [span(doc, "israelischen Medien")],
            "content": [span(doc, "gab es zehn Tote und mehr als 50 Verletzte")],
            "form": "prepositional", "source_type": "media", "parent": None,
        }],
        "uncertainty": [{"id": "u1", "span": span(doc, "mehr als"), "type": "approximation"}],
        "claims": [{
            "id": "c1", "span": span(doc, "gab es zehn Tote und mehr als 50 Verletzte"), "attribution": "a1",
            "certainty": "certain", "polarity": "positive", "commitment": "reported",
            "verification": "none", "relations": [],
        }],
        "provenance": PROVENANCE,
    }


@pytest.fixture()
def problems(tmp_path: Path, documents: dict[str, Document], write_lines):
    def run(lines: list[Any], gold: bool = True) -> list[str]:
        path = write_lines(tmp_path / "a.jsonl", lines)
        with pytest.raises(InputError) as exc:
            read_annotations(path, documents, gold=gold)
        return [str(p) for p in exc.value.problems]
    return run


def test_sound_record_passes_and_round_trips(tmp_path, documents, problems, write_lines, record):
    loaded = read_annotations(write_lines(tmp_path / "a.jsonl", [record]), documents, gold=True)
    rec = loaded.records[record["doc_id"]]
    assert rec.attributions[0].source[0].text == "israelischen Medien"
    assert AnnotationRecord.from_json(rec.to_json()) == rec


def test_unknown_document(tmp_path, documents, problems, write_lines, record):
    record["doc_id"] = "wikinews-0"
    assert problems([record]) == [f"{tmp_path}/a.jsonl:1: doc wikinews-0: unknown document id"]


def test_offset_beyond_text(tmp_path, documents, problems, write_lines, record, doc):
    record["uncertainty"][0]["span"] = {"start": len(doc.text) + 1, "end": len(doc.text) + 5, "text": "abcd"}
    (msg,) = problems([record])
    assert msg.startswith(f"{tmp_path}/a.jsonl:1: doc {doc.id}: uncertainty cue u1: offset")
    assert "outside the text" in msg


def test_surface_mismatch(tmp_path, documents, problems, write_lines, record, doc):
    record["attributions"][0]["cue"][0]["start"] += 1
    record["attributions"][0]["cue"][0]["end"] += 1
    (msg,) = problems([record])
    assert "attribution a1 cue[0]: surface text 'Laut' does not match" in msg and ":1: doc " in msg


def test_unknown_label(tmp_path, documents, problems, write_lines, record):
    record["claims"][0]["certainty"] = "sure"
    (msg,) = problems([record])
    assert "claims/0/certainty: unknown label 'sure'" in msg


def test_duplicate_document(tmp_path, documents, problems, write_lines, record):
    msgs = problems([record, copy.deepcopy(record)])
    assert msgs == [f"{tmp_path}/a.jsonl:2: doc {record['doc_id']}: duplicate document id (first on line 1)"]


def test_duplicate_item_id(tmp_path, documents, problems, write_lines, record):
    record["uncertainty"][0]["id"] = "a1"
    (msg,) = problems([record])
    assert "duplicate id 'a1'" in msg


@pytest.mark.parametrize("where, value, expected", [
    (("claims", 0, "attribution"), "a9", "claim c1: attribution 'a9' is not an attribution"),
    (("attributions", 0, "parent"), "a9", "attribution a1: parent 'a9' is not an attribution"),
    (("attributions", 0, "parent"), "a1", "attribution a1: parent refers to itself"),
    (("claims", 0, "relations"), [{"type": "supports", "target": "c9"}], "relation target 'c9' is not a claim"),
])
def test_dangling_references(tmp_path, documents, problems, write_lines, record, where, value, expected):
    obj = record
    for key in where[:-1]:
        obj = obj[key]
    obj[where[-1]] = value
    (msg,) = problems([record])
    assert expected in msg


def test_parent_cycle(tmp_path, documents, problems, write_lines, record, doc):
    second = copy.deepcopy(record["attributions"][0])
    second["id"], second["parent"] = "a2", "a1"
    record["attributions"][0]["parent"] = "a2"
    record["attributions"].append(second)
    msgs = problems([record])
    assert any("parent chain forms a cycle" in m for m in msgs)


def test_overlapping_roles_and_cues(tmp_path, documents, problems, write_lines, record, doc):
    record["attributions"][0]["source"] = [span(doc, "Laut israelischen")]
    record["uncertainty"].append({"id": "u2", "span": span(doc, "mehr als 50"), "type": "approximation"})
    msgs = problems([record])
    assert any("attribution a1: cue[0] and source[0] overlap" in m for m in msgs)
    assert any("uncertainty: cue u1 and cue u2 overlap" in m for m in msgs)


def test_malformed_json_reports_line_and_continues(tmp_path, documents, problems, write_lines, record):
    msgs = problems(['{"doc_id": ', record, "[1, 2]"])
    assert msgs[0].startswith(f"{tmp_path}/a.jsonl:1: malformed JSON")
    assert msgs[1] == f"{tmp_path}/a.jsonl:3: a line must hold one JSON object"
    assert len(msgs) == 2


def test_gold_rules_only_for_gold(tmp_path, documents, problems, write_lines, record):
    del record["provenance"]
    del record["claims"][0]["span"]
    del record["attributions"][0]["form"]
    path = write_lines(tmp_path / "p.jsonl", [record])
    assert read_annotations(path, documents, gold=False).records  # a prediction may omit them
    msgs = problems([record], gold=True)
    assert any("gold records need provenance" in m for m in msgs)
    assert any("claim c1: gold claims need a span" in m for m in msgs)
    assert any("gold attributions need form and source_type" in m for m in msgs)


def test_unknown_field_is_named(tmp_path, documents, problems, write_lines, record):
    record["atributions"] = []
    (msg,) = problems([record])
    assert "unknown field" in msg and "atributions" in msg


def test_sentence_index_beyond_document(tmp_path, documents, problems, write_lines, record, doc):
    record["sentences"] = [{"index": len(doc.sentences), "attributed": True}]
    (msg,) = problems([record], gold=False)
    assert f"index {len(doc.sentences)} is beyond" in msg
