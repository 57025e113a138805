"""The span scorer against nervaluate on the same 100,000 synthetic spans (target: >= 20x; measured only).

The spans come in isolated slots (each span overlaps at most one span on the other side), where
nervaluate's greedy matching is well defined, so the counts of all four schemes must be identical.
"""

from __future__ import annotations

import random
import time

import numpy as np
import pytest
from nervaluate import Evaluator

from quellenlage.evaluate.schemes import COUNTS, SCHEMES, SpanArrays, score_spans

LABELS = ("A", "B", "C", "D", "E")
N_SPANS = 100_000
PER_DOC = 100
NERVALUATE = {"strict": "strict", "exact": "exact", "partial": "partial", "type": "ent_type"}


def make_spans(seed: int = 0):
    """(gold docs, pred docs) of (start, end, label) with N_SPANS spans in total."""
    rnd = random.Random(seed)
    gold_docs, pred_docs, total = [], [], 0
    while total < N_SPANS:
        gold, pred, pos = [], [], 0
        while len(gold) + len(pred) < PER_DOC:
            kind = rnd.random()
            length = rnd.randint(1, 12)
            label = rnd.randrange(len(LABELS))
            if kind < 0.8:
                gold.append((pos, pos + length, label))
            if kind > 0.1:
                shift = rnd.choice((0, 0, 0, -2, -1, 1, 2))
                plen = length if rnd.random() < 0.7 else rnd.randint(1, 12)
                plabel = label if rnd.random() < 0.85 else rnd.randrange(len(LABELS))
                pred.append((max(0, pos + shift), max(0, pos + shift) + plen, plabel))
            pos += 30
        gold_docs.append(gold)
        pred_docs.append(pred)
        total += len(gold) + len(pred)
    return gold_docs, pred_docs


@pytest.fixture(scope="module")
def spans():
    return make_spans()


def ours(gold, pred):
    return score_spans(SpanArrays.from_docs(gold), SpanArrays.from_docs(pred), len(gold), len(LABELS)).sum(0)


def theirs(gold, pred):
    def dicts(docs):
        return [[{"label": LABELS[lab], "start": s, "end": e - 1} for s, e, lab in doc] for doc in docs]

    return Evaluator(dicts(gold), dicts(pred), tags=list(LABELS), loader="dict").evaluate()


def assert_identical(mine, ref):
    for s, scheme in enumerate(SCHEMES):
        res = ref["overall"][NERVALUATE[scheme]]
        assert tuple(mine[s, -1]) == tuple(getattr(res, c) for c in COUNTS)
        for k, label in enumerate(LABELS):
            res = ref["entities"][label][NERVALUATE[scheme]]
            assert tuple(mine[s, k]) == tuple(getattr(res, c) for c in COUNTS)


def test_counts_identical(spans):
    assert_identical(ours(*spans), theirs(*spans))


def test_quellenlage_span_scorer(benchmark, spans):
    gold, pred = spans
    benchmark.extra_info["spans"] = sum(map(len, gold)) + sum(map(len, pred))
    counts = benchmark(ours, gold, pred)
    assert counts.sum() > 0


def test_nervaluate(benchmark, spans):
    gold, pred = spans
    benchmark.extra_info["spans"] = sum(map(len, gold)) + sum(map(len, pred))
    ref = benchmark.pedantic(theirs, args=(gold, pred), rounds=2, iterations=1)
    assert_identical(ours(gold, pred), ref)


def test_speedup_is_reported(spans, capsys):
    """Not a benchmark: one timed run of each, printed as the ratio (never asserted)."""
    gold, pred = spans
    t0 = time.perf_counter()
    ours(gold, pred)
    t1 = time.perf_counter()
    theirs(gold, pred)
    t2 = time.perf_counter()
    with capsys.disabled():
        print(f"\nspan scorer {t1 - t0:.3f} s, nervaluate {t2 - t1:.3f} s, speed-up {(t2 - t1) / (t1 - t0):.1f}x "
              f"on {sum(map(len, gold)) + sum(map(len, pred))} spans")
    assert np.isfinite(t2 - t1)
