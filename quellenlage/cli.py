"""`quellenlage` command line: each subcommand lives in `quellenlage/commands/<name>.py`.

Errors caused by input are printed as one line each (file:line: doc id: problem) with exit code 2.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from . import __version__
from .errors import DataIntegrityError, InputError, QuellenlageError

#: Subcommand modules, in `--help` order; each defines `register(subparsers)`.
COMMANDS = ("build_corpus", "validate", "stats", "annotate", "agreement", "evaluate", "compare")

EXIT_INPUT = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quellenlage",
        description=(
            "Quellenlage: a benchmark for attribution (who claims what) and uncertainty (how sure) "
            "in German news about armed conflict. Load the data, validate and score predictions."
        ),
        epilog="Run `quellenlage COMMAND --help` for the options of one command.",
    )
    parser.add_argument("--version", action="version", version=f"quellenlage {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS:
        importlib.import_module(f".commands.{name}", __package__).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the exit code (0 ok, 2 bad input)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except InputError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return EXIT_INPUT
    except (DataIntegrityError, QuellenlageError) as exc:
        print(f"quellenlage: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print("quellenlage: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
