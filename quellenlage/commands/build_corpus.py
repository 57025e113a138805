"""`quellenlage build-corpus`: rebuild `corpus/` from the raw sources and the selection decisions."""

from __future__ import annotations

import argparse
from pathlib import Path

from .. import paths


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "build-corpus",
        help="rebuild corpus/ from the raw sources (deterministic, byte for byte)",
        description=(
            "Read the raw articles (default ../shared/sources) and the reading decisions in "
            "corpus/selection/, tokenize with SoMaJo, assign seeded splits, and write "
            "corpus/<collection>/<split>.jsonl plus corpus/MANIFEST.sha256. Needs the `build` extra."
        ),
    )
    p.add_argument("--sources", type=Path, default=None, help="directory of raw sources (default: ../shared/sources)")
    p.add_argument("--corpus", type=Path, default=None, help="corpus directory to write (default: ./corpus of the checkout)")
    p.add_argument("--quiet", action="store_true", help="no progress bars")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..build.build import build_corpus

    sources = args.sources or paths.default_sources_dir()
    corpus = args.corpus or paths.corpus_dir()
    report = build_corpus(sources, corpus, progress=not args.quiet)
    for collection, counts in report.counts.items():
        print(f"{collection}: " + ", ".join(f"{split} {n}" for split, n in counts.items()))
    print(f"wrote {report.manifest}")
    return 0
