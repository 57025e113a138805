"""Annotation tooling: resolve quoted spans to offsets, render documents for review."""
