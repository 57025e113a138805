"""`quellenlage annotate`: tools for annotators (resolve quotes to offsets; render for review)."""

from __future__ import annotations

import argparse
from pathlib import Path

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
    r.add_argument("--gold", action="store_true", help="apply gold rules (all labels required)")
    r.set_defaults(run=run_resolve)


def provenance_from_args(args: argparse.Namespace) -> dict[str, object] | None:
    """Provenance built from `--annotator`/`--method`, or None when no annotator is named."""
    if not args.annotator:
        return None
    annotators = []
    for item in args.annotator:
        ident, _, kind = item.partition(":")
        annotators.append({"id": ident, "kind": kind or "human"})
    prov: dict[str, object] = {"method": args.method, "annotators": annotators}
    if args.guidelines_version:
        prov["guidelines_version"] = args.guidelines_version
    return prov


def run_resolve(args: argparse.Namespace) -> int:
    from ..annotate.resolve import resolve_to

    n = resolve_to(args.quotes, args.output, load_documents(),
                   provenance=provenance_from_args(args), gold=args.gold)
    print(f"{args.output}: {n} record(s) resolved and valid")
    return 0
