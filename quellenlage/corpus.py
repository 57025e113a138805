"""Load the corpus: `Document` objects for plain Python, and Hugging Face `datasets` views.

Every load verifies the data against `corpus/MANIFEST.sha256`, so a changed file is named, not used.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import paths
from .annotations import AnnotationRecord, read_annotations
from .errors import DataIntegrityError, QuellenlageError
from .jsonl import iter_jsonl
from .spans import Span

if TYPE_CHECKING:
    import datasets

COLLECTIONS = ("wikinews", "derstandard")
SPLITS = ("train", "dev", "test")
MANIFEST = "MANIFEST.sha256"


@dataclass(frozen=True)
class Document:
    """One article: text (headline, blank line, body), metadata, and stored sentence/token offsets."""

    id: str
    text: str
    title: str
    collection: str
    split: str
    outlet: str
    license: str
    attribution: str
    conflict: tuple[str, ...]
    sentences: tuple[tuple[int, int], ...]
    tokens: tuple[tuple[int, int], ...]
    text_sha256: str
    date: str | None = None
    url: str | None = None
    source_id: str | None = None
    section: str | None = None

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> "Document":
        return cls(
            id=obj["id"], text=obj["text"], title=obj["title"], collection=obj["collection"],
            split=obj["split"], outlet=obj["outlet"], license=obj["license"],
            attribution=obj["attribution"], conflict=tuple(obj["conflict"]),
            sentences=tuple(tuple(s) for s in obj["sentences"]),  # type: ignore[misc]
            tokens=tuple(tuple(t) for t in obj["tokens"]),  # type: ignore[misc]
            text_sha256=obj["text_sha256"], date=obj.get("date"), url=obj.get("url"),
            source_id=obj.get("source_id"), section=obj.get("section"),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "collection": self.collection, "split": self.split, "title": self.title,
            "date": self.date, "outlet": self.outlet, "url": self.url, "source_id": self.source_id,
            "section": self.section, "license": self.license, "attribution": self.attribution,
            "conflict": list(self.conflict), "text": self.text, "text_sha256": self.text_sha256,
            "sentences": [list(s) for s in self.sentences], "tokens": [list(t) for t in self.tokens],
        }

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence containing character `offset` (the nearest preceding one in a gap)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.sentences[mid][0] <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo


@dataclass
class Corpus:
    """Documents (and gold annotations where they exist) of the selected collections and splits."""

    documents: dict[str, Document] = field(default_factory=dict)
    gold: dict[str, AnnotationRecord] = field(default_factory=dict)

    def __iter__(self) -> Iterator[Document]:
        return iter(self.documents.values())

    def __len__(self) -> int:
        return len(self.documents)

    def select(self, collection: str | Iterable[str] | None = None,
               split: str | Iterable[str] | None = None) -> "Corpus":
        cols, spls = _as_set(collection, COLLECTIONS), _as_set(split, SPLITS)
        docs = {k: d for k, d in self.documents.items() if d.collection in cols and d.split in spls}
        return Corpus(docs, {k: g for k, g in self.gold.items() if k in docs})


def _as_set(value: str | Iterable[str] | None, allowed: tuple[str, ...]) -> set[str]:
    if value is None:
        return set(allowed)
    values = {value} if isinstance(value, str) else set(value)
    unknown = values - set(allowed)
    if unknown:
        raise QuellenlageError(f"unknown value(s) {sorted(unknown)}; expected some of {list(allowed)}")
    return values


def natural_key(doc_id: str) -> tuple[str, int, str]:
    """Sort key that puts `wikinews-746` before `wikinews-1000` (files list documents in this order)."""
    head, _, tail = doc_id.rpartition("-")
    return (head, int(tail), "") if tail.isdigit() else (doc_id, 0, doc_id)


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_manifest(corpus_dir: Path) -> dict[str, str]:
    """`relative path -> sha256` from the manifest."""
    manifest = corpus_dir / MANIFEST
    if not manifest.is_file():
        raise DataIntegrityError(f"{manifest}: manifest missing; run `quellenlage build-corpus`")
    entries = {}
    for line in manifest.read_text(encoding="utf-8").splitlines():
        digest, _, rel = line.partition("  ")
        entries[rel] = digest
    return entries


def verify_manifest(corpus_dir: Path) -> None:
    """Raise `DataIntegrityError` naming the first changed or missing data file."""
    for rel, digest in read_manifest(corpus_dir).items():
        path = corpus_dir / rel
        if not path.is_file():
            raise DataIntegrityError(f"{path}: listed in {MANIFEST} but missing")
        if file_sha256(path) != digest:
            raise DataIntegrityError(f"{path}: changed since the manifest was written (sha256 differs)")


@lru_cache(maxsize=4)
def _load_documents(corpus_dir: Path) -> dict[str, Document]:
    verify_manifest(corpus_dir)
    docs: dict[str, Document] = {}
    for collection in COLLECTIONS:
        for split in SPLITS:
            path = corpus_dir / collection / f"{split}.jsonl"
            if not path.is_file():
                continue
            for _, obj in iter_jsonl(path):
                if isinstance(obj, dict):
                    doc = Document.from_json(obj)
                    docs[doc.id] = doc
    return docs


def load_documents(data_root: str | Path | None = None) -> dict[str, Document]:
    """Every document of the corpus by id (verified against the manifest; cached per directory)."""
    root = Path(data_root) if data_root is not None else paths.data_root()
    return dict(_load_documents((root / "corpus").resolve()))  # a copy: callers may not alter the cache


def gold_files(data_root: str | Path | None = None) -> list[Path]:
    """The gold annotation files, `annotations/<collection>/<split>.jsonl`, that exist."""
    root = Path(data_root) if data_root is not None else paths.data_root()
    return [root / "annotations" / c / f"{s}.jsonl" for c in COLLECTIONS for s in SPLITS
            if (root / "annotations" / c / f"{s}.jsonl").is_file()]


def load_corpus(collection: str | Iterable[str] | None = None, split: str | Iterable[str] | None = None,
                data_root: str | Path | None = None) -> Corpus:
    """Documents and their gold annotations, filtered by collection and split."""
    documents = load_documents(data_root)
    gold: dict[str, AnnotationRecord] = {}
    for path in gold_files(data_root):
        gold.update(read_annotations(path, documents, gold=True).records)
    return Corpus(documents, gold).select(collection, split)


def load(collection: str | Iterable[str] | None = None, split: str | Iterable[str] | None = None,
         data_root: str | Path | None = None) -> "datasets.DatasetDict":
    """The corpus as a `datasets.DatasetDict` keyed by split; each row is a document with its gold."""
    from .hf import to_dataset_dict

    return to_dataset_dict(load_corpus(collection, split, data_root))
