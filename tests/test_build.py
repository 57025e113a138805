"""`quellenlage build-corpus` reproduces corpus/ byte for byte, and its pieces behave."""

from __future__ import annotations

import shutil

import pytest

from quellenlage import paths
from quellenlage.build.splits import SPLIT_FRACTIONS, assign_splits, near_duplicate_groups
from quellenlage.corpus import read_manifest


@pytest.mark.slow
def test_build_reproduces_manifest(tmp_path):
    sources = paths.default_sources_dir()
    if not (sources / "wikinews" / "articles.jsonl").is_file():
        pytest.skip(f"raw sources not found at {sources}")
    from quellenlage.build.build import build_corpus

    shutil.copytree(paths.corpus_dir() / "selection", tmp_path / "corpus" / "selection")
    report = build_corpus(sources, tmp_path / "corpus", progress=False)
    assert report.manifest.read_bytes() == (paths.corpus_dir() / "MANIFEST.sha256").read_bytes()
    for rel in read_manifest(paths.corpus_dir()):
        assert (tmp_path / "corpus" / rel).read_bytes() == (paths.corpus_dir() / rel).read_bytes(), rel


def test_near_duplicates_share_a_group():
    base = "Bei einem Anschlag in Bagdad sind am Montag mindestens zwölf Menschen getötet worden sagte die Polizei"
    texts = {"a": base, "b": base + " am Abend", "c": "Ein ganz anderer Text über Fußball und das Wetter in Wien heute"}
    groups = near_duplicate_groups(texts, flagged=[("c", "x")])
    assert groups["a"] == groups["b"] == "a"
    assert groups["c"] == "c"


def test_assign_splits_is_seeded_balanced_and_keeps_groups():
    ids = [f"d{i}" for i in range(100)]
    strata = {d: ("iraq" if i % 3 else "syria") for i, d in enumerate(ids)}
    groups = {d: d for d in ids}
    groups["d1"] = groups["d2"] = "d1"
    first = assign_splits(strata, groups, seed=7)
    assert first == assign_splits(dict(reversed(strata.items())), groups, seed=7)
    assert first["d1"] == first["d2"]
    for split, frac in SPLIT_FRACTIONS.items():
        assert abs(sum(1 for v in first.values() if v == split) - 100 * frac) <= 2
    assert first != assign_splits(strata, groups, seed=8)
