"""Reading what is scored: the gold of the selected documents and a system's prediction file.

The validator (`annotations.read_annotations`) runs first on every file; then the checks that need
the gold: a predicted document must belong to the selected collection(s) and split, and a predicted
claim id must be one of the gold claim ids of its document. Every problem is one `Problem` line.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Union

from .. import paths
from ..annotations import AnnotationRecord, read_annotations, validate_objects
from ..corpus import COLLECTIONS, MANIFEST, SPLITS, Document, load_documents
from ..errors import InputError, Problem, QuellenlageError
from ..jsonl import dumps

#: A file of records, or records in memory (objects or JSON dicts, or a mapping doc id -> record).
RecordSource = Union[str, os.PathLike, Iterable[Any], Mapping[str, Any]]


@dataclass
class Gold:
    """The documents selected for scoring and their gold records (only documents with gold are scored)."""

    collections: tuple[str, ...]
    splits: tuple[str, ...]
    documents: dict[str, Document]            # every corpus document (for validation)
    selected: dict[str, Document]             # the selected collection(s) and split(s)
    records: dict[str, AnnotationRecord]      # gold of selected documents, by doc id
    corpus_dir: Path
    sources: list[bytes] = field(default_factory=list)

    @property
    def doc_ids(self) -> list[str]:
        """Scored documents in a fixed order (sorted ids): the rows of every statistics matrix."""
        return sorted(self.records)

    def describe(self) -> str:
        return f"collection {'+'.join(self.collections)}, split {'+'.join(self.splits)}"


@dataclass
class Predictions:
    """A validated prediction file: records by doc id, and the line each came from."""

    name: str
    records: dict[str, AnnotationRecord]
    lines: dict[str, int]


def _as_tuple(value: str | Sequence[str] | None, allowed: tuple[str, ...], what: str) -> tuple[str, ...]:
    if value is None:
        return allowed
    values = (value,) if isinstance(value, str) else tuple(value)
    unknown = [v for v in values if v not in allowed]
    if unknown or not values:
        raise QuellenlageError(f"unknown {what} {unknown or values!r}; expected some of {', '.join(allowed)}")
    return tuple(v for v in allowed if v in values)


def _is_path(source: Any) -> bool:
    return isinstance(source, (str, os.PathLike))


def read_records(source: RecordSource, documents: Mapping[str, Document], *, gold: bool,
                 name: str = "<records>") -> tuple[str, dict[str, AnnotationRecord], dict[str, int], bytes]:
    """Validate records from a file or from memory; return (name, records, lines, canonical bytes)."""
    if _is_path(source):
        loaded = read_annotations(source, documents, gold=gold)  # type: ignore[arg-type]
        return str(source), loaded.records, loaded.lines, Path(source).read_bytes()  # type: ignore[arg-type]
    items = list(source.values()) if isinstance(source, Mapping) else list(source)
    numbered = ((n, item.to_json() if isinstance(item, AnnotationRecord) else item)
                for n, item in enumerate(items, start=1))
    loaded = validate_objects(name, numbered, documents, gold=gold)
    records, lines = loaded.records, loaded.lines
    canonical = "".join(dumps(records[k].to_json()) + "\n" for k in sorted(records)).encode("utf-8")
    return name, records, lines, canonical


def load_gold(collection: str | Sequence[str] | None = None, split: str | Sequence[str] = "test",
              gold: RecordSource | Sequence[str | os.PathLike] | None = None,
              data_root: str | Path | None = None) -> Gold:
    """The selected documents and their gold: the shipped gold files by default, or `gold` (files or records)."""
    collections = _as_tuple(collection, COLLECTIONS, "collection")
    splits = _as_tuple(split, SPLITS, "split")
    root = Path(data_root) if data_root is not None else paths.data_root()
    documents = load_documents(root)
    selected = {k: d for k, d in documents.items() if d.collection in collections and d.split in splits}
    corpus_dir = root / "corpus"
    if gold is None:
        sources: list[Any] = [root / "annotations" / c / f"{s}.jsonl" for c in collections for s in splits]
        sources = [p for p in sources if p.is_file()]
        if not sources:
            raise QuellenlageError(
                f"no gold annotations for collection {'+'.join(collections)}, split {'+'.join(splits)} "
                f"(expected {root / 'annotations'}/<collection>/<split>.jsonl); pass --gold FILE to score "
                "against another gold file")
    elif _is_path(gold) or not isinstance(gold, Sequence) or (gold and not _is_path(gold[0])):
        sources = [gold]
    else:
        sources = list(gold)
    records: dict[str, AnnotationRecord] = {}
    contents: list[bytes] = []
    problems: list[Problem] = []
    for source in sources:
        try:
            _, recs, _, content = read_records(source, documents, gold=True, name="<gold>")
        except InputError as exc:
            problems += exc.problems
            continue
        records.update({k: r for k, r in recs.items() if k in selected})
        contents.append(content)
    if problems:
        raise InputError(problems)
    if not records:
        raise QuellenlageError("the gold covers no document of the evaluated data "
                               f"(collection {'+'.join(collections)}, split {'+'.join(splits)})")
    return Gold(collections, splits, documents, selected, records, corpus_dir, contents)


def manifest_bytes(gold: Gold) -> bytes:
    path = gold.corpus_dir / MANIFEST
    return path.read_bytes() if path.is_file() else b""


def load_predictions(source: RecordSource, gold: Gold, name: str | None = None, *,
                     check_claims: bool = True) -> Predictions:
    """Validate a prediction file, then check it against the selection and (`check_claims`) the gold claim ids."""
    label = name or (str(source) if _is_path(source) else "<predictions>")
    label, records, lines, _ = read_records(source, gold.documents, gold=False, name=label)
    problems: list[Problem] = []
    for doc_id, record in sorted(records.items(), key=lambda kv: lines[kv[0]]):
        line = lines[doc_id]
        if doc_id not in gold.selected:
            problems.append(Problem(label, line, doc_id,
                                    f"document is not in the evaluated data ({gold.describe()})"))
            continue
        reference = gold.records.get(doc_id)
        if reference is None or not check_claims:
            continue
        known = {c.id for c in reference.claims}
        for claim in record.claims:
            if claim.id not in known:
                problems.append(Problem(label, line, doc_id,
                                        f"unknown claim id {claim.id!r} (not a gold claim of this document)"))
    if problems:
        raise InputError(problems)
    return Predictions(label, records, lines)
