"""DF001: "contact your administrator / provider" with no way to reach them."""
from __future__ import annotations

import re

from linter.rule import Rule
from rules._channels import HE, PV, Trigger, has_channel

M = "\ufffc"  # a masked placeholder ("Ask your %(brand)s admin")

# --------------------------------------------------------------------------------------------------- English
_VERB_EN = (r"(?:contact|ask|consult|call|phone|email|e-mail|message|check\s+with|reach\s+out\s+to|talk\s+to|"
            r"speak\s+(?:to|with)|get\s+(?:hold|in\s+contact)\s+(?:of|with)|"
            r"get\s+in\s+touch\s+with|get\s+help\s+from|turn\s+to|inquire\s+with|refer\s+(?:this\s+|it\s+)?to|"
            r"(?:ask|look)\s+for\s+(?:help|support|assistance)\s+from|seek\s+(?:help|support|assistance)\s+from|"
            r"report\s+(?:this|it|the\s+problem|the\s+issue)\s+to)")
_MOD_EN = rf"(?:[\w'{M}.-]+\s+){{0,3}}?"
_ROLE_EN = (r"(?:admins?|administrators?|sysadmins?|system\s+administrators?|it\s+(?:department|team|staff|support|"
            r"help\s?desk|person)|(?:service\s+|internet\s+|hosting\s+|network\s+|email\s+|mobile\s+)?providers?|isp|"
            r"carrier|network\s+operator|bank|card\s+issuer|issuing\s+bank|hosting\s+company|host|server\s+owner|"
            r"owner\s+of\s+(?:the|this)\s+(?:server|site|instance|account)|(?:workspace\s+|site\s+|account\s+|group\s+)?owner|(?:account\s+)?manager|supervisor|employer|"
            r"organi[sz]ation|vendor|reseller|distributor|distribution|moderators?|webmaster)")
DEFLECT_EN = re.compile(
    rf"(?i)\b{_VERB_EN}\s+(?:(?:your|the|a|an|their|its|this)\s+){_MOD_EN}{_ROLE_EN}\b"
    rf"|\b{_VERB_EN}\s+{_ROLE_EN}\b")
# every DEFLECT_EN match names a role from _ROLE_EN (its first word, or "it <department…>")
TRIGGER_EN = Trigger(r"admin|it\s+(?:department|team|staff|support|help|person)|provider|isp|carrier|operator|bank|"
                     r"issuer|host|owner|manager|supervisor|employer|organi|vendor|reseller|distribut|moderator|"
                     r"webmaster")
_NEG_EN = re.compile(r"(?i)\b(?:do\s+not|don't|never|no\s+need\s+to|without|not\s+to|unable\s+to|could\s+not|"
                     r"couldn't|cannot|can't)\s+(?:\w+\s+)?$")
_FIRST_PERSON_EN = re.compile(r"(?i)\b(?:i|let\s+me|me|we'll|we\s+will|we)\s+(?:\w+\s+){0,3}$")

# --------------------------------------------------------------------------------------------------- Hebrew
_VERB_HE = (r"(?:פנה|פני|פנו|תפנה|תפני|תפנו|לפנות|פנייה|פניה|"
            r"(?:צור|צרו|צרי|ליצור|תיצור|תיצרו|יצירת)\s+קשר|"
            r"התקשר|התקשרו|התקשרי|תתקשר|תתקשרו|תתקשרי|להתקשר|"
            r"שאל|שאלו|שאלי|תשאל|תשאלו|תשאלי|לשאול|"
            r"בקש|בקשו|בקשי|תבקש|תבקשו|לבקש|"
            r"היוועץ|היוועצו|להיוועץ|התייעץ|התייעצו|התייעצי|להתייעץ|"
            r"דווח|דווחו|לדווח)")
# every DEFLECT_HE match names a role of _ROLE_HE: its head word
TRIGGER_HE = re.compile(r"מנהל|אדמין|ספק|חברת|בנק|בעל|מחלקת|צוות|אנשי|אחראי|מפעיל")
# an administrator-like role; "מנהל" only where it means a person (not מנהל התקן = driver, מנהל קבצים = file manager)
_ADMIN_NEXT = (rf"(?:\s+(?:שלך|שלכם|שלכן|שלו|שלה|המקומי|מקומי|ה?מערכת|ה?מערכות|ה?שרת|ה?רשת|ה?אתר|ה?ארגון|ה?חשבון|"
               rf"ה?מחשוב|ה?דומיין|ה?קבוצה|ה?קהילה|ה?חדר|ה?שירות|ה?תחום|ה?סביבה|ה?מוסד|ה?בית|ה?עבודה|IT|it|{M}+)"
               rf"(?![{HE}])|(?=\s+[ול][{HE}])|(?![{HE}\s])|(?=\s+[^{HE}\s])|(?=\s*$))")
_ROLE_HE = (rf"(?:(?:ה)?(?:מנהל|מנהלת|מנהלי|מנהלות)(?:/ת)?{_ADMIN_NEXT}"
            rf"|(?:ה)?(?:אדמין|אדמינים)(?![{HE}])"
            rf"|(?:ה)?(?:ספק|ספקית)(?:\s+ה?(?:שירות|אינטרנט|האינטרנט|התקשורת|הסלולר|סלולר|הדואר))?(?:\s+שלך|\s+שלכם)?(?![{HE}])"
            rf"|(?:ה)?חברת\s+ה?(?:אשראי|כרטיס\s+האשראי|הסלולר|סלולר|התקשורת|האינטרנט|הכרטיס)(?![{HE}])"
            rf"|(?:ה)?בנק(?:\s+שלך|\s+שלכם)?(?![{HE}])"
            rf"|(?:ה)?(?:בעל|בעלת|בעלי)\s+ה?(?:שרת|אתר|חשבון|מערכת)(?![{HE}])"
            rf"|(?:ה)?(?:מחלקת|צוות|אנשי)\s+ה?(?:IT|מחשוב|מערכות\s+מידע)(?![{HE}])"
            rf"|(?:ה)?(?:אחראי|אחראית)\s+ה?(?:מערכת|מחשוב|רשת|אתר)(?![{HE}])"
            rf"|(?:ה)?(?:מפעיל|מפעילת)\s+ה?(?:שרת|רשת|סלולר|האתר|אתר)(?![{HE}]))")
DEFLECT_HE = re.compile(
    rf"{PV}{_VERB_HE}(?:\s+(?:אל|עם|את|מ|מן))?\s*(?:ל|מ|מה|ל?ה)?{_ROLE_HE}")
_SENTENCE_PUNCT = re.compile(r"[.!?:;]")
_LABEL = re.compile(rf"(?i)\s*(?:contact|ask|message|email|call)\s+(?!your\b|the\b|a\b|an\b)\w+"
                    rf"|\s*(?:פנייה|פניה|יצירת\s+קשר|שליחת\s+הודעה)(?![{HE}])")
_NEG_HE = re.compile(rf"(?<![{HE}])(?:אל|אין\s+צורך|אין\s+צורך\s+ל?|אינך\s+צריך|אינכם\s+צריכים|ללא|בלי|"
                     rf"לא\s+ניתן|לא\s+ניתן\s+היה|אי\s+אפשר|לא\s+אפשרי|אין\s+אפשרות|נכשל|נכשלה|לא\s+הצלחנו|לא\s+הצליח)"
                     rf"\s+$")
_FIRST_PERSON_HE = re.compile(rf"(?<![{HE}])(?:אני|נא\s+לתת\s+לי|תן\s+לי|תני\s+לי|רוצה|רוצים)\s+(?:[{HE}]+\s+){{0,2}}$")


class ContactYourAdmin(Rule):
    code = "DF001"
    name = "contact-your-admin"
    category = "deflection"
    level = "warning"
    lang = "any"
    summary = "Sends the reader to an administrator, provider or bank without saying who or how to reach them."
    why = (
        "\"Contact your administrator\" assumes the reader knows who that is and how to reach them; most people "
        "do not, so the message ends their journey. Name the person or team, give the channel (a link, an email "
        "address, a phone number, a button), and say what to tell them (the error, a reference number). A string "
        "that already gives such a channel is not flagged."
    )
    source = ("Microsoft Win32 Error Message Guidelines (give a solution the user can carry out); "
              "customer-service phrase guides (sending the customer elsewhere without a way is a deflection)")
    examples = {
        "fail": [
            "Please contact your administrator.",
            "Contact your system administrator if this message persists.",
            "If you keep seeing this warning, check your configuration or contact a server admin.",
            "Ask your %(brand)s admin to check <a>your config</a> for incorrect or duplicate entries.",
            "Ask your provider.",
            "פנה למנהל המערכת",
            "פנו למנהל",
            "נא ליצור קשר עם מנהל המערכת.",
            "אם זה לא נמצא, שאל את המנהל המקומי שלך.",
            "אנא צרו קשר עם אדמין השרת או בדקו את ההגדרות שלכם.",
            "אני לא קשור לזה, תתקשר למנהל",
        ],
        "pass": [
            "Contact your administrator at it-help@example.com.",
            "Ask your admin to <a href=\"{url}\">contact support</a>.",
            "Do not contact the VideoLAN project about this issue.",
            "I want to talk to your manager about the charge.",
            "Open your password manager.",
            "פנו למנהל המערכת בטלפון 03-1234567",
            "לא ניתן ליצור קשר עם מנהל ההתקן.",
            "פתחו את מנהל הקבצים.",
            "פנו אלינו שוב בשעות הפעילות.",
        ],
    }

    def check(self, doc):
        he = doc.lang == "he"
        if not (TRIGGER_HE.search(doc.norm) if he else TRIGGER_EN(doc)):
            return
        hits = doc.search(DEFLECT_HE if he else DEFLECT_EN)
        if not hits:
            return
        if len(doc.words) <= 3 and not _SENTENCE_PUNCT.search(doc.norm) and _LABEL.match(doc.norm):
            return  # "Contact admin" / "פנייה למנהל" as a button or menu label is itself the way to reach them
        if has_channel(doc.text):
            return
        norm = doc.norm
        for start, end, m in hits:
            before = norm[max(0, m.start() - 40):m.start()]
            if (_NEG_HE if he else _NEG_EN).search(before) or (_FIRST_PERSON_HE if he else _FIRST_PERSON_EN).search(before):
                continue
            if he:
                msg = ("שולח את הקורא לגורם אחר בלי לומר מי הוא ואיך מגיעים אליו. כדאי לציין ערוץ (קישור, מייל, "
                       "טלפון) ומה לומר לו.")
                sugg = ["לפנות לצוות התמיכה בקישור: …, ולציין את הודעת השגיאה.",
                        "לפנות למנהל המערכת במייל it@example.com."]
            else:
                msg = ("Sends the reader to someone else without saying who or how. Give the channel (a link, an email "
                       "address, a phone number) and what to tell them.")
                sugg = ["Contact your IT team at it@example.com and mention this message.",
                        "Ask for access through <link>the request form</link>."]
            yield self.finding(doc, start, end, msg, suggestions=sugg)
            return
