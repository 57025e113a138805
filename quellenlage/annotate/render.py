"""Render one annotated document for review: inline markers in plain text, or coloured spans in HTML.

Spans may nest or cross (a claim reaching beyond a content span). Markers are produced from open
and close events sorted by position; when a span closes while a span opened inside it is still
open, the inner one is closed and reopened after it (marked with "…"), so the output is always
properly nested (valid HTML, unambiguous brackets).
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from dataclasses import dataclass

from ..annotations import AnnotationRecord, Claim
from ..corpus import Document
from ..labels import CLAIM_DIMENSIONS

#: Layer kinds in nesting order for spans with equal offsets (earlier = outer).
KINDS = ("claim", "content", "source", "cue", "uncertainty")
_TEXT_BRACKETS = {"claim": ("⟦", "⟧"), "content": ("{", "}"), "source": ("[", "]"), "cue": ("[", "]"),
                  "uncertainty": ("<", ">")}
_LEGEND = {"claim": "claim (Cn)", "content": "content of attribution n", "source": "source of attribution n",
           "cue": "cue of attribution n", "uncertainty": "uncertainty cue with its type"}


@dataclass(frozen=True)
class Mark:
    """One span to mark: its offsets, layer kind, short tag (e.g. `CUE1`) and a longer description."""

    start: int
    end: int
    kind: str
    tag: str
    title: str
    seq: int


@dataclass(frozen=True)
class Event:
    """Text between boundaries, or the opening/closing of a mark (`reopened`: continues after a crossing)."""

    kind: str  # "text" | "open" | "close"
    text: str = ""
    mark: Mark | None = None
    reopened: bool = False


def marks_of(record: AnnotationRecord) -> list[Mark]:
    """Every span of the record as a mark; attributions and claims numbered in record order from 1."""
    out: list[Mark] = []

    def add(start: int, end: int, kind: str, tag: str, title: str) -> None:
        out.append(Mark(start, end, kind, tag, title, len(out)))

    for n, a in enumerate(record.attributions, 1):
        for role, short in (("source", "SRC"), ("cue", "CUE"), ("content", "CONTENT")):
            for s in a.role(role):
                add(s.start, s.end, role, f"{short}{n}", f"attribution {a.id} ({n}): {role}")
    for u in record.uncertainty:
        add(u.span.start, u.span.end, "uncertainty", f"UNC:{u.type}", f"uncertainty cue {u.id}: {u.type}")
    for n, c in enumerate(record.claims, 1):
        if c.span is not None:
            add(c.span.start, c.span.end, "claim", f"C{n}", f"claim {c.id} (C{n}): {_claim_labels(c)}")
    return out


def events(text: str, marks: list[Mark]) -> Iterator[Event]:
    """Text and properly nested open/close events for `marks` over `text`."""
    rank = {k: i for i, k in enumerate(KINDS)}
    opening: dict[int, list[Mark]] = {}
    for m in sorted(marks, key=lambda m: (m.start, -m.end, rank[m.kind], m.seq)):
        opening.setdefault(m.start, []).append(m)
    bounds = sorted({m.start for m in marks} | {m.end for m in marks} | {0, len(text)})
    stack: list[Mark] = []
    pos = 0
    for p in bounds:
        if p > pos:
            yield Event("text", text[pos:p])
            pos = p
        ending = [i for i, m in enumerate(stack) if m.end == p]
        if ending:
            popped = stack[ending[0]:]
            del stack[ending[0]:]
            for m in reversed(popped):
                yield Event("close", mark=m)
            for m in popped:
                if m.end != p:
                    stack.append(m)
                    yield Event("open", mark=m, reopened=True)
        for m in opening.get(p, ()):
            stack.append(m)
            yield Event("open", mark=m)


def _claim_labels(c: Claim) -> str:
    return " ".join(f"{dim}={c.label(dim) or '—'}" for dim in CLAIM_DIMENSIONS)


def _attribution_lines(record: AnnotationRecord) -> list[str]:
    lines = []
    for n, a in enumerate(record.attributions, 1):
        lines.append(f"  {n}  {a.id}  form={a.form or '—'}  source_type={a.source_type or '—'}  "
                     f"parent={a.parent or '—'}")
        for role in ("cue", "source", "content"):
            spans = a.role(role)
            lines.append(f"       {role}: " + (" … ".join(repr(s.text) for s in spans) if spans else "—"))
    return lines


def render_text(document: Document, record: AnnotationRecord) -> str:
    """Plain text with inline markers, followed by lists of attributions, cues and claims with labels."""
    parts: list[str] = []
    for e in events(document.text, marks_of(record)):
        if e.kind == "text":
            parts.append(e.text)
        elif e.kind == "open":
            assert e.mark is not None
            parts.append(f"{_TEXT_BRACKETS[e.mark.kind][0]}{e.mark.tag}{'…' if e.reopened else ''} ")
        else:
            assert e.mark is not None
            parts.append(_TEXT_BRACKETS[e.mark.kind][1])
    claim_number = {c.id: n for n, c in enumerate(record.claims, 1)}
    attribution_number = {a.id: n for n, a in enumerate(record.attributions, 1)}
    lines = [f"{document.id}: {document.title}", "", "".join(parts), "",
             "Legend: [SRCn source] [CUEn cue] {CONTENTn content} of attribution n; <UNC:type cue>; ⟦Cn claim⟧; "
             "a tag ending in … continues a span interrupted by a crossing one.", "",
             f"Attributions ({len(record.attributions)})"]
    lines += _attribution_lines(record) or ["  —"]
    lines += ["", f"Uncertainty cues ({len(record.uncertainty)})"]
    lines += [f"  {u.id}  {u.type}  {u.span.text!r}" for u in record.uncertainty] or ["  —"]
    lines += ["", f"Claims ({len(record.claims)})"]
    for c in record.claims:
        link = f"{c.attribution} ({attribution_number.get(c.attribution, '?')})" if c.attribution else "— (author)"
        lines.append(f"  C{claim_number[c.id]}  {c.id}  {_claim_labels(c)}  attribution={link}")
        lines.append(f"       {c.span.text!r}" if c.span is not None else "       (no span)")
        lines += [f"       {r.type} {r.target}" for r in c.relations]
    if not record.claims:
        lines.append("  —")
    return "\n".join(lines) + "\n"


_CSS = """body { font-family: sans-serif; max-width: 60em; margin: 2em auto; line-height: 1.9; }
.text { white-space: pre-wrap; border: 1px solid #ccc; padding: 1em; }
.ql { border-radius: 3px; padding: 0 1px; }
.tag { font-size: 65%; vertical-align: super; color: #333; margin-right: 1px; }
.ql-claim { border-bottom: 2px dashed #7a4fb5; }
.ql-content { background: #d9f2d9; }
.ql-source { background: #cfe3ff; }
.ql-cue { background: #ffc9c9; font-weight: bold; }
.ql-uncertainty { background: #ffe4a8; border-bottom: 2px solid #c98a00; }
table { border-collapse: collapse; margin-bottom: 1.5em; }
td, th { border: 1px solid #ccc; padding: 2px 6px; text-align: left; vertical-align: top; line-height: 1.4; }
.legend span.ql { margin-right: 1em; }"""


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _table(header: list[str], rows: list[list[object]]) -> str:
    head = "".join(f"<th>{_esc(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{_esc(v)}</td>" for v in row) + "</tr>\n" for row in rows)
    return f"<table><tr>{head}</tr>\n{body}</table>\n"


def render_html(document: Document, record: AnnotationRecord) -> str:
    """A self-contained HTML page: coloured, properly nested spans with tags, a legend and label tables."""
    parts: list[str] = []
    for e in events(document.text, marks_of(record)):
        if e.kind == "text":
            parts.append(_esc(e.text))
        elif e.kind == "open":
            assert e.mark is not None
            tag = e.mark.tag + ("…" if e.reopened else "")
            parts.append(f'<span class="ql ql-{e.mark.kind}" title="{_esc(e.mark.title)}">'
                         f'<span class="tag">{_esc(tag)}</span>')
        else:
            parts.append("</span>")
    legend = " ".join(f'<span class="ql ql-{k}">{_esc(_LEGEND[k])}</span>' for k in KINDS)
    attribution_number = {a.id: n for n, a in enumerate(record.attributions, 1)}
    attributions = [[n, a.id, " … ".join(s.text for s in a.cue), " … ".join(s.text for s in a.source) or "—",
                     " … ".join(s.text for s in a.content) or "—", a.form or "—", a.source_type or "—",
                     a.parent or "—"] for n, a in enumerate(record.attributions, 1)]
    cues = [[u.id, u.type, u.span.text] for u in record.uncertainty]
    claims = [[f"C{n}", c.id, c.span.text if c.span else "(no span)",
               *(c.label(d) or "—" for d in CLAIM_DIMENSIONS),
               f"{c.attribution} ({attribution_number.get(c.attribution, '?')})" if c.attribution else "— (author)",
               "; ".join(f"{r.type} {r.target}" for r in c.relations) or "—"]
              for n, c in enumerate(record.claims, 1)]
    title = f"{document.id}: {document.title}"
    return "".join([
        "<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n",
        f"<title>{_esc(title)}</title>\n<style>\n{_CSS}\n</style>\n</head>\n<body>\n",
        f"<h1>{_esc(title)}</h1>\n",
        f"<p class=\"legend\">{legend}<br>Tags: SRCn, CUEn, CONTENTn = attribution n; UNC:type; Cn = claim n; "
        "a tag ending in … continues a span interrupted by a crossing one.</p>\n",
        f"<div class=\"text\">{''.join(parts)}</div>\n",
        f"<h2>Attributions ({len(attributions)})</h2>\n",
        _table(["n", "id", "cue", "source", "content", "form", "source_type", "parent"], attributions),
        f"<h2>Uncertainty cues ({len(cues)})</h2>\n",
        _table(["id", "type", "text"], cues),
        f"<h2>Claims ({len(claims)})</h2>\n",
        _table(["n", "id", "text", *CLAIM_DIMENSIONS, "attribution", "relations"], claims),
        "</body>\n</html>\n",
    ])
