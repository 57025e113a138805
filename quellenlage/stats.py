"""Corpus and annotation counts per collection and split (`quellenlage stats`)."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from .corpus import COLLECTIONS, SPLITS, Corpus


@dataclass(frozen=True)
class Row:
    """Counts of one collection/split cell (or a total)."""

    collection: str
    split: str
    documents: int
    sentences: int
    tokens: int
    gold_documents: int
    attributions: int
    uncertainty: int
    claims: int


def corpus_stats(corpus: Corpus) -> list[Row]:
    """One row per collection and split present, then one total row."""
    rows = []
    for collection in COLLECTIONS:
        for split in SPLITS:
            part = corpus.select(collection, split)
            if len(part):
                rows.append(_row(collection, split, part))
    rows.append(_row("all", "all", corpus))
    return rows


def _row(collection: str, split: str, corpus: Corpus) -> Row:
    gold = corpus.gold.values()
    return Row(
        collection, split, len(corpus),
        sum(len(d.sentences) for d in corpus), sum(len(d.tokens) for d in corpus),
        len(corpus.gold), sum(len(g.attributions) for g in gold),
        sum(len(g.uncertainty) for g in gold), sum(len(g.claims) for g in gold),
    )


def as_dicts(rows: list[Row]) -> list[dict[str, object]]:
    return [asdict(r) for r in rows]
