"""BL001 blames-user: "You entered an invalid…", "You forgot to…", „הזנת סיסמה שגויה”, „לא מילאת”, „טעית”."""
from __future__ import annotations

import re

from linter.rule import Rule

HE = "\u05d0-\u05ea"
NB = rf"(?<![{HE}])"
NA = rf"(?![{HE}])"
_PFX = r"(?:וכש|כש|וש|ו|ש)?"
_ADJ_HE = (r"(?:שגוי|שגויה|שגויים|שגויות|לא\s+(?:תקין|תקינה|תקינים|תקינות|חוקי|חוקית|חוקיים|חוקיות|נכון|נכונה|"
           r"נכונים|נכונות|תקף|תקפה|תקפים|מתאים|מתאימה)|בלתי\s+(?:חוקי|חוקית|תקין|תקינה|נכון|נכונה|תקף|תקפה))")
_V_ENTER_HE = r"(?:הכנסת|הזנת|הקלדת|מילאת|ציינת|סיפקת|בחרת|שלחת|כתבת|השתמשת\s+ב)(?:ם|ן)?"
_CONDITIONAL_HE = re.compile(rf"{NB}(?:אם|כאשר|במקרה\s+ש|במידה\s+ו)\s*$")
_COMPLEMENTIZER_HE = frozenset({"נראה", "ייתכן", "יתכן", "כנראה", "אולי", "מכיוון", "כיוון", "היות", "מאחר", "מפני"})

HE_PATTERNS = [
    # "הזנת סיסמה שגויה", "כשהכנסת כתובת דוא"ל לא תקינה" — the verb, an object, then a "wrong" adjective
    ("entered", re.compile(rf"{NB}(?P<pfx>{_PFX})(?P<verb>{_V_ENTER_HE})\s+(?P<obj>(?:[^\s.,!?;:]+\s+){{0,3}}?"
                           rf"[^\s.,!?;:]+)\s+(?P<adj>{_ADJ_HE}){NA}")),
    # "לא מילאת את כל השדות", "לא הזנת שם"
    ("omitted", re.compile(rf"{NB}(?:ו)?לא\s+(?:מילאת|הזנת|הכנסת|ציינת|סיפקת|הקלדת|צירפת)(?:ם|ן)?{NA}")),
    # "טעית", "שגית"
    ("mistake", re.compile(rf"{NB}{_PFX}(?:טעית|טעיתם|טעיתן|שגית|שגיתם|שגיתן){NA}")),
    # "שכחת למלא…", "שכחת את הקוד" (not the "שכחת את הסיסמה?" link)
    ("forgot", re.compile(rf"{NB}{_PFX}(?:שכחת|שכחתם|שכחתן)\s+(?:ל[{HE}]|את|מה)")),
    # "ביצעת יותר מדי ניסיונות", "ניסית {{count}} פעמים רבות מדי", "הזנת {{count}} ניסיונות שגויים"
    ("too-many", re.compile(rf"{NB}{_PFX}(?:ביצעת|עשית|ניסית|הזנת|הכנסת|הקלדת|ניסיתם|ביצעתם|עשיתם)(?:ם|ן)?\s+"
                            rf"(?:[^\s.!?]+\s+){{0,4}}?(?:יותר\s+מדי|(?:ניסיונות|נסיונות)\s+(?:כושלים|שגויים|רבים\s+מדי|"
                            rf"לא\s+מוצלחים)|פעמים\s+רבות\s+מדי|(?:מספר|כמות)\s+(?:רב|רבה|גדול|גדולה)\s+מדי)")),
]
EN_PATTERNS = [
    ("entered", re.compile(r"\byou(?:'ve|\s+have)?\s+(?:entered|typed|provided|supplied|specified|given|chosen|"
                           r"selected|used|submitted|input|put\s+in)\s+(?:an?\s+|the\s+|some\s+|\S+\s+)?(?P<adj>invalid|"
                           r"incorrect|wrong|bad|illegal|improper|unsupported|unrecognized|not\s+valid)\b(?P<rest>[^.!?;]*)",
                           re.I)),
    ("forgot", re.compile(r"\byou(?:'ve|\s+have)?\s+(?:forgot(?:ten)?|neglected|failed)\s+(?:to\b|your\b|the\b|a\b|an\b)",
                          re.I)),
    ("omitted", re.compile(r"\byou\s+(?:did\s*(?:not|n't)|have\s*(?:not|n't)|haven't|didn't)\s+(?:enter|fill(?:ed)?|"
                           r"entered|provide[d]?|specif(?:y|ied)|type[d]?|complete[d]?|include[d]?|give|given|"
                           r"supplied|supply)\b", re.I)),
    ("mistake", re.compile(r"\byou(?:'ve|\s+have)?\s+(?:mistyped|misspelled|misspelt|made\s+(?:a|an)\s+(?:mistake|error|"
                           r"typo))\b|\byou(?:'re|\s+are)\s+wrong\b", re.I)),
    ("too-many", re.compile(r"\byou(?:'ve|\s+have)?\s+(?:made|had|entered|tried|attempted|submitted|exceeded)\s+"
                            r"(?:too\s+many|(?:\S+\s+){1,2}?(?:failed|unsuccessful|incorrect|wrong|invalid)\s+"
                            r"(?:attempts|tries|logins?|passwords?|codes?)|the\s+(?:maximum|limit))", re.I)),
]
# every English pattern starts with "you"; every Hebrew one needs one of these second-person past verbs
TRIGGER_EN = re.compile(r"you", re.I)
TRIGGER_HE = re.compile(r"הכנסת|הזנת|הקלדת|מילאת|ציינת|סיפקת|בחרת|שלחת|כתבת|השתמשת|צירפת|טעית|שגית|שכחת|ביצעת|עשית|"
                        r"ניסית")
_CONDITIONAL_EN = re.compile(r"\b(?:if|when|whenever|in\s+case|unless|once|after)\s+(?:\w+\s+){0,1}$", re.I)

MSG = {
    "he": "הניסוח מאשים את המשתמש („{m}”). כדאי לתאר את הבעיה ולא את מי שגרם לה, ולומר מה לעשות: "
          "למשל „הסיסמה שגויה. אפשר לנסות שוב או לאפס אותה”.",
    "en": "This wording blames the user (“{m}”). Describe the problem, not who caused it, and say what to do: "
          "e.g. “That password is incorrect. Try again or reset it.”",
}
GENERIC_SUGGEST = {
    "he": "[מה לא תקין] [מה צריך להזין במקום]. למשל: „הסיסמה שגויה. אפשר לנסות שוב”.",
    "en": "[What is wrong], [what to enter instead]. For example: “That code is incorrect. Check it and try again.”",
}


class BlamesUser(Rule):
    code = "BL001"
    name = "blames-user"
    category = "blame-user"
    level = "warning"
    lang = "any"
    kinds = ("ui", "error", "bot")
    summary = "Wording that makes the user the culprit (“You entered an invalid…”, „הזנת … שגוי”, „לא מילאת”, „טעית”)."
    why = ("Pointing at the user (“you entered”, “you forgot”, “טעית”) adds blame, not information, and makes people "
           "feel stupid at the moment they need help. Describe the problem neutrally and say how to fix it.")
    source = ("GOV.UK Design System – Error message (avoid “you forgot” and blaming language); Nielsen Norman Group – "
              "Error-Message Guidelines (don't blame users)")
    fix_safety = "Display only: the neutral rewrite changes the sentence subject; a person should check it."
    examples = {
        "fail": [
            "You entered an invalid email address.",
            "You forgot to fill in your name.",
            "You have made too many failed attempts.",
            "You did not specify a new name for the attachment.",
            {"text": "הזנת סיסמה שגויה", "lang": "he"},
            {"text": "כשהכנסת כתובת דוא\"ל לא תקינה", "lang": "he"},
            {"text": "לא מילאת את כל השדות", "lang": "he"},
            {"text": "טעית בקוד, נסו שוב", "lang": "he"},
            {"text": "ביצעת {{count}} ניסיונות כושלים", "lang": "he"},
            {"text": "שכחת למלא את השם", "lang": "he"},
            {"text": "הִזַּנְתָּ סיסמה שגויה", "lang": "he"},
        ],
        "pass": [
            "That code is incorrect.",
            "Forgot your password?",
            "If you forgot your password, reset it here.",
            "Make sure you have entered the correct file name.",
            "You attempted to reach %s.",
            {"text": "שכחת את הסיסמה?", "lang": "he"},
            {"text": "הקוד שגוי", "lang": "he"},
            {"text": "הקוד שהזנת שגוי", "lang": "he"},
            {"text": "הזנת מספרים ואותיות", "lang": "he"},
            {"text": "ניסית להגיע אל %s.", "lang": "he"},
            {"text": "אם שכחת את הסיסמה, אפשר לאפס אותה", "lang": "he"},
            {"text": "היו {{count}} ניסיונות כושלים", "lang": "he"},
        ],
        "fix": [
            {"input": "You entered an invalid email address.", "output": "That email address isn't valid."},
            {"input": "הזנת סיסמה שגויה", "output": "סיסמה שגויה", "lang": "he"},
        ],
    }

    def check(self, doc):
        he = doc.lang == "he"
        norm = doc.norm
        if not (TRIGGER_HE if he else TRIGGER_EN).search(norm):
            return
        for kind, pat in (HE_PATTERNS if he else EN_PATTERNS):
            for start, end, m in doc.search(pat):
                if self._excluded(doc, norm, m, kind, he):
                    continue
                text = doc.text[start:end]
                suggestion, fix = self._rewrite(doc, m, kind, he)
                suggestions = [suggestion] if suggestion else [GENERIC_SUGGEST["he" if he else "en"]]
                yield self.finding(doc, start, end, MSG["he" if he else "en"].format(m=text.strip()),
                                   suggestions=suggestions, fix=fix)
                return

    @staticmethod
    def _sentence_of(norm: str, pos: int) -> tuple[int, int]:
        s = max(norm.rfind(c, 0, pos) for c in ".!?\n") + 1
        ends = [i for i in (norm.find(c, pos) for c in ".!?\n") if i != -1]
        return s, (min(ends) + 1 if ends else len(norm))

    def _excluded(self, doc, norm: str, m: re.Match, kind: str, he: bool) -> bool:
        s, e = self._sentence_of(norm, m.start())
        sentence = norm[s:e].strip()
        before = norm[s:m.start()]
        if kind == "forgot" and sentence.endswith("?"):
            return True  # "שכחת את הסיסמה?" / "Did you forget…?" is a help link, not blame
        if he:
            if _CONDITIONAL_HE.search(before) or re.search(rf"{NB}(?:אם|כאשר|במקרה\s+ש)\s*$", before):
                return True
            pfx = m.groupdict().get("pfx") or ""
            if kind == "entered" and pfx.endswith("ש") and not pfx.endswith("כש"):
                words = re.findall(rf"[{HE}]+", before)
                if words and words[-1] not in _COMPLEMENTIZER_HE:
                    return True  # "הקוד שהזנת … שגוי": a relative clause about the code
            if kind == "entered" and not pfx and m.start() > s and re.search(rf"[{HE}]\s*$", before) and \
                    not re.search(rf"{NB}(?:ו?כי|אם|נראה\s+ש|כנראה)\s*$", before):
                return True  # mid-sentence "הזנת"/"הכנסת" is a noun ("after entering…"), not "you entered"
            return False
        if _CONDITIONAL_EN.search(before):
            return True
        return kind in ("forgot", "omitted") and sentence.endswith("?")

    def _rewrite(self, doc, m: re.Match, kind: str, he: bool):
        """A display-only neutral rewrite for the mechanical cases."""
        if kind != "entered":
            return None, None
        if he:
            obj, adj = m.group("obj"), m.group("adj")
            if "\ufffc" in obj:
                return None, None
            new = f"{obj} {adj}"
            s, e = doc.raw_span(m.start(), m.end())
            if doc.is_protected(s, e):
                return new, None
            return new, self.replace(s, e, new, "display")
        rest = (m.group("rest") or "").strip()
        adj = m.group("adj").lower()
        words = rest.split()
        if not words or len(words) > 4 or "\ufffc" in rest or not m.group(0)[:3].lower() == "you":
            return None, None
        verdict = "isn't valid" if adj in ("invalid", "illegal", "not valid", "improper") else \
            "isn't supported" if adj == "unsupported" else "isn't recognized" if adj == "unrecognized" else \
            "is incorrect"
        new = f"That {rest} {verdict}"
        s, e = doc.raw_span(m.start(), m.end())
        return new, self.replace(s, e, new, "display")
