"""Sentence and token offsets from SoMaJo, computed once at build time and stored in the corpus."""

from __future__ import annotations

import re
from functools import lru_cache

_PARAGRAPH = re.compile(r"[^\n]+")


@lru_cache(maxsize=1)
def _tokenizer():  # type: ignore[no-untyped-def]
    from somajo import SoMaJo

    return SoMaJo("de_CMC", split_camel_case=False, split_sentences=True, character_offsets=True)


def sentences_and_tokens(text: str) -> tuple[list[list[int]], list[list[int]]]:
    """`[start, end)` offsets of sentences and tokens; every line of `text` is a paragraph of its own.

    Each token's offsets are checked against its surface (ignoring whitespace, which SoMaJo drops
    inside emoticons such as ':  (') so that a tokenizer quirk cannot shift them.
    """
    sentences: list[list[int]] = []
    tokens: list[list[int]] = []
    for para in _PARAGRAPH.finditer(text):
        if not para.group().strip():
            continue
        base = para.start()
        for sentence in _tokenizer().tokenize_text([para.group()]):
            offsets = [[base + t.character_offset[0], base + t.character_offset[1]] for t in sentence]
            for (start, end), tok in zip(offsets, sentence):
                if "".join(text[start:end].split()) != "".join(tok.text.split()):
                    raise ValueError(f"SoMaJo offset mismatch: {text[start:end]!r} vs {tok.text!r}")
            tokens.extend(offsets)
            sentences.append([offsets[0][0], offsets[-1][1]])
    return sentences, tokens


def first_sentence_end(text: str) -> int:
    """End offset of the first sentence of `text` (used to split derStandard's headline from the body)."""
    sentences, _ = sentences_and_tokens(text)
    return sentences[0][1]
