"""Word counting and sentence spans for the readability rules (not a rule module)."""
from __future__ import annotations

import re

from linter.text.normalize import MASK
from linter.text.sentences import may_have_several, quick_split

_CHUNK = re.compile(r"\S+")
_WORDISH = re.compile(rf"[^\W_]|{MASK}")


def count_words(doc, start: int, end: int) -> int:
    """Whitespace-separated chunks with a letter, digit or placeholder (tags alone do not count)."""
    masked = doc.masked
    n = 0
    for m in _CHUNK.finditer(masked, start, end):
        chunk = m.group()
        if not _WORDISH.search(chunk):
            continue
        if MASK in chunk and not any(ch != MASK and (ch.isalnum()) for ch in chunk):
            # only code: a placeholder is a word, a tag or ICU syntax is not
            if not any(s.kind in ("placeholder", "url", "email") and m.start() <= s.start < m.end()
                       for s in doc.protected):
                continue
        n += 1
    return n


def sentences(doc) -> list[tuple[int, int]]:
    """Sentence spans: spaCy (via Doc.sentences) for prose, the regex splitter for catalog strings."""
    if not may_have_several(doc.text):
        span = doc.text.strip()
        if not span:
            return []
        start = doc.text.index(span[0])
        return [(start, start + len(span))]
    if doc.kind == "prose":
        return doc.sentences
    return quick_split(doc.text)
