"""Print the selection counts of corpus/SOURCES.md: source articles, screened out, read, in, per collection.

Run: python scripts/selection_counts.py
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

print("| collection | source articles | screened out | read | in | out by rule |")
print("|---|---:|---:|---:|---:|---:|")
for collection in ("wikinews", "derstandard"):
    rows = [json.loads(line) for line in open(ROOT / "corpus" / "selection" / f"{collection}.jsonl", encoding="utf-8")]
    by = Counter(r["decided_by"] for r in rows)
    n_in = sum(r["decision"] == "in" for r in rows)
    print(f"| {collection} | {len(rows):,} | {by['screen']} | {by['reading'] + by['rule']} | {n_in} | {by['rule']} |")
