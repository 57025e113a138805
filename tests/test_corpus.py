"""Loading: every document with tokens and sentences, `datasets` views, and manifest checks."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import quellenlage
from quellenlage import paths
from quellenlage.corpus import COLLECTIONS, SPLITS, load_corpus, load_documents, read_manifest
from quellenlage.errors import DataIntegrityError, QuellenlageError


def test_every_document_has_consistent_offsets(documents):
    assert {d.collection for d in documents.values()} == set(COLLECTIONS)
    for doc in documents.values():
        assert doc.tokens and doc.sentences, doc.id
        assert all(0 <= s < e <= len(doc.text) for s, e in doc.tokens), doc.id
        assert all(doc.text[s:e].strip() for s, e in doc.tokens), doc.id
        # sentences are ordered, disjoint, and every token lies inside one
        assert all(a[1] <= b[0] for a, b in zip(doc.sentences, doc.sentences[1:])), doc.id
        for start, end in doc.tokens:
            s_start, s_end = doc.sentences[doc.sentence_of(start)]
            assert s_start <= start and end <= s_end, (doc.id, start, end)
        assert doc.text.startswith(doc.title + "\n\n"), doc.id
        assert doc.license and doc.attribution and doc.conflict, doc.id


def test_splits_are_disjoint_and_complete(documents):
    manifest = read_manifest(paths.corpus_dir())
    listed = {rel for rel in manifest if rel.count("/") == 1 and rel.split("/")[0] in COLLECTIONS}
    assert listed == {f"{c}/{s}.jsonl" for c in COLLECTIONS for s in SPLITS}
    by_split = {s: {d.id for d in documents.values() if d.split == s} for s in SPLITS}
    assert not (by_split["train"] & by_split["dev"]) and not (by_split["train"] & by_split["test"])
    assert sum(map(len, by_split.values())) == len(documents)


def test_load_returns_dataset_dict_with_every_document(documents):
    dd = quellenlage.load()
    assert set(dd) == set(SPLITS)
    assert sum(len(ds) for ds in dd.values()) == len(documents)
    row = dd["test"][0]
    doc = documents[row["id"]]
    assert row["text"] == doc.text
    assert [tuple(t) for t in row["tokens"]] == list(doc.tokens)


def test_load_filters_collection_and_split():
    corpus = load_corpus("derstandard", "dev")
    assert len(corpus) > 0
    assert {(d.collection, d.split) for d in corpus} == {("derstandard", "dev")}
    with pytest.raises(QuellenlageError, match="unknown value"):
        load_corpus("nonexistent")


def test_changed_file_is_named(tmp_path):
    shutil.copytree(paths.corpus_dir(), tmp_path / "corpus")
    target = tmp_path / "corpus" / "wikinews" / "dev.jsonl"
    target.write_text(target.read_text(encoding="utf-8").replace("Krieg", "Kriek", 1), encoding="utf-8")
    with pytest.raises(DataIntegrityError, match=r"wikinews/dev\.jsonl: changed since the manifest"):
        load_documents(tmp_path)


def test_missing_file_is_named(tmp_path):
    shutil.copytree(paths.corpus_dir(), tmp_path / "corpus")
    (tmp_path / "corpus" / "derstandard" / "test.jsonl").unlink()
    with pytest.raises(DataIntegrityError, match=r"derstandard/test\.jsonl: listed in MANIFEST.sha256 but missing"):
        load_documents(tmp_path)


def test_data_root_override(tmp_path, monkeypatch):
    monkeypatch.setenv("QUELLENLAGE_DATA", str(tmp_path))
    assert paths.corpus_dir() == Path(tmp_path) / "corpus"
