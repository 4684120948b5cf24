"""VP001: "try again later" / "נסו שוב מאוחר יותר" with no time and no other way forward."""
from __future__ import annotations

import re

from linter.rule import Rule
from rules._channels import HE, PV, Trigger, has_channel, has_time, sentence_span

_LATER_EN = (r"(?:later(?:\s+on)?|at\s+a\s+later\s+(?:time|date|point|stage)|another\s+time|some\s+other\s+time|"
             r"in\s+a\s+(?:little\s+)?(?:while|bit)|after\s+(?:some\s+time|a\s+while)|in\s+some\s+time)")
TRY_LATER_EN = re.compile(
    rf"(?i)(?:\b(?:try|retry)|(?<!\bcan )(?<!\bmay )(?<!\bto )\b(?:check\s+back|come\s+back|please\s+return))"
    rf"(?:\s+(?!or\b|and\b)[\w']+){{0,4}}?\s+{_LATER_EN}(?![\w-])"
    rf"|\bwait\s+(?:for\s+)?(?:some|a)\s+(?:time|while|bit)\s+(?:and|before|then)\s+(?:try|trying|retry)")
_LATER_HE = (r"(?:מאוחר\s+יותר|במועד\s+(?:מאוחר|אחר)(?:\s+יותר)?|בשלב\s+מאוחר\s+יותר|בפעם\s+אחרת|בזמן\s+אחר|"
             r"בהמשך|בעוד\s+זמן\s+מה|לאחר\s+זמן\s+מה|אחרי\s+זמן\s+מה|עוד\s+מעט|מאוחר)")
TRY_LATER_HE = re.compile(
    rf"{PV}(?:נסה|נסי|נסו|תנסה|תנסי|תנסו|לנסות|ננסה|אנסה|נסיון|ניסיון|חזור|חזרי|חזרו|תחזור|תחזרי|תחזרו)"
    rf"(?![{HE}])(?:\s+(?!או(?![{HE}]))[{HE}\w'\"-]+){{0,3}}?\s+{_LATER_HE}(?![{HE}])")
# the "later" words every match ends with (_LATER_EN, _LATER_HE and the "wait some time/while/bit" form)
TRIGGER_EN = Trigger(r"later|time|while|bit")
TRIGGER_HE = re.compile(r"מאוחר|אחר|המשך|זמן\s+מה|עוד\s+מעט")
# an alternative offered in the same sentence ("try again later or save a copy")
_ALTERNATIVE = re.compile(rf"(?i)\bor\b|\binstead\b|(?<![{HE}])(או|לחלופין|במקום)(?![{HE}])")


class TryAgainLater(Rule):
    code = "VP001"
    name = "try-again-later"
    category = "vague-promise"
    level = "warning"
    lang = "any"
    summary = "\"Try again later\" with no time and no other way forward."
    why = (
        "\"Later\" is not a time. The reader does not know whether to wait a minute or a day, and keeps retrying or "
        "gives up. Say when it is worth trying again (\"in 10 minutes\", \"after 14:00\"), or offer another route "
        "(save a copy, contact support with a link). A string that already gives a time or another way forward is "
        "not flagged."
    )
    source = ("Nielsen Norman Group – Error-Message Guidelines (constructive advice, a way forward); "
              "Google Technical Writing – Error messages (explain how to fix the problem)")
    examples = {
        "fail": [
            "Could not connect to the server. Please try again later.",
            "Wait some time before trying again.",
            "לא ניתן להתחבר לשרת, נסו שוב מאוחר יותר",
            "השירות אינו זמין כרגע. יש לנסות שוב במועד מאוחר יותר.",
            {"text": "התשלום לא עבר. ונסו שוב מאוחר יותר.", "lang": "he"},
        ],
        "pass": [
            "Please try again in 10 minutes.",
            "Try again later or save a copy of the document.",
            "We couldn't save your changes. Try again after 14:00, or contact support at help@example.com.",
            "You can change this later in Settings.",
            "נסו שוב בעוד 5 דקות.",
            "יש לנסות שוב מאוחר יותר כדי לשמור את המסמך, או לשמור עותק שלו.",
            "אפשר לשנות את זה מאוחר יותר בהגדרות.",
        ],
    }

    def check(self, doc):
        if not (TRIGGER_HE.search(doc.norm) if doc.lang == "he" else TRIGGER_EN(doc)):
            return
        pattern = TRY_LATER_HE if doc.lang == "he" else TRY_LATER_EN
        hits = doc.search(pattern)
        if not hits or has_time(doc.text) or has_channel(doc.text):
            return
        norm = doc.norm
        for start, end, m in hits:
            s, e = sentence_span(norm, m.start(), m.end())
            if _ALTERNATIVE.search(norm, s, e):
                continue
            if doc.lang == "he":
                msg = ("'מאוחר יותר' לא אומר מתי לנסות שוב. כדאי לכתוב מתי (למשל 'בעוד 10 דקות') "
                       "או להציע דרך אחרת להמשיך.")
                sugg = ["נסו שוב בעוד 10 דקות.", "נסו שוב בעוד 10 דקות, או פנו לתמיכה בקישור: …"]
            else:
                msg = ("'Later' does not say when to try again. Give a time (\"in 10 minutes\") or another way "
                       "forward.")
                sugg = ["Try again in 10 minutes.", "Try again in 10 minutes, or contact support: …"]
            yield self.finding(doc, start, end, msg, suggestions=sugg)
            return
