"""Table rendering: alignment by content, escaping for Markdown and LaTeX."""

from quellenlage.tables import latex_table, markdown_table, text_table


def test_numeric_column_with_na_stays_right_aligned():
    md = markdown_table(["name", "F1"], [["a", 0.5], ["b", "n/a"], ["c", ""]])
    assert md.splitlines()[1] == "|---|---:|"
    assert "| b | n/a |" in md


def test_markdown_escapes_pipes_and_newlines_everywhere():
    md = markdown_table(["a|b"], [["x\ny|z"]])
    assert md.splitlines()[0] == "| a\\|b |" and md.splitlines()[2] == "| x y\\|z |"


def test_text_table_pads_and_latex_escapes():
    assert text_table(["k", "n"], [["ab", 1], ["c", 10]]).splitlines()[2] == "ab   1"
    assert r"50\% \& more" in latex_table(["x"], [["50% & more"]])
