"""The four tasks of the benchmark, one module each; `TASKS` lists them in report order."""

from __future__ import annotations

from .attribution import ATTRIBUTION
from .base import DocPair, Task
from .claims import CLAIMS
from .sentences import SENTENCES
from .uncertainty import UNCERTAINTY

TASKS: dict[str, Task] = {t.name: t for t in (ATTRIBUTION, UNCERTAINTY, CLAIMS, SENTENCES)}

__all__ = ["ATTRIBUTION", "CLAIMS", "DocPair", "SENTENCES", "TASKS", "Task", "UNCERTAINTY"]
