"""Character spans: `[start, end)` Python string offsets into a document's text, with their surface."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, order=True)
class Span:
    """A stretch of a document's text; `text` is checked against the document by the validator."""

    start: int
    end: int
    text: str

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> "Span":
        return cls(int(obj["start"]), int(obj["end"]), str(obj["text"]))

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    def __len__(self) -> int:
        return self.end - self.start

    def overlap(self, other: "Span") -> int:
        """Number of characters shared with `other`."""
        return max(0, min(self.end, other.end) - max(self.start, other.start))

    def overlaps(self, other: "Span") -> bool:
        return self.overlap(other) > 0


def make_span(text: str, start: int, end: int) -> Span:
    """The span of `text[start:end]`."""
    return Span(start, end, text[start:end])
