"""Insert adjudicated records into the gold files, one file per collection and split."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from ..annotations import AnnotationRecord, read_annotations
from ..corpus import Document, natural_key
from ..errors import InputError, Problem
from ..jsonl import write_jsonl


def add_gold(files: Sequence[Path], documents: Mapping[str, Document], annotations_dir: Path) -> dict[Path, int]:
    """Write the records of `files` into `annotations_dir/<collection>/<split>.jsonl`; returns counts per file.

    Every record is validated with the gold rules first, and a document may appear in only one input
    file; an existing gold record of the same document is replaced.
    """
    incoming: dict[str, AnnotationRecord] = {}
    problems: list[Problem] = []
    origin: dict[str, str] = {}
    for path in files:
        try:
            loaded = read_annotations(path, documents, gold=True)
        except InputError as exc:
            problems += exc.problems
            continue
        for doc_id, record in loaded.records.items():
            if doc_id in incoming:
                problems.append(Problem(str(path), loaded.lines[doc_id], doc_id, f"also given in {origin[doc_id]}"))
            incoming[doc_id] = record
            origin[doc_id] = str(path)
    if problems:
        raise InputError(problems)

    targets: dict[Path, dict[str, AnnotationRecord]] = {}
    for doc_id, record in incoming.items():
        doc = documents[doc_id]
        targets.setdefault(annotations_dir / doc.collection / f"{doc.split}.jsonl", {})[doc_id] = record
    counts = {}
    for target, records in sorted(targets.items()):
        existing = read_annotations(target, documents, gold=True).records if target.is_file() else {}
        merged = {**existing, **records}
        write_jsonl(target, (merged[k].to_json() for k in sorted(merged, key=natural_key)))
        counts[target] = len(merged)
    return counts
