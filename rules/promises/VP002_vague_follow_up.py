"""VP002: a promise to get back, contact, handle or fix something, with no time and no channel."""
from __future__ import annotations

import re

from linter.rule import Rule
from rules._channels import HE, PV, Trigger, has_time, names_medium, sentence_span

# --------------------------------------------------------------------------------------------------- English
_VAGUE_EN = (r"(?:soon|shortly|as\s+soon\s+as\s+(?:possible|we\s+can)|asap|in\s+due\s+course|in\s+some\s+time|"
             r"at\s+a\s+later\s+(?:time|date|stage|point)|eventually|in\s+the\s+near\s+future|at\s+some\s+point|"
             r"before\s+long|in\s+a\s+(?:little\s+)?while)")
VAGUE_EN = re.compile(rf"(?i)\b{_VAGUE_EN}\b")
_SUBJ_EN = (r"(?:we|someone|somebody|an?\s+(?:agent|representative|advisor|adviser|specialist|team\s+member|"
            r"member\s+of\s+(?:our|the)\s+\w+(?:\s+team)?|person)|our\s+(?:\w+\s+)?(?:team|staff|agents?|"
            r"representatives?|experts?|specialists?|moderators?|reviewers?|support)|the\s+(?:\w+\s+)?team|they|one\s+of\s+our\s+\w+)")
_AUX_EN = r"(?:\s+will|'ll|\s+shall|\s+(?:are|is|'re)\s+going\s+to)"
_OBJ = r"(?:it|this|that|them|your\s+\w+(?:\s+\w+)?|the\s+(?:issue|problem|request|case|matter))"
# verbs that promise follow-up without naming how (a channel verb such as "email you" counts only with "soon")
_VERB_EN = (rf"(?:get\s+back\s+to\s+you|get\s+in\s+touch|be\s+in\s+touch|contact\s+you|reach\s+out(?:\s+to\s+you)?|"
            rf"reach\s+you|follow\s+up|reply|respond|answer\s+(?:you|your\s+\w+)|get\s+to\s+(?:it|you)|"
            rf"look\s+into\s+{_OBJ}|take\s+care\s+of\s+{_OBJ}|handle\s+{_OBJ}|review\s+{_OBJ}|process\s+{_OBJ}|"
            rf"fix\s+{_OBJ}|resolve\s+{_OBJ}|deal\s+with\s+{_OBJ}|sort\s+{_OBJ}\s+out|be\s+back|be\s+with\s+you|"
            rf"let\s+you\s+know|update\s+you|keep\s+you\s+(?:posted|updated))")
_CHANNEL_VERB_EN = r"(?:call\s+you(?:\s+back)?|email\s+you|e-mail\s+you|text\s+you|message\s+you|notify\s+you|send\s+you)"
# follow-up verbs that promise contact whoever the subject is ("the host will get back to you")
_STRONG_EN = (r"(?:get\s+back\s+to\s+you|be\s+in\s+touch(?:\s+with\s+you)?|get\s+in\s+touch\s+with\s+you|"
              r"reach\s+out\s+to\s+you|follow\s+up\s+with\s+you)")
PROMISE_EN = re.compile(
    rf"(?i)\b(?:{_SUBJ_EN}{_AUX_EN}(?:\s+(?:\w+ly|try\s+to|do\s+our\s+best\s+to))?"
    rf"\s+(?P<verb>{_VERB_EN}|{_CHANNEL_VERB_EN})"
    rf"|(?:the|an?|our|your)\s+\w+(?:\s+\w+)?{_AUX_EN}(?:\s+\w+ly)?\s+(?P<strong>{_STRONG_EN}))\b")
_REQUEST_EN = (r"(?:request|ticket|message|inquiry|enquiry|complaint|case|issue|application|report|claim|refund|"
               r"feedback|submission|question|order)s?")
PASSIVE_EN = re.compile(
    rf"(?i)\b(?:your|the|this)\s+(?:\w+\s+){{0,2}}?{_REQUEST_EN}\s+(?:(?:has|have)\s+been\s+(?:received|submitted|sent)"
    rf"(?:\s+and)?\s+)?(?:will\s+be|is\s+being|are\s+being|'ll\s+be)\s+(?:\w+ly\s+)?"
    rf"(?:processed|handled|reviewed|answered|looked\s+(?:at|into)|addressed|resolved|dealt\s+with|taken\s+care\s+of)"
    rf"(?P<tail>[^.!?\n]*)")
# a vague adverb next to any future action: "will be restored soon", "they'll take care of it as soon as possible"
VAGUE_FUTURE_EN = re.compile(
    rf"(?i)\b(?:will|'ll|shall)\s+(?:be\s+)?(?:\w+\s+){{0,5}}?{_VAGUE_EN}\b")
_CONDITION_EN = re.compile(r"(?i)\b(?:when|once|after|as\s+soon\s+as\s+(?!possible|we\s+can)|if|in\s+case|"
                           r"should\s+we|whenever)\b")
_ACTION_EN = re.compile(r"(?i)\b(?:get\s+back|contact|reach|reply|respond|answer|look\s+into|take\s+care|handle|"
                        r"review|process|fix|resolve|deal\s+with|be\s+back|be\s+with\s+you|be\s+in\s+touch|"
                        r"restore|be\s+restored|be\s+fixed|be\s+resolved|be\s+processed|be\s+handled|be\s+answered|"
                        r"be\s+reviewed|be\s+available\s+again|be\s+back\s+online|follow\s+up|update\s+you|"
                        r"let\s+you\s+know)\b")

# --------------------------------------------------------------------------------------------------- Hebrew
_VAGUE_HE = (r"(?:בהקדם(?:\s+האפשרי)?|בקרוב|בזמן\s+הקרוב|בעתיד\s+הקרוב|בימים\s+הקרובים|תוך\s+זמן\s+קצר|"
             r"בעוד\s+זמן\s+מה|בשלב\s+מאוחר\s+יותר|במועד\s+מאוחר\s+יותר|עוד\s+מעט|מתישהו|בהמשך)")
VAGUE_HE = re.compile(rf"(?<![{HE}]){_VAGUE_HE}(?![{HE}])")
_YOU = r"(?:אליך|אלייך|אליכם|אלייכם|אלינו|איתך|אתך|עמך|איתכם|אתכם|עמכם|לך|לכם|אותך|אותכם)"
_WITH_YOU = r"(?:איתך|אתך|עמך|איתכם|אתכם|עמכם)"
PROMISE_HE = re.compile(
    rf"{PV}(?:"
    rf"(?:נחזור|יחזרו|יחזור|תחזור|נשוב|ישובו|ישוב|תשוב)\s+(?:אליך|אלייך|אליכם|אלייכם)"
    rf"|(?:ניצור|נצור|ייצרו|יצרו|ייצור|יצור|תיצור|תצור)(?:\s+{_WITH_YOU})?\s+קשר(?!\s+(?:בין|עם\s+ה?(?:שרת|מסד|מכשיר)))"
    rf"|(?:נהיה|יהיו|יהיה|תהיה)(?:\s+{_WITH_YOU})?\s+בקשר"
    rf"|(?:נטפל|יטפלו|יטפל|תטפל)\s+(?:בזה|בזאת|בכך|בעניין|ב?פנייתך|ב?בקשתך|בפנייה|בבקשה|בבעיה|בתקלה|בנושא)"
    rf"|(?:נענה|יענו|יענה|תענה|נשיב|ישיבו|ישיב)\s+(?:לך|לכם|לפנייתך|לפנייה|לשאלתך|לשאלה)"
    rf"|(?:נעדכן|יעדכנו|יעדכן|תעדכן)\s+(?:אותך|אותכם)"
    rf"|(?:נבדוק|יבדקו|יבדוק)\s+(?:את\s+(?:זה|הפנייה|הבקשה|פנייתך|בקשתך|הנושא|העניין)\s+)?ונחזור"
    rf")(?![{HE}])")
_CHANNEL_VERB_HE = re.compile(
    rf"{PV}(?:נתקשר|יתקשרו|יתקשר|תתקשר|נשלח|ישלחו|נכתוב)\s+(?:אליך|אלייך|אליכם|לך|לכם)(?![{HE}])")
_REQUEST_HE = r"(?:פנייתך|פנייתכם|הפנייה|הפניה|פנייה|בקשתך|בקשתכם|הבקשה|ההודעה|הודעתך|התלונה|תלונתך|הדיווח|הכרטיס)"
PASSIVE_HE = re.compile(
    rf"(?<![{HE}]){_REQUEST_HE}(?:\s+[{HE}]+){{0,3}}?\s+ו?(?:תטופל|יטופל|תיענה|ייענה|תיבדק|ייבדק|תטופלנה|יטופלו)"
    rf"(?![{HE}])")
_FUTURE_HE = re.compile(  # future-tense action words a vague adverb turns into a vague promise
    rf"{PV}(?:נחזור|נטפל|נענה|נעדכן|נבדוק|נתקן|נשלח|נפעיל|נחזיר|יחזרו|יחזור|תחזור|יטופל|תטופל|יטופלו|יעובד|תעובד|"
    rf"יעובדו|יתוקן|תתוקן|יתוקנו|ייבדק|תיבדק|יענו|תיענה|ייענה|יתקשרו|יתקשר|נתקשר|ייצרו|ניצור|יישלח|תישלח|"
    rf"יחזרו\s+לפעול|יחזור\s+לפעול|תחזור\s+לפעול|יהיה\s+זמין|תהיה\s+זמינה|יהיו\s+זמינים)(?![{HE}])")
# every English pattern above needs a future auxiliary (PROMISE_EN, VAGUE_FUTURE_EN: will/'ll/shall/going to;
# PASSIVE_EN: will be/is being/are being/'ll be): a text without one cannot hold an English promise
_TRIGGER_EN = Trigger(r"will|'ll|shall|going\s+to|being")
# a Hebrew hit needs a PROMISE_HE verb (or "קשר"), a PASSIVE_HE verb, or a VAGUE_HE adverb
_TRIGGER_HE = re.compile(r"נחזור|יחזרו|יחזור|תחזור|נשוב|ישובו|ישוב|תשוב|קשר|נטפל|יטפלו|יטפל|תטפל|נענה|יענו|יענה|תענה|"
                         r"נשיב|ישיבו|ישיב|נעדכן|יעדכנו|יעדכן|תעדכן|ונחזור|תטופל|יטופל|תיענה|ייענה|תיבדק|ייבדק|"
                         rf"{_VAGUE_HE}")
_CONDITION_HE = re.compile(rf"(?<![{HE}])(?:כש|כאשר\s|ברגע\s+ש|אחרי\s+ש|לאחר\s+ש|אם\s|במקרה\s+ש|מיד\s+כש)")


def _span(doc, m, vague):
    """The promise, stretched over its vague adverb when that sits right next to it ("נחזור אליך בהקדם")."""
    start, end = m.start(), m.end()
    if vague and (0 <= vague.start() - end <= 2 or 0 <= start - vague.end() <= 2):
        start, end = min(start, vague.start()), max(end, vague.end())
    return doc.raw_span(start, end)


def _message(lang: str) -> tuple[str, list[str]]:
    if lang == "he":
        return ("הבטחה בלי מועד ובלי ערוץ: לא ברור מתי ואיך יחזרו אל הקורא. כדאי לכתוב מתי (למשל 'תוך 2 ימי עסקים') "
                "ואיך (במייל, בטלפון).",
                ["נחזור אליך במייל תוך 2 ימי עסקים.", "ניצור איתך קשר בטלפון עד יום ה' ב־12:00."])
    return ("A promise with no time and no channel: the reader cannot tell when or how they will hear back. "
            "Say when (\"within 2 business days\") and how (email, phone).",
            ["We'll email you within 2 business days.", "We'll call you back by 14:00 tomorrow."])


class VagueFollowUp(Rule):
    code = "VP002"
    name = "vague-follow-up"
    category = "vague-promise"
    level = "warning"
    lang = "any"
    summary = "A promise to get back, contact, handle or fix something, with no time frame and no channel."
    why = (
        "\"We'll get back to you soon\" / \"נחזור אליך בהקדם\" sounds helpful but commits to nothing: the reader "
        "does not know whether to wait for a call, watch their inbox, or chase it tomorrow. A concrete time "
        "(\"within 2 business days\", \"תוך 3 שעות\", \"by 14:00\", \"עד סוף השבוע\") or a channel (email, phone, "
        "a link) makes it a real commitment; Israeli consumer-protection rules even set a 3-hour call-back for "
        "some services. Note: \"אל תדאג, עד סוף השבוע זה אצלך\" gives a time frame (end of the week), so it is "
        "not a vague promise; if it reads as brushing the customer off, that is a tone matter, not this rule."
    )
    source = ("Israeli Consumer Protection Law §18B and Consumer Protection Regulations (Phone Service), 2012 "
              "(human call-back within 3 hours); customer-service phrase guides (\"we'll get back to you as soon as "
              "possible\" gives no time or channel)")
    examples = {
        "fail": [
            "Thanks a bunch, we'll be in touch soon!",
            "We'll get back to you as soon as possible.",
            "Someone will contact you.",
            "Your request will be processed in some time.",
            "They'll take care of it as soon as possible.",
            "נחזור אליך בהקדם",
            "ניצור איתך קשר",
            "נטפל בזה בקרוב",
            "תשאיר פרטים, יחזרו אליך",
            "פנייתך התקבלה ותטופל",
            "כל המידע יובא בהצלחה, ויעובד בזמן הקרוב",
        ],
        "pass": [
            "We'll get back to you within 2 business days.",
            "We'll email you by 14:00 tomorrow.",
            "We'll let you know when your export is ready.",
            "In case we need to follow up, we will call you on this number.",
            "Your session will expire soon.",
            "Please use as much detail as possible.",
            "Typically replies in a few hours",
            "נחזור אליך תוך 3 שעות",
            "נחזור אליך בטלפון עד יום ה' ב־12:00",
            "אל תדאג, עד סוף השבוע זה אצלך",
            "זמן מענה טיפוסי תוך כמה דקות",
            "נעדכן אותך כשהייצוא יהיה מוכן",
            "המידע יעובד בזמן אמת",
        ],
    }

    def check(self, doc):
        # the promise patterns are cheap; time and channel detection only run once a promise was found
        norm = doc.norm
        if doc.lang == "he":
            hit = self._hebrew(doc, norm) if _TRIGGER_HE.search(norm) else None
        else:
            hit = self._english(doc, norm) if _TRIGGER_EN(doc) else None
        if not hit:
            return
        text = doc.text
        if has_time(text) or names_medium(text):
            return
        msg, sugg = _message(doc.lang)
        yield self.finding(doc, hit[0], hit[1], msg, suggestions=sugg)

    # each returns the raw span of the first vague promise, or None
    def _english(self, doc, norm):
        for m in PROMISE_EN.finditer(norm):
            s, e = sentence_span(norm, m.start(), m.end())
            rest = norm[m.end():e]
            vague = VAGUE_EN.search(norm, s, e)
            if m.group("verb") and re.match(_CHANNEL_VERB_EN, m.group("verb"), re.I) and not vague:
                continue  # "we'll email you" names the channel
            if not vague and (_CONDITION_EN.search(rest) or _CONDITION_EN.search(norm, s, m.start())):
                continue  # "we'll let you know when it's ready", "if we need more, we'll contact you"
            return _span(doc, m, vague)
        for m in PASSIVE_EN.finditer(norm):
            if _CONDITION_EN.search(m.group("tail")) and not VAGUE_EN.search(m.group("tail")):
                continue
            return doc.raw_span(m.start(), m.end() - len(m.group("tail")))
        for m in VAGUE_FUTURE_EN.finditer(norm):
            if _ACTION_EN.search(m.group()):
                return doc.raw_span(m.start(), m.end())
        return None

    def _hebrew(self, doc, norm):
        for m in PROMISE_HE.finditer(norm):
            s, e = sentence_span(norm, m.start(), m.end())
            vague = VAGUE_HE.search(norm, s, e)
            if not vague and _CONDITION_HE.search(norm, s, e):
                continue
            return _span(doc, m, vague)
        for m in _CHANNEL_VERB_HE.finditer(norm):
            s, e = sentence_span(norm, m.start(), m.end())
            v = VAGUE_HE.search(norm, s, e)
            if v:
                return doc.raw_span(min(m.start(), v.start()), max(m.end(), v.end()))
        for m in PASSIVE_HE.finditer(norm):
            s, e = sentence_span(norm, m.start(), m.end())
            if not _CONDITION_HE.search(norm, m.end(), e):
                return doc.raw_span(m.start(), m.end())
        for v in VAGUE_HE.finditer(norm):
            if v.group().startswith("בהמשך"):
                continue  # "בהמשך" is also "further on" / "below"; only with a promise verb (handled above)
            s, e = sentence_span(norm, v.start(), v.end())
            f = _FUTURE_HE.search(norm, s, e)
            if f:
                return doc.raw_span(min(f.start(), v.start()), max(f.end(), v.end()))
        return None
