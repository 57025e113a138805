"""Synthetic gold and predictions over real corpus documents, for tests, benchmarks and examples.

Tests, benchmarks and examples must not depend on the gold (which grows and changes), so this module
builds plausible stand-ins from cue words (it is *not* an annotation method: labels are drawn at random with a fixed seed), and
predictions of a chosen quality by perturbing a gold record (dropped, shifted, relabelled and spurious
items). Everything it writes passes the validator (gold rules for gold).

    python -m quellenlage.evaluate.synthetic --split test --out DIR   # gold.jsonl, strong.jsonl, weak.jsonl
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from ..annotations import AnnotationRecord, Attribution, Claim, UncertaintyCue
from ..corpus import Document, load_documents
from ..jsonl import write_jsonl
from ..labels import ATTRIBUTION_FORMS, CERTAINTY, COMMITMENT, POLARITY, SOURCE_TYPES, UNCERTAINTY_TYPES, VERIFICATION
from ..spans import Span

PROVENANCE = {"method": "automatic", "annotators": [{"id": "synthetic", "kind": "system"}]}

CUES = {"sagte": "indirect", "sagten": "indirect", "erklärte": "indirect", "erklärten": "indirect",
        "teilte": "indirect", "berichtete": "indirect", "berichteten": "indirect", "meldete": "indirect",
        "betonte": "indirect", "laut": "prepositional", "zufolge": "prepositional", "hieß": "indirect",
        "sollen": "evidential", "soll": "evidential", "dementierte": "reported", "warnte": "indirect"}
UNCERTAINTY_WORDS = {"soll": "evidential", "sollen": "evidential", "angeblich": "evidential",
                     "mutmaßlich": "evidential", "mutmaßlichen": "evidential", "dürfte": "epistemic",
                     "könnte": "epistemic", "könnten": "epistemic", "wohl": "epistemic",
                     "vermutlich": "epistemic", "offenbar": "epistemic", "möglicherweise": "epistemic",
                     "vermuten": "speculative", "schätzen": "speculative", "befürchten": "speculative",
                     "mindestens": "approximation", "rund": "approximation", "etwa": "approximation",
                     "fast": "approximation", "unklar": "unverified"}


def _span(doc: Document, start: int, end: int) -> Span:
    return Span(start, end, doc.text[start:end])


def _sentence_tokens(doc: Document, sentence: tuple[int, int]) -> list[tuple[int, int]]:
    s, e = sentence
    return [t for t in doc.tokens if t[0] >= s and t[1] <= e]


def synthetic_gold(doc: Document, seed: int = 0) -> AnnotationRecord:
    """A gold-valid record for `doc`: cue-word attributions, lexicon uncertainty cues, random claim labels."""
    rng = random.Random(f"{seed}:{doc.id}")
    attributions: list[Attribution] = []
    uncertainty: list[UncertaintyCue] = []
    claims: list[Claim] = []
    used_claim_spans: set[tuple[int, int]] = set()
    for sentence in doc.sentences:
        tokens = _sentence_tokens(doc, sentence)
        words = [t for t in tokens if doc.text[t[0]:t[1]].isalnum() or doc.text[t[0]:t[1]].isalpha()]
        if len(words) < 4:
            continue
        taken: list[tuple[int, int]] = []
        for tok in tokens:
            word = doc.text[tok[0]:tok[1]].lower()
            if word in UNCERTAINTY_WORDS and not any(tok[0] < b and a < tok[1] for a, b in taken):
                uncertainty.append(UncertaintyCue(f"u{len(uncertainty) + 1}", _span(doc, *tok),
                                                  UNCERTAINTY_WORDS[word]))
                taken.append(tok)
        cue_index = next((k for k, t in enumerate(tokens) if doc.text[t[0]:t[1]].lower() in CUES), None)
        if cue_index is not None and cue_index < len(tokens) - 1:
            cue_tok = tokens[cue_index]
            form = CUES[doc.text[cue_tok[0]:cue_tok[1]].lower()]
            before = [t for t in tokens[:cue_index] if doc.text[t[0]:t[1]].isalnum()]
            after = [t for t in tokens[cue_index + 1:] if doc.text[t[0]:t[1]].isalnum()]
            source_tok = after[0] if after and doc.text[after[0][0]].isupper() else None
            rest = after[1:] if source_tok else after
            content_toks = before if len(before) >= len(rest) else rest
            if content_toks:
                aid = f"a{len(attributions) + 1}"
                content = _span(doc, content_toks[0][0], content_toks[-1][1])
                cue = [_span(doc, *cue_tok)]
                source = [_span(doc, *source_tok)] if source_tok else []
                if any(content.overlap(s) for s in cue + source):
                    continue
                attributions.append(Attribution(aid, tuple(cue), tuple(source), (content,), form,
                                                rng.choice(SOURCE_TYPES), None))
                if (content.start, content.end) not in used_claim_spans:
                    used_claim_spans.add((content.start, content.end))
                    claims.append(_random_claim(rng, f"c{len(claims) + 1}", content, aid))
                continue
        if rng.random() < 0.3:
            s, e = tokens[0][0], tokens[-1][1]
            if doc.text[e - 1] in ".!?" and e - 1 > s:
                e -= 1
            if (s, e) not in used_claim_spans:
                used_claim_spans.add((s, e))
                claims.append(_random_claim(rng, f"c{len(claims) + 1}", _span(doc, s, e), None))
    return AnnotationRecord(doc.id, tuple(attributions), tuple(uncertainty), tuple(claims), provenance=PROVENANCE)


def _random_claim(rng: random.Random, cid: str, span: Span, attribution: str | None) -> Claim:
    return Claim(cid, span, attribution, rng.choice(CERTAINTY), rng.choice(POLARITY),
                 "asserted" if attribution is None else rng.choice(COMMITMENT[1:]), rng.choice(VERIFICATION))


def perturb(gold: AnnotationRecord, doc: Document, quality: float, seed: int = 0) -> AnnotationRecord:
    """A prediction for `doc` that keeps each gold item right with probability about `quality`."""
    rng = random.Random(f"{seed}:{quality}:{doc.id}")
    index = {t[0]: k for k, t in enumerate(doc.tokens)}
    attributions = []
    for a in gold.attributions:
        if rng.random() > 0.5 + quality / 2:
            continue
        content = list(a.content)
        if content and rng.random() > quality:  # move the content's end by one token
            c = content[0]
            k = index.get(c.start)
            ends = [t[1] for t in doc.tokens if c.start < t[1] < c.end]
            if ends and k is not None:
                content[0] = _span(doc, c.start, ends[-1])
        form = a.form if rng.random() < quality else rng.choice(ATTRIBUTION_FORMS)
        stype = a.source_type if rng.random() < quality else rng.choice(SOURCE_TYPES)
        source = a.source if rng.random() < 0.5 + quality / 2 else ()
        attributions.append(replace(a, content=tuple(content), source=source, form=form, source_type=stype,
                                    parent=None))
    kept = {a.id for a in attributions}
    uncertainty: list[UncertaintyCue] = []
    for u in gold.uncertainty:
        if rng.random() > 0.5 + quality / 2:
            continue
        utype = u.type if rng.random() < quality else rng.choice(UNCERTAINTY_TYPES)
        uncertainty.append(replace(u, type=utype))
    taken = [(u.span.start, u.span.end) for u in uncertainty]
    n_spurious = int(len(gold.uncertainty) * (1 - quality)) + (1 if rng.random() > quality else 0)
    for _ in range(n_spurious):
        tok = rng.choice(doc.tokens)
        if doc.text[tok[0]:tok[1]].isalpha() and not any(tok[0] < b and a < tok[1] for a, b in taken):
            taken.append(tok)
            uncertainty.append(UncertaintyCue(f"x{len(taken)}", _span(doc, *tok), rng.choice(UNCERTAINTY_TYPES)))
    claims = []
    for c in gold.claims:
        if rng.random() > 0.6 + 0.4 * quality:
            continue
        labels = {dim: (getattr(c, dim) if rng.random() < quality else rng.choice(values))
                  for dim, values in (("certainty", CERTAINTY), ("polarity", POLARITY),
                                      ("commitment", COMMITMENT), ("verification", VERIFICATION))}
        link = c.attribution if c.attribution in kept else None
        claims.append(Claim(c.id, None, link, **labels))
    return AnnotationRecord(gold.doc_id, tuple(attributions), tuple(uncertainty), tuple(claims))


def synthetic_set(documents: Iterable[Document], qualities: Sequence[float] = (0.9, 0.5), seed: int = 0
                  ) -> tuple[list[AnnotationRecord], list[list[AnnotationRecord]]]:
    """Gold records and, per quality, prediction records for the documents (sorted by id)."""
    docs = sorted(documents, key=lambda d: d.id)
    gold = [synthetic_gold(d, seed) for d in docs]
    preds = [[perturb(g, d, q, seed) for g, d in zip(gold, docs)] for q in qualities]
    return gold, preds


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m quellenlage.evaluate.synthetic", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", default="test")
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    docs = [d for d in load_documents().values() if d.split == args.split]
    gold, (strong, weak) = synthetic_set(docs, (0.9, 0.5), args.seed)
    write_jsonl(args.out / "gold.jsonl", [r.to_json() for r in gold])
    write_jsonl(args.out / "strong.jsonl", [r.to_json() for r in strong])
    write_jsonl(args.out / "weak.jsonl", [r.to_json() for r in weak])
    print(f"{args.out}: gold.jsonl, strong.jsonl, weak.jsonl ({len(docs)} documents)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
