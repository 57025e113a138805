"""Recall check of the keyword screen: list screened-out articles that a second, broader word list flags.

Run: python scripts/screen_recall_check.py [SOURCES_DIR]
Every article it prints was read and found not to be about armed conflict (see corpus/SOURCES.md).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

SECOND_LIST = re.compile(
    r"getötet|Tote[nr]?\b|Schüsse|Sprengstoff|Geisel|Entführ|Waffen|Kämpf|Gefecht|Aufstand|Putsch|Guerilla|"
    r"Dschihad|Islamist|Extremist|Blauhelm|UN-Mission|Friedenstruppe|Besatzer|Luftschl"
)


def main(sources: Path) -> None:
    root = Path(__file__).resolve().parent.parent
    for collection in ("wikinews", "derstandard"):
        decisions = {}
        for line in open(root / "corpus" / "selection" / f"{collection}.jsonl", encoding="utf-8"):
            obj = json.loads(line)
            decisions[obj["source_id"]] = obj
        flagged = 0
        for line in open(sources / collection / "articles.jsonl", encoding="utf-8"):
            art = json.loads(line)
            if decisions[art["source_id"]]["decided_by"] != "screen":
                continue
            hits = set(SECOND_LIST.findall(art.get("title", "") + " " + art["text"]))
            if len(hits) >= 2:
                flagged += 1
                title = (art.get("title") or art["text"][:90]).replace("\n", " ")
                print(f"{collection}\t{art['source_id']}\t{','.join(sorted(hits))}\t{title[:90]}")
        print(f"{collection}: {flagged} screened-out article(s) flagged by the second list")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "sources")
