"""DF002: "not our responsibility", "not handled here", "call another number" – pushing the person away."""
from __future__ import annotations

import re

from linter.rule import Rule
from rules._channels import HE, PV, Trigger, has_channel

NOT_OURS_EN = re.compile(
    r"(?i)\b(?:it'?s|that'?s|this\s+is|that\s+is|it\s+is|is)\s+not\s+(?:my|our)\s+(?:job|department|responsibility|"
    r"problem|area|team|concern)\b"
    r"|\bnot\s+my\s+(?:job|department|responsibility|problem)\b"
    r"|\b(?:this|that|it|your\s+\w+)\s+(?:is|are)\s+not\s+(?:handled|dealt\s+with|managed|processed|supported)\s+"
    r"(?:here|by\s+us|in\s+this\s+(?:app|chat|channel|service|place))\b"
    r"|\bwe\s+(?:don'?t|do\s+not|can'?t|cannot)\s+(?:handle|deal\s+with|process)\s+(?:this|that|these|those|such)\s+"
    r"(?:\w+\s+)?(?:here|in\s+this\s+(?:chat|channel|app))\b"
    r"|\b(?:there'?s|there\s+is)\s+nothing\s+(?:more\s+)?(?:i|we)\s+can\s+do\b"
    r"|\b(?:call|dial|try|use)\s+(?:another|a\s+different|some\s+other|the\s+other)\s+(?:number|line|department|office)\b"
    r"|\b(?:contact|ask|call|try|go\s+to)\s+(?:someone|somebody|somewhere)\s+else\b"
    r"|\byou'?(?:ll|\s+will)\s+(?:have|need)\s+to\s+(?:contact|call|ask|go\s+to|take\s+(?:this|it|that)\s+up\s+with)\s+"
    r"(?:them|someone|somebody|another|a\s+different|the\s+relevant)\b")
NOT_OURS_HE = re.compile(
    rf"(?<![{HE}])(?:זה\s+|זו\s+|הנושא\s+|העניין\s+)?(?:לא|אינו|אינה|איננו)\s+(?:ב?אחריותנו|באחריותי|באחריות\s+שלנו|"
    rf"באחריות\s+שלי|בתחום\s+(?:שלי|שלנו|אחריותנו|אחריותי|האחריות\s+שלנו)|המחלקה\s+(?:שלי|שלנו)|התפקיד\s+שלי|"
    rf"הבעיה\s+(?:שלי|שלנו))(?![{HE}])"
    rf"|(?<![{HE}])(?:אני|אנחנו|אנו)\s+(?:לא|איננו|אינני)\s+(?:קשור|קשורה|קשורים|אחראי|אחראית|אחראים)\s+(?:ל|ב)(?:זה|זאת|כך|עניין|נושא)(?![{HE}])"
    rf"|(?<![{HE}])(?:זה\s+)?לא\s+(?:קשור|קשורה)\s+אלינו(?![{HE}])"
    rf"|(?<![{HE}])(?:לא|אינו|אינה)\s+(?:מטופל|מטופלת|מטופלים|מטופלות)\s+(?:כאן|אצלנו|על\s+ידינו|בערוץ\s+הזה|בצ'אט\s+הזה)(?![{HE}])"
    rf"|(?<![{HE}])אין\s+(?:לנו\s+|לי\s+)?(?:מה\s+לעשות|(?:שום\s+)?דבר\s+ש(?:אפשר|ניתן|אני\s+יכול|אני\s+יכולה|אנחנו\s+יכולים|נוכל|אוכל)\s+לעשות)(?![{HE}])"
    rf"|{PV}(?:התקשר|התקשרו|התקשרי|תתקשר|תתקשרו|תתקשרי|להתקשר|חייג|חייגו|חייגי|לחייג|תחייג|פנה|פנו|פני|תפנה|תפנו|לפנות)"
    rf"\s+(?:ל|אל\s+)?(?:מספר|קו|מחלקה|גורם|מקום|מוקד|סניף)\s+(?:אחר|אחרת)(?![{HE}])"
    rf"|{PV}(?:תצטרך|תצטרכי|תצטרכו)\s+(?:לפנות|להתקשר|לשאול)\s+(?:ל|אל\s+)?(?:מישהו|גורם|מקום)\s+(?:אחר|אחרת)(?![{HE}])")

# a word or phrase each alternative above needs: no match here, no match of NOT_OURS_EN / NOT_OURS_HE
TRIGGER_EN = Trigger(r"not\s+(?:my|our|handled|dealt|managed|processed|supported)"
                     r"|we\s+(?:don'?t|do\s+not|can'?t|cannot)\s+(?:handle|deal|process)|nothing"
                     r"|(?:other|different)\s+(?:number|line|department|office)|some(?:one|body|where)\s+else"
                     r"|(?:have|need)\s+to\s+(?:contact|call|ask|go|take)")
TRIGGER_HE = re.compile(r"אחר|בתחום|המחלקה|התפקיד|הבעיה|קשור|מטופל|לעשות")


class NotOurJob(Rule):
    code = "DF002"
    name = "not-our-job"
    category = "deflection"
    level = "warning"
    lang = "any"
    summary = "Pushes the person away: \"not our responsibility\", \"not handled here\", \"call another number\"."
    why = (
        "Telling someone it is not your department, not handled here, or that they should call another number "
        "makes them do the routing and signals that nobody owns their problem. Say who can help and connect them, "
        "or give the exact channel (\"Billing can fix this: call *2345, Sun–Thu 8–17\"). A string that names such "
        "a channel is not flagged."
    )
    source = ("Customer-service phrase guides (\"it's not my job / not my department\", \"there's nothing I can do\" "
              "among the worst things to say to a customer)")
    examples = {
        "fail": [
            "That's not my department.",
            "This is not handled here.",
            "There's nothing we can do.",
            "Please call another number.",
            "זה לא באחריותנו",
            "אני לא קשור לזה, תתקשר למנהל",
            "אין מה לעשות.",
            "התקשרו למספר אחר.",
        ],
        "pass": [
            "That's not my department, but I'm connecting you to Billing now; they will see this chat.",
            "This is not handled here. Billing can help: call *2345.",
            "Nothing to do here yet.",
            "זה לא באחריותנו, אבל מחלקת החיובים יכולה לעזור: *2345.",
            "אין שינויים לשמור.",
            "המספר לא קשור לחשבון אחר.",
        ],
    }

    def check(self, doc):
        he = doc.lang == "he"
        if not (TRIGGER_HE.search(doc.norm) if he else TRIGGER_EN(doc)):
            return
        hits = doc.search(NOT_OURS_HE if he else NOT_OURS_EN)
        if not hits or has_channel(doc.text):
            return
        start, end, _m = hits[0]
        if he:
            msg = ("מעביר את האחריות לקורא: לא ברור מי כן יעזור ואיך. כדאי לומר מי מטפל בזה ולחבר אליו, או לתת "
                   "ערוץ מדויק (מספר, קישור, שעות).")
            sugg = ["זה מטופל במחלקת החיובים. אפשר להתקשר ל־*2345 (א'–ה' 8:00–17:00).",
                    "מעבירים אותך עכשיו לנציג שיטפל בזה."]
        else:
            msg = ("Pushes the problem back to the reader without saying who can help or how. Say who handles it "
                   "and connect them, or give the exact channel.")
            sugg = ["Billing can fix this: call *2345 (Sun–Thu 8:00–17:00).",
                    "I'm connecting you to an agent who can help now."]
        yield self.finding(doc, start, end, msg, suggestions=sugg)
