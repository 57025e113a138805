"""A hand-built pilot: two annotators (A, B) over real documents, with known disagreements.

D1 = wikinews-25475 (Tel Aviv), D2 = wikinews-52410 (Kaschmir) are annotated by both;
D3 = wikinews-48618 only by A. The numbers these files must give are computed by hand in
test_agreement_pilot.py.
"""

from __future__ import annotations

from typing import Any

import pytest

from quellenlage.annotate.quotes import resolve_quote
from quellenlage.corpus import Document

D1, D2, D3 = "wikinews-25475", "wikinews-52410", "wikinews-48618"


Quote = str | tuple[str, str]


def q(doc: Document, quote: Quote, context: str | None = None) -> dict[str, Any]:
    """The offset span of a unique quote, or of `text` inside a unique `context` (also as a tuple)."""
    if isinstance(quote, tuple):
        quote, context = quote
    return resolve_quote(doc.text, {"text": quote, "context": context} if context else quote).to_json()


def att(doc: Document, ident: str, cue: list[Quote], source: list[Quote], content: list[Quote], form: str,
        source_type: str) -> dict[str, Any]:
    return {"id": ident, "cue": [q(doc, c) for c in cue], "source": [q(doc, s) for s in source],
            "content": [q(doc, c) for c in content], "form": form, "source_type": source_type, "parent": None}


def unc(doc: Document, ident: str, text: str, kind: str) -> dict[str, Any]:
    return {"id": ident, "span": q(doc, text), "type": kind}


def claim(doc: Document, ident: str, text: str, attribution: str | None, certainty: str, commitment: str,
          verification: str = "none", polarity: str = "positive") -> dict[str, Any]:
    return {"id": ident, "span": q(doc, text), "attribution": attribution, "certainty": certainty,
            "polarity": polarity, "commitment": commitment, "verification": verification}


TEL_AVIV = ("In Tel Aviv in Israel hat sich am Ostermontag bei einem Imbissstand auf dem alten Busbahnhof "
            "ein palästinensischer Selbstmordattentäter in die Luft gesprengt")
BEKENNTNIS = ("Zu den Anschlägen bekannten sich nach palästinensichen Medien die Gruppe Islamischer Dschihad "
              "und die Al-Aksa-Märtyrerbrigaden")
GRUPPEN = "die Gruppe Islamischer Dschihad und die Al-Aksa-Märtyrerbrigaden"
SACHSCHADEN = "Durch den sehr großen Sprengsatz wurde am Ort des Geschehens erheblicher Sachschaden angerichtet"
GEISELN = "haben muslimische Rebellen in Jammu sieben Geiseln genommen"


def provenance(annotator: str) -> dict[str, Any]:
    return {"method": "manual", "annotators": [{"id": annotator, "kind": "human"}]}


@pytest.fixture(scope="session")
def pilot_a(documents: dict[str, Document]) -> list[dict[str, Any]]:
    d1, d2, d3 = documents[D1], documents[D2], documents[D3]
    return [
        {"doc_id": D1, "provenance": provenance("ann-a"),
         "attributions": [
             att(d1, "a1", ["Laut"], ["israelischen Medien"], ["gab es zehn Tote und mehr als 50 Verletzte"],
                 "prepositional", "media"),
             att(d1, "a2", ["bezeichnete"], ["Die Regierungspartei Palästinas, die Hamas"],
                 ["die Anschläge als Selbstverteidigung"], "indirect", "government"),
             att(d1, "a3", [("nach", "nach palästinensichen")], ["palästinensichen Medien"],
                 ["Zu den Anschlägen bekannten sich", GRUPPEN], "prepositional", "media"),
         ],
         "uncertainty": [unc(d1, "u1", "mehr als", "approximation")],
         "claims": [
             claim(d1, "c1", TEL_AVIV, None, "certain", "asserted"),
             claim(d1, "c2", "gab es zehn Tote und mehr als 50 Verletzte", "a1", "certain", "reported"),
             claim(d1, "c3", BEKENNTNIS, "a3", "certain", "reported"),
         ]},
        {"doc_id": D2, "provenance": provenance("ann-a"),
         "attributions": [att(d2, "a1", ["sollen"], [], ["Vier von ihnen", "Kinder sein"], "evidential", "anonymous")],
         "uncertainty": [unc(d2, "u1", "sollen", "evidential")],
         "claims": [
             claim(d2, "c1", "Vier von ihnen sollen Kinder sein", "a1", "probable", "distanced", "unverified"),
             claim(d2, "c2", GEISELN, None, "certain", "asserted"),
         ]},
        {"doc_id": D3, "provenance": provenance("ann-a"),
         "uncertainty": [unc(d3, "u1", "könnte", "epistemic")]},
    ]


@pytest.fixture(scope="session")
def pilot_b(documents: dict[str, Document]) -> list[dict[str, Any]]:
    d1, d2 = documents[D1], documents[D2]
    return [
        {"doc_id": D2, "provenance": provenance("ann-b"),
         "attributions": [att(d2, "a1", ["sollen"], [], ["Vier von ihnen", "Kinder sein"], "evidential", "anonymous")],
         "uncertainty": [unc(d2, "u1", "sollen", "epistemic"), unc(d2, "u2", "gilt", "evidential")],
         "claims": [
             claim(d2, "c1", "Vier von ihnen sollen Kinder sein", "a1", "possible", "reported", "unverified"),
             claim(d2, "c2", GEISELN, None, "certain", "asserted"),
         ]},
        {"doc_id": D1, "provenance": provenance("ann-b"),
         "attributions": [
             att(d1, "a1", ["Laut"], [("Medien", "israelischen Medien")],
                 ["gab es zehn Tote und mehr als 50 Verletzte"], "prepositional", "media"),
             att(d1, "a2", ["bezeichnete"], ["Die Regierungspartei Palästinas, die Hamas"],
                 ["die Anschläge als Selbstverteidigung"], "indirect", "organisation"),
             att(d1, "a3", ["bekannten sich"], [GRUPPEN], [], "reported", "organisation"),
         ],
         "uncertainty": [unc(d1, "u1", "mehr als 50", "approximation")],
         "claims": [
             claim(d1, "c1", TEL_AVIV, None, "certain", "asserted"),
             claim(d1, "c2", "zehn Tote und mehr als 50 Verletzte", "a1", "probable", "reported"),
             claim(d1, "c3", BEKENNTNIS, "a3", "certain", "reported"),
             claim(d1, "c4", SACHSCHADEN, None, "certain", "asserted"),
         ]},
    ]


@pytest.fixture
def pilot_files(tmp_path, write_lines, pilot_a, pilot_b):
    """The pilot as two JSONL files: (path of A, path of B)."""
    return write_lines(tmp_path / "pilot-a.jsonl", pilot_a), write_lines(tmp_path / "pilot-b.jsonl", pilot_b)
