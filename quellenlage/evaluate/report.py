"""Text, Markdown and LaTeX renderings of evaluation and comparison results (tables via `tables.py`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..tables import latex_escape, latex_table, markdown_table, text_table
from .schemes import COUNTS, SCHEMES


def _table(fmt: str, title: str, header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    if fmt == "markdown":
        return f"### {title}\n\n" + markdown_table(header, rows)
    if fmt == "latex":
        return f"% {latex_escape(title)}\n" + latex_table(header, rows)
    return f"{title}\n\n" + text_table(header, rows)


def _note(fmt: str, text: str) -> str:
    if fmt == "latex":
        return "% " + text.replace("\n", "\n% ") + "\n"
    if fmt == "markdown":
        return "\n".join(line + "  " for line in text.split("\n")) + "\n"  # hard line breaks
    return text + "\n"


def _code(fmt: str, text: str) -> str:
    return f"`{text}`" if fmt == "markdown" else text


def _span_rows(spans: dict[str, Any], labels: Sequence[str]) -> list[list[object]]:
    rows: list[list[object]] = []
    for scheme in SCHEMES:
        for label in list(labels) + ["micro"]:
            e = spans[scheme][label]
            if label != "micro" and not any(e[c] for c in COUNTS):
                continue
            rows.append([scheme, label] + [e[c] for c in COUNTS] + [e["precision"], e["recall"], e["f1"]])
        m = spans[scheme]["macro"]
        rows.append([scheme, "macro", "", "", "", "", "", m["precision"], m["recall"], m["f1"]])
    return rows


def _prf_rows(entries: dict[str, Any], keys: Sequence[str]) -> list[list[object]]:
    return [[k, entries[k]["tp"], entries[k]["fp"], entries[k]["fn"], entries[k]["precision"],
             entries[k]["recall"], entries[k]["f1"]] for k in keys]


SPAN_HEADER = ["scheme", "label", *COUNTS, "P", "R", "F1"]
TOKEN_HEADER = ["label", "tp", "fp", "fn", "P", "R", "F1"]


def render_evaluation(data: dict[str, Any], fmt: str) -> str:
    """Summary table, then one section of tables per task."""
    out: list[str] = []
    ci = data.get("ci95") or {}
    header = ["task", "score"] + (["95% CI low", "95% CI high"] if ci else [])
    rows = []
    for name, value in data["scores"].items():
        row: list[object] = [name, value]
        if ci:
            interval = ci.get(name)
            row += interval if interval else [None, None]
        rows.append(row)
    docs = data["documents"]
    out.append(_table(fmt, f"Quellenlage scores: {data['predictions']}", header, rows))
    notes = [f"signature: {_code(fmt, data['signature'])}",
             f"documents: {docs['scored']} scored, {docs['predicted']} predicted, "
             f"{len(docs['missing'])} missing (scored as empty)"]
    if ci:
        notes.append("95% CI: bootstrap percentile interval over documents")
    out.append(_note(fmt, "\n".join(notes)))
    results = data["results"]
    if "attribution" in results:
        r = results["attribution"]
        a = r["attributions"]
        out.append(_table(fmt, "attribution: matching and labels", ["measure", "value"], [
            ["gold attributions", a["gold"]], ["predicted attributions", a["pred"]], ["matched", a["matched"]],
            ["detection P", a["precision"]], ["detection R", a["recall"]], ["detection F1", a["f1"]],
            ["form accuracy (matched)", r["form_accuracy"]],
            ["source type accuracy (matched)", r["source_type_accuracy"]],
            ["parent accuracy (matched)", r["parent_accuracy"]],
        ]))
        out.append(_table(fmt, "attribution: token overlap per role (joint = main score)", TOKEN_HEADER,
                          _prf_rows(r["tokens"], ["cue", "source", "content", "joint"])))
        out.append(_table(fmt, "attribution: role spans (SemEval-2013 schemes)", SPAN_HEADER,
                          _span_rows(r["spans"], ["cue", "source", "content"])))
    if "uncertainty" in results:
        r = results["uncertainty"]
        labels = [k for k in r["spans"]["strict"] if k not in ("micro", "macro")]
        out.append(_table(fmt, "uncertainty: cue spans (main score: partial micro F1)", SPAN_HEADER,
                          _span_rows(r["spans"], labels)))
        out.append(_table(fmt, "uncertainty: token overlap per type", TOKEN_HEADER,
                          _prf_rows(r["tokens"], [k for k in r["tokens"] if r["tokens"][k]["tp"]
                                                  + r["tokens"][k]["fp"] + r["tokens"][k]["fn"] or k == "micro"])))
    if "claims" in results:
        r = results["claims"]
        rows = [[dim, d["accuracy"], d["macro_f1"], d["unlabelled"]] for dim, d in r["dimensions"].items()]
        rows.append(["attribution link", r["attribution_link_accuracy"], None, None])
        out.append(_table(fmt, f"claims: {r['claims']} gold claims (main score: mean macro-F1 of certainty, "
                               "commitment, verification)", ["dimension", "accuracy", "macro F1", "unlabelled"],
                          rows))
        class_rows = [[dim, cls, c["support"], c["predicted"], c["precision"], c["recall"], c["f1"]]
                      for dim, d in r["dimensions"].items() for cls, c in d["classes"].items()]
        out.append(_table(fmt, "claims: per class", ["dimension", "class", "gold", "predicted", "P", "R", "F1"],
                          class_rows))
    if "sentences" in results:
        r = results["sentences"]
        rows = [[k, r[k]["tp"], r[k]["fp"], r[k]["fn"], r[k]["tn"], r[k]["precision"], r[k]["recall"], r[k]["f1"]]
                for k in ("attributed", "uncertain")]
        out.append(_table(fmt, f"sentences: {r['sentences']} sentences (main score: mean positive-class F1)",
                          ["label", "tp", "fp", "fn", "tn", "P", "R", "F1"], rows))
    if "per_doc" in data:
        keys = [k for k in data["per_doc"][0] if k not in ("doc_id", "predicted")] if data["per_doc"] else []
        out.append(_table(fmt, "per document", ["doc_id", "predicted", *keys],
                          [[r["doc_id"], "yes" if r["predicted"] else "no", *(r[k] for k in keys)]
                           for r in data["per_doc"]]))
    return "\n".join(out)


def render_comparison(data: dict[str, Any], fmt: str) -> str:
    """One table per system compared with the baseline, and the note on what 'significant' means."""
    out: list[str] = []
    names = list(data["scores"][0]["scores"]) if data["scores"] else []
    out.append(_table(fmt, "Quellenlage scores", ["system", *names],
                      [[s["system"], *(s["scores"][n] for n in names)] for s in data["scores"]]))
    for comp in data["comparisons"]:
        rows = []
        for name, e in comp["scores"].items():
            low, high = e["delta_ci95"] or (None, None)
            rows.append([name, e["baseline"], e["system"], e["delta"], low, high, e["p_bootstrap"], e["p_ar"],
                         "yes" if e["significant"]["ar"] else "no"])
        out.append(_table(fmt, f"{comp['system']} vs. baseline {comp['baseline']}",
                          ["score", "baseline", "system", "delta", "delta CI low", "delta CI high",
                           "p (bootstrap)", "p (AR)", "significant (AR)"], rows))
    out.append(_note(fmt, f"signature: {_code(fmt, data['signature'])}\n{data['documents']} documents. {data['note']}"))
    return "\n".join(out)
