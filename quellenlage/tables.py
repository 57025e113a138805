"""Plain-text, Markdown and LaTeX tables from rows of cells (one renderer for every report)."""

from __future__ import annotations

from collections.abc import Sequence


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.4f}"
    return "" if value is None else str(value)


def text_table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """Columns padded to a common width; numbers right-aligned."""
    cells = [list(map(str, header))] + [[_cell(v) for v in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    numeric = [all(isinstance(row[i], (int, float)) for row in rows) for i in range(len(header))]
    lines = []
    for k, row in enumerate(cells):
        parts = [c.rjust(w) if numeric[i] else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths))]
        lines.append("  ".join(parts).rstrip())
        if k == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines) + "\n"


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    numeric = [all(isinstance(row[i], (int, float)) for row in rows) and rows for i in range(len(header))]
    out = ["| " + " | ".join(header) + " |",
           "|" + "|".join("---:" if numeric[i] else "---" for i in range(len(header))) + "|"]
    out += ["| " + " | ".join(_cell(v).replace("|", "\\|") for v in row) + " |" for row in rows]
    return "\n".join(out) + "\n"


_LATEX_SPECIAL = {"&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_", "{": r"\{", "}": r"\}",
                  "~": r"\textasciitilde{}", "^": r"\textasciicircum{}", "\\": r"\textbackslash{}"}


def latex_escape(text: str) -> str:
    return "".join(_LATEX_SPECIAL.get(ch, ch) for ch in text)


def latex_table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    numeric = [all(isinstance(row[i], (int, float)) for row in rows) and rows for i in range(len(header))]
    spec = "".join("r" if n else "l" for n in numeric)
    out = [rf"\begin{{tabular}}{{{spec}}}", r"\toprule",
           " & ".join(latex_escape(h) for h in header) + r" \\", r"\midrule"]
    out += [" & ".join(latex_escape(_cell(v)) for v in row) + r" \\" for row in rows]
    out += [r"\bottomrule", r"\end{tabular}"]
    return "\n".join(out) + "\n"
