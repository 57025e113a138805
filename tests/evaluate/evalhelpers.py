"""Helpers of the evaluation tests: spans by quoting a real document, records, the hand-annotated fixture."""

from __future__ import annotations

from typing import Any

from quellenlage.corpus import Document

HAND_DOC = "wikinews-39628"
PROVENANCE = {"method": "manual", "annotators": [{"id": "t1", "kind": "human"}]}


def sp(doc: Document, needle: str, after: str | None = None) -> dict[str, Any]:
    """The span of the first `needle` in the text (or the first one after the first `after`)."""
    start = doc.text.index(needle, doc.text.index(after) if after else 0)
    return {"start": start, "end": start + len(needle), "text": needle}


def attr(aid: str, cue: list, source: list, content: list, form: str, source_type: str,
         parent: str | None = None) -> dict[str, Any]:
    return {"id": aid, "cue": cue, "source": source, "content": content, "form": form,
            "source_type": source_type, "parent": parent}


def claim(cid: str, span: dict | None, attribution: str | None, certainty: str, polarity: str, commitment: str,
          verification: str) -> dict[str, Any]:
    out = {"id": cid, "attribution": attribution, "certainty": certainty, "polarity": polarity,
           "commitment": commitment, "verification": verification, "relations": []}
    if span is not None:
        out["span"] = span
    return out


STYLE_CONTENT = ("die Soldaten seien bei der Kontrolle eines Handelsschiffes auf dem Grenzfluss Schatt el-Arab "
                 "„in einen Hinterhalt gelockt worden“")
BECKETT_CONTENT = ("dass es solange keine Gespräche mehr zwischen den beiden Ländern geben werde, "
                   "bis die Krise gelöst sei")
IRAN_CONTENT = ("die britischen Soldaten hätten eine Territorialverletzung begangen und sich im iranischen "
                "Hoheitsgebiet befunden")


def hand_gold_record(d: Document) -> dict[str, Any]:
    """Gold for wikinews-39628: a discontinuous cue (kündigte ... an), a nested attribution (news.at > Style)
    whose outer content is discontinuous, two uncertainty cues, and four claims."""
    return {
        "doc_id": d.id,
        "attributions": [
            attr("a1", [sp(d, "kündigte"), sp(d, "an", after="kündigte")],
                 [sp(d, "Die britische Außenministerin Margaret Beckett")], [sp(d, BECKETT_CONTENT)],
                 "indirect", "government"),
            attr("a2", [sp(d, "behauptet")], [sp(d, "Der Iran")],
                 [sp(d, IRAN_CONTENT)], "indirect", "government"),
            attr("a3", [sp(d, "laut", after="Style")], [sp(d, "news.at")],
                 [sp(d, "Demgegenüber sagte Vizeadmiral Charles Style"), sp(d, STYLE_CONTENT)],
                 "prepositional", "media"),
            attr("a4", [sp(d, "sagte", after="Demgegenüber")], [sp(d, "Vizeadmiral Charles Style")],
                 [sp(d, STYLE_CONTENT)], "indirect", "military", parent="a3"),
        ],
        "uncertainty": [
            {"id": "u1", "span": sp(d, "sollen", after="beweisen"), "type": "evidential"},
            {"id": "u2", "span": sp(d, "demnach"), "type": "evidential"},
        ],
        "claims": [
            claim("c1", sp(d, BECKETT_CONTENT), "a1", "certain", "negative", "reported", "none"),
            claim("c2", sp(d, IRAN_CONTENT), "a2", "certain", "positive", "reported", "disputed"),
            claim("c3", sp(d, "Großbritannien bestreitet das"), None, "certain", "negative", "asserted", "none"),
            claim("c4", sp(d, STYLE_CONTENT), "a4", "probable", "positive", "distanced", "none"),
        ],
        "provenance": PROVENANCE,
    }


def hand_prediction(d: Document) -> dict[str, Any]:
    """p1 ~ a1 (cue without 'an', short source), p2 ~ a4 (short content, wrong form, lost parent),
    p3 spurious; a2 and a3 missed. Uncertainty: wrong type, wider span, one spurious. Claims: c3 missing."""
    return {
        "doc_id": d.id,
        "attributions": [
            attr("p1", [sp(d, "kündigte")], [sp(d, "Margaret Beckett")], [sp(d, BECKETT_CONTENT)],
                 "indirect", "government"),
            attr("p2", [sp(d, "sagte", after="Demgegenüber")], [sp(d, "Vizeadmiral Charles Style")],
                 [sp(d, "die Soldaten seien bei der Kontrolle eines Handelsschiffes", after="Style")],
                 "direct", "military"),
            attr("p3", [sp(d, "präsentierte")], [sp(d, "Das britische Verteidigungsministerium")],
                 [sp(d, "nun GPS-Positionsdaten")], "indirect", "government"),
        ],
        "uncertainty": [
            {"id": "v1", "span": sp(d, "sollen", after="beweisen"), "type": "epistemic"},
            {"id": "v2", "span": sp(d, "hätte demnach"), "type": "evidential"},
            {"id": "v3", "span": sp(d, "Unterdessen"), "type": "approximation"},
        ],
        "claims": [
            claim("c1", None, "p1", "certain", "negative", "reported", "none"),
            claim("c2", None, None, "possible", "positive", "reported", "unverified"),
            claim("c4", None, "p2", "probable", "negative", "reported", "none"),
        ],
    }
