"""ER003 invalid-without-reason: "Invalid input", "Invalid JSON", "שדה לא חוקי", "ערך לא תקין"."""
from __future__ import annotations

from linter.rule import Rule
from rules import _errorcues as cues

MSG_HE = ("„{m}” לא אומר מה לא בסדר ואיך לתקן. כדאי לכתוב את הכלל או את הבעיה עצמה, "
          "למשל: „מספר תעודת זהות צריך להכיל 9 ספרות”.")
MSG_EN = ("“{m}” doesn't say what is wrong or how to fix it. State the rule or the actual problem, "
          "e.g. “Enter a date like 31/12/2025”.")
SUGGEST_HE = "[שם השדה] צריך [הכלל, למשל: להכיל 9 ספרות]."
SUGGEST_EN = "[Field] must [the rule, e.g. be 9 digits]."


class InvalidWithoutReason(Rule):
    code = "ER003"
    name = "invalid-without-reason"
    category = "unclear-error"
    level = "warning"
    lang = "any"
    kinds = ("ui", "error", "bot")
    summary = "“Invalid X” about a generic or internal thing, with no rule and no fix („קלט לא חוקי”, “Invalid JSON”)."
    why = ("“Invalid” adds nothing: the user already knows something was not accepted. When the thing is generic "
           "(input, value, field) or internal (response, descriptor, JSON), they cannot even tell what to change. "
           "Say which rule was broken and what to enter instead.")
    source = ("GOV.UK Design System – Error message (avoid “valid/invalid”; say how to fix it); NUREG-0700 "
              "human-factors guideline 2.7.3-1 (specific error messages)")
    examples = {
        "fail": [
            "Invalid input",
            "Invalid JSON",
            "Invalid homeserver discovery response",
            "The element is invalid.",
            {"text": "שדה לא חוקי", "lang": "he"},
            {"text": "קלט לא תקין", "lang": "he"},
            {"text": "JSON לא חוקי", "lang": "he"},
            {"text": "הערך אינו חוקי.", "lang": "he"},
        ],
        "pass": [
            "Invalid email address",
            "Invalid password",
            "Invalid expression, field name '$name$' does not exist.",
            "Invalid value. Enter a number between 1 and 10.",
            {"text": "כתובת מייל לא חוקית", "lang": "he"},
            {"text": "סיסמה שגויה", "lang": "he"},
            {"text": "הערך לא תקין. יש להזין מספר בין 1 ל־10.", "lang": "he"},
        ],
    }

    def check(self, doc):
        if not cues.may_have_error(doc):
            return  # no error sentence possible: nothing to report
        a = cues.analyse(doc)
        if a.heading or a.source_explains or a.has_cause or any(s.generic for s in a.sentences):
            return
        if any(s.next and not s.invalid for s in a.sentences) or a.has_link:
            return
        for s in a.sentences:
            if s.invalid and s.invalid_vague and not s.next:
                start, end = cues.raw_span(doc, s)
                m = doc.text[start:end]
                he = doc.lang == "he"
                yield self.finding(doc, start, end, (MSG_HE if he else MSG_EN).format(m=m),
                                   suggestions=[SUGGEST_HE if he else SUGGEST_EN])
                return
