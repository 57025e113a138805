"""The agreement report in Markdown: fixed decimals, stable order, no timestamps (reproducible bytes)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..tables import markdown_table
from .results import AgreementResult, Counts, Example, LabelAgreement

NA = "n/a"
#: Examples shown per kind of disagreement, confusions per label, examples per confusion.
EXAMPLES_PER_KIND = 3
TOP_CONFUSIONS = 3
EXAMPLES_PER_CONFUSION = 2
MAX_EXAMPLE_CHARS = 120

_MARKDOWN_SPECIAL = "\\`*_[]<>"


def value(x: float | None) -> float | str:
    """A coefficient for a table cell: the float (4 decimals in `tables`), or "n/a" when undefined."""
    return NA if x is None else x


def fmt(x: float | None) -> str:
    """A coefficient in running text, 4 decimals like the tables."""
    return NA if x is None else f"{x:.4f}"


def inline(text: str | None, limit: int = MAX_EXAMPLE_CHARS) -> str:
    """Document text as one escaped Markdown line, shortened in the middle if longer than `limit`."""
    if text is None:
        return "—"
    flat = " ".join(text.split())
    if len(flat) > limit:
        half = (limit - 3) // 2
        head, tail = flat[:half], flat[-half:]
        head = head.rsplit(" ", 1)[0] if " " in head else head
        tail = tail.split(" ", 1)[1] if " " in tail else tail
        flat = f"{head} … {tail}"
    return "«" + "".join("\\" + ch if ch in _MARKDOWN_SPECIAL else ch for ch in flat) + "»"


def _count_row(name: str, c: Counts) -> list[object]:
    return [name, c.a, c.b, c.both, value(c.f1)]


def _label_row(la: LabelAgreement) -> list[object]:
    return [la.name, la.n, value(la.observed), value(la.kappa), value(la.alpha)]


LABEL_HEADER = ["label", "matched pairs", "observed", "Cohen's kappa", "Krippendorff's alpha"]


def confusion_table(la: LabelAgreement) -> str:
    """A x B counts over the labels that occur (rows: A, columns: B), with totals."""
    used = [c for c in la.categories if any(c in (x, y) for x, y, _ in la.confusion)]
    if not used:
        return "No matched pairs.\n"
    rows: list[list[object]] = []
    for x in used:
        rows.append([x, *(la.count(x, y) for y in used), sum(la.count(x, y) for y in used)])
    rows.append(["total B", *(sum(la.count(x, y) for x in used) for y in used), la.n])
    return markdown_table([f"A \\ B ({la.name})", *used, "total A"], rows)


def _examples(examples: Iterable[Example], limit: int) -> list[str]:
    out = []
    for e in list(examples)[:limit]:
        a = f"A {e.a_id}: {inline(e.a_text)}" + (f" [{e.a_label}]" if e.a_label else "") if e.a_id else "A: —"
        b = f"B {e.b_id}: {inline(e.b_text)}" + (f" [{e.b_label}]" if e.b_label else "") if e.b_id else "B: —"
        out.append(f"- `{e.doc_id}` @{e.position}: {a} · {b}")
    return out


#: Order of the kinds of span disagreements in the report (any other kind follows, alphabetically).
KIND_ORDER = (
    "attribution only in A", "attribution only in B", "attribution cue boundary", "attribution source boundary",
    "attribution content boundary", "uncertainty only in A", "uncertainty only in B", "uncertainty boundary",
    "claim only in A", "claim only in B", "claim boundary", "claim attribution link",
)


def _by_kind(examples: Sequence[Example]) -> list[tuple[str, list[Example]]]:
    """Examples grouped by kind, kinds in `KIND_ORDER` (stable whatever the data)."""
    groups: dict[str, list[Example]] = {}
    for e in examples:
        groups.setdefault(e.kind, []).append(e)
    rank = {k: i for i, k in enumerate(KIND_ORDER)}
    return sorted(groups.items(), key=lambda item: (rank.get(item[0], len(rank)), item[0]))


def _confusion_lines(layer: str, la: LabelAgreement) -> list[str]:
    out = []
    for c in la.top_confusions(TOP_CONFUSIONS):
        out.append(f"- {layer} `{la.name}`: **{c.x} ↔ {c.y}**: {c.total} "
                   f"(A {c.x} / B {c.y}: {c.a_x_b_y}; A {c.y} / B {c.x}: {c.a_y_b_x})")
        out += ["  " + line for line in _examples(la.examples_of(c), EXAMPLES_PER_CONFUSION)]
    return out


def _section(title: str, body: Iterable[str]) -> str:
    return f"## {title}\n\n" + "\n".join(body).rstrip("\n") + "\n"


def _header(r: AgreementResult) -> list[str]:
    def who(names: tuple[str, ...]) -> str:
        return f" (annotators: {', '.join(names)})" if names else ""

    return [
        f"# {r.title}",
        "",
        f"- A: `{r.file_a}`{who(r.annotators_a)}",
        f"- B: `{r.file_b}`{who(r.annotators_b)}",
        f"- Documents compared (annotated in both files): {len(r.documents)}; "
        f"only in A: {len(r.only_a)}; only in B: {len(r.only_b)}",
        "",
        "A is the reference for precision/recall; F1, kappa and alpha are symmetric. "
        "\"n/a\": undefined (no items, or both annotators used one and the same category). "
        "Definitions at the end.",
        "",
    ]


def _summary(r: AgreementResult) -> str:
    att, unc, cl, sen = r.attribution, r.uncertainty, r.claims, r.sentences
    joint = Counts()
    for role in att.roles:
        joint += role.tokens
    rows: list[list[object]] = [
        ["attribution", "matched attributions F1 (cue overlap)", value(att.counts.f1)],
        ["attribution", "token F1, cue+source+content", value(joint.f1)],
        *[["attribution", f"{la.name}: Cohen's kappa", value(la.kappa)] for la in att.labels],
        ["uncertainty", "span F1, exact", value(unc.exact.f1)],
        ["uncertainty", "span F1, partial", value(unc.partial.f1)],
        ["uncertainty", "type: Cohen's kappa", value(unc.type.kappa)],
        ["claims", "span F1, exact", value(cl.exact.f1)],
        ["claims", "span F1, partial", value(cl.partial.f1)],
        *[["claims", f"{d.name}: Cohen's kappa", value(d.kappa)] for d in cl.dimensions],
        ["claims", "attribution link: observed", value(cl.link.observed)],
        ["sentences", "attributed: Cohen's kappa", value(sen.attributed.kappa)],
        ["sentences", "uncertain: Cohen's kappa", value(sen.uncertain.kappa)],
    ]
    return _section("Summary", [markdown_table(["layer", "measure", "value"], rows)])


def _attribution(r: AgreementResult) -> str:
    att = r.attribution
    body = [
        "Attributions are matched one-to-one, maximising the total number of shared cue characters "
        "(ties: shared source and content characters).",
        "",
        markdown_table(["attributions A", "attributions B", "matched", "only A", "only B", "F1"],
                       [[att.a, att.b, att.matched, att.a - att.matched, att.b - att.matched,
                         value(att.counts.f1)]]),
        "### Spans and tokens per role (within matched attributions)",
        "",
        markdown_table(
            ["role", "spans A", "spans B", "exact", "exact F1", "overlapping", "partial F1",
             "tokens A", "tokens B", "tokens shared", "token F1"],
            [[ra.role, ra.exact.a, ra.exact.b, ra.exact.both, value(ra.exact.f1), ra.partial.both,
              value(ra.partial.f1), ra.tokens.a, ra.tokens.b, ra.tokens.both, value(ra.tokens.f1)]
             for ra in att.roles]),
        "### Labels on matched attributions",
        "",
        markdown_table(LABEL_HEADER, [_label_row(la) for la in att.labels]),
    ]
    for la in att.labels:
        body += [f"#### Confusion: {la.name}", "", confusion_table(la)]
    return _section("Attribution", body)


def _uncertainty(r: AgreementResult) -> str:
    unc = r.uncertainty
    body = [
        markdown_table(["match", "cues A", "cues B", "matched", "F1"],
                       [_count_row("exact", unc.exact), _count_row("partial (overlap)", unc.partial)]),
        "### Type on matched cues",
        "",
        markdown_table(LABEL_HEADER, [_label_row(unc.type)]),
        confusion_table(unc.type),
    ]
    return _section("Uncertainty cues", body)


def _claims(r: AgreementResult) -> str:
    cl = r.claims
    body = [markdown_table(["match", "claims A", "claims B", "matched", "F1"],
                           [_count_row("exact", cl.exact), _count_row("partial (overlap)", cl.partial)])]
    if cl.without_span_a or cl.without_span_b:
        body += [f"Claims without a span (not compared): A {cl.without_span_a}, B {cl.without_span_b}.", ""]
    body += ["### Labels on matched claims", "",
             markdown_table(LABEL_HEADER, [_label_row(d) for d in cl.dimensions])]
    for d in cl.dimensions:
        body += [f"#### Confusion: {d.name}", "", confusion_table(d)]
    link = cl.link
    body += ["### Attribution link on matched claims", "",
             "Agreement: both claims are the author's own (null), or they belong to attributions that "
             "were matched to each other.", "",
             markdown_table(["matched claims", "both null", "same attribution", "agree", "observed"],
                            [[link.n, link.both_null, link.same_attribution, link.agree, value(link.observed)]])]
    return _section("Claims", body)


def _sentences(r: AgreementResult) -> str:
    sen = r.sentences
    rows = [[la.name, la.n, pos.a, pos.b, pos.both, value(pos.f1), value(la.observed), value(la.kappa),
             value(la.alpha)]
            for la, pos in ((sen.attributed, sen.attributed_positive), (sen.uncertain, sen.uncertain_positive))]
    body = ["A sentence is *attributed* if it overlaps a cue or content span, *uncertain* if it overlaps "
            "an uncertainty cue.", "",
            markdown_table(["property", "sentences", "yes A", "yes B", "yes both", "F1 (yes)", "observed",
                            "Cohen's kappa", "Krippendorff's alpha"], rows)]
    return _section("Sentences", body)


def _disagreements(r: AgreementResult) -> str:
    body = [f"### Most frequent label confusions (top {TOP_CONFUSIONS} per label, both directions counted)", ""]
    lines: list[str] = []
    for layer, agreements in (("attribution", r.attribution.labels), ("uncertainty", (r.uncertainty.type,)),
                              ("claims", r.claims.dimensions)):
        for la in agreements:
            lines += _confusion_lines(layer, la)
    body += (lines or ["None."]) + [""]
    body += [f"### Span disagreements (first {EXAMPLES_PER_KIND} per kind, by document and position)", ""]
    lines = []
    for examples in (r.attribution.examples, r.uncertainty.examples, r.claims.examples):
        for kind, group in _by_kind(examples):
            lines += [f"#### {kind} ({len(group)})", ""] + _examples(group, EXAMPLES_PER_KIND) + [""]
    body += lines or ["None.", ""]
    return _section("Most frequent disagreements", body)


DEFINITIONS = """## Definitions

- Matching: one-to-one and optimal (maximum total shared characters; Hungarian algorithm per connected
  component), computed on a canonical order of the items, so it does not depend on the order of records.
  Attributions are matched on cue characters; uncertainty cues and claims on their span, ties broken
  by the fewest non-shared characters. Only pairs that share at least one character are matched.
- Span F1: 2 x matched / (spans A + spans B). *Exact*: identical offsets; *partial*: matched by overlap.
  For attribution roles, spans are compared only within matched attributions; spans of unmatched
  attributions count as unmatched.
- Token F1: a token belongs to a span if it shares a character with it; shared tokens of matched
  attributions against all tokens of each annotator's attributions, per role.
- Labels are compared on matched items where both annotators gave the label. Observed agreement is
  the share of equal labels; Cohen's kappa uses each annotator's own label distribution; Krippendorff's
  alpha is the nominal alpha of the two annotators' values (small-sample corrected).
"""


def render_markdown(r: AgreementResult) -> str:
    """The full Markdown report."""
    parts = ["\n".join(_header(r)), _summary(r), _attribution(r), _uncertainty(r), _claims(r), _sentences(r),
             _disagreements(r), DEFINITIONS]
    return "\n".join(part.rstrip("\n") + "\n" for part in parts)
