"""Scoring: span matching, the four tasks, sufficient statistics, significance, signature, reports.

`quellenlage.evaluate(...)` and `quellenlage.compare(...)` (in `api`) are the entry points; the CLI
commands `quellenlage evaluate` and `quellenlage compare` call them. Import the modules as
`from quellenlage.evaluate import schemes` (the name `quellenlage.evaluate` itself is the function).
"""

from __future__ import annotations

from .api import ComparisonResult, EvaluationResult, compare, evaluate

__all__ = ["ComparisonResult", "EvaluationResult", "compare", "evaluate"]
