"""The signature: format, and a data hash that follows the manifest and the gold used."""

from __future__ import annotations

import re

import quellenlage
from quellenlage.evaluate.signature import Signature, data_hash

PATTERN = re.compile(r"^ql:[^|]+\|data:[^|@]+@[0-9a-f]{8}\|task:[^|]+\|match:[^|]+\|bs:\d+\|seed:\d+$")


def test_format():
    sig = Signature("uncertainty", "semeval13-partial", "1.0.0", "abcdef12", 1000, 12345, version="0.1.0")
    assert str(sig) == "ql:0.1.0|data:1.0.0@abcdef12|task:uncertainty|match:semeval13-partial|bs:1000|seed:12345"
    with_ar = Signature("all", "x", "1.0.0", "abcdef12", 1000, 12345, ar=10000, version="0.1.0")
    assert str(with_ar).endswith("|bs:1000|ar:10000|seed:12345")


def test_hash_depends_on_manifest_and_gold_not_on_their_order():
    assert data_hash(b"m", [b"a", b"b"]) == data_hash(b"m", [b"b", b"a"])
    assert data_hash(b"m", [b"a"]) != data_hash(b"m", [b"b"])
    assert data_hash(b"m", [b"a"]) != data_hash(b"n", [b"a"])


def test_every_result_carries_signatures(synthetic_files, hand_gold, hand_pred):
    result = quellenlage.evaluate(synthetic_files["strong"], gold=synthetic_files["gold"], bootstrap=200, seed=3)
    data = result.to_dict()
    assert PATTERN.match(data["signature"]) and "|task:all|" in data["signature"]
    assert data["signature"].startswith(f"ql:{quellenlage.__version__}|data:1.0.0@")
    assert data["signature"].endswith("|bs:200|seed:3")
    for name, res in data["results"].items():
        assert PATTERN.match(res["signature"]) and f"|task:{name}|" in res["signature"]
    first = quellenlage.evaluate([hand_pred], gold=[hand_gold]).signature
    hand_gold["claims"][0]["certainty"] = "possible"
    second = quellenlage.evaluate([hand_pred], gold=[hand_gold]).signature
    assert first.split("|")[1] != second.split("|")[1]  # other gold, other hash
