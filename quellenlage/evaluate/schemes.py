"""SemEval-2013 span matching (strict, exact, partial, type) with optimal one-to-one assignment.

Every scheme pairs gold and predicted spans one-to-one among pairs that share at least one character,
maximizing what the scheme rewards (its correct matches; for `partial`, correct + 0.5 partial), then
the number of pairs, then the characters shared, then the closeness of the boundaries. A matched pair
is then counted as:

- strict:  correct if same boundaries and same label, else incorrect;
- exact:   correct if same boundaries, else incorrect (labels ignored);
- partial: correct if same boundaries, else partial (labels ignored);
- type:    correct if same label, else incorrect (any overlap).

Unmatched gold spans are missed, unmatched predicted spans spurious. Per label, both sides are
restricted to that label (as nervaluate does); "micro" is all spans together (nervaluate's overall,
where a pair with different labels counts against strict and type). Unlike nervaluate's greedy first
match, the assignment is optimal and does not depend on the order of the input.

The work is vectorized over all documents at once: candidate pairs come from a sorted sweep, and only
the rare connected components with more than one edge go to the exact solver in `matching`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain

import numpy as np

from .matching import solve_component

SCHEMES = ("strict", "exact", "partial", "type")
COUNTS = ("correct", "incorrect", "partial", "missed", "spurious")


@dataclass(frozen=True)
class SpanArrays:
    """Labelled spans of many documents as parallel integer arrays (`label` indexes a label tuple)."""

    doc: np.ndarray
    start: np.ndarray
    end: np.ndarray
    label: np.ndarray

    @classmethod
    def from_docs(cls, docs: Sequence[Iterable[tuple[int, int, int]]]) -> "SpanArrays":
        """From one iterable of `(start, end, label index)` per document."""
        docs = [d if isinstance(d, (list, tuple)) else list(d) for d in docs]
        lengths = np.fromiter((len(d) for d in docs), dtype=np.int64, count=len(docs))
        n = int(lengths.sum())
        flat = np.fromiter(chain.from_iterable(chain.from_iterable(docs)), dtype=np.int64, count=3 * n)
        flat = flat.reshape(n, 3)
        doc = np.repeat(np.arange(len(docs), dtype=np.int64), lengths)
        return cls(doc, flat[:, 0].copy(), flat[:, 1].copy(), flat[:, 2].copy())

    def __len__(self) -> int:
        return len(self.doc)

    def sorted(self) -> "SpanArrays":
        """The same spans ordered by document, start, end, label (the canonical, order-free order)."""
        if len(self) == 0:
            return self
        pos = int(max(self.start.max(), self.end.max())) + 1
        labels = int(self.label.max()) + 1
        if (int(self.doc.max()) + 1) * pos * pos * labels < 2**62:  # one integer key: faster than lexsort
            key = ((self.doc * pos + self.start) * pos + self.end) * labels + self.label
            if (key[1:] >= key[:-1]).all():
                return self
            order = np.argsort(key, kind="stable")
        else:
            order = np.lexsort((self.label, self.end, self.start, self.doc))
        return SpanArrays(self.doc[order], self.start[order], self.end[order], self.label[order])


def _candidate_pairs(gold: SpanArrays, pred: SpanArrays) -> tuple[np.ndarray, np.ndarray]:
    """All (gold index, pred index) pairs in the same document that share at least one character."""
    if len(gold) == 0 or len(pred) == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    stride = int(max(gold.end.max(), pred.end.max())) + 1
    gs = gold.doc * stride + gold.start
    ge = gold.doc * stride + gold.end
    ps = pred.doc * stride + pred.start
    pe = pred.doc * stride + pred.end
    order = np.argsort(gs, kind="stable")
    gs_sorted = gs[order]
    max_len = int((ge - gs).max())
    hi = np.searchsorted(gs_sorted, pe, side="left")
    lo = np.searchsorted(gs_sorted, ps - max_len, side="right")
    counts = np.maximum(hi - lo, 0)
    total = int(counts.sum())
    pj = np.repeat(np.arange(len(pred)), counts)
    offsets = np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)
    gi = order[np.repeat(lo, counts) + offsets]
    keep = (np.minimum(ge[gi], pe[pj]) - np.maximum(gs[gi], ps[pj])) > 0
    gi, pj = gi[keep], pj[keep]
    sort = np.lexsort((pj, gi))
    return gi[sort], pj[sort]


def score_spans(gold: SpanArrays, pred: SpanArrays, n_docs: int, n_labels: int) -> np.ndarray:
    """Per-document counts, shape (n_docs, 4 schemes, n_labels + 1, 5 counts); the last label is micro."""
    out = np.zeros((n_docs, len(SCHEMES), n_labels + 1, len(COUNTS)), dtype=np.int64)
    gold, pred = gold.sorted(), pred.sorted()
    gi, pj = _candidate_pairs(gold, pred)
    same_bounds = (gold.start[gi] == pred.start[pj]) & (gold.end[gi] == pred.end[pj])
    same_label = gold.label[gi] == pred.label[pj]
    overlap = np.minimum(gold.end[gi], pred.end[pj]) - np.maximum(gold.start[gi], pred.start[pj])
    distance = np.abs(gold.start[gi] - pred.start[pj]) + np.abs(gold.end[gi] - pred.end[pj])
    closeness = (int(distance.max()) + 1 if len(distance) else 1) - distance

    views: list[tuple[int, np.ndarray, np.ndarray, np.ndarray]] = [
        (n_labels, np.ones(len(gold), bool), np.ones(len(pred), bool), np.ones(len(gi), bool))]
    for lab in range(n_labels):
        views.append((lab, gold.label == lab, pred.label == lab, same_label & (gold.label[gi] == lab)))

    for slot, gmask, pmask, emask in views:
        if not gmask.any() and not pmask.any():
            continue
        n_gold = np.bincount(gold.doc[gmask], minlength=n_docs)
        n_pred = np.bincount(pred.doc[pmask], minlength=n_docs)
        e_g, e_p = gi[emask], pj[emask]
        sb, sl = same_bounds[emask], same_label[emask]
        ov, cl = overlap[emask], closeness[emask]
        deg_g = np.bincount(e_g, minlength=len(gold))
        deg_p = np.bincount(e_p, minlength=len(pred))
        trivial = (deg_g[e_g] == 1) & (deg_p[e_p] == 1)
        hard = np.flatnonzero(~trivial)
        components = _components(e_g[hard], e_p[hard]) if len(hard) else []
        for s, scheme in enumerate(SCHEMES):
            if scheme == "strict":
                primary, secondary = (sb & sl).astype(np.int64), np.ones(len(sb), np.int64)
            elif scheme == "exact":
                primary, secondary = sb.astype(np.int64), np.ones(len(sb), np.int64)
            elif scheme == "partial":
                primary, secondary = 1 + sb.astype(np.int64), sb.astype(np.int64)
            else:
                primary, secondary = sl.astype(np.int64), np.ones(len(sb), np.int64)
            matched = trivial.copy()
            if components:
                keys = {
                    (int(e_g[k]), int(e_p[k])): (int(primary[k]), int(secondary[k]), int(ov[k]), int(cl[k]))
                    for k in hard
                }
                index = {(int(e_g[k]), int(e_p[k])): int(k) for k in hard}
                for left, right in components:
                    for pair in solve_component(left, right, keys):
                        matched[index[pair]] = True
            if scheme == "strict":
                good = sb & sl
            elif scheme == "type":
                good = sl
            else:
                good = sb
            docs_matched = gold.doc[e_g[matched]]
            good_m = good[matched]
            correct = np.bincount(docs_matched[good_m], minlength=n_docs)
            other = np.bincount(docs_matched[~good_m], minlength=n_docs)
            n_matched = correct + other
            out[:, s, slot, 0] = correct
            out[:, s, slot, 2 if scheme == "partial" else 1] = other
            out[:, s, slot, 3] = n_gold - n_matched
            out[:, s, slot, 4] = n_pred - n_matched
    return out


def _components(e_g: np.ndarray, e_p: np.ndarray) -> list[tuple[list[int], list[int]]]:
    """Connected components (gold nodes, pred nodes, both sorted) of the graph given by edges."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(x: tuple[str, int]) -> tuple[str, int]:
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:
            parent[x], x = root, parent[x]
        return root

    for g, p in zip(e_g.tolist(), e_p.tolist()):
        a, b = find(("g", g)), find(("p", p))
        if a != b:
            parent[max(a, b)] = min(a, b)
    groups: dict[tuple[str, int], tuple[set[int], set[int]]] = {}
    for g, p in zip(e_g.tolist(), e_p.tolist()):
        left, right = groups.setdefault(find(("g", g)), (set(), set()))
        left.add(g)
        right.add(p)
    return sorted((sorted(left), sorted(right)) for left, right in groups.values())


def prf(counts: np.ndarray, scheme: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Precision, recall and F1 from counts (last axis = COUNTS); partial matches earn half in partial/type."""
    counts = np.asarray(counts, dtype=np.float64)
    c, i, p, m, s = (counts[..., k] for k in range(5))
    credit = c + 0.5 * p if scheme in ("partial", "type") else c
    actual = c + i + p + s
    possible = c + i + p + m
    precision = safe_div(credit, actual)
    recall = safe_div(credit, possible)
    return precision, recall, safe_div(2 * precision * recall, precision + recall)


def safe_div(num: np.ndarray | float, den: np.ndarray | float) -> np.ndarray:
    """num / den, with 0 where den is 0 (an empty set scores 0, never NaN)."""
    num = np.asarray(num, dtype=np.float64)
    den = np.asarray(den, dtype=np.float64)
    out = np.zeros(np.broadcast(num, den).shape)
    np.divide(num, den, out=out, where=den != 0)
    return out


def scheme_report(counts: np.ndarray, labels: Sequence[str]) -> dict[str, dict[str, dict[str, float | int]]]:
    """Counts and P/R/F per scheme and label, plus micro (all together) and macro (mean F1 over labels seen).

    `counts` has shape (4 schemes, len(labels) + 1, 5); a label is seen if gold or prediction has it.
    """
    out: dict[str, dict[str, dict[str, float | int]]] = {}
    for s, scheme in enumerate(SCHEMES):
        p, r, f = prf(counts[s], scheme)
        entry: dict[str, dict[str, float | int]] = {}
        for k, name in enumerate(list(labels) + ["micro"]):
            row = counts[s, k]
            entry[name] = {c: int(row[i]) for i, c in enumerate(COUNTS)}
            entry[name].update(precision=float(p[k]), recall=float(r[k]), f1=float(f[k]))
        seen = [k for k in range(len(labels)) if counts[s, k, [0, 1, 2, 3]].sum() + counts[s, k, 4] > 0]
        entry["macro"] = {
            "precision": float(np.mean(p[seen])) if seen else 0.0,
            "recall": float(np.mean(r[seen])) if seen else 0.0,
            "f1": float(np.mean(f[seen])) if seen else 0.0,
            "labels": len(seen),
        }
        out[scheme] = entry
    return out
