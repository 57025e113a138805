"""Quellenlage: who claims what, and how sure, in German news about armed conflict."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("quellenlage")
except PackageNotFoundError:  # running from a checkout without installation
    __version__ = "0.0.0+checkout"

from .annotations import AnnotationRecord, Attribution, Claim, UncertaintyCue, read_annotations
from .corpus import Corpus, Document, load, load_corpus, load_documents
from .evaluate.api import compare, evaluate  # binds the functions over the subpackage's name

__all__ = [
    "AnnotationRecord", "Attribution", "Claim", "Corpus", "Document", "UncertaintyCue",
    "__version__", "compare", "evaluate", "load", "load_corpus", "load_documents", "read_annotations",
]
