"""The agreement result as plain JSON data (`quellenlage agreement --format json`)."""

from __future__ import annotations

import json
from typing import Any

from .results import AgreementResult, Counts, Example, LabelAgreement


def counts_json(c: Counts) -> dict[str, Any]:
    """Counts with precision, recall and F1 (A as reference)."""
    return {"a": c.a, "b": c.b, "both": c.both, "precision": c.precision, "recall": c.recall, "f1": c.f1}


def example_json(e: Example) -> dict[str, Any]:
    """One disagreement example, every field."""
    return {"kind": e.kind, "doc_id": e.doc_id, "position": e.position, "a_id": e.a_id, "a_text": e.a_text,
            "b_id": e.b_id, "b_text": e.b_text, "a_label": e.a_label, "b_label": e.b_label}


def label_json(agreement: LabelAgreement) -> dict[str, Any]:
    """Coefficients, confusion cells, ranked confusions and every recorded disagreement of one label."""
    return {
        "n": agreement.n, "observed": agreement.observed, "kappa": agreement.kappa, "alpha": agreement.alpha,
        "categories": list(agreement.categories),
        "confusion": [{"a": x, "b": y, "count": n} for x, y, n in agreement.confusion],
        "top_confusions": [{"labels": [c.x, c.y], "a_x_b_y": c.a_x_b_y, "a_y_b_x": c.a_y_b_x, "total": c.total}
                           for c in agreement.top_confusions()],
        "disagreements": [example_json(e) for e in agreement.disagreements],
    }


def result_json(r: AgreementResult) -> dict[str, Any]:
    """Every figure of the report; None where a coefficient is undefined."""
    att, unc, cl, sen = r.attribution, r.uncertainty, r.claims, r.sentences
    return {
        "title": r.title,
        "files": {"a": r.file_a, "b": r.file_b},
        "annotators": {"a": list(r.annotators_a), "b": list(r.annotators_b)},
        "documents": {"compared": list(r.documents), "only_a": list(r.only_a), "only_b": list(r.only_b)},
        "attribution": {
            "matching": counts_json(att.counts),
            "roles": {ra.role: {"exact": counts_json(ra.exact), "partial": counts_json(ra.partial),
                                "tokens": counts_json(ra.tokens)} for ra in att.roles},
            "labels": {la.name: label_json(la) for la in att.labels},
            "examples": [example_json(e) for e in att.examples],
        },
        "uncertainty": {
            "exact": counts_json(unc.exact), "partial": counts_json(unc.partial), "type": label_json(unc.type),
            "examples": [example_json(e) for e in unc.examples],
        },
        "claims": {
            "exact": counts_json(cl.exact), "partial": counts_json(cl.partial),
            "without_span": {"a": cl.without_span_a, "b": cl.without_span_b},
            "labels": {d.name: label_json(d) for d in cl.dimensions},
            "attribution_link": {"n": cl.link.n, "both_null": cl.link.both_null,
                                 "same_attribution": cl.link.same_attribution, "observed": cl.link.observed},
            "examples": [example_json(e) for e in cl.examples],
        },
        "sentences": {
            "n": sen.n,
            "attributed": {**label_json(sen.attributed), "positive": counts_json(sen.attributed_positive)},
            "uncertain": {**label_json(sen.uncertain), "positive": counts_json(sen.uncertain_positive)},
        },
    }


def render_json(r: AgreementResult) -> str:
    """Indented JSON with keys in a fixed order (reproducible)."""
    return json.dumps(result_json(r), ensure_ascii=False, indent=2) + "\n"
