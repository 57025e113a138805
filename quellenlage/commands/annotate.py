"""`quellenlage annotate`: tools for annotators (resolve quotes to offsets; render for review)."""

from __future__ import annotations

import argparse
from pathlib import Path

from .. import paths
from ..corpus import load_documents
from ..labels import PROVENANCE_METHODS


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("annotate", help="annotator tools: resolve quoted spans, render a document",
                       description="Tools for annotators. See annotations/QUOTE_FORMAT.md.")
    tools = p.add_subparsers(dest="tool", metavar="TOOL", required=True)
    r = tools.add_parser(
        "resolve", help="turn a quote-format file into validated offset records",
        description=("Resolve every quote of QUOTES (annotations/QUOTE_FORMAT.md) to [start, end) offsets, "
                     "validate the records, and write them to --output. Missing or ambiguous quotes are "
                     "refused, one line each, exit 2, and nothing is written."),
    )
    r.add_argument("quotes", type=Path, metavar="QUOTES", help="quote-format JSONL file")
    r.add_argument("-o", "--output", type=Path, required=True, help="offset-record JSONL file to write")
    r.add_argument("--annotator", action="append", default=[],
                   help="annotator id (repeatable), recorded in provenance; ID or ID:KIND with KIND human|llm-agent|system")
    r.add_argument("--method", choices=PROVENANCE_METHODS, default="manual", help="how the annotation was made")
    r.add_argument("--guidelines-version", default=None, help="guidelines version followed")
    r.add_argument("--adjudicator", action="append", default=[],
                   help="adjudicator id (repeatable), ID or ID:KIND; recorded in provenance.adjudication")
    r.add_argument("--raw", action="append", default=[], metavar="FILE",
                   help="raw annotation file the adjudication was made from (repeatable), recorded in provenance")
    r.add_argument("--gold", action="store_true", help="apply gold rules (all labels required)")
    r.set_defaults(run=run_resolve)
    v = tools.add_parser(
        "render", help="render one annotated document for review (inline markers or coloured HTML)",
        description=("Render the annotations of one document of FILE (offset records): text with inline markers "
                     "([SRC1 ...] [CUE1 ...] {CONTENT1 ...} <UNC:type ...> ⟦C1 ...⟧) and the labels below, or a "
                     "self-contained HTML page with coloured spans and a legend."),
    )
    v.add_argument("file", type=Path, metavar="FILE", help="offset-record JSONL file (annotation shape)")
    v.add_argument("--doc", required=True, metavar="ID", help="document id to render")
    v.add_argument("--format", choices=("text", "html"), default="text", help="output format")
    v.add_argument("-o", "--output", type=Path, help="write here (atomically) instead of stdout")
    v.set_defaults(run=run_render)
    g = tools.add_parser(
        "add-gold", help="insert validated gold records into annotations/<collection>/<split>.jsonl",
        description=("Validate offset records with the gold rules and write each into the gold file of its "
                     "document's collection and split, replacing an earlier record of the same document. "
                     "Nothing is written if any record is invalid."),
    )
    g.add_argument("files", nargs="+", type=Path, metavar="FILE", help="offset-record JSONL file(s)")
    g.set_defaults(run=run_add_gold)


def _people(items: list[str]) -> list[dict[str, str]]:
    """`ID` or `ID:KIND` strings as provenance entries (kind defaults to human)."""
    out = []
    for item in items:
        ident, _, kind = item.partition(":")
        out.append({"id": ident, "kind": kind or "human"})
    return out


def provenance_from_args(args: argparse.Namespace) -> dict[str, object] | None:
    """Provenance built from `--annotator`/`--method`/`--adjudicator`/`--raw`, or None without annotators."""
    if not args.annotator:
        return None
    prov: dict[str, object] = {"method": args.method, "annotators": _people(args.annotator)}
    if args.adjudicator or args.raw:
        prov["adjudication"] = {"by": _people(args.adjudicator), "from": list(args.raw)}
    if args.guidelines_version:
        prov["guidelines_version"] = args.guidelines_version
    return prov


def run_add_gold(args: argparse.Namespace) -> int:
    from ..annotate.gold import add_gold

    for path, n in add_gold(args.files, load_documents(), paths.annotations_dir()).items():
        print(f"{path}: {n} gold record(s)")
    return 0


def run_resolve(args: argparse.Namespace) -> int:
    from ..annotate.resolve import resolve_to

    n = resolve_to(args.quotes, args.output, load_documents(),
                   provenance=provenance_from_args(args), gold=args.gold)
    print(f"{args.output}: {n} record(s) resolved and valid")
    return 0


def run_render(args: argparse.Namespace) -> int:

    from ..annotate.render import render_html, render_text
    from ..annotations import read_annotations
    from ..errors import InputError, Problem
    from . import emit

    documents = load_documents()
    records = read_annotations(args.file, documents).records
    if args.doc not in records:
        reason = "no record for this document in the file" if args.doc in documents else "unknown document id"
        raise InputError([Problem(str(args.file), None, args.doc, reason)])
    render = render_html if args.format == "html" else render_text
    text = render(documents[args.doc], records[args.doc])
    emit(text, args.output, f"{args.output}: {args.doc} rendered ({args.format})")
    return 0
