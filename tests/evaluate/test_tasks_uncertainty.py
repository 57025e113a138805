"""The uncertainty task on a hand-computed fixture."""

from __future__ import annotations

import pytest

import quellenlage


def counts(entry):
    return tuple(entry[k] for k in ("correct", "incorrect", "partial", "missed", "spurious"))


def test_hand_fixture(hand_gold, hand_pred):
    # gold: sollen (evidential), demnach (evidential)
    # pred: sollen (epistemic), "hätte demnach" (evidential), Unterdessen (approximation, spurious)
    r = quellenlage.evaluate([hand_pred], gold=[hand_gold], task="uncertainty").to_dict()["results"]["uncertainty"]
    s = r["spans"]
    assert counts(s["strict"]["micro"]) == (0, 2, 0, 0, 1)
    assert counts(s["exact"]["micro"]) == (1, 1, 0, 0, 1)
    assert counts(s["partial"]["micro"]) == (1, 0, 1, 0, 1)
    assert counts(s["type"]["micro"]) == (1, 1, 0, 0, 1)
    # partial: P = 1.5/3, R = 1.5/2, F1 = 0.6 (the main score)
    assert r["score"] == pytest.approx(0.6)
    assert r["strict_f1"] == 0.0
    assert counts(s["strict"]["evidential"]) == (0, 1, 0, 1, 0)
    assert counts(s["strict"]["epistemic"]) == (0, 0, 0, 0, 1)
    assert counts(s["strict"]["approximation"]) == (0, 0, 0, 0, 1)
    assert s["strict"]["macro"]["labels"] == 3 and s["strict"]["macro"]["f1"] == 0.0
    assert s["partial"]["evidential"]["f1"] == pytest.approx(1 / 3)  # P = .5/1, R = .5/2
    t = r["tokens"]
    assert (t["evidential"]["tp"], t["evidential"]["fp"], t["evidential"]["fn"]) == (1, 1, 1)
    assert (t["micro"]["tp"], t["micro"]["fp"], t["micro"]["fn"]) == (1, 3, 1)


def test_gold_is_perfect_empty_is_zero(hand_gold, hand_doc):
    assert quellenlage.evaluate([hand_gold], gold=[hand_gold], task="uncertainty").scores["uncertainty"] == 1.0
    assert quellenlage.evaluate([{"doc_id": hand_doc.id}], gold=[hand_gold],
                                task="uncertainty").scores["uncertainty"] == 0.0
