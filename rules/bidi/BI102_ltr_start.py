"""A Hebrew string that starts with a Latin word or a placeholder: under first-strong direction it is laid out LTR."""
from __future__ import annotations

import re

from linter.rule import Rule

from ._bidi import first_strong, has_rtl

_SKIP_KINDS = ("tag", "icu", "entity")
_HE_WORD = re.compile(r"[\u05d0-\u05ea]{2,}")
_SENTENCE_END = re.compile(r"[.!?:\u2026][\u200f\s]*$")
# placeholders that stand for numbers (digits never set the direction)
_NUMERIC = re.compile(r"(?i)^(?:%[-+ #0]*\d*(?:\.\d+)?[dfiu]|%\d+\$[-+ #0]*\d*[dfiu]|.*\b(?:count|num|number|n|total|"
                      r"amount|size|percent|percentage|index|minutes|hours|seconds|days|max|min|limit)\b.*)$")


class LtrStart(Rule):
    code = "BI102"
    name = "ltr-start-in-rtl"
    category = "bidi"
    level = "suggestion"
    lang = "he"
    summary = "A Hebrew string that starts with a Latin word or a placeholder may be laid out left-to-right."
    why = (
        "Where the direction comes from the text itself (dir=\"auto\", notifications, tooltips, Android's "
        "first-strong default), the first letter decides. A Hebrew sentence that opens with 'Signal' or with a "
        "user name in English is then laid out left to right: the words come out in the wrong order and the full "
        "stop lands on the wrong side. Start with a Hebrew word, or set dir=\"rtl\" on the element."
    )
    source = (
        "Unicode UAX #9 (rules P2–P3: paragraph direction from the first strong character); HTML Living Standard – "
        "dir=\"auto\" and the bdi element; W3C Internationalization – Setting base direction"
    )
    examples = {
        "fail": ["Signal הוא אפליקציה מאובטחת.", "{name} הצטרף לחדר", "%s הוזמן לשיחה.", "VLC ינגן קבצים באופן אקראי"],
        "pass": [
            "האפליקציה Signal מאובטחת.",
            "המשתמש {name} הצטרף לחדר",
            "{count} הודעות חדשות",
            "5 דקות",
            "<b>שימו לב:</b> Signal",
            "Signal",
            "DVD ללא תפריטים",
            "%(ssoButtons)s או %(usernamePassword)s",
            "\u202bDif-יצוא של הקובץ כולו",
        ],
    }

    def check(self, doc):
        text = doc.text
        if "\u05d0" <= text[:1] <= "\u05ea" and not any(s.start == 0 for s in doc.protected):
            return  # the first character is a Hebrew letter outside any placeholder: the string starts RTL
        if not has_rtl(text):
            return
        spans = sorted(doc.protected)
        skip = {i for s in spans if s.kind in _SKIP_KINDS for i in range(s.start, s.end)}
        # the first visible thing: a placeholder, or the first strong letter
        i = 0
        while i < len(text) and (i in skip or not text[i].isalpha() and not _placeholder_at(spans, i)):
            i += 1
        if i >= len(text) or any(c in "\u200f\u202b\u202e\u2067\u2068" for c in text[:i]):
            return  # nothing visible, or the author already set the direction with a control (BI101's business)
        ph = _placeholder_at(spans, i)
        if ph is not None:
            name = text[ph.start:ph.end]
            if ph.kind == "number" or _NUMERIC.match(name) or _NUMERIC.match(name.strip("{}%$()[] ")):
                return
            rest_dir, _ = first_strong(text[ph.end:], skip=lambda j: (j + ph.end) in skip)
            if rest_dir != "R" or len(_HE_WORD.findall(doc.masked)) < 2:
                return  # "%(a)s או %(b)s": placeholders joined by a word, not a Hebrew sentence
            msg = (f"המחרוזת מתחילה ב־{name}: אם הערך יהיה באנגלית, השורה כולה עלולה להיות מוצגת משמאל לימין. "
                   "כדאי לפתוח במילה עברית (למשל 'המשתמש " + name + " …') או לקבוע dir=\"rtl\" ברכיב.")
            yield self.finding(doc, ph.start, ph.end, msg, suggestions=['dir="rtl"', "<bdi>" + name + "</bdi>"])
            return
        direction, j = first_strong(text, skip=lambda k: k in skip or doc.is_protected(k, k + 1) and
                                    not any(s.kind in ("url", "email") and s.start <= k < s.end for s in spans))
        if direction != "L":
            return
        if len(_HE_WORD.findall(doc.masked)) < 3 and not _SENTENCE_END.search(text):
            return  # a short label ("DVD ללא תפריטים"): only a sentence visibly breaks
        m = re.compile(r"[^\s]+").match(text, j)
        end = m.end() if m else j + 1
        msg = ("המחרוזת העברית מתחילה במילה לועזית: היכן שהכיוון נקבע לפי הטקסט (dir=\"auto\", התראות) "
               "היא תוצג משמאל לימין, והמילים יופיעו בסדר הפוך. כדאי לפתוח במילה עברית, או לקבוע dir=\"rtl\" ברכיב.")
        yield self.finding(doc, j, end, msg, suggestions=['dir="rtl"'])


def _placeholder_at(spans, i):
    for s in spans:
        if s.start == i and s.kind in ("placeholder", "url", "email", "number"):
            return s if s.kind in ("placeholder", "number") else None
    return None
