"""`quellenlage stats`: documents, sentences, tokens and annotation counts per collection and split."""

from __future__ import annotations

import argparse
import json

from ..corpus import COLLECTIONS, SPLITS, load_corpus
from ..stats import as_dicts, corpus_stats
from ..tables import markdown_table, text_table


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("stats", help="corpus and annotation counts per collection and split",
                       description="Count documents, sentences, tokens and gold annotations.")
    p.add_argument("--collection", choices=COLLECTIONS, action="append", help="restrict (repeatable)")
    p.add_argument("--split", choices=SPLITS, action="append", help="restrict (repeatable)")
    p.add_argument("--format", choices=("table", "markdown", "json"), default="table")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    rows = as_dicts(corpus_stats(load_corpus(args.collection, args.split)))
    if args.format == "json":
        print(json.dumps(rows, indent=2))
        return 0
    header = list(rows[0])
    render = markdown_table if args.format == "markdown" else text_table
    print(render(header, [list(r.values()) for r in rows]), end="")
    return 0
