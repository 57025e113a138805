"""`quellenlage validate`: check an annotation or prediction file against the corpus."""

from __future__ import annotations

import argparse

from ..annotations import read_annotations
from ..corpus import load_documents


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "validate",
        help="check annotation/prediction files (offsets, surface text, labels, ids, references)",
        description=(
            "Check JSONL files of annotation records against the corpus. Prints one line per problem "
            "(file:line: doc <id>: what is wrong) and exits 2 if there is any."
        ),
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="JSONL file(s) of annotation records")
    p.add_argument("--gold", action="store_true", help="apply gold rules (provenance, all labels, claim spans)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..errors import InputError

    documents = load_documents()
    problems = []
    for path in args.files:
        try:
            loaded = read_annotations(path, documents, gold=args.gold)
            print(f"{path}: {len(loaded.records)} record(s) valid")
        except InputError as exc:
            problems += exc.problems
    if problems:
        raise InputError(problems)
    return 0
