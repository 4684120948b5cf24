"""NH001: a situation the person cannot fix alone (locked account, failed payment, "we can't help") with no way to
reach a person."""
from __future__ import annotations

import re

from linter.rule import Rule
from rules._channels import HE, P, PV, Trigger, points_to_person

M = "\ufffc"
_STATE_EN = (r"(?:locked|blocked|suspended|disabled|deactivated|banned|frozen|terminated|restricted|"
             r"(?:put\s+)?on\s+hold|limited)")
_ADV = rf"(?:\s+(?:been|currently|now|temporarily|permanently|indefinitely|automatically|also|{M}+))*"
SITUATION_EN = re.compile(
    rf"(?i)\byour\s+(?:\w+\s+)?account(?:\s+{M}+)?\s+(?:is|has|was|'s|got|have)?{_ADV}\s+{_STATE_EN}\b"
    rf"|\byou(?:'ve|\s+have|\s+are|'re|\s+were|\s+has)?{_ADV}\s+(?:banned|suspended)\b"
    rf"|\b(?:your\s+)?(?:payment|charge|transaction|purchase|card|credit\s+card|debit\s+card|refund)\s+"
    rf"(?:has\s+been\s+|was\s+|is\s+|got\s+)?(?:failed|declined|rejected|refused|unsuccessful|denied)\b"
    rf"|\b(?:payment|charge|transaction|refund)\s+(?:could\s+not|couldn't|cannot|can't)\s+be\s+(?:processed|completed)\b"
    rf"|\b(?:payment|charge|transaction|purchase)\s+(?:did\s+not|didn't)\s+go\s+through\b"
    rf"|\bwe\s+(?:could\s+not|couldn't|were\s+unable\s+to|weren't\s+able\s+to)\s+(?:charge|bill|process)\s+your\b"
    rf"|\btoo\s+many\s+(?:failed\s+|incorrect\s+|unsuccessful\s+|invalid\s+|wrong\s+)?(?:login\s+|sign-?in\s+)?"
    rf"(?:attempts|tries|requests|passwords|codes)\b"
    rf"|\b(?:we|i)\s+(?:can'?t|cannot|are\s+unable\s+to|am\s+unable\s+to|are\s+not\s+able\s+to|'?m\s+not\s+able\s+to)"
    rf"\s+help(?:\s+you)?(?:\s+with\s+(?:that|this|it|(?:this|that|your)\s+(?:request|issue|problem|question|case))"
    rf"|\s+here|\s+further|\s+any\s+further)?"
    rf"(?=\s*(?:[.,!;:)]|$|,?\s*(?:i'm|i\s+am|we're|we\s+are)\s+sorry))"
    rf"|\b(?:your\s+)?(?:subscription|membership|account|plan|order)\s+(?:can\s*not|can't|could\s+not|couldn't)\s+be\s+"
    rf"(?:cancell?ed|closed|refunded)\b|\bcancell?ation\s+(?:failed|was\s+not\s+possible)\b"
    rf"|\b(?:your\s+)?(?:data|files|messages|changes|history|documents?|photos|work)\s+(?:has|have|was|were)\s+"
    rf"(?:been\s+)?(?:permanently\s+)?(?:lost|corrupted)\b|\bcould\s+not\s+be\s+(?:recovered|restored)\b")
_STATE_HE = (r"(?:נעול|נעולה|ננעל|ננעלה|נחסם|נחסמה|חסום|חסומה|הושעה|הושעתה|מושעה|הושבת|הושבתה|מושבת|מושבתת|הוקפא|"
             r"הוקפאה|מוקפא|מוקפאת|הוגבל|הוגבלה|מוגבל|מוגבלת|בוטל|בוטלה|(?:אינו|איננו|לא)\s+פעיל(?:\s+כרגע)?)")
SITUATION_HE = re.compile(
    rf"(?<![{HE}])(?:חשבונך|חשבונכם|ה?חשבון\s+שלך|ה?חשבון\s+שלכם|ה?משתמש\s+שלך)(?:\s+(?:[{HE}]+|{M}+)){{0,2}}?\s+{_STATE_HE}(?![{HE}])"
    rf"|(?<![{HE}])(?:אתה|את|אתם|אתן)\s+(?:כרגע\s+)?(?:חסום|חסומה|חסומים|מושעה|מושעית|מושעים)(?![{HE}])"
    rf"|{P}(?:התשלום|החיוב|העסקה|הטרנזקציה|ההחזר|הכרטיס|כרטיס\s+האשראי|התשלום\s+שלך)\s+(?:[{HE}]+\s+)?"
    rf"(?:נכשל|נכשלה|נדחה|נדחתה|סורב|סורבה|לא\s+עבר|לא\s+עברה|לא\s+בוצע|לא\s+בוצעה|לא\s+אושר|לא\s+אושרה)(?![{HE}])"
    rf"|(?<![{HE}])לא\s+הצלחנו\s+(?:לחייב|לגבות)(?![{HE}])"
    rf"|(?<![{HE}])(?:יותר\s+מדי|יותר\s+מידי|מספר\s+רב\s+מדי\s+של)\s+(?:ניסיונות|נסיונות|בקשות|ניסיונות\s+כושלים)(?![{HE}])"
    rf"|(?<![{HE}])חרגת\s+ממספר\s+ה(?:ניסיונות|נסיונות)(?![{HE}])"
    rf"|(?<![{HE}])(?:ש|ו)?(?:אנחנו\s+|אני\s+)?(?:לא|איננו|אינני|אין\s+באפשרותנו|אין\s+ביכולתנו)\s+"
    rf"(?:יכולים|יכול|יכולה|נוכל|אוכל)?\s*לעזור(?:\s+(?:לך|לכם))?(?:\s+(?:בזה|בנושא|בעניין))?(?=\s*(?:[.,!;:)]|$))"
    rf"|(?<![{HE}])(?:בזה|בזאת)\s+(?:אני|אנחנו)\s+לא\s+(?:יכולים|יכול|יכולה)\s+לעזור"
    rf"|(?<![{HE}])(?:לא\s+ניתן|אי\s+אפשר)\s+לבטל\s+את\s+(?:המנוי|החשבון|ההזמנה|העסקה|ההרשמה)(?![{HE}])"
    rf"|(?<![{HE}])הביטול\s+נכשל(?![{HE}])"
    rf"|(?<![{HE}])לא\s+הצלחנו\s+לבטל\s+את\s+(?:המנוי|החשבון|ההזמנה|העסקה|ההרשמה)(?![{HE}])"
    rf"|(?<![{HE}])(?:הנתונים|המידע|הקבצים|ההודעות|השינויים|המסמכים)(?:\s+שלך)?\s+(?:אבדו|אבד|נמחקו\s+לצמיתות|"
    rf"לא\s+ניתנים\s+לשחזור|אינם\s+ניתנים\s+לשחזור)(?![{HE}])")
# a word each alternative of SITUATION_EN / SITUATION_HE needs (account, banned/suspended, the payment outcomes,
# "too many", "can't help", cancel…, lost/corrupted, recovered/restored): no such word, no situation
TRIGGER_EN = Trigger(r"account|banned|suspended|fail|declined|rejected|refused|unsuccessful|denied|process|completed|"
                     r"go\s+through|charge|bill|too\s+many|(?:can'?t|cannot|able\s+to)\s+help|cancel|closed|refunded|"
                     r"lost|corrupted|recovered|restored")
TRIGGER_HE = re.compile(r"חשבו|משתמש|חסו|מושע|נכשל|נדח|סורב|לא\s+עבר|לא\s+בוצע|לא\s+אושר|הצלחנו|מדי|מידי|חרגת|"
                        r"לעזור|לבטל|אבד|נמחקו|לשחזור")
# a next step the person can take alone ("try another card", "wait 5 minutes", "reset your password")
SELF_STEP = re.compile(
    r"(?i)\b(?:try|retry|wait|use|update|check|enter|reset|verify|choose|select|add|sign\s+in|log\s+in|unlock|"
    r"go\s+to|open|change|request\s+(?:a|an|another|new)|follow|click|tap|reactivate|restore)\b"
    r"|\b(?:would\s+you\s+like|do\s+you\s+want|shall\s+(?:i|we))\b"
    rf"|(?<![{HE}])(?:האם\s+)?(?:תרצו|תרצה|תרצי|רוצים|רוצה)\s+ל"
    rf"|{PV}(?:נסו|נסה|נסי|לנסות|יש\s+לנסות|המתינו|המתן|המתיני|להמתין|השתמשו|השתמש|להשתמש|עדכנו|עדכן|לעדכן|בדקו|בדוק|"
    rf"לבדוק|הזינו|הזן|להזין|אפסו|לאפס|בחרו|בחר|לבחור|היכנסו|היכנס|להיכנס|לחצו|לחץ|ללחוץ|שחזרו|לשחזר|אמתו|לאמת)(?![{HE}])")


class NoHumanPath(Rule):
    code = "NH001"
    name = "stuck-without-a-person"
    category = "no-human-path"
    level = "warning"
    lang = "any"
    summary = ("A situation the person cannot fix alone (locked account, failed payment, \"we can't help\") with no "
               "way to reach a person.")
    why = (
        "A locked or suspended account, a declined payment, repeated failures, a refusal (\"we can't help with "
        "this\"), a cancellation or lost data are exactly the moments when people need someone. If the message "
        "offers neither a next step they can take alone nor a way to reach a person (a support link, phone, chat, "
        "email, or at least \"contact support\"), it is a dead end. Israeli consumer law requires a human answer "
        "for faults, billing and cancellation."
    )
    source = ("Israeli Consumer Protection Law §18B, amendment 57 (human answer within 6 minutes for faults, billing "
              "inquiries and cancellation); MITRE Chatbot Accessibility Playbook (always offer a path to a person)")
    examples = {
        "fail": [
            "Your account has been suspended.",
            "Your account {disabledAccount} is currently disabled.",
            "Payment failed.",
            "Too many attempts. Your account is locked.",
            "We can't help you with this.",
            "We can't help with this request.",
            {"text": "לא הצלחנו לבטל את המנוי.", "lang": "he"},
            {"text": "I can't help you with that, I'm sorry.", "kind": "bot"},
            "החשבון שלך ננעל.",
            "חשבונך {disabledAccount} אינו פעיל כרגע.",
            "התשלום נכשל.",
            "יותר מדי ניסיונות. החשבון שלך נחסם.",
            "אנחנו לא יכולים לעזור בזה.",
        ],
        "pass": [
            "Your account has been suspended. Contact support at help@example.com.",
            "Your card was declined. Try another card.",
            "Too many attempts. Wait 5 minutes and try again.",
            "Your account is not locked. Anyone can follow you.",
            "This account has been suspended.",
            "Closing without saving will result in data loss.",
            "החשבון שלך ננעל. לשחרור אפשר לפנות לתמיכה: *2345.",
            "התשלום נכשל. אפשר לנסות כרטיס אחר.",
            "המשתמש חסם אותך.",
        ],
    }

    def check(self, doc):
        he = doc.lang == "he"
        if not (TRIGGER_HE.search(doc.norm) if he else TRIGGER_EN(doc)):
            return
        hits = doc.search(SITUATION_HE if he else SITUATION_EN)
        if not hits:
            return
        norm = doc.norm
        if points_to_person(doc.text) or SELF_STEP.search(norm):
            return
        start, end, m = hits[0]
        if not he and re.search(r"(?i)\bnot\s+(?:\w+\s+)?$", norm[max(0, m.start() - 12):m.start()]):
            return
        if he:
            msg = ("מצב שאי אפשר לפתור לבד, בלי דרך להגיע לאדם. כדאי להוסיף ערוץ לנציג (קישור, טלפון, צ'אט או "
                   "מייל) ומה לציין בפנייה.")
            sugg = (["…. אפשר להעביר אותך עכשיו לנציג שיעזור בזה."] if doc.kind == "bot" else
                    ["…. לעזרה אפשר לפנות לתמיכה: *2345 או בצ'אט באתר.", "…. צוות התמיכה יכול לעזור: support@example.com"])
        else:
            msg = ("The person cannot fix this alone, and the message gives no way to reach someone. Add a support "
                   "link, phone, chat or email, and what to mention.")
            sugg = (["…. I can connect you to an agent now."] if doc.kind == "bot" else
                    ["…. Contact support at support@example.com or chat with us.", "…. Call us at 1-800-000-000."])
        yield self.finding(doc, start, end, msg, suggestions=sugg)
