"""JSON Lines I/O: line-numbered reading that reports bad lines, and atomic writing."""

from __future__ import annotations

import io
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import jsonlines

from .errors import InputError, Problem


class _CountingLines:
    """Iterates over raw lines and remembers the number of the last one handed out."""

    def __init__(self, stream: Iterable[bytes]):
        self._stream = stream
        self.lineno = 0

    def __iter__(self) -> Iterator[bytes]:
        for line in self._stream:
            self.lineno += 1
            yield line


def iter_jsonl(path: str | Path) -> Iterator[tuple[int, dict[str, Any] | Problem]]:
    """Yield `(line number, object)` per non-empty line, or `(line number, Problem)` for a bad line."""
    name = str(path)
    try:
        handle = open(path, "rb")
    except OSError as exc:
        raise InputError([Problem(name, None, None, f"cannot read file: {exc.strerror}")]) from None
    with handle:
        lines = _CountingLines(handle)
        reader = jsonlines.Reader(lines)
        while True:
            try:
                obj = reader.read(skip_empty=True)
            except EOFError:
                return
            except jsonlines.InvalidLineError as exc:
                reason = str(exc).split(" (line")[0]
                yield lines.lineno, Problem(name, lines.lineno, None, f"malformed JSON: {reason}")
                continue
            if not isinstance(obj, dict):
                yield lines.lineno, Problem(name, lines.lineno, None, "a line must hold one JSON object")
                continue
            yield lines.lineno, obj


def dumps(obj: Any) -> str:
    """The canonical one-line JSON used for every file the project writes (stable for hashing)."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def write_text_atomic(path: str | Path, text: str) -> None:
    """Write `text` to `path` through a temporary file and a rename: never a half-written file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def write_jsonl(path: str | Path, records: Iterable[dict[str, Any]]) -> None:
    """Write records as JSON Lines atomically, one canonical line each."""
    buffer = io.StringIO()
    for record in records:
        buffer.write(dumps(record))
        buffer.write("\n")
    write_text_atomic(path, buffer.getvalue())
