"""Fixtures of the evaluation tests: a hand-annotated real document, and synthetic gold for the test split."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from evalhelpers import HAND_DOC, hand_gold_record, hand_prediction

from quellenlage.annotations import AnnotationRecord
from quellenlage.corpus import Document
from quellenlage.evaluate.synthetic import synthetic_set


@pytest.fixture(scope="session")
def hand_doc(documents: dict[str, Document]) -> Document:
    return documents[HAND_DOC]


@pytest.fixture()
def hand_gold(hand_doc: Document) -> dict[str, Any]:
    return hand_gold_record(hand_doc)


@pytest.fixture()
def hand_pred(hand_doc: Document) -> dict[str, Any]:
    return hand_prediction(hand_doc)


@pytest.fixture()
def write_gold(tmp_path: Path):
    """Write gold records (dicts) to a JSONL file and return its path."""
    def write(records: list[dict[str, Any]], name: str = "gold.jsonl") -> Path:
        path = tmp_path / name
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        return path
    return write


@pytest.fixture(scope="session")
def test_split(documents: dict[str, Document]) -> list[Document]:
    return sorted((d for d in documents.values() if d.split == "test"), key=lambda d: d.id)


@pytest.fixture(scope="session")
def synthetic(test_split: list[Document]) -> tuple[list[AnnotationRecord], list[AnnotationRecord],
                                                    list[AnnotationRecord]]:
    """(gold, strong prediction, weak prediction) over the real test documents."""
    gold, (strong, weak) = synthetic_set(test_split, (0.9, 0.4), seed=7)
    return gold, strong, weak


@pytest.fixture(scope="session")
def synthetic_files(tmp_path_factory, synthetic) -> dict[str, Path]:
    """The synthetic set written as JSONL files: gold, strong, weak."""
    root = tmp_path_factory.mktemp("synthetic")
    out = {}
    for name, records in zip(("gold", "strong", "weak"), synthetic):
        path = root / f"{name}.jsonl"
        path.write_text("".join(json.dumps(r.to_json(), ensure_ascii=False) + "\n" for r in records),
                        encoding="utf-8")
        out[name] = path
    return out
