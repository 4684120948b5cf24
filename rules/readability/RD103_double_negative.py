"""Double negatives: "not uncommon", "cannot not", "לא בלתי אפשרי", "אי אפשר שלא"."""
from __future__ import annotations

import re

from linter.rule import Rule

_NEG_ADJ = (
    r"un(?:common|usual|likely|like|reasonable|important|helpful|interesting|aware|willing|known|related|available|"
    r"clear|true|safe|necessary|expected|familiar|acceptable|affected|limited|wanted|justified|noticed|"
    r"problematic|successful|supported)"
    r"|in(?:frequent(?:ly)?|significant|considerable|correct|valid|accurate|active|appropriate|capable|complete|"
    r"consistent|sensible|secure|visible)"
    r"|im(?:possible|probable|material|practical|plausible)|il(?:legal|logical|legitimate)"
    r"|ir(?:relevant|regular|rational|reversible)|dis(?:similar|agreeable|honest|pleased|abled)"
)
_EN = [
    (re.compile(rf"\b(?:not|never)\s+(?:an?\s+)?(?P<adj>{_NEG_ADJ})\b", re.I), "adj"),
    (re.compile(r"\b(?:cannot|can't|can not|couldn't|could not|mustn't|must not|won't|will not)\s+"
                r"(?:help\s+but\s+)?not\b", re.I), "must"),
    (re.compile(r"\b(?:don't|doesn't|didn't|do not|does not|did not|won't|can't|cannot|haven't|hasn't|"
                r"isn't|aren't|wasn't|weren't)\s+(?:have|need|want|see|get|got|know|find|say|do)\s+"
                r"(?:no|nothing|nobody|none|no one|nowhere)\b", re.I), "any"),
]
_HE_B = r"(?<![\u05d0-\u05ea])"
_HE = [
    (re.compile(rf"{_HE_B}לא\s+(?P<adj>בלתי[-\s]?[\u05d0-\u05ea]+|אי-[\u05d0-\u05ea]+|אי\s+אפשרי?)"), "he_adj"),
    (re.compile(rf"{_HE_B}(?:אי[-\s]?אפשר|לא ניתן|לא ייתכן|לא יתכן|אין אפשרות|אסור)\s+(?:ש)?לא(?![\u05d0-\u05ea])"),
     "he_must"),
    (re.compile(rf"{_HE_B}אין\s+לא(?![\u05d0-\u05ea])(?!\s+מעט)"), "he_must"),
]

# Pre-check: every English pattern holds "not", "n't" or "never", every Hebrew one "לא"; then all patterns of the
# language in one scan. Most texts fail the first test, nearly all the second, and the rule stops at once.
_EN_CUE = re.compile(r"n(?:o|')t|never", re.I)
_EN_ANY = re.compile("|".join(f"(?:{p.pattern})" for p, _ in _EN), re.I)
_HE_ANY = re.compile("|".join(f"(?:{p.pattern})" for p, _ in _HE))


def _positive_adj(adj: str) -> str:
    low = adj.lower()
    if low.startswith(("un", "in", "im", "il", "ir")):
        return adj[2:]
    if low.startswith("dis"):
        return adj[3:]
    return adj


class DoubleNegative(Rule):
    code = "RD103"
    name = "double-negative"
    category = "readability"
    level = "suggestion"
    lang = "any"
    summary = "Double negatives ('not uncommon', 'cannot not', 'לא בלתי אפשרי') make readers work out the meaning."
    why = (
        "Two negations cancel out, and readers have to stop and compute the result; under stress, or reading in "
        "a second language, many get it wrong. Say the positive thing directly."
    )
    source = (
        "Microsoft Writing Style Guide / Google technical writing course on error messages ('avoid double "
        "negatives'); US Federal Plain Language Guidelines (PLAIN) – 'Use positive language'"
    )
    examples = {
        "fail": [
            "It is not uncommon for the upload to take a few minutes.",
            "You cannot not accept the terms.",
            "We don't have no record of this order.",
            "זה לא בלתי אפשרי לשחזר את הקובץ",
            "אי אפשר שלא לאשר את התנאים",
        ],
        "pass": [
            "The upload can take a few minutes.",
            "Do not uninstall the app while it updates.",
            "The file could not be uploaded.",
            "אף אחד לא הצטרף לשיחה",
            "לא נמצא שום קובץ",
            "יש לא מעט הודעות חדשות",
            "לא אישרת את התנאים",
            "Don't have an account? No problem.",
        ],
    }

    def check(self, doc):
        he = doc.lang == "he"
        norm = doc.norm
        if he:
            if "לא" not in norm or not _HE_ANY.search(norm):
                return  # no pattern matches anywhere
        elif not _EN_CUE.search(norm) or not _EN_ANY.search(norm):
            return
        patterns = _HE if he else _EN
        for pattern, kind in patterns:
            for s, e, m in doc.search(pattern):
                if doc.is_protected(s, e):
                    continue
                if kind == "adj":
                    better = _positive_adj(m.group("adj"))
                    msg = f"Double negative: '{m.group()}' – say it positively ('{better}')."
                    suggestions = [better]
                elif kind == "must":
                    msg = f"Double negative: '{m.group()}' – say what must happen ('must …')."
                    suggestions = ["must"]
                elif kind == "any":
                    msg = f"Double negative: '{m.group()}' – use one negation ('any' instead of 'no')."
                    suggestions = []
                elif kind == "he_adj":
                    adj = m.group("adj")
                    better = re.sub(r"^(?:בלתי|אי)[-\s]?", "", adj)
                    msg = f"שלילה כפולה: '{m.group()}' – עדיף לכתוב בחיוב ('{better}')."
                    suggestions = [better]
                else:
                    msg = f"שלילה כפולה: '{m.group()}' – עדיף לכתוב מה צריך לעשות ('חובה…', 'יש ל…')."
                    suggestions = ["יש ל…", "חובה"]
                yield self.finding(doc, s, e, msg, suggestions=suggestions)
