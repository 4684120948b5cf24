"""A small model of the Unicode Bidirectional Algorithm (UAX #9) — just enough to say where neutral characters
end up in an RTL paragraph. Not a rule module (the registry skips names starting with "_")."""
from __future__ import annotations

import unicodedata

CONTROLS = {
    "\u200e": "LRM", "\u200f": "RLM", "\u061c": "ALM",
    "\u202a": "LRE", "\u202b": "RLE", "\u202c": "PDF", "\u202d": "LRO", "\u202e": "RLO",
    "\u2066": "LRI", "\u2067": "RLI", "\u2068": "FSI", "\u2069": "PDI",
}


def strong(ch: str) -> str | None:
    """'L', 'R', 'EN' (digit) or None (neutral / weak other than digits)."""
    c = unicodedata.bidirectional(ch)
    if c == "L":
        return "L"
    if c in ("R", "AL"):
        return "R"
    if c in ("EN", "AN"):
        return "EN"
    return None


def first_strong(text: str, skip=None) -> tuple[str | None, int]:
    """Direction of the first strong character (digits do not count) and its index; `skip(i)` hides indexes."""
    for i, ch in enumerate(text):
        if skip and skip(i):
            continue
        c = unicodedata.bidirectional(ch)
        if c == "L":
            return "L", i
        if c in ("R", "AL"):
            return "R", i
    return None, -1


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)
