"""User-facing errors: one line naming the file, the line or document, and what is wrong."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One problem found in a user's file; `str()` is the one-line message the CLI prints."""

    file: str
    line: int | None
    doc_id: str | None
    message: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        doc = f" doc {self.doc_id}:" if self.doc_id else ""
        return f"{where}:{doc} {self.message}"


class QuellenlageError(Exception):
    """Base class of errors caused by input; the CLI prints them as one line and exits 2."""


class InputError(QuellenlageError):
    """A file cannot be used; carries every problem found so that all are reported at once."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class DataIntegrityError(QuellenlageError):
    """The shipped data do not match their manifest (a changed or missing file)."""
