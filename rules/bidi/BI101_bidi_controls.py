"""Invisible bidi control characters typed into the text."""
from __future__ import annotations

import re

from linter.rule import Rule

from ._bidi import CONTROLS

_RUN = re.compile("[" + "".join(CONTROLS) + "]+")
_OVERRIDES = {"\u202d", "\u202e"}


class BidiControls(Rule):
    code = "BI101"
    name = "bidi-control-characters"
    category = "bidi"
    level = "suggestion"
    # Off by default: some projects (LibreOffice) place marks deliberately in thousands of strings; turn it on
    # with --extend-select BI101 where marks should not be hand-inserted.
    default = False
    lang = "any"
    summary = "Invisible direction marks (LRM, RLM, embeddings, isolates) in the text; set direction in markup instead."
    why = (
        "Marks like U+200F or U+2067 cannot be seen in an editor or a diff, get lost or doubled when text is "
        "copied, and a translation that relies on them breaks silently. Direction overrides (U+202D/U+202E) can "
        "even reorder what the user reads. Isolate mixed-direction content where it is rendered: a <bdi> element, "
        "dir=\"auto\" on an inserted value, dir=\"rtl\" on the element."
    )
    source = (
        "W3C Internationalization – Inline markup and bidirectional text in HTML (prefer markup to control "
        "characters); HTML Living Standard – the bdi element; Unicode UAX #9; Hebrew localization community notes"
    )
    examples = {
        "fail": ["\u200fההודעה נשלחה ל־John\u200f", "שלום \u2067{name}\u2069, ברוך הבא", "abc\u202edef"],
        "pass": ["ההודעה נשלחה ל־John", "שלום {name}, ברוך הבא"],
    }

    def check(self, doc):
        runs = list(_RUN.finditer(doc.text))
        if not runs:
            return
        chars = "".join(m.group() for m in runs)
        names = ", ".join(dict.fromkeys(f"U+{ord(c):04X} {CONTROLS[c]}" for c in chars))
        override = any(c in _OVERRIDES for c in chars)
        first = runs[0]
        if doc.lang == "he":
            msg = (f"{len(chars)} תווי כיווניות בלתי נראים ({names}) בתוך הטקסט. עדיף לקבוע כיווניות ברכיב עצמו: "
                   "<bdi> סביב ערך שמוכנס, dir=\"auto\" או dir=\"rtl\".")
        else:
            msg = (f"{len(chars)} invisible bidi control character(s) ({names}) in the text. Set direction in "
                   "markup instead: <bdi> around an inserted value, dir=\"auto\" or dir=\"rtl\" on the element.")
        yield self.finding(doc, first.start(), first.end(), msg,
                           suggestions=["<bdi>…</bdi>", 'dir="auto"', 'dir="rtl"'],
                           level="warning" if override else None, count=len(chars))
