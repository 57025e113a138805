"""`quellenlage build-corpus`: the deterministic path from raw sources and decisions to `corpus/`."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tqdm import tqdm

from ..corpus import COLLECTIONS, MANIFEST, SPLITS, file_sha256, natural_key
from ..errors import InputError, Problem
from ..jsonl import dumps, write_text_atomic
from .sources import read_articles, read_decisions
from .splits import assign_splits, near_duplicate_groups
from .tokenize import first_sentence_end, sentences_and_tokens

CORPUS_VERSION = "1.0.0"


@dataclass(frozen=True)
class BuildReport:
    """Counts per collection and split of what was written."""

    counts: dict[str, dict[str, int]]
    manifest: Path


def _compose(collection: str, article: dict[str, Any]) -> tuple[str, str]:
    """`(title, text)`: headline, blank line, body. derStandard's headline is its first sentence."""
    if collection == "derstandard":
        raw = article["text"].strip()
        end = first_sentence_end(raw)
        title, body = raw[:end].strip(), raw[end:].strip()
    else:
        title, body = article["title"].strip(), article["text"].strip()
    return title, f"{title}\n\n{body}"


def _document(collection: str, article: dict[str, Any], conflict: tuple[str, ...]) -> dict[str, Any]:
    title, text = _compose(collection, article)
    sentences, tokens = sentences_and_tokens(text)
    return {
        "id": f"{collection}-{article['source_id']}",
        "collection": collection,
        "split": None,
        "title": title,
        "date": article.get("date"),
        "outlet": article.get("outlet") or "",
        "url": article.get("url"),
        "source_id": article["source_id"],
        "section": article.get("category"),
        "license": article["license"],
        "attribution": article["attribution"],
        "conflict": list(conflict),
        "text": text,
        "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "sentences": sentences,
        "tokens": tokens,
    }


def build_corpus(sources_dir: Path, corpus_dir: Path, progress: bool = True) -> BuildReport:
    """Select, tokenize, split and write every collection, then the manifest; returns the counts."""
    if not sources_dir.is_dir():
        raise InputError([Problem(str(sources_dir), None, None, "sources directory not found")])
    counts: dict[str, dict[str, int]] = {}
    written: list[Path] = []
    for collection in COLLECTIONS:
        articles = read_articles(sources_dir, collection)
        decisions = read_decisions(corpus_dir / "selection", collection)
        missing = sorted(set(articles) - set(decisions))
        if missing:
            raise InputError([Problem(str(corpus_dir / "selection" / f"{collection}.jsonl"), None, missing[0],
                                      f"no decision for {len(missing)} source article(s)")])
        chosen = [sid for sid in articles if decisions[sid].decision == "in"]
        docs = {}
        for sid in tqdm(chosen, desc=f"tokenizing {collection}", disable=not progress, unit="doc"):
            doc = _document(collection, articles[sid], decisions[sid].conflict)
            docs[doc["id"]] = doc
        flagged = [(f"{collection}-{d.source_id}", f"{collection}-{d.near_duplicate_of}")
                   for d in decisions.values() if d.near_duplicate_of]
        groups = near_duplicate_groups({k: d["text"] for k, d in docs.items()}, flagged)
        splits = assign_splits({k: d["conflict"][0] for k, d in docs.items()}, groups)
        counts[collection] = {}
        for split in SPLITS:
            rows = [dict(docs[k], split=split) for k in sorted(docs, key=natural_key) if splits[k] == split]
            path = corpus_dir / collection / f"{split}.jsonl"
            write_text_atomic(path, "".join(dumps(r) + "\n" for r in rows))
            written.append(path)
            counts[collection][split] = len(rows)
    written += sorted((corpus_dir / "selection").glob("*.jsonl"))
    version = corpus_dir / "VERSION"
    write_text_atomic(version, CORPUS_VERSION + "\n")
    written.append(version)
    manifest = corpus_dir / MANIFEST
    lines = [f"{file_sha256(p)}  {p.relative_to(corpus_dir).as_posix()}" for p in sorted(written)]
    write_text_atomic(manifest, "\n".join(lines) + "\n")
    return BuildReport(counts, manifest)
