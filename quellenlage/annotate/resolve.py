"""Resolve a whole quote file against the corpus and validate the result (`quellenlage annotate resolve`)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..annotations import AnnotationRecord, check_record, schema_problems
from ..corpus import Document
from ..errors import InputError, Problem
from ..jsonl import iter_jsonl, write_jsonl
from .quotes import resolve_record


def resolve_file(path: str | Path, documents: Mapping[str, Document], *,
                 provenance: dict[str, Any] | None, gold: bool) -> list[dict[str, Any]]:
    """Offset records for every quote record in `path`; raise `InputError` listing every problem."""
    name = str(path)
    out: list[dict[str, Any]] = []
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for lineno, obj in iter_jsonl(path):
        if isinstance(obj, Problem):
            problems.append(obj)
            continue
        doc_id = obj.get("doc_id")
        if not isinstance(doc_id, str) or doc_id not in documents:
            problems.append(Problem(name, lineno, doc_id if isinstance(doc_id, str) else None, "unknown document id"))
            continue
        if doc_id in seen:
            problems.append(Problem(name, lineno, doc_id, f"duplicate document id (first on line {seen[doc_id]})"))
            continue
        seen[doc_id] = lineno
        record, found = resolve_record(obj, documents[doc_id].text, provenance)
        found += schema_problems(record)
        if not found:
            found = check_record(AnnotationRecord.from_json(record), documents[doc_id], gold=gold)
        problems += [Problem(name, lineno, doc_id, msg) for msg in found]
        out.append(record)
    if problems:
        raise InputError(problems)
    return out


def resolve_to(path: str | Path, output: str | Path, documents: Mapping[str, Document], *,
               provenance: dict[str, Any] | None, gold: bool) -> int:
    """Resolve `path` and write the records to `output` (nothing is written if any quote fails)."""
    records = resolve_file(path, documents, provenance=provenance, gold=gold)
    write_jsonl(output, records)
    return len(records)
