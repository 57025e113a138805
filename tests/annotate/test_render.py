"""`quellenlage annotate render`: inline markers and HTML, correct for nested and crossing spans."""

from __future__ import annotations

import subprocess
import sys
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from quellenlage.annotate.quotes import resolve_quote
from quellenlage.annotate.render import KINDS, Mark, events, render_html, render_text
from quellenlage.annotations import AnnotationRecord
from quellenlage.cli import main
from quellenlage.corpus import Document


def q(doc, text):
    return resolve_quote(doc.text, text).to_json()


def record_json(doc):
    """wikinews-25475 with a claim (c1) that crosses the end of a1's content, and one nested in it (c2)."""
    return {"doc_id": doc.id,
            "attributions": [{"id": "a1", "cue": [q(doc, "Laut")], "source": [q(doc, "israelischen Medien")],
                              "content": [q(doc, "gab es zehn Tote und mehr als 50 Verletzte")],
                              "form": "prepositional", "source_type": "media", "parent": None}],
            "uncertainty": [{"id": "u1", "span": q(doc, "mehr als"), "type": "approximation"}],
            "claims": [
                {"id": "c1", "span": q(doc, "zehn Tote und mehr als 50 Verletzte. Wegen"), "attribution": "a1",
                 "certainty": "certain", "polarity": "positive", "commitment": "reported", "verification": "none"},
                {"id": "c2", "span": q(doc, "zehn Tote"), "attribution": None, "certainty": "probable",
                 "relations": [{"type": "supports", "target": "c1"}]},
            ]}


def test_text_markers_nested_and_crossing(doc):
    out = render_text(doc, AnnotationRecord.from_json(record_json(doc)))
    assert ("[CUE1 Laut] [SRC1 israelischen Medien] {CONTENT1 gab es ⟦C1 ⟦C2 zehn Tote⟧ und "
            "<UNC:approximation mehr als> 50 Verletzte⟧}⟦C1… . Wegen⟧ des jüdischen") in out
    assert "  1  a1  form=prepositional  source_type=media  parent=—" in out
    assert "  u1  approximation  'mehr als'" in out
    assert ("  C1  c1  certainty=certain polarity=positive commitment=reported verification=none  attribution=a1 (1)"
            in out)
    assert "  C2  c2  certainty=probable polarity=— commitment=— verification=—  attribution=— (author)" in out
    assert "       supports c1" in out


def test_text_without_annotations_is_the_text(doc):
    out = render_text(doc, AnnotationRecord(doc_id=doc.id))
    assert out.startswith(f"{doc.id}: {doc.title}\n\n{doc.text}\n")
    assert "Attributions (0)\n  —" in out and "Claims (0)\n  —" in out


def _fake_document(text: str) -> Document:
    return Document(id="x-1", text=text, title="T <&>", collection="x", split="test", outlet="o", license="l",
                    attribution="a", conflict=(), sentences=((0, len(text)),), tokens=(), text_sha256="")


class _NestingChecker(HTMLParser):
    """Fails on a closing tag that does not close the innermost open element."""

    VOID = {"meta", "br"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, (tag, self.stack)
        self.stack.pop()


def test_html_is_escaped_nested_and_self_contained():
    text = 'Er sagte: <b>"A & B"</b> seien da.'
    doc = _fake_document(text)
    rec = AnnotationRecord.from_json({
        "doc_id": doc.id,
        "attributions": [{"id": "a1", "cue": [{"start": 3, "end": 8, "text": "sagte"}], "source": [],
                          "content": [{"start": 10, "end": 33, "text": text[10:33]}]}],
        "claims": [{"id": "c1", "span": {"start": 20, "end": 37, "text": text[20:37]}, "certainty": "certain"}],
    })
    page = render_html(doc, rec)
    assert page.startswith("<!DOCTYPE html>") and "<style>" in page and "<script" not in page
    assert "http" not in page  # no external resources
    assert "&lt;b&gt;&quot;A &amp; B&quot;&lt;/b&gt;" in page and "<b>" not in page
    assert "<title>x-1: T &lt;&amp;&gt;</title>" in page
    checker = _NestingChecker()
    checker.feed(page)
    checker.close()
    assert checker.stack == []
    for kind in KINDS:
        assert f'class="ql ql-{kind}"' in page  # the legend shows every colour
    assert '<span class="tag">C1…</span>' in page  # the claim crosses the content's end and is reopened


def _marks(draw_specs, length):
    marks = []
    for seq, (start, size, kind) in enumerate(draw_specs):
        start = min(start, length - 1)
        end = min(length, start + size)
        marks.append(Mark(start, end, kind, f"{kind}{seq}", "", seq))
    return marks


@settings(max_examples=300)
@given(st.lists(st.tuples(st.integers(0, 39), st.integers(1, 15), st.sampled_from(KINDS)), max_size=8))
def test_events_are_properly_nested_and_cover_each_span_exactly(specs):
    text = "abcdefghijklmnopqrstuvwxyz0123456789ABCD"
    marks = _marks(specs, len(text))
    stack: list[Mark] = []
    covered: dict[int, set[int]] = {m.seq: set() for m in marks}
    pos = 0
    pieces = []
    for e in events(text, marks):
        if e.kind == "text":
            pieces.append(e.text)
            for m in stack:
                covered[m.seq].update(range(pos, pos + len(e.text)))
            pos += len(e.text)
        elif e.kind == "open":
            assert e.reopened == (e.mark.start < pos)
            stack.append(e.mark)
        else:
            assert stack and stack[-1] is e.mark  # closes the innermost open mark only
            stack.pop()
    assert "".join(pieces) == text and not stack
    for m in marks:
        assert covered[m.seq] == set(range(m.start, m.end))


def test_cli_render_text_and_html(tmp_path, write_lines, doc, capsys):
    path = write_lines(tmp_path / "a.jsonl", [record_json(doc)])
    assert main(["annotate", "render", str(path), "--doc", doc.id]) == 0
    assert "{CONTENT1 gab es" in capsys.readouterr().out
    out = tmp_path / "doc.html"
    assert main(["annotate", "render", str(path), "--doc", doc.id, "--format", "html", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_cli_render_errors(tmp_path, write_lines, doc):
    path = write_lines(tmp_path / "a.jsonl", [record_json(doc)])
    absent = subprocess.run([sys.executable, "-m", "quellenlage", "annotate", "render", str(path),
                             "--doc", "wikinews-52410"], capture_output=True, text=True)
    assert absent.returncode == 2 and "Traceback" not in absent.stderr
    assert absent.stderr.strip() == f"{path}: doc wikinews-52410: no record for this document in the file"
    bad = write_lines(tmp_path / "bad.jsonl", [record_json(doc), "{oops"])
    result = subprocess.run([sys.executable, "-m", "quellenlage", "annotate", "render", str(bad), "--doc", doc.id],
                            capture_output=True, text=True)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip().startswith(f"{bad}:2: malformed JSON")
