"""Renderings: every format shows every task, the signature, and for comparisons the meaning of 'significant'."""

from __future__ import annotations

import json

import pytest

import quellenlage


@pytest.mark.parametrize("fmt", ["table", "markdown", "latex"])
def test_evaluation_formats(fmt, synthetic_files):
    result = quellenlage.evaluate(synthetic_files["weak"], gold=synthetic_files["gold"], confidence=True,
                                  per_doc=True, bootstrap=100)
    text = result.render(fmt)
    for needle in ("attribution", "uncertainty", "claims", "sentences", "overall", "wikinews-", "ql:"):
        assert needle in text
    if fmt == "latex":
        assert text.count(r"\begin{tabular}") == text.count(r"\end{tabular}") >= 8
    assert json.loads(result.render("json")) == result.to_dict()


@pytest.mark.parametrize("fmt", ["table", "markdown", "latex"])
def test_comparison_formats(fmt, synthetic_files):
    result = quellenlage.compare(synthetic_files["weak"], synthetic_files["strong"], gold=synthetic_files["gold"],
                                 bootstrap=100, ar=200, format=fmt)
    text = str(result)
    assert "does not say which system is better" in text and "|ar:200|" in text


def test_task_subset_renders(synthetic_files):
    text = quellenlage.evaluate(synthetic_files["weak"], gold=synthetic_files["gold"], task="claims").render("table")
    assert "claims: per class" in text and "uncertainty:" not in text
