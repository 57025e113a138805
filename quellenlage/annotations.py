"""The annotation data model (gold and predictions share one shape) and its validation.

Validation runs in two steps: the JSON Schema (generated in `schema.py` from `labels.py`) checks
shape and labels; `check_record` then checks what a schema cannot: offsets and surface strings
against the document, unique ids, references, overlapping spans, and gold-only requirements.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jsonschema

from . import labels
from .errors import InputError, Problem
from .jsonl import iter_jsonl
from .schema import annotation_schema
from .spans import Span

if TYPE_CHECKING:
    from .corpus import Document


@dataclass(frozen=True)
class Attribution:
    """Who says what: cue, source and content spans (PARC-style), with form and source type."""

    id: str
    cue: tuple[Span, ...]
    source: tuple[Span, ...] = ()
    content: tuple[Span, ...] = ()
    form: str | None = None
    source_type: str | None = None
    parent: str | None = None

    def role(self, name: str) -> tuple[Span, ...]:
        """The spans of one role (`cue`, `source` or `content`)."""
        return getattr(self, name)

    def spans(self) -> tuple[Span, ...]:
        return self.cue + self.source + self.content


@dataclass(frozen=True)
class UncertaintyCue:
    """A word or expression that marks a claim as uncertain, with its type."""

    id: str
    span: Span
    type: str


@dataclass(frozen=True)
class Relation:
    """A claim contradicts or supports another claim (`target`)."""

    type: str
    target: str


@dataclass(frozen=True)
class Claim:
    """A factual proposition with its labels; in predictions `span` may be omitted (gold spans are given)."""

    id: str
    span: Span | None = None
    attribution: str | None = None
    certainty: str | None = None
    polarity: str | None = None
    commitment: str | None = None
    verification: str | None = None
    relations: tuple[Relation, ...] = ()

    def label(self, dimension: str) -> str | None:
        return getattr(self, dimension)


@dataclass(frozen=True)
class SentenceLabel:
    """A system's sentence-level decision; absent values are derived from its spans."""

    index: int
    attributed: bool | None = None
    uncertain: bool | None = None


@dataclass(frozen=True)
class AnnotationRecord:
    """All annotations of one document."""

    doc_id: str
    attributions: tuple[Attribution, ...] = ()
    uncertainty: tuple[UncertaintyCue, ...] = ()
    claims: tuple[Claim, ...] = ()
    sentences: tuple[SentenceLabel, ...] | None = None
    provenance: dict[str, Any] | None = None
    schema_version: str = labels.SCHEMA_VERSION
    notes: str | None = None

    @classmethod
    def from_json(cls, obj: Mapping[str, Any]) -> "AnnotationRecord":
        """Build a record from a schema-valid JSON object."""

        def spans(items: list[dict[str, Any]] | None) -> tuple[Span, ...]:
            return tuple(Span.from_json(s) for s in items or ())

        return cls(
            doc_id=obj["doc_id"],
            attributions=tuple(
                Attribution(
                    id=a["id"], cue=spans(a["cue"]), source=spans(a.get("source")),
                    content=spans(a.get("content")), form=a.get("form"),
                    source_type=a.get("source_type"), parent=a.get("parent"),
                )
                for a in obj.get("attributions", ())
            ),
            uncertainty=tuple(
                UncertaintyCue(id=u["id"], span=Span.from_json(u["span"]), type=u["type"])
                for u in obj.get("uncertainty", ())
            ),
            claims=tuple(
                Claim(
                    id=c["id"], span=Span.from_json(c["span"]) if "span" in c else None,
                    attribution=c.get("attribution"),
                    **{dim: c.get(dim) for dim in labels.CLAIM_DIMENSIONS},
                    relations=tuple(Relation(r["type"], r["target"]) for r in c.get("relations", ())),
                )
                for c in obj.get("claims", ())
            ),
            sentences=(
                tuple(SentenceLabel(s["index"], s.get("attributed"), s.get("uncertain")) for s in obj["sentences"])
                if "sentences" in obj else None
            ),
            provenance=obj.get("provenance"),
            schema_version=obj.get("schema_version", labels.SCHEMA_VERSION),
            notes=obj.get("notes"),
        )

    def to_json(self) -> dict[str, Any]:
        """The JSON object of this record (keys in a fixed order, absent optional values left out)."""
        out: dict[str, Any] = {"doc_id": self.doc_id, "schema_version": self.schema_version}
        out["attributions"] = [
            _drop_none({
                "id": a.id, "cue": [s.to_json() for s in a.cue], "source": [s.to_json() for s in a.source],
                "content": [s.to_json() for s in a.content], "form": a.form,
                "source_type": a.source_type, "parent": a.parent,
            }, keep=("parent",))
            for a in self.attributions
        ]
        out["uncertainty"] = [{"id": u.id, "span": u.span.to_json(), "type": u.type} for u in self.uncertainty]
        out["claims"] = [
            _drop_none({
                "id": c.id, "span": c.span.to_json() if c.span else None, "attribution": c.attribution,
                **{dim: c.label(dim) for dim in labels.CLAIM_DIMENSIONS},
                "relations": [{"type": r.type, "target": r.target} for r in c.relations],
            }, keep=("attribution",))
            for c in self.claims
        ]
        if self.sentences is not None:
            out["sentences"] = [
                _drop_none({"index": s.index, "attributed": s.attributed, "uncertain": s.uncertain})
                for s in self.sentences
            ]
        if self.provenance is not None:
            out["provenance"] = self.provenance
        if self.notes:
            out["notes"] = self.notes
        return out


def _drop_none(obj: dict[str, Any], keep: tuple[str, ...] = ()) -> dict[str, Any]:
    return {k: v for k, v in obj.items() if v is not None or k in keep}


@lru_cache(maxsize=1)
def _schema_validator() -> jsonschema.protocols.Validator:
    schema = annotation_schema()
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema)


def schema_problems(obj: Mapping[str, Any]) -> list[str]:
    """Shape and label problems of a JSON object, one message each, in document order."""
    errors = sorted(_schema_validator().iter_errors(obj), key=lambda e: list(map(str, e.absolute_path)))
    out = []
    for err in errors:
        path = "/".join(str(p) for p in err.absolute_path) or "record"
        message = err.message
        if err.validator == "enum":
            message = f"unknown label {err.instance!r} (expected one of: {', '.join(err.validator_value)})"
        elif err.validator == "additionalProperties":
            message = err.message.replace("Additional properties are not allowed", "unknown field")
        out.append(f"{path}: {message}")
    return out


def _span_problems(where: str, span: Span, text: str) -> list[str]:
    if span.start >= span.end:
        return [f"{where}: empty or reversed span [{span.start}, {span.end})"]
    if span.end > len(text):
        return [f"{where}: offset {span.end} is outside the text (length {len(text)})"]
    surface = text[span.start:span.end]
    if surface != span.text:
        return [f"{where}: surface text {span.text!r} does not match the document at "
                f"[{span.start}, {span.end}), which reads {surface!r}"]
    return []


def _overlap_problems(where: str, spans: list[tuple[str, Span]]) -> list[str]:
    """Pairs of spans in `spans` that overlap (each pair reported once)."""
    out = []
    ordered = sorted(spans, key=lambda item: (item[1].start, item[1].end))
    for i, (name_a, a) in enumerate(ordered):
        for name_b, b in ordered[i + 1:]:
            if b.start >= a.end:
                break
            out.append(f"{where}: {name_a} and {name_b} overlap")
    return out


def check_record(record: AnnotationRecord, document: "Document | None", *, gold: bool) -> list[str]:
    """What is wrong with a schema-valid record beyond its shape; empty when it is sound."""
    problems: list[str] = []
    text = document.text if document is not None else None

    ids: dict[str, str] = {}
    for layer, items in (("attribution", record.attributions), ("uncertainty cue", record.uncertainty),
                         ("claim", record.claims)):
        for item in items:
            if item.id in ids:
                problems.append(f"duplicate id {item.id!r} ({ids[item.id]} and {layer})")
            ids.setdefault(item.id, layer)
    attribution_ids = {a.id for a in record.attributions}
    claim_ids = {c.id for c in record.claims}

    for a in record.attributions:
        where = f"attribution {a.id}"
        if text is not None:
            for role in labels.ATTRIBUTION_ROLES:
                for k, span in enumerate(a.role(role)):
                    problems += _span_problems(f"{where} {role}[{k}]", span, text)
        problems += _overlap_problems(where, [(f"{role}[{k}]", s) for role in labels.ATTRIBUTION_ROLES
                                              for k, s in enumerate(a.role(role))])
        if a.parent is not None:
            if a.parent == a.id:
                problems.append(f"{where}: parent refers to itself")
            elif a.parent not in attribution_ids:
                problems.append(f"{where}: parent {a.parent!r} is not an attribution of this document")
        if gold:
            if a.form is None or a.source_type is None:
                problems.append(f"{where}: gold attributions need form and source_type")
            if not a.content and a.form != "reported":
                problems.append(f"{where}: content is empty (only form 'reported' may have no content)")
    problems += _cycle_problems({a.id: a.parent for a in record.attributions})

    for u in record.uncertainty:
        if text is not None:
            problems += _span_problems(f"uncertainty cue {u.id}", u.span, text)
    problems += _overlap_problems("uncertainty", [(f"cue {u.id}", u.span) for u in record.uncertainty])

    seen_claim_spans: dict[tuple[int, int], str] = {}
    for c in record.claims:
        where = f"claim {c.id}"
        if c.span is not None:
            if text is not None:
                problems += _span_problems(where, c.span, text)
            key = (c.span.start, c.span.end)
            if key in seen_claim_spans:
                problems.append(f"{where}: same span as claim {seen_claim_spans[key]}")
            seen_claim_spans.setdefault(key, c.id)
        if c.attribution is not None and c.attribution not in attribution_ids:
            problems.append(f"{where}: attribution {c.attribution!r} is not an attribution of this document")
        for r in c.relations:
            if r.target == c.id:
                problems.append(f"{where}: relation {r.type} targets the claim itself")
            elif r.target not in claim_ids:
                problems.append(f"{where}: relation target {r.target!r} is not a claim of this document")
        if gold:
            if c.span is None:
                problems.append(f"{where}: gold claims need a span")
            missing = [dim for dim in labels.CLAIM_DIMENSIONS if c.label(dim) is None]
            if missing:
                problems.append(f"{where}: gold claims need {', '.join(missing)}")

    if record.sentences is not None:
        seen: set[int] = set()
        n_sentences = len(document.sentences) if document is not None else None
        for s in record.sentences:
            if s.index in seen:
                problems.append(f"sentences: duplicate index {s.index}")
            seen.add(s.index)
            if n_sentences is not None and s.index >= n_sentences:
                problems.append(f"sentences: index {s.index} is beyond the document's {n_sentences} sentences")

    if gold and record.provenance is None:
        problems.append("gold records need provenance (method, annotators)")
    return problems


def _cycle_problems(parents: dict[str, str | None]) -> list[str]:
    out = []
    for start in parents:
        if parents[start] == start:  # reported as "parent refers to itself"
            continue
        seen = {start}
        node = parents.get(start)
        while node is not None and node in parents:
            if node in seen:
                cycle = _cycle_from(node, parents)
                if node == start and start == min(cycle):  # report each cycle once
                    out.append(f"attribution {start}: parent chain forms a cycle ({' -> '.join(cycle)})")
                break
            seen.add(node)
            node = parents[node]
    return out


def _cycle_from(node: str, parents: dict[str, str | None]) -> list[str]:
    cycle = [node]
    nxt = parents[node]
    while nxt is not None and nxt != node:
        cycle.append(nxt)
        nxt = parents[nxt]
    return cycle


@dataclass
class LoadedAnnotations:
    """Records read from one file, by document id, with the line each came from."""

    path: str
    records: dict[str, AnnotationRecord] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)


def validate_objects(
    name: str,
    numbered: Iterable[tuple[int, Any]],
    documents: Mapping[str, "Document"] | None = None,
    *,
    gold: bool = False,
) -> LoadedAnnotations:
    """Validate `(line number, JSON object or Problem)` pairs from any source; raise `InputError` listing all.

    The one place where records are checked: files (`read_annotations`) and in-memory records
    (the evaluation API) both come through here. With `documents`, every doc id must be known and
    every span must match its document's text.
    """
    loaded = LoadedAnnotations(path=name)
    problems: list[Problem] = []
    for lineno, obj in numbered:
        if isinstance(obj, Problem):
            problems.append(obj)
            continue
        if not isinstance(obj, Mapping):
            problems.append(Problem(name, lineno, None, "a record must be a JSON object"))
            continue
        doc_id = obj.get("doc_id") if isinstance(obj.get("doc_id"), str) else None
        shape = schema_problems(obj)
        if shape:
            problems += [Problem(name, lineno, doc_id, msg) for msg in shape]
            continue
        assert doc_id is not None
        if doc_id in loaded.records:
            problems.append(Problem(name, lineno, doc_id,
                                    f"duplicate document id (first on line {loaded.lines[doc_id]})"))
            continue
        document = None
        if documents is not None:
            document = documents.get(doc_id)
            if document is None:
                problems.append(Problem(name, lineno, doc_id, "unknown document id"))
                continue
        record = AnnotationRecord.from_json(obj)
        problems += [Problem(name, lineno, doc_id, msg) for msg in check_record(record, document, gold=gold)]
        loaded.records[doc_id] = record
        loaded.lines[doc_id] = lineno
    if problems:
        raise InputError(problems)
    return loaded


def read_annotations(
    path: str | Path,
    documents: Mapping[str, "Document"] | None = None,
    *,
    gold: bool = False,
) -> LoadedAnnotations:
    """Read and validate an annotation or prediction file; raise `InputError` listing every problem."""
    return validate_objects(str(path), iter_jsonl(path), documents, gold=gold)
