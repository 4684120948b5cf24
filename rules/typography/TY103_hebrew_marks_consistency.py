"""One style per file for gershayim (צה"ל / צה״ל), geresh (מס' / מס׳) and the maqaf before Latin words and digits."""
from __future__ import annotations

import re
from collections import Counter

from linter.rule import Rule
from linter.text.analysis import Doc
from linter.text.hebrew import PREFIXES

_HE = "\u05d0-\u05ea"
_HE_LETTER = re.compile(f"[{_HE}]")
# gershayim: Hebrew letter, mark, Hebrew letter(s) - but not an opening quote after a prefix (ה"שמירה")
_GERSHAYIM = re.compile(rf"(?<=[{_HE}])([\"\u05f4\u201d])(?=[{_HE}])")
_CLOSING_QUOTE = re.compile(rf"[{_HE}]+[\"\u05f4\u201d\u201c]")
# geresh: after a Hebrew letter; the ASCII or typographic apostrophe or U+05F3
_GERESH = re.compile(rf"(?<=[{_HE}])(['\u05f3\u2019])")
_OPEN_SINGLE = re.compile(rf"(?:^|(?<=[\s(\[\"\u201e\u201c\u200e\u200f\u202a-\u202e\u2066-\u2069]))['\u2018](?=[{_HE}A-Za-z])")
# prefix particles standing alone before a Latin word, a digit or a placeholder
_PREFIX = r"(?:ו?(?:כש|ש)?[בלמהכ]|ו|ש|וש|מה|שה|וה)"
_PREFIXED = re.compile(rf"(?<![{_HE}\w\"'\u05f3\u05f4\u201d\-\u05be])({_PREFIX})([\u05be\-]?)(?=[A-Za-z0-9{{%$])")

_STYLE_NAMES = {
    '"': 'ASCII "', "\u05f4": "״ (gershayim)", "\u201d": "”",
    "'": "ASCII '", "\u05f3": "׳ (geresh)", "\u2019": "’",
    "\u05be": "־ (maqaf)", "-": "-", "": "no mark",
}


def _after_prefix(text: str, i: int) -> bool:
    """Is text[i] preceded by a bare prefix stack (ה, ב, וב…) that starts a word, as in ה"שמירה" / ב'מסגרת'?"""
    j = i
    while j > 0 and _HE_LETTER.match(text[j - 1]):
        j -= 1
    return j < i and text[j:i] in PREFIXES and (j == 0 or not text[j - 1].isalnum())


def _quoted(text: str, i: int, closers: str) -> bool:
    """A mark right after a bare prefix with a closing mark later in the string opens a quotation."""
    if not _after_prefix(text, i):
        return False
    return any(text[k] in closers and (k + 1 == len(text) or not _HE_LETTER.match(text[k + 1]))
               for k in range(i + 2, len(text)))


def _ascii_quotes(text: str) -> bool:
    """Does the string open a single quotation with an ASCII or typographic apostrophe?"""
    if _OPEN_SINGLE.search(text):
        return True
    i = text.find("'")
    while i != -1:
        if _HE_LETTER.match(text[i + 1:i + 2] or " ") and _quoted(text, i, "'"):
            return True
        i = text.find("'", i + 1)
    return False


def _occurrences(doc):
    """(dimension, style, raw start, raw end) for every mark in a Hebrew unit."""
    text = doc.text
    out = []
    if '"' in text or "\u05f4" in text or "\u201d" in text:
        for m in _GERSHAYIM.finditer(text):
            close = _CLOSING_QUOTE.match(text, m.end())
            if close and not close.group().endswith("\u05f4"):
                continue  # ה"שמירה": a prefix and a quoted word, not an acronym
            if _quoted(text, m.start(), "\"\u201d\u201c"):
                continue
            if not doc.is_protected(m.start(), m.end()):
                out.append(("gershayim", m.group(1), m.start(), m.end()))
    if "'" in text or "\u05f3" in text or "\u2019" in text:
        ascii_quotes = None  # worked out on the first ASCII geresh only
        typographic_quotes = "\u201a" in text or "\u2018" in text
        for m in _GERESH.finditer(text):
            mark = m.group(1)
            if mark == "'" and ascii_quotes is None:
                ascii_quotes = _ascii_quotes(text)
            if (mark == "'" and ascii_quotes) or (mark == "\u2019" and typographic_quotes):
                continue  # the string also opens a single quotation: this may be its closing mark
            if not doc.is_protected(m.start(), m.end()):
                out.append(("geresh", mark, m.start(), m.end()))
    for m in _PREFIXED.finditer(text):
        sep = m.group(2)
        pos = m.end()
        placeholder = doc.is_protected(pos, pos + 1) and not any(
            s.kind == "number" and s.start <= pos < s.end for s in doc.protected)
        if placeholder and not sep:
            continue  # ב{name}: the value may be Hebrew; no mark may be right
        out.append(("maqaf", sep, m.start(2), m.end(2)))
    return out


class HebrewMarksConsistency(Rule):
    code = "TY103"
    name = "hebrew-marks-consistency"
    category = "typography"
    level = "suggestion"
    lang = "he"
    scope = "file"
    summary = "Use one style per file for gershayim (צה״ל), geresh (מס׳) and the maqaf before Latin words and digits."
    why = (
        "Mixing צה\"ל and צה״ל, or ב-Signal, ב־Signal and בSignal, in one product looks careless, and breaks "
        "search and matching. The Academy forms are ״ ׳ and the maqaf ־; whichever you choose, choose one. "
        "The check reports the minority style and offers the file's majority style."
    )
    source = (
        "Academy of the Hebrew Language, punctuation rules §30 (gershayim), §32 (maqaf before a foreign word or a "
        "digit); Israeli Government digital language spec (govextra.gov.il/digital_service_language) – acronyms"
    )
    fix_safety = "Safe: one mark is swapped for another (or a maqaf is added); the words do not change."
    examples = {
        "fail": [
            ["נא לפנות לצה״ל", "שירות צה״ל", "המייל של צה\"ל"],
            ["עברו ל־Signal", "פתחו את ה־URL", "התקינו ב-Signal"],
            ["ב־Signal", "ל־WhatsApp", "בSignal"],
        ],
        "pass": [
            ["נא לפנות לצה״ל", "שירות צה״ל"],
            ["לחצו על ה\"שמירה\"", "שירות צה״ל"],
            ["שגיאה ב'מסגרת התסריטים' בעת הרצה", "מצב ה'שונה' השתנה", "מס׳ 5", "גב׳ כהן"],
            ["יש ללחוץ על ‚התחלה’ כדי להמשיך", "מס׳ 5", "גב׳ כהן"],
            ["עלות: 5 ש״ח", "צה״ל", "שירות צה״ל", "ב\"מסגרת התסריטים\" יש שגיאה"],
            ["אפשר לבקר ב{public}", "עברו ל־Signal"],
            "אימות דו־שלבי",
        ],
        "fix": [
            {"input": "צה״ל וצה״ל ושוב צה\"ל", "output": "צה״ל וצה״ל ושוב צה״ל"},
        ],
    }

    # Streaming: each unit is reduced to its marks when it goes by; only units with a mark are kept (as TextUnits,
    # not analysed Docs), and the file's majority style is known at the end.
    def start_file(self):
        return []

    def observe(self, state, doc) -> None:
        if doc.lang != "he":
            return
        occ = _occurrences(doc)
        if occ:
            state.append((doc.unit, occ))

    def finish_file(self, state):
        counts: dict[str, Counter] = {}
        for _unit, occs in state:
            for occ in occs:
                counts.setdefault(occ[0], Counter())[occ[1]] += 1
        docs: dict[int, Doc] = {}
        for dim, counter in counts.items():
            if len(counter) < 2:
                continue
            (major, n_major), (_second, n_second) = counter.most_common(2)
            if n_major == n_second:
                continue  # no clear house style: do not guess
            if dim == "maqaf" and major == "":
                continue  # most strings attach directly; a maqaf is still correct, never remove it
            for k, (unit, occs) in enumerate(state):
                for d, style, s, e in occs:
                    if d != dim or style == major:
                        continue
                    doc = docs.get(k)
                    if doc is None:
                        doc = docs[k] = Doc(unit)
                    msg = (f"בקובץ הזה כתוב בדרך כלל {_STYLE_NAMES[major]} ({n_major} פעמים), וכאן "
                           f"{_STYLE_NAMES[style]}; כדאי לאחד.")
                    yield self.finding(doc, s, e, msg, suggestions=[major],
                                       fix=self.replace(s, e, major, "safe"), style=style, majority=major)
