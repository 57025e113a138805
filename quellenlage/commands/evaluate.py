"""`quellenlage evaluate`: score a prediction file against the gold of a split."""

from __future__ import annotations

import argparse
import sys

from ..corpus import COLLECTIONS, SPLITS


def add_common(p: argparse.ArgumentParser) -> None:
    """Options shared by `evaluate` and `compare`."""
    from ..evaluate.api import FORMATS, TASK_CHOICES
    from ..evaluate.significance import DEFAULT_BOOTSTRAP, DEFAULT_SEED

    p.add_argument("--collection", choices=COLLECTIONS, action="append",
                   help="restrict to a collection (repeatable; default: all)")
    p.add_argument("--split", choices=SPLITS, action="append",
                   help="the split to score (repeatable; default: test)")
    p.add_argument("--task", choices=TASK_CHOICES, action="append",
                   help="score only this task (repeatable; default: all four and the overall score)")
    p.add_argument("--format", choices=FORMATS, default="json", help="output format (default: json)")
    p.add_argument("--gold", action="append", metavar="FILE",
                   help="gold file(s) to score against instead of annotations/<collection>/<split>.jsonl")
    p.add_argument("--bootstrap", type=int, default=DEFAULT_BOOTSTRAP, metavar="N",
                   help=f"bootstrap resamples (default: {DEFAULT_BOOTSTRAP})")
    p.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default: {DEFAULT_SEED})")
    p.add_argument("-o", "--output", metavar="FILE", help="also write the output to FILE (atomically)")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "evaluate",
        help="score predictions (attribution, uncertainty, claims, sentences, overall)",
        description=(
            "Score a JSONL prediction file (annotation shape) against the gold annotations. The file is "
            "validated first; every problem is one line (file:line: doc <id>: what is wrong), exit 2. "
            "Documents without a prediction count as empty. See docs/EVALUATION.md for every number."
        ),
    )
    p.add_argument("predictions", metavar="PRED.jsonl", help="the system's predictions")
    add_common(p)
    p.add_argument("--per-doc", action="store_true", help="add every document's scores")
    p.add_argument("--confidence", action="store_true", help="add bootstrap 95%% intervals of the main scores")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..evaluate.api import evaluate

    result = evaluate(
        args.predictions, collection=args.collection, split=args.split or "test", task=args.task or "all",
        format=args.format, per_doc=args.per_doc, confidence=args.confidence, gold=args.gold,
        bootstrap=args.bootstrap, seed=args.seed, output=args.output,
    )
    sys.stdout.write(result.render())
    return 0
