"""Read the raw sources (`shared/sources/<collection>/articles.jsonl`) and the selection decisions."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError, Problem
from ..jsonl import iter_jsonl


@dataclass(frozen=True)
class Decision:
    """A reader's in/out decision for one source article (`corpus/selection/<collection>.jsonl`)."""

    source_id: str
    decision: str
    conflict: tuple[str, ...]
    reason: str
    near_duplicate_of: str | None = None


def _read_objects(path: Path) -> list[dict[str, Any]]:
    objs, problems = [], []
    for _, obj in iter_jsonl(path):
        (problems if isinstance(obj, Problem) else objs).append(obj)
    if problems:
        raise InputError(problems)
    return objs


def read_articles(sources_dir: Path, collection: str) -> dict[str, dict[str, Any]]:
    """Raw articles of one collection by source id."""
    return {obj["source_id"]: obj for obj in _read_objects(sources_dir / collection / "articles.jsonl")}


def read_decisions(selection_dir: Path, collection: str) -> dict[str, Decision]:
    """Selection decisions of one collection by source id; each must be `in` or `out`."""
    path = selection_dir / f"{collection}.jsonl"
    out: dict[str, Decision] = {}
    for obj in _read_objects(path):
        if obj["decision"] not in ("in", "out"):
            raise InputError([Problem(str(path), None, obj["source_id"], f"decision must be in/out, not {obj['decision']!r}")])
        if obj["decision"] == "in" and not obj["conflict"]:
            raise InputError([Problem(str(path), None, obj["source_id"], "an article that is in needs a conflict tag")])
        out[obj["source_id"]] = Decision(obj["source_id"], obj["decision"], tuple(obj["conflict"]),
                                         obj["reason"], obj.get("near_duplicate_of"))
    return out
