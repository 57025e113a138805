"""Quote resolution: unique strings, context, occurrence; ambiguity and absence are refused."""

from __future__ import annotations

import pytest

from quellenlage.annotate.quotes import QuoteError, resolve_quote, resolve_record
from quellenlage.cli import main

TEXT = "Die Armee sagte, es gebe Tote. Die Polizei sagte, es gebe keine Toten."


def test_unique_string():
    span = resolve_quote(TEXT, "Armee")
    assert (span.start, span.end, span.text) == (4, 9, "Armee")


def test_ambiguous_string_is_refused_with_advice():
    with pytest.raises(QuoteError, match="occurs 2 times; add a 'context' or an 'occurrence'"):
        resolve_quote(TEXT, "sagte")


def test_context_and_occurrence_pick_the_same_place():
    by_context = resolve_quote(TEXT, {"text": "sagte", "context": "Polizei sagte"})
    by_number = resolve_quote(TEXT, {"text": "sagte", "occurrence": 2})
    assert by_context == by_number and TEXT[by_context.start:by_context.end] == "sagte"


@pytest.mark.parametrize("quote, message", [
    ("Marine", "not found"),
    ({"text": "sagte", "context": "Die"}, "occurs 2 times in the text"),
    ({"text": "sagte", "context": "Armee sagte, es gebe Tote. Die Polizei sagte"}, "occurs 2 times in its context"),
    ({"text": "sagte", "occurrence": 3}, "occurrence 3 but it occurs 2 times"),
    (" Armee", "leading/trailing whitespace"),
    ({"txt": "Armee"}, "must be a string or an object"),
])
def test_bad_quotes(quote, message):
    with pytest.raises(QuoteError, match=message):
        resolve_quote(TEXT, quote)


def test_resolve_record_collects_every_problem():
    quoted = {"doc_id": "x", "attributions": [{"id": "a1", "cue": ["sagte"], "source": ["Armee"],
                                               "content": ["Marine"], "form": "indirect"}]}
    record, problems = resolve_record(quoted, TEXT, None)
    assert record["attributions"][0]["source"] == [{"start": 4, "end": 9, "text": "Armee"}]
    assert len(problems) == 2 and "cue[0]" in problems[0] and "content[0]" in problems[1]


def test_cli_resolve_writes_nothing_on_error(tmp_path, write_lines, doc, capsys):
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n", encoding="utf-8")
    bad = write_lines(tmp_path / "q.jsonl", [{"doc_id": doc.id, "uncertainty": [{"id": "u1", "span": "xyz", "type": "epistemic"}]}])
    assert main(["annotate", "resolve", str(bad), "-o", str(out)]) == 2
    assert f"{bad}:1: doc {doc.id}: uncertainty cue u1: quote 'xyz' not found" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "previous\n"
    good = write_lines(tmp_path / "g.jsonl", [{"doc_id": doc.id, "uncertainty": [{"id": "u1", "span": "mehr als", "type": "approximation"}]}])
    assert main(["annotate", "resolve", str(good), "-o", str(out), "--annotator", "ann-1:llm-agent"]) == 0
    assert '"provenance":{"method":"manual","annotators":[{"id":"ann-1","kind":"llm-agent"}]}' in out.read_text(encoding="utf-8")


def test_misspelled_fields_are_refused_not_dropped():
    quoted = {"doc_id": "x", "claim": [], "claims": [{"id": "c1", "span": "Armee", "certainity": "certain"}],
              "uncertainty": [{"id": "u1", "span": "Tote", "typ": "epistemic"}]}
    _, problems = resolve_record(quoted, TEXT, None)
    assert problems == ["record: unknown field(s) 'claim'", "uncertainty cue u1: unknown field(s) 'typ'",
                        "claim c1: unknown field(s) 'certainity'"]
