"""`quellenlage agreement`: inter-annotator agreement of two annotation files, as Markdown or JSON."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..corpus import load_documents


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "agreement", help="inter-annotator agreement of two annotation files (Markdown or JSON report)",
        description=(
            "Compare two annotators' offset-record files (annotation shape) on the documents both annotated: "
            "attribution matching, span/token F1 per role, uncertainty cues, claim labels (observed agreement, "
            "Cohen's kappa, Krippendorff's alpha, confusion tables), sentence-level kappa, and the most frequent "
            "disagreements with examples. The report is reproducible byte for byte."
        ),
    )
    p.add_argument("file_a", type=Path, metavar="A", help="JSONL file of annotator A (the reference for P/R)")
    p.add_argument("file_b", type=Path, metavar="B", help="JSONL file of annotator B")
    p.add_argument("-o", "--output", type=Path, help="write the report here (atomically) instead of stdout")
    p.add_argument("--format", choices=("markdown", "json"), default="markdown", help="report format")
    p.add_argument("--title", default=None, help="report title (default: 'Inter-annotator agreement')")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..agreement.compare import DEFAULT_TITLE, compare_files
    from ..agreement.report import render_markdown
    from ..agreement.serialize import render_json
    from . import emit

    result = compare_files(args.file_a, args.file_b, load_documents(), title=args.title or DEFAULT_TITLE)
    text = render_json(result) if args.format == "json" else render_markdown(result)
    emit(text, args.output, f"{args.output}: agreement over {len(result.documents)} document(s) written")
    return 0
