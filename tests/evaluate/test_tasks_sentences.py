"""The sentences task on a hand-computed fixture: derived and explicit labels."""

from __future__ import annotations

import pytest

import quellenlage
from quellenlage.annotations import AnnotationRecord
from quellenlage.evaluate.tasks.sentences import sentence_labels


def test_derivation_from_spans(hand_gold, hand_doc):
    labels = sentence_labels(AnnotationRecord.from_json(hand_gold), hand_doc)
    assert labels.shape == (len(hand_doc.sentences), 2)
    assert set(labels[:, 0].nonzero()[0]) == {3, 4, 8}  # cue or content of a1, a2, a3/a4
    assert set(labels[:, 1].nonzero()[0]) == {6, 7}     # sollen, demnach


def test_hand_fixture(hand_gold, hand_pred):
    # attributed: gold {3, 4, 8}, pred {3, 6, 8} -> tp 2 fp 1 fn 1, F1 2/3
    # uncertain:  gold {6, 7},    pred {6, 7, 9} -> tp 2 fp 1 fn 0, F1 4/5
    r = quellenlage.evaluate([hand_pred], gold=[hand_gold], task="sentences").to_dict()["results"]["sentences"]
    assert (r["attributed"]["tp"], r["attributed"]["fp"], r["attributed"]["fn"]) == (2, 1, 1)
    assert (r["uncertain"]["tp"], r["uncertain"]["fp"], r["uncertain"]["fn"]) == (2, 1, 0)
    assert r["score"] == pytest.approx((2 / 3 + 4 / 5) / 2)
    assert r["attributed"]["tn"] + 4 == r["sentences"]


def test_explicit_labels_win_value_by_value(hand_gold, hand_pred):
    hand_pred["sentences"] = [{"index": 4, "attributed": True}, {"index": 9, "uncertain": False}]
    r = quellenlage.evaluate([hand_pred], gold=[hand_gold], task="sentences").to_dict()["results"]["sentences"]
    assert (r["attributed"]["tp"], r["attributed"]["fp"], r["attributed"]["fn"]) == (3, 1, 0)
    assert (r["uncertain"]["tp"], r["uncertain"]["fp"], r["uncertain"]["fn"]) == (2, 0, 0)


def test_gold_is_perfect_empty_is_zero(hand_gold, hand_doc):
    assert quellenlage.evaluate([hand_gold], gold=[hand_gold], task="sentences").scores["sentences"] == 1.0
    assert quellenlage.evaluate([{"doc_id": hand_doc.id}], gold=[hand_gold],
                                task="sentences").scores["sentences"] == 0.0
