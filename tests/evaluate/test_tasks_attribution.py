"""The attribution task on a hand-computed fixture (nested, discontinuous) and its matching rules."""

from __future__ import annotations

import pytest
from evalhelpers import attr, sp

import quellenlage
from quellenlage.annotations import AnnotationRecord, Attribution
from quellenlage.evaluate.tasks.attribution import match_attributions
from quellenlage.spans import Span


def run(pred, gold, task="attribution"):
    return quellenlage.evaluate([pred], gold=[gold], task=task).to_dict()


def test_hand_fixture_joint_token_f1_and_pairs(hand_gold, hand_pred):
    r = run(hand_pred, hand_gold)["results"]["attribution"]
    # p1~a1, p2~a4; a2, a3 missed; p3 spurious.
    # cue: tp kündigte+sagte=2, fp präsentierte=1, fn an+behauptet+laut=3
    # source: tp Margaret Beckett(2)+Vizeadmiral Charles Style(3)=5, fp Das britische V.(3),
    #         fn 3+Der Iran(2)+news.at(1)=6
    # content: tp 18+8=26, fp nun GPS-Positionsdaten(2), fn 12 (a4) + 13 (a2) + 5+20 (a3)=50
    assert {k: (v["tp"], v["fp"], v["fn"]) for k, v in r["tokens"].items()} == {
        "cue": (2, 1, 3), "source": (5, 3, 6), "content": (26, 2, 50), "joint": (33, 6, 59)}
    assert r["score"] == pytest.approx(66 / 131)
    a = r["attributions"]
    assert (a["gold"], a["pred"], a["matched"]) == (4, 3, 2)
    assert a["f1"] == pytest.approx(4 / 7)
    assert r["form_accuracy"] == 0.5          # p2 says direct, a4 is indirect
    assert r["source_type_accuracy"] == 1.0
    assert r["parent_accuracy"] == 0.5        # a4's parent a3 is unmatched, p2 has none


def counts(entry):
    return tuple(entry[k] for k in ("correct", "incorrect", "partial", "missed", "spurious"))


def test_hand_fixture_role_span_schemes(hand_gold, hand_pred):
    spans = run(hand_pred, hand_gold)["results"]["attribution"]["spans"]
    # gold role spans: 5 cues, 4 sources, 5 contents (a3 and a4 share one); predicted: 3 + 3 + 3
    assert counts(spans["strict"]["cue"]) == (2, 0, 0, 3, 1)
    assert counts(spans["strict"]["source"]) == (1, 1, 0, 2, 1)
    assert counts(spans["strict"]["content"]) == (1, 1, 0, 3, 1)
    assert counts(spans["strict"]["micro"]) == (4, 2, 0, 8, 3)
    assert spans["strict"]["micro"]["f1"] == pytest.approx(8 / 23)
    assert counts(spans["exact"]["micro"]) == (4, 2, 0, 8, 3)
    assert counts(spans["partial"]["micro"]) == (4, 0, 2, 8, 3)
    assert spans["partial"]["micro"]["f1"] == pytest.approx(10 / 23)
    assert counts(spans["type"]["micro"]) == (6, 0, 0, 8, 3)


def test_gold_against_gold_is_perfect_and_empty_is_zero(hand_gold, hand_doc):
    assert run(hand_gold, hand_gold)["results"]["attribution"]["score"] == 1.0
    empty = run({"doc_id": hand_doc.id}, hand_gold)["results"]["attribution"]
    assert empty["score"] == 0.0 and empty["tokens"]["joint"]["fn"] > 0


def A(aid: str, cues: list[tuple[int, int]], content=((100, 110),)) -> Attribution:
    return Attribution(aid, tuple(Span(s, e, "x" * (e - s)) for s, e in cues), (),
                       tuple(Span(s, e, "x" * (e - s)) for s, e in content), "indirect", "person")


def ids(pairs):
    return sorted((g.id, p.id) for g, p in pairs)


def test_matching_maximizes_total_cue_overlap_not_greedy():
    gold = [A("g1", [(0, 10)]), A("g2", [(10, 14)])]
    # greedy by input order would pair p1 with g1 (overlap 8) and leave p2 unpaired with g2 taken? No:
    # p1 overlaps g1 by 8 and g2 by 2; p2 overlaps g1 by 10 only. Optimum: p2-g1 (10) + p1-g2 (2) = 12.
    pred = [A("p1", [(2, 12)]), A("p2", [(0, 10)])]
    assert ids(match_attributions(gold, pred)) == [("g1", "p2"), ("g2", "p1")]


def test_matching_is_independent_of_input_order_and_ties_go_by_position():
    gold = [A("g1", [(0, 5)]), A("g2", [(0, 5)], content=((200, 210),))]
    pred = [A("p1", [(0, 5)], content=((200, 210),)), A("p2", [(0, 5)])]
    first = ids(match_attributions(gold, pred))
    assert first == ids(match_attributions(gold[::-1], pred[::-1])) == ids(match_attributions(gold, pred[::-1]))
    assert len(first) == 2


def test_discontinuous_cue_overlap_counts_every_part():
    gold = [A("g", [(0, 8), (20, 22)])]
    pred = [A("p1", [(0, 8)]), A("p2", [(0, 4), (20, 22)])]
    # g shares 8 characters with p1 and 4 + 2 = 6 with p2
    assert ids(match_attributions(gold, pred)) == [("g", "p1")]


def test_no_cue_overlap_no_match():
    assert match_attributions([A("g", [(0, 5)])], [A("p", [(5, 9)])]) == []


def test_nested_parent_is_checked_through_the_matching(hand_gold, hand_doc):
    d = hand_doc
    pred = {"doc_id": d.id, "attributions": [
        attr("x3", [sp(d, "laut", after="Style")], [sp(d, "news.at")],
             [sp(d, "Demgegenüber sagte Vizeadmiral Charles Style")], "prepositional", "media"),
        attr("x4", [sp(d, "sagte", after="Demgegenüber")], [], [sp(d, "die Soldaten seien", after="Style")],
             "indirect", "military", parent="x3"),
    ]}
    r = run(pred, hand_gold)["results"]["attribution"]
    assert r["attributions"]["matched"] == 2 and r["parent_accuracy"] == 1.0
    pred["attributions"][1]["parent"] = None
    assert run(pred, hand_gold)["results"]["attribution"]["parent_accuracy"] == 0.5


def test_record_and_span_order_do_not_matter(hand_gold, hand_pred):
    base = run(hand_pred, hand_gold)
    for rec in (hand_gold, hand_pred):
        rec["attributions"] = rec["attributions"][::-1]
        for a in rec["attributions"]:
            a["cue"] = a["cue"][::-1]
            a["content"] = a["content"][::-1]
    again = run(hand_pred, hand_gold)
    # the data hash follows the gold's bytes, which did change; every number stays
    for result in (base, again):
        del result["results"]["attribution"]["signature"]
    assert again["results"] == base["results"]


def test_record_objects_are_accepted(hand_gold, hand_pred):
    result = quellenlage.evaluate([AnnotationRecord.from_json(hand_pred)], gold=[hand_gold], task="attribution")
    assert result.scores["attribution"] == pytest.approx(66 / 131)
