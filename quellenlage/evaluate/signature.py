"""The signature printed with every score: what was scored, on which data, with which settings.

`ql:<version>|data:<corpus version>@<hash>|task:<task>|match:<matching>|bs:<n>|seed:<seed>` (plus
`|ar:<n>` for comparisons). The hash is a short sha256 over the corpus manifest and the gold files
used, so that two results with the same signature were computed on the same texts and gold.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .. import __version__

HASH_LENGTH = 8


def data_hash(manifest: bytes, gold: Iterable[bytes]) -> str:
    """Short sha256 over the manifest and the contents of the gold sources (their order and names ignored)."""
    digest = hashlib.sha256()
    digest.update(b"manifest\0" + hashlib.sha256(manifest).digest())
    for content_digest in sorted(hashlib.sha256(content).digest() for content in gold):
        digest.update(b"gold\0" + content_digest)
    return digest.hexdigest()[:HASH_LENGTH]


def corpus_version(corpus_dir: Path) -> str:
    """The corpus version from `corpus/VERSION` ("unknown" if the file is absent)."""
    path = corpus_dir / "VERSION"
    return path.read_text(encoding="utf-8").strip() if path.is_file() else "unknown"


@dataclass(frozen=True)
class Signature:
    """The parts of a signature; `str()` is the one-line form."""

    task: str
    match: str
    corpus_version: str
    data_hash: str
    bootstrap: int
    seed: int
    ar: int | None = None
    version: str = __version__

    def __str__(self) -> str:
        parts = [f"ql:{self.version}", f"data:{self.corpus_version}@{self.data_hash}", f"task:{self.task}",
                 f"match:{self.match}", f"bs:{self.bootstrap}"]
        if self.ar is not None:
            parts.append(f"ar:{self.ar}")
        parts.append(f"seed:{self.seed}")
        return "|".join(parts)
