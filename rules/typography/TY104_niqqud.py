"""Niqqud (vowel points) and cantillation marks inside UI strings."""
from __future__ import annotations

import re

from linter.rule import Rule

# U+0591–U+05C7 minus the punctuation in that block: maqaf 05BE, paseq 05C0, sof pasuq 05C3, nun hafukha 05C6
_POINT = "\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"
_POINTED_WORD = re.compile(rf"[\u05d0-\u05ea{_POINT}]*[{_POINT}][\u05d0-\u05ea{_POINT}]*")
_STRIP = re.compile(rf"[{_POINT}]")
_HOLAM_HASER_OR_KUBUTZ = re.compile(r"[\u05d0-\u05d4\u05d6-\u05ea][\u05b0-\u05bd\u05c1\u05c2]*[\u05b9\u05bb]")


class Niqqud(Rule):
    code = "TY104"
    name = "niqqud-in-ui"
    category = "typography"
    level = "suggestion"
    lang = "he"
    summary = "UI text is written without niqqud (vowel points); pointed words usually come from a pasted dictionary entry."
    why = (
        "Interface Hebrew is unpointed full spelling. Points in one string stand out, often mark a machine or "
        "dictionary translation (יַצְגָן, לְהַעֲבִיר), render badly in some fonts, and break search."
    )
    source = (
        "Academy of the Hebrew Language – rules for spelling without niqqud (כללי הכתיב חסר הניקוד); "
        "attested in Mastodon, Element, Rocket.Chat and Signal Hebrew catalogs"
    )
    fix_safety = (
        "Unsafe: the points are removed. Display only where a holam or kubutz sits on a consonant, since full "
        "spelling may then need an added ו."
    )
    examples = {
        "fail": ["הִתמוֹטְטוּת", "לְהַעֲבִיר", "פרופיל יַצְגָן"],
        "pass": ["התמוטטות", "אימות דו־שלבי", "להעביר את השיחה"],
        "fix": [{"input": "לְהַעֲבִיר", "output": "להעביר"}],
    }

    def check(self, doc):
        if doc.kind == "prose" or not _STRIP.search(doc.text):
            return  # every pointed word holds a point
        for m in _POINTED_WORD.finditer(doc.text):
            word = m.group()
            plain = _STRIP.sub("", word)
            if not plain:
                continue
            safety = "display" if _HOLAM_HASER_OR_KUBUTZ.search(word) else "unsafe"
            msg = f"ניקוד בטקסט ממשק: כדאי לכתוב '{plain}' בכתיב מלא, בלי ניקוד."
            yield self.finding(doc, m.start(), m.end(), msg, suggestions=[plain],
                               fix=self.replace(m.start(), m.end(), plain, safety))
