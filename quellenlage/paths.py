"""Where the data live: the top level of a source checkout, or `quellenlage/_data` in an installed wheel."""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_root() -> Path:
    """The directory holding `corpus/` and `annotations/`.

    `QUELLENLAGE_DATA` overrides (e.g. a corpus extended by an annotator); otherwise a source checkout
    (the package's parent has `corpus/`) wins over the copy carried inside the wheel.
    """
    override = os.environ.get("QUELLENLAGE_DATA")
    if override:
        return Path(override)
    checkout = _PACKAGE.parent
    if (checkout / "corpus" / "MANIFEST.sha256").is_file():
        return checkout
    return _PACKAGE / "_data"


def corpus_dir() -> Path:
    return data_root() / "corpus"


def annotations_dir() -> Path:
    return data_root() / "annotations"


def default_sources_dir() -> Path:
    """The raw sources beside a checkout (`../shared/sources`), used by `build-corpus`."""
    return _PACKAGE.parent.parent / "shared" / "sources"
