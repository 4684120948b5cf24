"""GA003: double forms with a slash, dot or parentheses (לחץ/י, את/ה, משתמש.ת, בחר(י))."""
from __future__ import annotations

from linter.rule import Rule

from ._report import findings


class SlashGenderForms(Rule):
    code = "GA003"
    name = "slash-gender-forms"
    category = "gendered-address"
    level = "warning"
    lang = "he"
    summary = "Writes both genders with a slash, dot or parentheses (לחץ/י, את/ה, משתמש.ת, בחר(י))."
    why = ("Slash and dot forms are hard to read, screen readers stumble over them, and they feel impersonal. "
           "The plural (לחצו, משתמשים) or an impersonal wording (יש ללחוץ) covers everyone in plain words.")
    source = ("Digital Israel writing-guide draft, 'קווים מנחים לכתיבה אישית לכל המגדרים' "
              "(kinnerety.wixsite.com/digitalisrael): no slashes, dots or merged endings")
    fix_safety = "unsafe"
    examples = {
        "fail": [
            "לחץ/י כאן",
            "על מה את/ה חושב/ת?",
            "שינוי תפקיד עבור המשתמש.ת",
            "בחר(י) קובץ",
            "אני יודע/ת מה אני עושה",
        ],
        "pass": [
            "לחצו כאן",
            "יש ללחוץ כאן",
            "ההגדרות שלך נשמרו",
            "המשתמש חסם אותך",
            "שם משתמש ו/או סיסמה שגויים",
            "שם משתמש / סיסמה",
            "1/2",
        ],
        "fix": [
            {"input": "לחץ/י כאן", "output": "לחצו כאן"},
        ],
    }

    def check(self, doc):
        return findings(self, doc, "slash")
