"""Which language a string is in: from the path first (a translator's file says what it is), then the letters."""
from __future__ import annotations

import re

_HE_PATH = re.compile(
    r"(?:^|[/\\._-])(?:he|iw)(?:[-_]IL)?(?=$|[/\\._-])|values-iw|he\.lproj|hebrew", re.IGNORECASE)
_EN_PATH = re.compile(r"(?:^|[/\\._-])en(?:[-_][A-Z]{2})?(?=$|[/\\._-])|en\.lproj|english", re.IGNORECASE)
_HEBREW_LETTER = re.compile(r"[\u05d0-\u05ea]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")


def lang_from_path(path: str) -> str | None:
    """he/en when a path segment or file stem names the locale (he, iw, he-IL, he_IL, values-iw, he.lproj)."""
    if _HE_PATH.search(path):
        return "he"
    if _EN_PATH.search(path):
        return "en"
    return None


def lang_from_text(text: str, default: str = "en") -> str:
    """he when Hebrew letters are at least a third of the letters; placeholders and code are mostly Latin."""
    he = len(_HEBREW_LETTER.findall(text))
    if not he:
        return default if not _LATIN_LETTER.search(text) else "en"
    latin = len(_LATIN_LETTER.findall(text))
    return "he" if he * 2 >= latin else "en"


def detect_lang(text: str, path: str = "", default: str = "en") -> str:
    return lang_from_path(path) or lang_from_text(text, default)
