"""Subcommands of the `quellenlage` CLI, one module each (see `cli.COMMANDS`)."""

from __future__ import annotations

import sys
from pathlib import Path


def emit(text: str, output: str | Path | None, done: str) -> None:
    """Print `text`, or write it atomically to `output` and print the one-line `done` message."""
    from ..jsonl import write_text_atomic

    if output is None:
        sys.stdout.write(text)
    else:
        write_text_atomic(output, text)
        print(done)
