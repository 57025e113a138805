"""Run every layer's comparison over the documents annotated in both files."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from ..annotations import AnnotationRecord, LoadedAnnotations, read_annotations
from ..corpus import Document
from ..errors import InputError, Problem
from .attribution import AttributionAgreement
from .claims import ClaimAgreement
from .results import AgreementResult
from .sentences import SentenceAgreement
from .uncertainty import UncertaintyAgreement

DEFAULT_TITLE = "Inter-annotator agreement"


def annotators(records: Mapping[str, AnnotationRecord], doc_ids: tuple[str, ...]) -> tuple[str, ...]:
    """Annotator ids (with kind) named in the provenance of the compared records, sorted."""
    names = set()
    for doc_id in doc_ids:
        prov = records[doc_id].provenance or {}
        for ann in prov.get("annotators", ()):
            names.add(f"{ann.get('id')} ({ann.get('kind')})")
    return tuple(sorted(names))


def compare_records(a: Mapping[str, AnnotationRecord], b: Mapping[str, AnnotationRecord],
                    documents: Mapping[str, Document], *, title: str = DEFAULT_TITLE,
                    file_a: str = "A", file_b: str = "B") -> AgreementResult:
    """Agreement of two annotators' records (by doc id) on the documents both annotated."""
    common = tuple(sorted(set(a) & set(b)))
    attribution, uncertainty = AttributionAgreement(), UncertaintyAgreement()
    claims, sentences = ClaimAgreement(), SentenceAgreement()
    for doc_id in common:
        document, ra, rb = documents[doc_id], a[doc_id], b[doc_id]
        mapping = attribution.add(document, ra.attributions, rb.attributions)
        uncertainty.add(document, ra.uncertainty, rb.uncertainty)
        claims.add(document, ra.claims, rb.claims, mapping)
        sentences.add(document, ra, rb)
    return AgreementResult(
        title=title, file_a=file_a, file_b=file_b,
        annotators_a=annotators(a, common), annotators_b=annotators(b, common),
        documents=common, only_a=tuple(sorted(set(a) - set(b))), only_b=tuple(sorted(set(b) - set(a))),
        attribution=attribution.result(), uncertainty=uncertainty.result(),
        claims=claims.result(), sentences=sentences.result(),
    )


def _read_all(paths: tuple[str | Path, ...], documents: Mapping[str, Document]) -> list[LoadedAnnotations]:
    """Read every file, collecting the problems of all of them before raising."""
    loaded, problems = [], []
    for path in paths:
        try:
            loaded.append(read_annotations(path, documents, gold=False))
        except InputError as exc:
            problems += exc.problems
    if problems:
        raise InputError(problems)
    return loaded


def compare_files(path_a: str | Path, path_b: str | Path, documents: Mapping[str, Document], *,
                  title: str = DEFAULT_TITLE) -> AgreementResult:
    """Read and validate both files, then compare them; refuse files with no document in common."""
    loaded_a, loaded_b = _read_all((path_a, path_b), documents)
    if not set(loaded_a.records) & set(loaded_b.records):
        raise InputError([Problem(str(path_b), None, None,
                                  f"no document is annotated in both this file and {path_a}")])
    return compare_records(loaded_a.records, loaded_b.records, documents, title=title,
                           file_a=str(path_a), file_b=str(path_b))
