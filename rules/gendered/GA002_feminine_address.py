"""GA002: feminine-only singular address (לחצי, נסי שוב, את בטוחה?)."""
from __future__ import annotations

from linter.rule import Rule

from ._report import findings


class FeminineAddress(Rule):
    code = "GA002"
    name = "feminine-address"
    category = "gendered-address"
    level = "warning"
    lang = "he"
    summary = "Addresses the reader in the feminine singular (לחצי, נסי, את בטוחה?)."
    why = ("Feminine-only address leaves out part of the readers just as masculine-only does, and switching between "
           "the two inside one product confuses everyone. The plural imperative (לחצו) or the infinitive "
           "(יש ללחוץ) suits all readers.")
    source = ("Digital Israel writing-guide draft, 'קווים מנחים לכתיבה אישית לכל המגדרים' "
              "(kinnerety.wixsite.com/digitalisrael): do not alternate masculine and feminine")
    fix_safety = "unsafe"
    examples = {
        "fail": [
            "לחצי כאן כדי להמשיך",
            "נסי שוב",
            "האם את בטוחה שברצונך לצאת?",
            "בהמתנה לאישור. לחצי כדי לבטל",
            "אם תרצי, אפשר לשנות זאת בהגדרות",
        ],
        "pass": [
            "לחצו כאן",
            "יש ללחוץ כאן",
            "ההגדרות שלך נשמרו",
            "המשתמש חסם אותך",
            "הגדרות כלליות",
            "פרטי החשבון",
            "נא להזין את הסיסמה",
        ],
        "fix": [
            {"input": "לחצי כאן", "output": "לחצו כאן"},
        ],
    }

    def check(self, doc):
        return findings(self, doc, "f")
