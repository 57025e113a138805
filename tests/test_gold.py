"""The shipped gold: valid under the gold rules, honest provenance, and a perfect score against itself."""

from __future__ import annotations

import quellenlage
from quellenlage.corpus import gold_files, load_corpus


def test_gold_exists_and_every_record_has_complete_provenance():
    corpus = load_corpus()  # validates every gold file with the gold rules
    assert len(corpus.gold) >= 20
    for record in corpus.gold.values():
        prov = record.provenance
        assert prov["method"] in ("manual", "corrected", "automatic"), record.doc_id
        assert prov["annotators"] and all(a["kind"] in ("human", "llm-agent", "system") for a in prov["annotators"])
        assert prov.get("guidelines_version"), record.doc_id
        if "adjudication" in prov:  # double annotation: two annotators, an adjudicator, the raw files kept
            assert len(prov["annotators"]) == 2 and prov["adjudication"]["by"], record.doc_id
            assert len(prov["adjudication"]["from"]) == 2, record.doc_id


def test_gold_scored_against_itself_is_perfect():
    assert gold_files(), "no gold files"
    records = list(load_corpus().gold.values())
    result = quellenlage.evaluate(records, split=["train", "dev", "test"])
    assert result.scores["overall"] == 1.0
    for task in ("attribution", "uncertainty", "claims", "sentences"):
        assert result.scores[task] == 1.0
