"""Plain-text, Markdown and LaTeX tables from rows of cells (one renderer for every report)."""

from __future__ import annotations

from collections.abc import Sequence


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.4f}"
    return "" if value is None else str(value)


def _numeric_columns(n: int, rows: Sequence[Sequence[object]]) -> list[bool]:
    """A column is numeric (right-aligned) when it has numbers and its other cells are empty or 'n/a'."""
    out = []
    for i in range(n):
        values = [row[i] for row in rows if row[i] not in (None, "", "n/a")]
        out.append(bool(values) and all(isinstance(v, (int, float)) for v in values))
    return out


def text_table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """Columns padded to a common width; numbers right-aligned."""
    cells = [list(map(str, header))] + [[_cell(v) for v in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    numeric = _numeric_columns(len(header), rows)
    lines = []
    for k, row in enumerate(cells):
        parts = [c.rjust(w) if numeric[i] else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths))]
        lines.append("  ".join(parts).rstrip())
        if k == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    """A Markdown cell: pipes escaped, line breaks as spaces (a newline would end the table)."""
    return " ".join(str(text).split("\n")).replace("|", "\\|")


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    numeric = _numeric_columns(len(header), rows)
    out = ["| " + " | ".join(_md(h) for h in header) + " |",
           "|" + "|".join("---:" if numeric[i] else "---" for i in range(len(header))) + "|"]
    out += ["| " + " | ".join(_md(_cell(v)) for v in row) + " |" for row in rows]
    return "\n".join(out) + "\n"


_LATEX_SPECIAL = {"&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_", "{": r"\{", "}": r"\}",
                  "~": r"\textasciitilde{}", "^": r"\textasciicircum{}", "\\": r"\textbackslash{}"}


def latex_escape(text: str) -> str:
    return "".join(_LATEX_SPECIAL.get(ch, ch) for ch in text)


def latex_table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    numeric = _numeric_columns(len(header), rows)
    spec = "".join("r" if n else "l" for n in numeric)
    out = [rf"\begin{{tabular}}{{{spec}}}", r"\toprule",
           " & ".join(latex_escape(h) for h in header) + r" \\", r"\midrule"]
    out += [" & ".join(latex_escape(_cell(v)) for v in row) + r" \\" for row in rows]
    out += [r"\bottomrule", r"\end{tabular}"]
    return "\n".join(out) + "\n"
