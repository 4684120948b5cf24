"""Sentence spans of a unit's raw text.

Most UI strings are one sentence. A cheap check (sentence-ending punctuation followed by a space and a letter)
decides whether a line can hold more than one; only then is spaCy asked, with a blank Hebrew or English pipeline
and its rule-based `sentencizer` (no model download). spaCy is imported on first use and the pipeline cached, so a
catalog of short strings never imports it.

`quick_split` is the regex-only splitter for catalog strings, where a boundary is punctuation + space + letter and
abbreviations are rare; `split` is what `Doc.sentences` uses.
"""
from __future__ import annotations

import re
from functools import lru_cache

# ".", "!", "?", "…", Hebrew sof pasuq, then closing quotes/brackets, then whitespace, then a letter (any script)
_BOUNDARY = re.compile(r"[.!?\u2026\u05c3]+[\"'\u201d\u2019\u05f4)\]\u200e\u200f\u202a-\u202e\u2066-\u2069]*\s+(?=[^\W\d_])")
_LINE = re.compile(r"[^\n]+")


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def _lines(text: str) -> list[tuple[int, int]]:
    """Non-blank lines: a line break always ends a sentence in UI copy (lists, paragraphs)."""
    out = []
    for m in _LINE.finditer(text):
        span = _trim(text, m.start(), m.end())
        if span:
            out.append(span)
    return out


def may_have_several(text: str) -> bool:
    """The cheap check: could this text hold more than one sentence?"""
    return "\n" in text.strip() or _BOUNDARY.search(text) is not None


def quick_split(text: str) -> list[tuple[int, int]]:
    """Sentence spans by line breaks and terminal punctuation + space + letter (no spaCy)."""
    out: list[tuple[int, int]] = []
    for ls, le in _lines(text):
        pos = ls
        for m in _BOUNDARY.finditer(text, ls, le):
            span = _trim(text, pos, m.end())
            if span:
                out.append(span)
            pos = m.end()
        span = _trim(text, pos, le)
        if span:
            out.append(span)
    return out


@lru_cache(maxsize=4)
def _pipeline(lang: str):
    import spacy  # noqa: PLC0415 - heavy; only imported when a unit really holds several sentences

    nlp = spacy.blank(lang if lang in ("he", "en") else "xx")
    nlp.add_pipe("sentencizer")
    return nlp


def split(text: str, lang: str) -> list[tuple[int, int]]:
    """Sentence spans [start, end) of `text` (raw offsets, surrounding whitespace trimmed)."""
    out: list[tuple[int, int]] = []
    for ls, le in _lines(text):
        line = text[ls:le]
        if not _BOUNDARY.search(line):
            out.append((ls, le))
            continue
        doc = _pipeline(lang)(line)
        for sent in doc.sents:
            span = _trim(text, ls + sent.start_char, ls + sent.end_char)
            if span:
                out.append(span)
    return out
