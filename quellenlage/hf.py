"""Hugging Face `datasets` views of the corpus (imported lazily: `datasets` is slow to import)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import datasets

from .labels import CLAIM_DIMENSIONS

if TYPE_CHECKING:
    from .corpus import Corpus, Document
    from .annotations import AnnotationRecord

_SPAN = {"start": datasets.Value("int32"), "end": datasets.Value("int32"), "text": datasets.Value("string")}
_OFFSETS = [[datasets.Value("int32")]]

FEATURES = datasets.Features({
    "id": datasets.Value("string"),
    "collection": datasets.Value("string"),
    "split": datasets.Value("string"),
    "title": datasets.Value("string"),
    "date": datasets.Value("string"),
    "outlet": datasets.Value("string"),
    "url": datasets.Value("string"),
    "section": datasets.Value("string"),
    "license": datasets.Value("string"),
    "attribution": datasets.Value("string"),
    "conflict": [datasets.Value("string")],
    "text": datasets.Value("string"),
    "text_sha256": datasets.Value("string"),
    "sentences": _OFFSETS,
    "tokens": _OFFSETS,
    "has_gold": datasets.Value("bool"),
    "attributions": [{
        "id": datasets.Value("string"),
        "cue": [_SPAN],
        "source": [_SPAN],
        "content": [_SPAN],
        "form": datasets.Value("string"),
        "source_type": datasets.Value("string"),
        "parent": datasets.Value("string"),
    }],
    "uncertainty": [{"id": datasets.Value("string"), **{f"span_{k}": v for k, v in _SPAN.items()},
                     "type": datasets.Value("string")}],
    "claims": [{
        "id": datasets.Value("string"),
        **{f"span_{k}": v for k, v in _SPAN.items()},
        "attribution": datasets.Value("string"),
        **{dim: datasets.Value("string") for dim in CLAIM_DIMENSIONS},
        "relations": [{"type": datasets.Value("string"), "target": datasets.Value("string")}],
    }],
})


def _row(doc: "Document", gold: "AnnotationRecord | None") -> dict[str, Any]:
    row = {k: v for k, v in doc.to_json().items() if k in FEATURES}
    row["has_gold"] = gold is not None
    record = gold.to_json() if gold is not None else {"attributions": [], "uncertainty": [], "claims": []}
    row["attributions"] = [
        {"id": a["id"], "cue": a["cue"], "source": a["source"], "content": a["content"],
         "form": a.get("form"), "source_type": a.get("source_type"), "parent": a.get("parent")}
        for a in record["attributions"]
    ]
    row["uncertainty"] = [{"id": u["id"], **{f"span_{k}": v for k, v in u["span"].items()}, "type": u["type"]}
                          for u in record["uncertainty"]]
    row["claims"] = [
        {"id": c["id"], **{f"span_{k}": v for k, v in c["span"].items()}, "attribution": c.get("attribution"),
         **{dim: c.get(dim) for dim in CLAIM_DIMENSIONS}, "relations": c.get("relations", [])}
        for c in record["claims"]
    ]
    return row


def to_dataset_dict(corpus: "Corpus") -> datasets.DatasetDict:
    """One `Dataset` per split present in `corpus`, rows in document-id order."""
    by_split: dict[str, list[dict[str, Any]]] = {}
    for doc in sorted(corpus, key=lambda d: d.id):
        by_split.setdefault(doc.split, []).append(_row(doc, corpus.gold.get(doc.id)))
    return datasets.DatasetDict({
        split: datasets.Dataset.from_list(rows, features=FEATURES) for split, rows in sorted(by_split.items())
    })
