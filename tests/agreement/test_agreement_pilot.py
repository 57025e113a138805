"""The hand-built pilot (conftest.py) gives the numbers computed by hand below; A vs A gives 1.0."""

from __future__ import annotations

import json
import random

import pytest

from quellenlage.agreement import compare_files, compare_records
from quellenlage.agreement.report import render_markdown
from quellenlage.annotations import AnnotationRecord

from conftest import D1, D2, D3


def approx(x: float) -> object:
    return pytest.approx(x, abs=1e-12)


def records(objs):
    return {o["doc_id"]: AnnotationRecord.from_json(o) for o in objs}


@pytest.fixture
def result(pilot_files, documents):
    return compare_files(*pilot_files, documents)


def test_documents_in_both_only(result):
    assert result.documents == (D1, D2) and result.only_a == (D3,) and result.only_b == ()
    assert result.annotators_a == ("ann-a (human)",) and result.annotators_b == ("ann-b (human)",)


def test_attribution_matching_and_roles(result):
    att = result.attribution
    # D1: Laut-Laut, bezeichnete-bezeichnete; A "nach" and B "bekannten sich" share no cue character. D2: sollen.
    assert (att.a, att.b, att.matched) == (4, 4, 3)
    assert att.counts.f1 == approx(6 / 8)
    roles = {r.role: r for r in att.roles}
    cue, source, content = roles["cue"], roles["source"], roles["content"]
    assert (cue.exact.a, cue.exact.b, cue.exact.both, cue.partial.both) == (4, 4, 3, 3)
    # sources: A 3 spans, B 3; "israelischen Medien" vs "Medien" overlaps but is not exact
    assert (source.exact.a, source.exact.b, source.exact.both, source.partial.both) == (3, 3, 1, 2)
    assert source.exact.f1 == approx(2 / 6) and source.partial.f1 == approx(4 / 6)
    # contents: A 1+1+2+2 spans, B 1+1+0+2; all content spans of matched pairs agree exactly
    assert (content.exact.a, content.exact.b, content.exact.both, content.partial.both) == (6, 4, 4, 4)
    assert content.exact.f1 == approx(8 / 10)
    # tokens: cue A Laut|bezeichnete|nach|sollen, B Laut|bezeichnete|bekannten sich|sollen
    assert (cue.tokens.a, cue.tokens.b, cue.tokens.both) == (4, 5, 3)
    assert cue.tokens.f1 == approx(6 / 9)
    # source: 2 + 6 ("Die Regierungspartei Palästinas , die Hamas") + 2 vs 1 + 6 + 7
    assert (source.tokens.a, source.tokens.b, source.tokens.both) == (10, 14, 7)
    assert source.tokens.f1 == approx(14 / 24)
    # content: 9 + 4 + (5 + 7) + (3 + 2) vs 9 + 4 + 0 + 5
    assert (content.tokens.a, content.tokens.b, content.tokens.both) == (30, 18, 18)
    assert content.tokens.f1 == approx(36 / 48)


def test_attribution_labels(result):
    form, source_type = result.attribution.labels
    assert (form.n, form.observed, form.kappa, form.alpha) == (3, 1.0, 1.0, 1.0)
    # (media, media), (government, organisation), (anonymous, anonymous)
    assert source_type.observed == approx(2 / 3)
    assert source_type.kappa == approx(4 / 7)      # p_e = 2/9
    assert source_type.alpha == approx(8 / 13)     # 1 - 5 * 2 / (36 - 10)
    assert source_type.count("government", "organisation") == 1


def test_uncertainty(result):
    unc = result.uncertainty
    # A: "mehr als", "sollen"; B: "mehr als 50", "sollen", "gilt" (D3 is not compared)
    assert (unc.exact.a, unc.exact.b, unc.exact.both, unc.partial.both) == (2, 3, 1, 2)
    assert unc.exact.f1 == approx(2 / 5) and unc.partial.f1 == approx(4 / 5)
    # types on matched cues: (approximation, approximation), (evidential, epistemic)
    assert unc.type.observed == approx(0.5)
    assert unc.type.kappa == approx(1 / 3)
    assert unc.type.alpha == approx(0.4)            # 1 - 3 * 2 / 10
    kinds = sorted(e.kind for e in unc.examples)
    assert kinds == ["uncertainty boundary", "uncertainty only in B"]


def test_claims(result):
    cl = result.claims
    assert (cl.exact.a, cl.exact.b, cl.exact.both, cl.partial.both) == (5, 6, 4, 5)
    assert cl.exact.f1 == approx(8 / 11) and cl.partial.f1 == approx(10 / 11)
    dims = {d.name: d for d in cl.dimensions}
    certainty = dims["certainty"]
    assert certainty.observed == approx(3 / 5)
    assert certainty.kappa == approx(1 / 6)         # p_e = 13/25
    assert certainty.alpha == approx(5 / 23)        # 1 - 9 * 4 / (100 - 54)
    assert certainty.count("certain", "probable") == 1 and certainty.count("probable", "possible") == 1
    polarity = dims["polarity"]                     # everything positive: kappa and alpha undefined
    assert (polarity.n, polarity.observed, polarity.kappa, polarity.alpha) == (5, 1.0, None, None)
    commitment = dims["commitment"]
    assert commitment.observed == approx(4 / 5)
    assert commitment.kappa == approx(2 / 3)        # p_e = 10/25
    assert commitment.alpha == approx(20 / 29)      # 1 - 9 * 2 / (100 - 42)
    verification = dims["verification"]
    assert (verification.observed, verification.kappa, verification.alpha) == (1.0, 1.0, 1.0)
    # link: D1 c1 and D2 c2 both null, D1 c2 and D2 c1 matched attributions, D1 c3 A a3 is unmatched
    assert (cl.link.n, cl.link.both_null, cl.link.same_attribution) == (5, 2, 2)
    assert cl.link.observed == approx(0.8)


def test_sentences(result):
    sen = result.sentences
    assert sen.n == 7 + 9
    assert (sen.attributed.observed, sen.attributed.kappa, sen.attributed.alpha) == (1.0, 1.0, 1.0)
    # uncertain: A D1 s2, D2 s3; B also D2 s6 ("gilt")
    pos = sen.uncertain_positive
    assert (pos.a, pos.b, pos.both) == (2, 3, 2) and pos.f1 == approx(0.8)
    assert sen.uncertain.observed == approx(15 / 16)
    assert sen.uncertain.kappa == approx(13 / 17)   # (240 - 188) / (256 - 188)
    assert sen.uncertain.alpha == approx(104 / 135)  # 1 - 31 * 2 / 270


def test_top_confusions_and_examples(result):
    certainty = next(d for d in result.claims.dimensions if d.name == "certainty")
    top = certainty.top_confusions()
    assert [(c.x, c.y, c.a_x_b_y, c.a_y_b_x) for c in top] == [("certain", "probable", 1, 0),
                                                              ("probable", "possible", 1, 0)]
    [example] = certainty.examples_of(top[0])
    assert (example.doc_id, example.a_text, example.b_text) == (
        D1, "gab es zehn Tote und mehr als 50 Verletzte", "zehn Tote und mehr als 50 Verletzte")
    kinds = {e.kind for e in result.attribution.examples}
    assert kinds == {"attribution only in A", "attribution only in B", "attribution source boundary"}


def test_a_against_itself_is_all_ones(pilot_a, documents):
    rec = records(pilot_a)
    r = compare_records(rec, rec, documents)
    assert r.documents == tuple(sorted((D1, D2, D3)))
    counts = [r.attribution.counts, r.uncertainty.exact, r.uncertainty.partial, r.claims.exact, r.claims.partial,
              r.sentences.attributed_positive, r.sentences.uncertain_positive]
    counts += [c for role in r.attribution.roles for c in (role.exact, role.partial, role.tokens)]
    assert all(c.f1 == 1.0 and c.precision == 1.0 and c.recall == 1.0 for c in counts)
    labels = [*r.attribution.labels, r.uncertainty.type, *r.claims.dimensions, r.sentences.attributed,
              r.sentences.uncertain]
    for la in labels:
        assert la.observed == 1.0 and not la.top_confusions() and not la.disagreements
        single = len({x for x, _, _ in la.confusion}) == 1
        assert (la.kappa, la.alpha) == ((None, None) if single else (1.0, 1.0)), la.name
    assert r.claims.link.observed == 1.0
    assert not r.attribution.examples and not r.uncertainty.examples and not r.claims.examples


def test_result_does_not_depend_on_order(pilot_a, pilot_b, documents):
    expected = render_markdown(compare_records(records(pilot_a), records(pilot_b), documents))
    rng = random.Random(7)
    for _ in range(5):
        shuffled = []
        for obj in json.loads(json.dumps(pilot_b)):
            for layer in ("attributions", "uncertainty", "claims"):
                rng.shuffle(obj.get(layer, []))
            shuffled.append(obj)
        rng.shuffle(shuffled)
        assert render_markdown(compare_records(records(pilot_a), records(shuffled), documents)) == expected
