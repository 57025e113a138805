"""`quellenlage compare`: paired significance tests of systems against a baseline."""

from __future__ import annotations

import argparse
import sys

from .evaluate import add_common


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from ..evaluate.significance import DEFAULT_AR

    p = sub.add_parser(
        "compare",
        help="paired bootstrap and approximate randomization of systems against a baseline",
        description=(
            "Score a baseline and one or more systems on the same documents and test each system against "
            "the baseline (the first file): paired bootstrap (95%% CI of the difference) and approximate "
            "randomization, p = (c+1)/(n+1). 'Significant' means the scores differ, not that one is better."
        ),
    )
    p.add_argument("baseline", metavar="BASE.jsonl", help="the baseline's predictions")
    p.add_argument("systems", nargs="+", metavar="SYS.jsonl", help="predictions of the system(s) to compare")
    add_common(p)
    p.add_argument("--ar", type=int, default=DEFAULT_AR, metavar="N",
                   help=f"approximate randomization trials (default: {DEFAULT_AR})")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..evaluate.api import compare

    result = compare(
        args.baseline, *args.systems, collection=args.collection, split=args.split or "test", task=args.task or "all",
        format=args.format, gold=args.gold, bootstrap=args.bootstrap, ar=args.ar, seed=args.seed,
        output=args.output,
    )
    sys.stdout.write(result.render())
    return 0
