"""GA004: a file that addresses the reader in more than one way (plural imperative, infinitive, gendered forms)."""
from __future__ import annotations

from collections import Counter

from linter.rule import Rule
from linter.text.analysis import Doc

from ._analysis import analyse

STYLE_NAME = {
    "plural": "ציווי ברבים („לחצו”)",
    "inf": "שם פועל („יש ללחוץ”)",
    "m": "זכר יחיד („לחץ”)",
    "f": "נקבה יחידה („לחצי”)",
    "slash": "לוכסן („לחץ/י”)",
}
NEUTRAL = ("plural", "inf")
MIN_UNITS = 5          # strings with a form of address; fewer is too little to call a house style
MIN_SHARE = 0.6        # the house style must be a clear majority


def _style_of(analysis) -> str | None:
    if not analysis.hits and not analysis.neutral:
        return None
    counts = Counter()
    for h in analysis.hits:
        counts[h.gender] += 1
    for h in analysis.neutral:
        counts[h.kind] += 1
    return counts.most_common(1)[0][0] if counts else None


def _rewrite(hit, target: str) -> list[str]:
    """The same verb in the file's style, when the lexicon knows it."""
    form = hit.form
    if form is None:
        return []
    verb = form.verb
    if target == "plural" and verb.first("imp_pl"):
        return [verb.first("imp_pl")]
    if target == "inf" and verb.has_infinitive:
        return [f"יש {verb.infinitive}"]
    return []


class MixedAddress(Rule):
    code = "GA004"
    name = "mixed-address"
    category = "gendered-address"
    level = "suggestion"
    lang = "he"
    scope = "file"
    summary = "A file addresses the reader in more than one style (לחצו / יש ללחוץ / לחץ)."
    why = ("Readers notice when one screen says 'לחצו' and the next 'יש ללחוץ' or 'לחץ'; switching forms looks "
           "careless and, between masculine and feminine, excludes. Pick the style most of the file already uses "
           "and write every instruction that way.")
    source = ("Digital Israel writing-guide draft, 'קווים מנחים לכתיבה אישית לכל המגדרים' "
              "(kinnerety.wixsite.com/digitalisrael): do not alternate forms of address")
    examples = {
        "fail": [[
            "יש ללחוץ כאן כדי להמשיך",
            "יש להזין סיסמה",
            "נא לבחור קובץ",
            "יש לנסות שוב",
            "נא להמתין",
            "לחצו כאן",
        ]],
        "pass": [
            [
                "לחצו כאן",
                "יש ללחוץ כאן",
                "ההגדרות שלך נשמרו",
                "המשתמש חסם אותך",
            ],
            [
                "לחצו כאן כדי להמשיך",
                "הזינו סיסמה",
                "בחרו קובץ",
                "נסו שוב",
                "המתינו",
                "ההגדרות שלך נשמרו",
            ],
        ],
    }

    # Streaming: each unit is reduced to its style and the first form of that style (raw span and verb form) when
    # it goes by; the house style is known only at the end of the file.
    def start_file(self):
        return []

    def observe(self, state, doc) -> None:
        analysis = analyse(doc)
        style = _style_of(analysis)
        if style is None:
            return
        hits = [h for h in analysis.hits + analysis.neutral if (h.gender if h.kind not in NEUTRAL else h.kind)
                == style]
        first = None
        if hits:
            hit = min(hits, key=lambda h: h.ns)
            start, end = doc.raw_span(hit.ns, hit.ne)
            first = (start, end, hit)
        state.append((doc.unit, style, first))

    def finish_file(self, state):
        styled = state
        if len(styled) < MIN_UNITS:
            return
        counts = Counter(style for _, style, _ in styled)
        house, n = counts.most_common(1)[0]
        if house not in NEUTRAL or n / len(styled) < MIN_SHARE:
            return   # no neutral house style to align to (gendered forms are reported by GA001–GA003)
        for unit, style, first in styled:
            if style == house or first is None:
                continue
            start, end, hit = first
            message = (f"רוב המחרוזות בקובץ ({n} מתוך {len(styled)}) פונות לקורא ב{STYLE_NAME[house]}, "
                       f"וכאן הפנייה היא ב{STYLE_NAME[style]}. כדאי לכתוב כמו בשאר הקובץ.")
            yield self.finding(Doc(unit), start, end, message, suggestions=_rewrite(hit, house))
