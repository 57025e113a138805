"""Sufficient statistics: one row of integer counts per document, separate from the scores made of them.

As in sacreBLEU's metrics/base.py, a task turns each document into a fixed-length vector of counts;
every score is a function of the column sums. Resampling documents (bootstrap, approximate
randomization) is then a matter of re-weighting rows and recomputing: no text is scored again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from math import prod

import numpy as np


@dataclass
class Layout:
    """Named blocks of columns, each with its own shape, packed into one flat row."""

    blocks: dict[str, tuple[int, tuple[int, ...]]] = field(default_factory=dict)
    width: int = 0

    def add(self, name: str, shape: tuple[int, ...]) -> "Layout":
        self.blocks[name] = (self.width, shape)
        self.width += prod(shape)
        return self

    def get(self, values: np.ndarray, name: str) -> np.ndarray:
        """The block `name` of rows `values` (shape (..., width)) as shape (..., *block shape)."""
        offset, shape = self.blocks[name]
        block = values[..., offset:offset + prod(shape)]
        return block.reshape(values.shape[:-1] + shape)

    def row(self, **parts: np.ndarray | Sequence[int]) -> np.ndarray:
        """One row assembled from its blocks (missing blocks are zero)."""
        out = np.zeros(self.width, dtype=np.int64)
        for name, value in parts.items():
            offset, shape = self.blocks[name]
            out[offset:offset + prod(shape)] = np.asarray(value, dtype=np.int64).reshape(-1)
        return out

    def columns(self) -> list[str]:
        """A name per column (`block[i,j,...]`), for readers of raw statistics."""
        names = []
        for name, (_, shape) in self.blocks.items():
            for idx in np.ndindex(*shape):
                names.append(f"{name}[{','.join(map(str, idx))}]")
        return names


@dataclass(frozen=True)
class DocStats:
    """Per-document sufficient statistics of one task: `values[d]` is document `doc_ids[d]`'s row."""

    task: str
    doc_ids: tuple[str, ...]
    values: np.ndarray

    def total(self) -> np.ndarray:
        return self.values.sum(axis=0)

    def __len__(self) -> int:
        return len(self.doc_ids)


def bootstrap_weights(n_docs: int, n_samples: int, seed: int) -> np.ndarray:
    """How often each document is drawn in each resample: shape (n_samples, n_docs), rows sum to n_docs."""
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, n_docs, size=(n_samples, n_docs))
    flat = (np.arange(n_samples)[:, None] * n_docs + idx).ravel()
    return np.bincount(flat, minlength=n_samples * n_docs).reshape(n_samples, n_docs)


def resampled_totals(values: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Column sums of each resample: (n_samples, n_docs) @ (n_docs, width)."""
    return weights.astype(np.float64) @ values.astype(np.float64)
