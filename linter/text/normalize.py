"""Normalisation for matching, with a map back to the raw text.

Matching must not care about niqqud, geresh/gershayim glyphs, maqaf, bidi controls or typographic quotes;
reporting must point at the raw characters. So we build the normalised string and, for each of its characters, the
raw index it came from.
"""
from __future__ import annotations

import re
import unicodedata

MASK = "\ufffc"  # stands for a protected character (placeholder, tag, URL…) in masked text

_DROP = {chr(c) for c in range(0x0591, 0x05BE)} | {chr(c) for c in range(0x05BF, 0x05C8)} - {"\u05c0", "\u05c3", "\u05c6"}
_DROP |= {"\u200e", "\u200f", "\u061c", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
          "\u2066", "\u2067", "\u2068", "\u2069", "\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad"}
_MAP = {
    "\u05be": "-",   # maqaf
    "\u05f3": "'",   # geresh
    "\u05f4": '"',   # gershayim
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"',
    "\u2010": "-", "\u2011": "-", "\u00a0": " ", "\u202f": " ", "\u2009": " ",
    "\u05c3": ":",  # sof pasuq
}
_SPECIAL = _DROP | set(_MAP)


def accelerator_positions(text: str) -> set[int]:
    """Indices of menu accelerator marks inside words (LibreOffice "מ~חק", GTK "_Open", Qt "&File")."""
    if "~" not in text and "_" not in text and "&" not in text:
        return set()
    found = set()
    for m in _ACCEL.finditer(text):
        found.add(m.start(1) if m.group(1) else m.start(2))
    return found


_SPECIAL_RE = re.compile("[" + "".join(sorted(re.escape(c) for c in _SPECIAL)) + "]")
_ACCEL = re.compile(r"(?<=[^\W\d_])(~)(?=[^\W\d_])|(?:^|(?<=\s))([_&~])(?=[^\W\d_])")


def normalize(text: str) -> tuple[str, list[int] | None]:
    """(normalised text, map) where map[i] is the raw index of normalised char i (None when identical)."""
    accel = accelerator_positions(text)
    if not accel:
        if text.isascii():
            return text, None
        if not _SPECIAL_RE.search(text) and unicodedata.is_normalized("NFC", text):
            return text, None
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(unicodedata.normalize("NFC", text) if _safe_nfc(text) else text):
        if ch in _DROP or (accel and i in accel):
            continue
        out.append(_MAP.get(ch, ch))
        index.append(i)
    index.append(len(text))
    return "".join(out), index


def _safe_nfc(text: str) -> bool:
    """NFC may change the length (composition); only use it when it keeps indices aligned with the raw text."""
    return len(unicodedata.normalize("NFC", text)) == len(text)


def strip_niqqud(word: str) -> str:
    """The matching form of a single word (for data files and lookups)."""
    return "".join(_MAP.get(c, c) for c in word if c not in _DROP)
