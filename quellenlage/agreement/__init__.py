"""Inter-annotator agreement between two annotation files (`quellenlage agreement`).

`coefficients` holds kappa and alpha, `matching` the one-to-one optimal matching, `spanscores` the
span and token overlap counts, one module per layer (`attribution`, `uncertainty`, `claims`,
`sentences`) accumulates over documents, `compare` runs them, `report` renders Markdown and JSON.
"""

from __future__ import annotations

from .compare import compare_files, compare_records
from .results import AgreementResult

__all__ = ["AgreementResult", "compare_files", "compare_records"]
