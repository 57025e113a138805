"""Resolve quote-format annotations (annotations/QUOTE_FORMAT.md) into offset records.

Annotators quote text instead of counting characters; a quote that is missing or ambiguous is
refused with a message that says how to disambiguate it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..labels import CLAIM_DIMENSIONS, SCHEMA_VERSION
from ..spans import Span


class QuoteError(ValueError):
    """A quote cannot be resolved to exactly one place in the text."""


def _occurrences(text: str, needle: str) -> list[int]:
    out, start = [], text.find(needle)
    while start != -1:
        out.append(start)
        start = text.find(needle, start + 1)
    return out


def resolve_quote(text: str, quote: Any) -> Span:
    """The span a quote denotes: a unique string, `{"text", "context"}` or `{"text", "occurrence"}`."""
    if isinstance(quote, str):
        needle, context, occurrence = quote, None, None
    elif isinstance(quote, Mapping) and isinstance(quote.get("text"), str):
        needle, context, occurrence = quote["text"], quote.get("context"), quote.get("occurrence")
        unknown = set(quote) - {"text", "context", "occurrence"}
        if unknown:
            raise QuoteError(f"unknown quote field(s) {sorted(unknown)}")
    else:
        raise QuoteError(f"a quote must be a string or an object with 'text', not {quote!r}")
    if not needle or needle != needle.strip():
        raise QuoteError(f"quote {needle!r} is empty or has leading/trailing whitespace")
    if context is not None:
        hits = _occurrences(text, context)
        if len(hits) != 1:
            raise QuoteError(f"context {context!r} occurs {len(hits)} times in the text (needs exactly 1)")
        inner = _occurrences(context, needle)
        if len(inner) != 1:
            raise QuoteError(f"quote {needle!r} occurs {len(inner)} times in its context {context!r} (needs exactly 1)")
        start = hits[0] + inner[0]
    else:
        hits = _occurrences(text, needle)
        if occurrence is not None:
            if not isinstance(occurrence, int) or not 1 <= occurrence <= len(hits):
                raise QuoteError(f"quote {needle!r}: occurrence {occurrence!r} but it occurs {len(hits)} times")
            start = hits[occurrence - 1]
        elif len(hits) == 1:
            start = hits[0]
        elif not hits:
            raise QuoteError(f"quote {needle!r} not found in the text")
        else:
            raise QuoteError(f"quote {needle!r} occurs {len(hits)} times; add a 'context' or an 'occurrence'")
    return Span(start, start + len(needle), needle)


#: Fields a quote record may have, per level; anything else is a typo that would silently lose a label.
RECORD_FIELDS = frozenset({"doc_id", "attributions", "uncertainty", "claims", "notes"})
ITEM_FIELDS = {
    "attribution": frozenset({"id", "cue", "source", "content", "form", "source_type", "parent"}),
    "uncertainty cue": frozenset({"id", "span", "type"}),
    "claim": frozenset({"id", "span", "attribution", *CLAIM_DIMENSIONS, "relations"}),
}


def _unknown_fields(where: str, obj: Any, allowed: frozenset[str]) -> list[str]:
    if not isinstance(obj, Mapping):
        return [f"{where}: expected a JSON object"]
    unknown = sorted(set(obj) - allowed)
    return [f"{where}: unknown field(s) {', '.join(map(repr, unknown))}"] if unknown else []


def resolve_record(quoted: Mapping[str, Any], text: str, provenance: dict[str, Any] | None) -> tuple[dict[str, Any], list[str]]:
    """An offset record (annotation shape) from a quote record, plus the problems found on the way."""
    problems: list[str] = _unknown_fields("record", quoted, RECORD_FIELDS)
    for key, layer in (("attributions", "attribution"), ("uncertainty", "uncertainty cue"), ("claims", "claim")):
        for item in quoted.get(key, []):
            problems += _unknown_fields(f"{layer} {item.get('id') if isinstance(item, Mapping) else '?'}",
                                        item, ITEM_FIELDS[layer])
    if problems:
        return {"doc_id": quoted.get("doc_id")}, problems

    def spans(where: str, quotes: Any) -> list[dict[str, Any]]:
        if not isinstance(quotes, list):
            problems.append(f"{where}: expected a list of quotes")
            return []
        out = []
        for k, q in enumerate(quotes):
            try:
                out.append(resolve_quote(text, q).to_json())
            except QuoteError as exc:
                problems.append(f"{where}[{k}]: {exc}")
        return out

    def one(where: str, quote: Any) -> dict[str, Any] | None:
        try:
            return resolve_quote(text, quote).to_json()
        except QuoteError as exc:
            problems.append(f"{where}: {exc}")
            return None

    record: dict[str, Any] = {"doc_id": quoted.get("doc_id"), "schema_version": SCHEMA_VERSION}
    record["attributions"] = []
    for a in quoted.get("attributions", []):
        where = f"attribution {a.get('id')}"
        item = {"id": a.get("id"), "cue": spans(f"{where} cue", a.get("cue", [])),
                "source": spans(f"{where} source", a.get("source", [])),
                "content": spans(f"{where} content", a.get("content", []))}
        item.update({k: a[k] for k in ("form", "source_type") if k in a})
        item["parent"] = a.get("parent")
        record["attributions"].append(item)
    record["uncertainty"] = []
    for u in quoted.get("uncertainty", []):
        span = one(f"uncertainty cue {u.get('id')}", u.get("span"))
        if span is not None:
            record["uncertainty"].append({"id": u.get("id"), "span": span, "type": u.get("type")})
    record["claims"] = []
    for c in quoted.get("claims", []):
        item = {"id": c.get("id")}
        span = one(f"claim {c.get('id')}", c.get("span"))
        if span is not None:
            item["span"] = span
        item["attribution"] = c.get("attribution")
        item.update({dim: c[dim] for dim in CLAIM_DIMENSIONS if dim in c})
        item["relations"] = c.get("relations", [])
        record["claims"].append(item)
    if provenance is not None:
        record["provenance"] = provenance
    if quoted.get("notes"):
        record["notes"] = quoted["notes"]
    return record, problems
