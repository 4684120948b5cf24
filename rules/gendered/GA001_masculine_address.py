"""GA001: masculine-only singular address (לחץ, נסה שוב, אתה, תוכל, הנך מתבקש)."""
from __future__ import annotations

from linter.rule import Rule

from ._report import findings


class MasculineAddress(Rule):
    code = "GA001"
    name = "masculine-address"
    category = "gendered-address"
    level = "warning"
    lang = "he"
    summary = "Addresses the reader in the masculine singular (לחץ, נסה, הזן, אתה, תוכל)."
    why = ("Masculine singular imperatives and pronouns leave out half of the readers, and Israeli digital-service writing guidance says "
           "not to use them, not even on buttons. The plural imperative (לחצו) and the "
           "infinitive (יש ללחוץ) suit everyone. The fix changes agreement, so other words in the sentence may "
           "have to change too.")
    source = ("Digital Israel writing-guide draft, 'קווים מנחים לכתיבה אישית לכל המגדרים' "
              "(kinnerety.wixsite.com/digitalisrael); Israeli Government digital service language spec, "
              "personal pronouns (govextra.gov.il/digital_service_language)")
    fix_safety = "unsafe"
    examples = {
        "fail": [
            "לחץ כאן כדי להמשיך",
            "נסה שוב",
            "אם אתה רוצה להתחיל מחדש",
            "לא ניתן להתחבר לשרת, נסה שוב מאוחר יותר",
            "אנא בדוק ונסה שוב",
            "האם אתה בטוח שברצונך לצאת?",
            "הנך מתבקש להזין סיסמה",
            "אל תמשיך אם אינך מכיר את השולח",
            "מחק",
        ],
        "pass": [
            "לחצו כאן",
            "יש ללחוץ כאן",
            "ההגדרות שלך נשמרו",
            "המשתמש חסם אותך",
            "הקובץ נמחק",
            "המשתמש מחק את ההודעה",
            "מספר הטלפון",
            "שלח לי התראות",
            "האפליקציה לא תוכל לפעול",
            "הבא",
        ],
        "fix": [
            {"input": "לחץ כאן", "output": "לחצו כאן"},
            {"input": "אנא בדוק ונסה שוב", "output": "אנא בדקו ונסו שוב"},
        ],
    }

    def check(self, doc):
        return findings(self, doc, "m")
