"""The claims task on a hand-computed fixture."""

from __future__ import annotations

import pytest

import quellenlage


def test_hand_fixture(hand_gold, hand_pred):
    # gold  certainty: certain certain certain probable | commitment: reported reported asserted distanced
    # pred  certainty: certain possible (none) probable | commitment: reported reported (none) reported
    r = quellenlage.evaluate([hand_pred], gold=[hand_gold], task="claims").to_dict()["results"]["claims"]
    dims = r["dimensions"]
    # certainty: certain F1 2*1/(3+1) = .5, probable 1, possible 0 -> macro .5
    assert dims["certainty"]["macro_f1"] == pytest.approx(0.5)
    assert dims["certainty"]["accuracy"] == 0.5
    assert set(dims["certainty"]["classes"]) == {"certain", "probable", "possible"}
    # commitment: reported 2*2/(2+3) = .8, asserted 0, distanced 0 -> .8/3
    assert dims["commitment"]["macro_f1"] == pytest.approx(0.8 / 3)
    # verification: none 2*2/(3+2) = .8, disputed 0, unverified 0 -> .8/3
    assert dims["verification"]["macro_f1"] == pytest.approx(0.8 / 3)
    # polarity (not in the main score): negative 2*1/(2+2) = .5, positive 2*1/(2+1) = 2/3
    assert dims["polarity"]["macro_f1"] == pytest.approx((0.5 + 2 / 3) / 2)
    assert dims["certainty"]["unlabelled"] == 1
    assert r["score"] == pytest.approx((0.5 + 0.8 / 3 + 0.8 / 3) / 3)
    # links: c1 -> p1 (~a1) right, c2 null but gold a2 wrong, c3 missing, c4 -> p2 (~a4) right
    assert r["attribution_link_accuracy"] == 0.5
    assert r["claims"] == 4


def test_gold_is_perfect_missing_is_zero(hand_gold, hand_doc):
    assert quellenlage.evaluate([hand_gold], gold=[hand_gold], task="claims").scores["claims"] == 1.0
    r = quellenlage.evaluate([{"doc_id": hand_doc.id}], gold=[hand_gold], task="claims").to_dict()
    assert r["scores"]["claims"] == 0.0
    assert r["results"]["claims"]["attribution_link_accuracy"] == 0.0


def test_label_without_other_dimensions_counts_as_unlabelled(hand_gold, hand_doc):
    pred = {"doc_id": hand_doc.id, "claims": [{"id": "c1", "certainty": "certain"}]}
    dims = quellenlage.evaluate([pred], gold=[hand_gold], task="claims").to_dict()["results"]["claims"]["dimensions"]
    assert dims["certainty"]["unlabelled"] == 3 and dims["commitment"]["unlabelled"] == 4
