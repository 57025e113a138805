"""`evaluate(...)` and `compare(...)`: the Python face of `quellenlage evaluate` and `quellenlage compare`.

Every CLI flag is a keyword argument here. Both return result objects whose `to_dict()` is the JSON
the CLI prints and whose `str()` is the rendering in the requested `format`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..jsonl import write_text_atomic
from . import report
from .inputs import Gold, Predictions, RecordSource, load_gold, load_predictions, manifest_bytes
from .signature import Signature, corpus_version, data_hash
from .significance import (
    ALPHA,
    DEFAULT_AR,
    DEFAULT_BOOTSTRAP,
    DEFAULT_SEED,
    approximate_randomization,
    bootstrap_interval,
    paired_bootstrap,
)
from .stats import DocStats
from .tasks import TASKS, DocPair, Task

FORMATS = ("json", "table", "markdown", "latex")
TASK_CHOICES = ("all",) + tuple(TASKS)
SIGNIFICANCE_NOTE = ("'significant' means the two systems' scores differ beyond chance (two-sided test, "
                     f"alpha {ALPHA}); it does not say which system is better: read the sign of delta.")


def _tasks(task: str | Sequence[str]) -> tuple[str, ...]:
    from ..errors import QuellenlageError

    names = (task,) if isinstance(task, str) else tuple(task)
    unknown = [t for t in names if t not in TASK_CHOICES]
    if unknown or not names:
        raise QuellenlageError(f"unknown task {unknown or names!r}; expected one of {', '.join(TASK_CHOICES)}")
    if "all" in names:
        return tuple(TASKS)
    return tuple(t for t in TASKS if t in names)


def _check_format(fmt: str) -> None:
    from ..errors import QuellenlageError

    if fmt not in FORMATS:
        raise QuellenlageError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")


@dataclass
class Scored:
    """One system's per-document statistics for each selected task."""

    predictions: Predictions
    stats: dict[str, DocStats]

    def totals(self, name: str) -> np.ndarray:
        return self.stats[name].total()


def score(gold: Gold, predictions: Predictions, tasks: Sequence[str]) -> Scored:
    """Per-document sufficient statistics of each task (documents in `gold.doc_ids` order)."""
    pairs = [DocPair.of(gold.selected[d], gold.records[d], predictions.records.get(d)) for d in gold.doc_ids]
    return Scored(predictions, {name: TASKS[name].stats(pairs) for name in tasks})


class _Combined:
    """Scores of several tasks over concatenated statistics, so that all resample the same documents."""

    def __init__(self, tasks: Sequence[Task], references: Sequence[np.ndarray]):
        self.tasks = list(tasks)
        self.references = list(references)
        self.bounds = np.cumsum([0] + [t.layout.width for t in tasks])

    def part(self, k: int, totals: np.ndarray) -> np.ndarray:
        return self.tasks[k].score(totals[..., self.bounds[k]:self.bounds[k + 1]], self.references[k])

    def overall(self, totals: np.ndarray) -> np.ndarray:
        return sum(self.part(k, totals) for k in range(len(self.tasks))) / len(self.tasks)


def _signature(gold: Gold, task: str, match: str, bootstrap: int, seed: int, ar: int | None = None) -> Signature:
    return Signature(task=task, match=match, corpus_version=corpus_version(gold.corpus_dir),
                     data_hash=data_hash(manifest_bytes(gold), gold.sources), bootstrap=bootstrap, seed=seed, ar=ar)


def _overall_signature(gold: Gold, tasks: Sequence[str], bootstrap: int, seed: int, ar: int | None = None
                       ) -> Signature:
    task = "all" if tuple(tasks) == tuple(TASKS) else "+".join(tasks)
    return _signature(gold, task, "+".join(TASKS[t].match for t in tasks), bootstrap, seed, ar)


@dataclass
class _Result:
    """A result as JSON data; `to_dict()` is the JSON, `str()` the chosen format."""

    data: dict[str, Any]
    format: str = "json"

    def to_dict(self) -> dict[str, Any]:
        return self.data

    def render(self, fmt: str | None = None) -> str:
        fmt = fmt or self.format
        _check_format(fmt)
        if fmt == "json":
            return json.dumps(self.data, indent=2, ensure_ascii=False) + "\n"
        return self._render_table(fmt)

    def _render_table(self, fmt: str) -> str:
        raise NotImplementedError

    def __str__(self) -> str:
        return self.render()


class EvaluationResult(_Result):
    """The scores of one prediction file."""

    def _render_table(self, fmt: str) -> str:
        return report.render_evaluation(self.data, fmt)

    @property
    def scores(self) -> dict[str, float]:
        return self.data["scores"]

    @property
    def signature(self) -> str:
        return self.data["signature"]


def evaluate(predictions: RecordSource, *, collection: str | Sequence[str] | None = None,
             split: str | Sequence[str] = "test", task: str | Sequence[str] = "all", format: str = "json",
             per_doc: bool = False, confidence: bool = False,
             gold: RecordSource | Sequence[str | os.PathLike] | None = None,
             bootstrap: int = DEFAULT_BOOTSTRAP, seed: int = DEFAULT_SEED,
             output: str | os.PathLike | None = None, data_root: str | Path | None = None) -> EvaluationResult:
    """Score a prediction file (or records) against the gold of the selected collection(s) and split.

    Missing documents count as empty predictions and are listed; `confidence` adds bootstrap 95%
    intervals of the main scores; `per_doc` adds each document's scores; `output` writes the
    rendering atomically.
    """
    _check_format(format)
    tasks = _tasks(task)
    reference = load_gold(collection, split, gold, data_root)
    preds = load_predictions(predictions, reference, check_claims="claims" in tasks)
    scored = score(reference, preds, tasks)
    combined = _Combined([TASKS[t] for t in tasks], [scored.totals(t) for t in tasks])
    values = np.concatenate([scored.stats[t].values for t in tasks], axis=1)
    totals = values.sum(axis=0)

    doc_ids = reference.doc_ids
    predicted = [d for d in doc_ids if d in preds.records]
    scores: dict[str, float] = {t: float(combined.part(k, totals)) for k, t in enumerate(tasks)}
    if tuple(tasks) == tuple(TASKS):
        scores["overall"] = float(combined.overall(totals))
    data: dict[str, Any] = {
        "signature": str(_overall_signature(reference, tasks, bootstrap, seed)),
        "predictions": preds.name,
        "collections": list(reference.collections),
        "splits": list(reference.splits),
        "tasks": list(tasks),
        "documents": {
            "scored": len(doc_ids),
            "predicted": len(predicted),
            "missing": [d for d in doc_ids if d not in preds.records],
            "without_gold": sorted(d for d in preds.records if d not in reference.records),
        },
        "predicted": {
            "attributions": sum(len(preds.records[d].attributions) for d in predicted),
            "uncertainty": sum(len(preds.records[d].uncertainty) for d in predicted),
            "claims": sum(len(preds.records[d].claims) for d in predicted),
            "sentence_labels": sum(len(preds.records[d].sentences or ()) for d in predicted),
        },
        "scores": scores,
    }
    if confidence:
        intervals = {}
        for k, t in enumerate(tasks):
            iv = bootstrap_interval(values, lambda x, k=k: combined.part(k, x), bootstrap, seed)
            intervals[t] = None if iv is None else [iv.low, iv.high]
        if "overall" in scores:
            iv = bootstrap_interval(values, combined.overall, bootstrap, seed)
            intervals["overall"] = None if iv is None else [iv.low, iv.high]
        data["ci95"] = intervals
    data["results"] = {
        t: {"signature": str(_signature(reference, t, TASKS[t].match, bootstrap, seed)),
            **TASKS[t].details(scored.totals(t))}
        for t in tasks
    }
    if per_doc:
        rows = []
        for d, doc_id in enumerate(doc_ids):
            row: dict[str, Any] = {"doc_id": doc_id, "predicted": doc_id in preds.records}
            for t in tasks:
                v = scored.stats[t].values[d]
                row[t] = float(TASKS[t].score(v, v))
            if "overall" in scores:
                row["overall"] = float(np.mean([row[t] for t in tasks]))
            rows.append(row)
        data["per_doc"] = rows
    result = EvaluationResult(data, format)
    if output is not None:
        write_text_atomic(output, result.render())
    return result


class ComparisonResult(_Result):
    """Paired tests of each system against the first (the baseline)."""

    def _render_table(self, fmt: str) -> str:
        return report.render_comparison(self.data, fmt)


def compare(baseline: RecordSource, *systems: RecordSource, collection: str | Sequence[str] | None = None,
            split: str | Sequence[str] = "test", task: str | Sequence[str] = "all", format: str = "json",
            gold: RecordSource | Sequence[str | os.PathLike] | None = None,
            bootstrap: int = DEFAULT_BOOTSTRAP, ar: int = DEFAULT_AR, seed: int = DEFAULT_SEED,
            output: str | os.PathLike | None = None, data_root: str | Path | None = None) -> ComparisonResult:
    """Compare systems with a baseline: paired bootstrap and approximate randomization per main score.

    Each system keeps its own class sets for macro averages (as in `evaluate`); approximate
    randomization shuffles two systems, so it uses the classes seen by either of them.
    """
    from ..errors import InputError, QuellenlageError

    _check_format(format)
    if not systems:
        raise QuellenlageError("compare needs a baseline and at least one system")
    tasks = _tasks(task)
    reference = load_gold(collection, split, gold, data_root)
    problems = []
    loaded = []
    for k, source in enumerate((baseline,) + systems):
        try:
            label = None if isinstance(source, (str, os.PathLike)) else ("<baseline>" if k == 0 else f"<system {k}>")
            loaded.append(load_predictions(source, reference, name=label, check_claims="claims" in tasks))
        except InputError as exc:
            problems += exc.problems
    if problems:
        raise InputError(problems)
    scored = [score(reference, p, tasks) for p in loaded]
    values = [np.concatenate([s.stats[t].values for t in tasks], axis=1) for s in scored]
    own = [_Combined([TASKS[t] for t in tasks], [s.totals(t) for t in tasks]) for s in scored]
    all_tasks = tuple(tasks) == tuple(TASKS)
    names = list(tasks) + (["overall"] if all_tasks else [])

    def fn(combined: _Combined, name: str):  # the score function of one reported number
        return combined.overall if name == "overall" else (lambda x, k=tasks.index(name): combined.part(k, x))

    summary = []
    for p, comb, vals in zip(loaded, own, values):
        totals = vals.sum(axis=0)
        summary.append({"system": p.name, "scores": {n: float(fn(comb, n)(totals)) for n in names}})
    comparisons = []
    base_vals, base_comb = values[0], own[0]
    for p, comb, vals, s in zip(loaded[1:], own[1:], values[1:], scored[1:]):
        union = _Combined([TASKS[t] for t in tasks],
                          [scored[0].totals(t) + s.totals(t) for t in tasks])
        entry: dict[str, Any] = {}
        for n in names:
            b = float(fn(base_comb, n)(base_vals.sum(0)))
            v = float(fn(comb, n)(vals.sum(0)))
            pb = paired_bootstrap(base_vals, vals, fn(base_comb, n), fn(comb, n), bootstrap, seed)
            par = approximate_randomization(base_vals, vals, fn(union, n), ar, seed)
            entry[n] = {
                "baseline": b, "system": v, "delta": v - b,
                "delta_ci95": None if pb is None else [pb[1], pb[2]],
                "p_bootstrap": None if pb is None else pb[0],
                "p_ar": par,
                "significant": {"bootstrap": pb is not None and pb[0] < ALPHA,
                                "ar": par is not None and par < ALPHA},
            }
        comparisons.append({"system": p.name, "baseline": loaded[0].name, "scores": entry})
    data = {
        "signature": str(_overall_signature(reference, tasks, bootstrap, seed, ar)),
        "note": SIGNIFICANCE_NOTE,
        "collections": list(reference.collections),
        "splits": list(reference.splits),
        "tasks": list(tasks),
        "documents": len(reference.doc_ids),
        "alpha": ALPHA,
        "baseline": loaded[0].name,
        "systems": [p.name for p in loaded[1:]],
        "scores": summary,
        "comparisons": comparisons,
    }
    result = ComparisonResult(data, format)
    if output is not None:
        write_text_atomic(output, result.render())
    return result
