"""JSON Schema of an annotation record, generated from `labels` so that labels live in one place.

`annotations/schema.json` is this schema written out; a test keeps the two identical.
"""

from __future__ import annotations

import json
from typing import Any

from . import labels

_ID = {"type": "string", "minLength": 1}
_SPAN = {
    "type": "object",
    "required": ["start", "end", "text"],
    "additionalProperties": False,
    "properties": {
        "start": {"type": "integer", "minimum": 0},
        "end": {"type": "integer", "minimum": 0},
        "text": {"type": "string", "minLength": 1},
    },
}
_SPAN_LIST = {"type": "array", "items": {"$ref": "#/$defs/span"}}


def _enum(values: tuple[str, ...]) -> dict[str, Any]:
    return {"type": "string", "enum": list(values)}


def annotation_schema() -> dict[str, Any]:
    """The schema of one record (gold or prediction); gold-only requirements are checked by the validator."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://quellenlage.example/schema/annotation.json",
        "title": f"Quellenlage annotation record (schema {labels.SCHEMA_VERSION})",
        "type": "object",
        "required": ["doc_id"],
        "additionalProperties": False,
        "properties": {
            "doc_id": _ID,
            "schema_version": {"type": "string"},
            "attributions": {"type": "array", "items": {"$ref": "#/$defs/attribution"}},
            "uncertainty": {"type": "array", "items": {"$ref": "#/$defs/uncertainty"}},
            "claims": {"type": "array", "items": {"$ref": "#/$defs/claim"}},
            "sentences": {"type": "array", "items": {"$ref": "#/$defs/sentence"}},
            "provenance": {"$ref": "#/$defs/provenance"},
            "notes": {"type": "string"},
        },
        "$defs": {
            "span": _SPAN,
            "attribution": {
                "type": "object",
                "required": ["id", "cue", "content"],
                "additionalProperties": False,
                "properties": {
                    "id": _ID,
                    "cue": {**_SPAN_LIST, "minItems": 1},
                    "source": _SPAN_LIST,
                    "content": _SPAN_LIST,
                    "form": _enum(labels.ATTRIBUTION_FORMS),
                    "source_type": _enum(labels.SOURCE_TYPES),
                    "parent": {"type": ["string", "null"]},
                },
            },
            "uncertainty": {
                "type": "object",
                "required": ["id", "span", "type"],
                "additionalProperties": False,
                "properties": {
                    "id": _ID,
                    "span": {"$ref": "#/$defs/span"},
                    "type": _enum(labels.UNCERTAINTY_TYPES),
                },
            },
            "claim": {
                "type": "object",
                "required": ["id"],
                "additionalProperties": False,
                "properties": {
                    "id": _ID,
                    "span": {"$ref": "#/$defs/span"},
                    "attribution": {"type": ["string", "null"]},
                    **{dim: _enum(values) for dim, values in labels.CLAIM_DIMENSIONS.items()},
                    "relations": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["type", "target"],
                            "additionalProperties": False,
                            "properties": {"type": _enum(labels.RELATION_TYPES), "target": _ID},
                        },
                    },
                },
            },
            "sentence": {
                "type": "object",
                "required": ["index"],
                "additionalProperties": False,
                "properties": {
                    "index": {"type": "integer", "minimum": 0},
                    "attributed": {"type": "boolean"},
                    "uncertain": {"type": "boolean"},
                },
            },
            "provenance": {
                "type": "object",
                "required": ["method", "annotators"],
                "properties": {
                    "method": _enum(labels.PROVENANCE_METHODS),
                    "annotators": {
                        "type": "array",
                        "minItems": 1,
                        "items": {
                            "type": "object",
                            "required": ["id", "kind"],
                            "properties": {"id": _ID, "kind": _enum(("human", "llm-agent", "system"))},
                        },
                    },
                    "adjudication": {"type": "object"},
                    "guidelines_version": {"type": "string"},
                },
            },
        },
    }


def schema_json() -> str:
    """The schema as the text stored in `annotations/schema.json`."""
    return json.dumps(annotation_schema(), indent=2, ensure_ascii=False) + "\n"
