"""Hebrew tokens and prefix particles, behind one wrapper.

hebrew-tokenizer prints the working directory on import, edits sys.path and warns; it also drops ׳ ״ – and repeated
characters. So it is imported here only, silenced, and fed normalised text (where ׳ ״ are already ' ").
"""
from __future__ import annotations

import contextlib
import io
import re
import sys
import warnings
from functools import lru_cache

from .normalize import MASK

HEBREW_LETTERS = "\u05d0-\u05ea"
IS_HEBREW = re.compile(f"[{HEBREW_LETTERS}]")
_WORD = re.compile(rf"[{HEBREW_LETTERS}]+(?:[\"'][{HEBREW_LETTERS}]+)*'?|[A-Za-z]+(?:'[A-Za-z]+)*|\d+(?:[.,]\d+)*")

# Prefix particles and their attested stacks, longest first (ו ה ב כ ל מ ש and combinations).
PREFIXES = (
    "וכשה", "ושמה", "ושכש", "וכשב", "וכשל", "ושב", "ושה", "ושל", "ושמ", "וכש", "ומה", "ומש", "ולכש", "כשה", "כשב",
    "כשל", "שכש", "שבה", "שמה", "שלה", "וב", "וה", "וכ", "ול", "ומ", "וש", "בה", "כה", "לה", "מה", "שב", "שה", "שכ",
    "של", "שמ", "כש", "מש", "לכש", "ו", "ה", "ב", "כ", "ל", "מ", "ש",
)
_PREFIX_SET = frozenset(PREFIXES)
# After ב/כ/ל the article ה is absorbed ("בבית", not "בהבית"): a replacement that starts with ה cannot simply follow.
ABSORBS_ARTICLE = ("ב", "כ", "ל")


@lru_cache(maxsize=1)
def _tokenizer():
    saved_path = list(sys.path)
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()), \
            warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from .. import fastre  # noqa: PLC0415
        with fastre.patched():
            import hebrew_tokenizer  # noqa: PLC0415 - deliberately lazy and silenced
    sys.path[:] = saved_path
    return hebrew_tokenizer


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Word tokens (kind, start, end) of normalised text; kind is "he", "en" or "num".

    Hebrew runs go through hebrew-tokenizer; it splits acronyms with gershayim correctly (צה"ל) but loses a
    word-final geresh (צ'), which we re-attach so transliterations like צ'אט stay one token.
    """
    out: list[tuple[str, int, int]] = []
    if not IS_HEBREW.search(text):
        for m in _WORD.finditer(text):
            out.append(("num" if m.group()[0].isdigit() else "en", m.start(), m.end()))
        return out
    ht = _tokenizer()
    n = len(text)
    # hebrew-tokenizer swallows a word glued to a masked placeholder ("￼￼￼כאן"): it sees spaces instead
    scan = text.replace(MASK, " ") if MASK in text else text
    for group, _tok, _i, (start, end) in ht.tokenize(scan):
        if group == "HEBREW":
            while end < n and text[end] == "'" and (end + 1 == n or not text[end + 1].isalpha() or
                                                      IS_HEBREW.match(text[end + 1])):
                # geresh inside (צ'אט) or at the end (ג') belongs to the word
                if end + 1 < n and IS_HEBREW.match(text[end + 1]):
                    m = _WORD.match(text, end + 1)
                    end = m.end() if m else end + 1
                else:
                    end += 1
                    break
            if out and out[-1][0] == "he" and out[-1][2] == start and text[start - 1:start] == "'":
                out[-1] = ("he", out[-1][1], end)
                continue
            out.append(("he", start, end))
        elif group == "ENGLISH":
            out.append(("en", start, end))
        elif group == "NUMBER":
            out.append(("num", start, end))
    return _merge_apostrophes(text, out)


def _merge_apostrophes(text: str, toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Join English contractions (don't) that the tokenizer splits at the apostrophe."""
    merged: list[tuple[str, int, int]] = []
    for tok in toks:
        if merged and tok[0] == "en" and merged[-1][0] == "en" and merged[-1][2] + 1 == tok[1] \
                and text[merged[-1][2]] == "'":
            merged[-1] = ("en", merged[-1][1], tok[2])
        else:
            merged.append(tok)
    return merged


@lru_cache(maxsize=65536)
def prefix_splits(word: str) -> tuple[tuple[str, str], ...]:
    """Candidate (prefix, stem) splits of a Hebrew word, longest prefix first; the whole word is always last.

    Cached (words repeat across a catalog), so the result is an immutable tuple."""
    out = []
    for k in range(min(4, len(word) - 2), 0, -1):
        pre = word[:k]
        if pre in _PREFIX_SET:
            out.append((pre, word[k:]))
    out.append(("", word))
    return tuple(out)


def attach(prefix: str, replacement: str) -> tuple[str, bool]:
    """Put a prefix back on a replacement; the bool says the result is certain (no article ambiguity)."""
    if not prefix:
        return replacement, True
    if replacement.startswith("ה") and prefix.endswith(ABSORBS_ARTICLE):
        # "ב" + "הגדרה": is it בהגדרה or the absorbed article? Only a person can tell.
        return prefix + replacement, False
    if prefix.endswith("ה") and not replacement[:1].isalpha():
        return prefix + replacement, False
    if " " in replacement and prefix and replacement.split(" ", 1)[0] in {"יש", "אין", "כדי"}:
        return prefix + replacement, False
    return prefix + replacement, True
