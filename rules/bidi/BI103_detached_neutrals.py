"""Symbols that belong to a Latin word or a number but are laid out on the wrong side of it in RTL text."""
from __future__ import annotations

import re

from linter.rule import Rule

import unicodedata

from ._bidi import first_strong, has_rtl, strong

_TOKEN = re.compile(r"\S+")
# symbols a writer means as part of the Latin item: C++, C#, move(), 18+, 20°, path/
_TRAIL_AFTER_L = set("+#*/\\=&@^~_|<>-°")
_TRAIL_AFTER_EN = set("+")  # "%", "°", "$", "₪" are European terminators: they stay with the number
_APP_PLACEHOLDER = re.compile(r"#\w+#|%[A-Z][A-Z_ ]*%|\$\w+")  # #connurl#, %PRODUCTNAME%, $u
# symbols in front of the item: -5, +972, #hashtag, @user, .json, /config
_LEAD_BEFORE_EN = set("+-\u2212")
_LEAD_BEFORE_L = set("#@./~")
_SENTENCE = set(".,!?:;\u2026\"'\u05f4\u05f3\u201d\u201c\u2019\u2018")
_PAIRS = {")": "(", "]": "[", "}": "{"}


class DetachedNeutrals(Rule):
    code = "BI103"
    name = "detached-symbols-in-rtl"
    category = "bidi"
    level = "warning"
    lang = "he"
    summary = "In Hebrew text, symbols glued to a Latin word or number (C++, 18+, -5, #tag, move()) show on the wrong side."
    why = (
        "Punctuation and symbols have no direction of their own: between a Latin word and Hebrew text (or the "
        "end of the line) they take the Hebrew direction. So 'C++' at the end of a Hebrew sentence shows as '++C', "
        "'18+' as '+18', '-5' as '5-', '#tag' as 'tag#', and 'move()' as '()move'. Rephrase so the item is not at "
        "the edge of the Hebrew run, or isolate it in markup (<bdi dir=\"ltr\">C++</bdi>, <span dir=\"ltr\">)."
    )
    source = (
        "Unicode UAX #9 (rules W1–W7, N0–N2: neutrals take the embedding direction); W3C Internationalization – "
        "Inline markup and bidirectional text in HTML; HTML Living Standard – the bdi element; webogram #1003, "
        "qvitter #205 (reported breakages)"
    )
    examples = {
        "fail": ["הקורס מלמד C++", "התוכן מתאים לגיל 18+", "הטמפרטורה היא -5 מעלות", "עקבו אחרי #mastodon",
                 "קראו לפונקציה move()", "פתחו את הקובץ Readme)"],
        "pass": [
            "התקינו את Signal.",
            "שלום John!",
            "ההזמנה בוצעה בהצלחה (Order #123)",
            "הקורס מלמד C++ and Java",
            "גרסה 1.2.3",
            "בין 1-5 דקות",
            "עברו ל־Signal",
            "ההנחה היא 50%",
            "הקובץ {name}.json נשמר",
            "C++ הוא שם של שפה",
            "סובב 90° עם כיוון השעון",
            "נא למלא את המיקוד/ZIP שלך",
            "מספר 1) 2) 3)",
            "לא רשום מנהל התקן עבור הכתובת #connurl#.",
        ],
    }

    def check(self, doc):
        text = doc.text
        if not _may_detach(text) or not has_rtl(text):
            return
        ph = [s for s in doc.protected if s.kind not in ("number", "url", "email")]
        code = {i for s in ph for i in range(s.start, s.end)}
        direction, _ = first_strong(text, skip=lambda k: k in code)
        if direction != "R":
            return  # LTR-first strings are BI102's business
        dirs = [None if i in code else strong(c) for i, c in enumerate(text)]
        unpaired = _unpaired_closers(text)
        he = doc.lang == "he"
        for m in _TOKEN.finditer(text):
            s, e = m.start(), m.end()
            if any(i in code for i in range(max(0, s - 1), min(len(text), e + 1))):
                continue  # next to a placeholder or tag: the value's direction is unknown
            if _APP_PLACEHOLDER.search(m.group()):
                continue
            cores = [i for i in range(s, e) if dirs[i] in ("L", "EN")]
            if not cores or any(dirs[i] == "R" for i in range(cores[-1], e)):
                continue
            first, last = cores[0], cores[-1]
            # a Hebrew prefix glued with a maqaf (ל־C++) is part of the token: start after the last R letter
            rs = [i for i in range(s, first) if dirs[i] == "R"]
            lead_start = rs[-1] + 1 if rs else s
            problems = []
            trail = text[last + 1:e]
            while trail and trail[-1] in _SENTENCE:
                trail = trail[:-1]
            if trail and self._detached_after(dirs, e):
                allowed = _TRAIL_AFTER_L if dirs[last] == "L" else _TRAIL_AFTER_EN
                bad = ""
                for k, ch in enumerate(trail):
                    pos = last + 1 + k
                    if unicodedata.bidirectional(ch) == "ET" and dirs[last] == "EN":
                        break
                    if ch in allowed or (ch in _PAIRS and pos in unpaired and dirs[last] == "L") or \
                            (ch == "(" and trail[k + 1:k + 2] == ")") or (ch == ")" and trail[k - 1:k] == "("):
                        bad += ch
                    else:
                        break
                if bad:
                    problems.append((last + 1, last + 1 + len(bad)))
            lead = text[lead_start:first]
            if lead and not rs and self._detached_before(dirs, lead_start):
                allowed = _LEAD_BEFORE_L if dirs[first] == "L" else _LEAD_BEFORE_EN
                if all(ch in allowed for ch in lead) and not (dirs[first] == "EN" and
                                                              any(unicodedata.bidirectional(c) == "ET" for c in lead)):
                    problems.append((lead_start, first))
            for ps, pe in problems:
                item = text[lead_start if ps < first else first:e].rstrip("".join(_SENTENCE)) or text[s:e]
                if he:
                    msg = (f"בטקסט עברי הסימן '{text[ps:pe]}' ב־'{item}' יוצג בצד הלא נכון. "
                           f"כדאי לבודד: <bdi dir=\"ltr\">{item}</bdi>, או לנסח כך שהפריט לא יהיה בקצה.")
                else:
                    msg = (f"In RTL text the '{text[ps:pe]}' of '{item}' shows on the wrong side; isolate it: "
                           f"<bdi dir=\"ltr\">{item}</bdi>.")
                yield self.finding(doc, ps, pe, msg, suggestions=[f'<bdi dir="ltr">{item}</bdi>'])

    @staticmethod
    def _detached_after(dirs, pos) -> bool:
        """Is the next strong direction after pos Hebrew (or the end of the paragraph)?"""
        for d in dirs[pos:]:
            if d == "L" or d == "EN":
                return False
            if d == "R":
                return True
        return True

    @staticmethod
    def _detached_before(dirs, pos) -> bool:
        for d in reversed(dirs[:pos]):
            if d in ("L",):
                return False
            if d in ("R", "EN"):
                return True
        return True


# Every symbol that can be reported: one right after a Latin letter or digit (the trail), or right before one (the
# lead). A text without such a pair has nothing to report, whatever the rest of the analysis says.
_TRAIL_CHARS = frozenset(_TRAIL_AFTER_L | _TRAIL_AFTER_EN | set(_PAIRS) | {"("})
_LEAD_CHARS = frozenset(_LEAD_BEFORE_L | _LEAD_BEFORE_EN)
_SYMBOL = re.compile("[" + re.escape("".join(sorted(_TRAIL_CHARS | _LEAD_CHARS))) + "]")


_NEAR = re.compile("[^\\s\u0590-\u05ff]" + _SYMBOL.pattern + "|" + _SYMBOL.pattern + "[^\\s\u0590-\u05ff]")


def _may_detach(text: str) -> bool:
    if not _NEAR.search(text):
        return False  # no symbol touches anything that could be a Latin letter or a digit (not space, not Hebrew)
    n = len(text)
    for m in _SYMBOL.finditer(text):
        i = m.start()
        ch = text[i]
        if ch in _TRAIL_CHARS and i > 0 and strong(text[i - 1]) in ("L", "EN"):
            return True
        if ch in _LEAD_CHARS and i + 1 < n and strong(text[i + 1]) in ("L", "EN"):
            return True
    return False


def _unpaired_closers(text: str) -> set[int]:
    stack: list[tuple[str, int]] = []
    out = set()
    for i, ch in enumerate(text):
        if ch in "([{":
            stack.append((ch, i))
        elif ch in _PAIRS:
            if stack and stack[-1][0] == _PAIRS[ch]:
                stack.pop()
            else:
                out.add(i)
    return out
