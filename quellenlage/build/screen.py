"""Keyword screen that *proposes* conflict articles for reading; a reader decides (see corpus/selection/)."""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Stems whose presence suggests armed conflict. Matched case-sensitively at word starts
#: (German nouns are capitalised), so "Angriff" does not fire on "angriffslustig" in sports prose.
CONFLICT_STEMS: tuple[str, ...] = (
    "Krieg", "Bürgerkrieg", "Militär", "militär", "Soldat", "Armee", "Truppe", "Streitkräfte",
    "Luftangriff", "Angriff", "Anschlag", "Attentat", "Terror", "Selbstmordattentäter",
    "Bombe", "Rakete", "Granate", "Gefecht", "Kämpfe", "Kämpfer", "Rebell", "Miliz",
    "Aufständisch", "Taliban", "Islamischer Staat", "IS-", "Al-Kaida", "al-Qaida", "Hamas",
    "Hisbollah", "PKK", "Separatist", "Kriegsverbrech", "Völkermord", "Massaker",
    "Bundeswehr", "Nato", "NATO", "Offensive", "Waffenstillstand", "Waffenruhe", "Geisel",
    "Luftwaffe", "Marine", "Drohne", "Panzer", "Besatzung", "Invasion", "Einmarsch",
    "Sprengsatz", "Explosion", "Kriegs", "Front",
)

_PATTERN = re.compile(r"(?<![\wÄÖÜäöüß])(" + "|".join(re.escape(s) for s in CONFLICT_STEMS) + ")")


@dataclass(frozen=True)
class ScreenResult:
    """Keyword hits for one article; `proposed` means it goes to a reader, not that it is in."""

    hits: dict[str, int]

    @property
    def distinct(self) -> int:
        return len(self.hits)

    @property
    def proposed(self) -> bool:
        return self.distinct >= 2 or sum(self.hits.values()) >= 3


def screen(text: str) -> ScreenResult:
    """Count conflict-stem hits in `text`."""
    hits: dict[str, int] = {}
    for m in _PATTERN.finditer(text):
        hits[m.group(1)] = hits.get(m.group(1), 0) + 1
    return ScreenResult(hits=dict(sorted(hits.items())))
