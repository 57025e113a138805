"""Shared fixtures: the real corpus documents, and helpers to write small JSONL files."""

from __future__ import annotations

import json
from pathlib import Path
from collections.abc import Callable
from typing import Any

import pytest

from quellenlage.corpus import Document, load_documents


@pytest.fixture(scope="session")
def documents() -> dict[str, Document]:
    return load_documents()


@pytest.fixture(scope="session")
def doc(documents: dict[str, Document]) -> Document:
    """A short real document used by many tests."""
    return documents["wikinews-25475"]


def _write_lines(path: Path, lines: list[Any]) -> Path:
    path.write_text("".join((x if isinstance(x, str) else json.dumps(x, ensure_ascii=False)) + "\n"
                            for x in lines), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def write_lines() -> Callable[[Path, list[Any]], Path]:
    """Write objects (as JSON) or raw strings, one per line, to a path; returns the path."""
    return _write_lines
