"""Shared cues for the "humane copy" rules: does a string give the reader a concrete way to reach someone, and a
concrete time?

A promise ("we'll get back to you"), a referral ("contact your administrator") or a dead end ("your account is
locked") is fine when the same string says *how* (a link, an address, a phone number, a named button, "contact
support", a chat) and, for promises, *when* ("within 2 business days", "תוך 3 שעות", "by 14:00", "עד יום ה'").

Everything here is plain functions over text (a `str`, or anything with a `.text`, such as a `Doc`), so any rule
may import it read-only. Raw text is matched (placeholder names like `{supportLink}` and URLs are cues), after the
project's own normalisation (geresh, gershayim, maqaf, typographic quotes, niqqud).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from linter.text.normalize import normalize

HE = "\u05d0-\u05ea"
P = rf"(?<![{HE}\w])[ובהלמשכ]{{0,3}}"   # a Hebrew word start with its prefix particles (ו ה ב כ ל מ ש)
E = rf"(?![{HE}])"                        # a Hebrew word end
PV = rf"(?<![{HE}\w])(?:ו|ש|וש|כש|וכש)?"   # a Hebrew verb start: only ו / ש / כש attach to a finite verb


class Cue(NamedTuple):
    start: int   # raw offsets into the text
    end: int
    kind: str    # url | email | phone | link | button | support | chat | time


def _text(obj) -> str:
    return obj if isinstance(obj, str) else getattr(obj, "text", str(obj))


@lru_cache(maxsize=64)
def _norm(text: str) -> tuple[str, list[int] | None]:
    # several rules ask about the same unit text in a row: normalise it once (callers only read the result)
    return normalize(text)


def _raw(index: list[int] | None, start: int, end: int) -> tuple[int, int]:
    if index is None:
        return start, end
    return index[start], (index[end - 1] + 1 if end > start else index[start])


# ------------------------------------------------------------------------------------------------ channels
_URL = re.compile(r"(?i)\b(?:https?|ftp)://\S+|\bwww\.[\w-]+\.\S+|\bmailto:\S+|\btel:\S+"
                  r"|\b[\w-]+\.(?:com|org|net|io|co\.il|org\.il|gov\.il|gov|edu)(?:/\S*)?\b")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# phone numbers: 7+ digits with optional +country, (area) and - or space groups; Israeli star numbers (*2345)
_PHONE = re.compile(r"(?<![\w.:/-])(?:\+\d{1,3}[\s-]?)?(?:\(\d{1,4}\)\s?)?\d{1,4}(?:[\s-]\d{2,8}){1,4}(?![\w:/-]|\.\w)"
                    r"|(?<![\w.:/-])\d{9,11}(?![\w:/-]|\.\w)"
                    r"|(?<![\w*])\*\d{3,5}(?!\d)"
                    r"|\b1-?[78]00(?:-?\d){6,7}\b")
_PHONE_WORD = re.compile(rf"(?i)\b(phone|tel|call us|whats ?app|sms)\b|{P}(טלפון|טל'|חייגו|חייג|וואטסאפ|ווטסאפ)")
# links in markup: <a ...>anchor</a>, [anchor](target), and placeholders named like a link or contact detail
_TAG_LINK = re.compile(r"(?is)<a\b[^>]*>(?P<anchor>.*?)</a\s*>|<(?P<num>\d+)>(?P<anchor2>.*?)</(?P=num)>")
_MD_LINK = re.compile(r"\[(?P<anchor>[^\]\n]{1,80})\]\((?P<target>[^)\s]+)\)")
_LINK_PLACEHOLDER = re.compile(
    r"(?i)(\{\{?|%\(|%\{|\$\{|\[\[)\s*[\w.$-]*(link|url|href|mail|phone|tel|contact|support|help|chat|"
    r"helpdesk|desk)[\w.$-]*\s*(\}\}?|\)s|\]\])")
_CONTACTISH_ANCHOR = re.compile(
    rf"(?i)\b(contact|support|help|helpdesk|help desk|customer (service|care)|agent|chat|email|e-mail|mail|phone|"
    rf"call|reach|here|admin|administrator|team|form|request|ticket|report)\b"
    rf"|{P}(צור|צרו|יצירת|קשר|תמיכה|עזרה|פנייה|פניה|פנו|כאן|נציג|צ'אט|מייל|דוא\"ל|טלפון|טופס|מוקד|מנהל|דיווח)")
# a named button, link, tab or menu: 'click "Contact us"', 'the Help button', 'בכפתור "צור קשר"'
_Q = r"[\"'«»‹›<>]"
_BUTTON = re.compile(
    rf"(?i)\b(click|tap|press|select|choose|use|open|go to|via|through|from)\s+(on\s+)?(the\s+)?{_Q}[^\"'«»]{{1,40}}{_Q}"
    rf"|\b(the\s+)?{_Q}?[A-Z][\w ]{{0,30}}{_Q}?\s+(button|link|tab|menu|page|form)\b"
    rf"|\b(contact|help|support|chat|feedback|report)\s+(button|link|tab|menu|page|form|center|centre)\b"
    rf"|{P}(כפתור|לחצן|קישור|לשונית|תפריט|עמוד|דף|טופס)\s+{_Q}[^\"'«»]{{1,40}}{_Q}"
    rf"|{P}(כפתור|לחצן|קישור|תפריט|עמוד|דף|טופס)\s+(ה)?(צור קשר|יצירת (ה)?קשר|עזרה|תמיכה|פנייה|פניה|פניות|דיווח)")
# support staff and live channels that a reader can act on without further research
_SUPPORT = re.compile(
    r"(?i)\b(contact|email|e-mail|call|phone|message|write to|reach out to|reach|get in touch with|talk to|"
    r"speak (to|with)|ask)\s+(our\s+|the\s+|your\s+)?(customer\s+)?(support|customer (service|care)|help ?desk|"
    r"service desk|support team|care team|help center|help centre)\b"
    r"|\b(our|the)\s+(customer\s+)?(support|service|care|help) (team|desk|center|centre|line)\b"
    r"|\bcustomer (service|support|care)\b|\bhelp ?(center|centre|desk)\b|\bsupport (team|center|centre)\b"
    r"|\b(open|submit|file|raise|create)\s+(a\s+)?(support\s+)?(ticket|request)\b"
    rf"|{P}(מוקד|מוקדי)\s+(ה)?(שירות|תמיכה|לקוחות|טלפוני)|{P}שירות\s+(ה)?לקוחות|{P}צוות\s+(ה)?(תמיכה|שירות)"
    rf"|{P}(התמיכה|תמיכה)(\s+ה?טכנית)?{E}|{P}מרכז\s+(ה)?(עזרה|תמיכה|שירות)|{P}מחלקת\s+(ה)?(שירות|תמיכה)"
    rf"|{P}(פתיחת|לפתוח|פתחו|פתח)\s+(קריאת\s+שירות|פנייה|פניה|כרטיס)|{P}טופס\s+(ה)?(פנייה|פניה|יצירת\s+(ה)?קשר)")
_CHAT = re.compile(
    r"(?i)\b(live\s+chat|chat\s+with\s+(us|an?\s+agent|a\s+person|a\s+human|our\s+team|support|someone)|"
    r"(talk|speak|chat)\s+(to|with)\s+(an?\s+)?(agent|person|human|representative|operator|someone\s+(from|on)\s+our\s+team)|"
    r"(connect|connecting|transfer|transferring|put|putting|pass|passing)\s+you\s+(through\s+)?(to|with)\s+"
    r"(an?\s+|our\s+|the\s+)?[\w-]+)\b"
    rf"|{P}(צ'אט|צאט|הצ'אט)\s+(עם\s+)?(נציג|נציגה|התמיכה|שירות)|{P}(נציג|נציגה)\s+(אנושי|אנושית|שירות)"
    rf"|{P}(לדבר|לשוחח|להתכתב)\s+עם\s+(נציג|נציגה|נציגים|מוקדן|מוקדנית)"
    rf"|(מעביר|מעבירה|מעבירים|נעביר|אעביר|מחבר|מחברת|מחברים|נחבר|אחבר)\s+(אותך|אותכם|אתכם)\s+(עכשיו\s+|כעת\s+|מיד\s+)?(ל|אל\s+|עם\s+)[{HE}]")


def _link_cues(text: str) -> list[Cue]:
    cues: list[Cue] = []
    for m in _TAG_LINK.finditer(text):
        anchor = m.group("anchor") if m.group("anchor") is not None else (m.group("anchor2") or "")
        if _CONTACTISH_ANCHOR.search(normalize(anchor)[0]) or _EMAIL.search(anchor) or _URL.search(anchor):
            cues.append(Cue(m.start(), m.end(), "link"))
    for m in _MD_LINK.finditer(text):
        target = m.group("target")
        if target.startswith(("mailto:", "tel:")) or _CONTACTISH_ANCHOR.search(normalize(m.group("anchor"))[0]) \
                or re.search(r"(?i)contact|support|help|chat", target):
            cues.append(Cue(m.start(), m.end(), "link"))
    for m in _LINK_PLACEHOLDER.finditer(text):
        cues.append(Cue(m.start(), m.end(), "link"))
    return cues


def _phone_cues(text: str) -> list[Cue]:
    cues = []
    for m in _PHONE.finditer(text):
        s = m.group()
        digits = sum(c.isdigit() for c in s)
        if s.startswith("*") and digits >= 3:
            cues.append(Cue(m.start(), m.end(), "phone"))
        elif digits >= 7 and not re.fullmatch(r"(19|20)\d\d-\d\d-\d\d", s) and not re.fullmatch(r"\d{4}\s\d{4}|\d{1,3}(?:[ ,]\d{3})+", s):
            cues.append(Cue(m.start(), m.end(), "phone"))
    return cues


def channels(obj) -> list[Cue]:
    """Every concrete way to reach someone that the text names, as raw spans, in text order."""
    text = _text(obj)
    if not text:
        return []
    return list(_channels(text))


@lru_cache(maxsize=64)
def _channels(text: str) -> tuple[Cue, ...]:
    """channels() of one text, computed once: has_channel / names_medium / points_to_person share it."""
    norm, index = _norm(text)
    cues = [Cue(m.start(), m.end(), "email") for m in _EMAIL.finditer(text)]
    cues += [Cue(m.start(), m.end(), "url") for m in _URL.finditer(text)
             if not any(c.start <= m.start() < c.end for c in cues)]
    cues += _phone_cues(text)
    cues += _link_cues(text)
    for pattern, kind in ((_BUTTON, "button"), (_SUPPORT, "support"), (_CHAT, "chat")):
        for m in pattern.finditer(norm):
            s, e = _raw(index, m.start(), m.end())
            cues.append(Cue(s, e, kind))
    return tuple(sorted(set(cues)))


def has_channel(obj) -> bool:
    """True when the text names a concrete channel (link, URL, email, phone, named button, support, chat)."""
    text = _text(obj)
    return bool(text) and bool(_channels(text))


# ------------------------------------------------------------------------------------------------ a person
# Weaker than a channel: the text points at *someone* ("contact us", "your administrator", "נציג") without saying
# how. Enough to rule out "no way to reach a person"; not enough to rule out a deflection.
_PERSON = re.compile(
    r"(?i)\b(contact|call|email|e-mail|message|write to|reach out to|reach|get in touch with|talk to|speak (to|with)|"
    r"ask|consult|check with|notify|inform|tell)\s+(us|our|the|your|a|an|someone|somebody|support|sales|billing)\b"
    r"|\b(let us know|get in touch|reach out)\b|\b(an?|our)\s+(agent|representative|person|human|operator)\b"
    r"|\b(contact|help|support)\s+us\b"
    rf"|{P}(פנה|פני|פנו|לפנות|פנייה|פניה|צור|צרו|צרי|ליצור|התקשר|התקשרו|התקשרי|להתקשר|תתקשר|תתקשרו|כתבו|לכתוב|שאל|שאלו|"
    rf"שאלי|לשאול|דווחו|לדווח|עדכנו|לעדכן)\s+(קשר|אלינו|לנו|אל|עם|ל|את)"
    rf"|{P}(נציג|נציגה|נציגים|מוקדן|מוקדנית|המוקד|התמיכה|מנהל|מנהלת|אדמין)(?![{HE}])")


# The medium alone ("by email", "בטלפון"): enough to make a promise concrete about *how*, not to reach anyone.
_MEDIUM = re.compile(
    r"(?i)\b(?:by|via|through|over\s+the|on\s+the)\s+(?:e-?mail|phone|telephone|sms|text(?:\s+message)?|whats\s?app|"
    r"chat|post|mail)\b|\b(?:call|email|e-mail|text|phone|ring)\s+you\b"
    rf"|(?<![{HE}])(?:ב|דרך\s+ה?|באמצעות\s+ה?)(?:מייל|דוא\"ל|טלפון|הטלפון|הודעה|הודעת\s+SMS|SMS|ווטסאפ|וואטסאפ|צ'אט|דואר)(?![{HE}])")


def names_medium(obj) -> bool:
    """True when the text names how contact will happen ("by email", "בטלפון"), even without an address."""
    text = _text(obj)
    return has_channel(text) or bool(_MEDIUM.search(_norm(text)[0]))


def points_to_person(obj) -> bool:
    """True when the text gives any pointer to a person or a contact route, concrete or not."""
    text = _text(obj)
    return has_channel(text) or bool(_PERSON.search(_norm(text)[0]))


# ------------------------------------------------------------------------------------------------ time
_NUM_EN = (r"(?:\d+(?:[.,]\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
           r"thirty|forty-?five|forty|sixty|ninety|a few|few|a couple of|couple of|several)")
_UNIT_EN = r"(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?|moments?|business days?|" \
           r"working days?|workdays?)"
_DAY_EN = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"
_TIME_EN = re.compile(
    rf"(?i)\b(in|within|under|after|for|up to|about|around|next)\s+(the\s+)?(next\s+)?{_NUM_EN}[\s-]+{_UNIT_EN}\b"
    rf"|\b\d+(?:[.,]\d+)?\s*(-|–|to)?\s*\d*\s*{_UNIT_EN}\b"
    rf"|\b{_NUM_EN}[\s-]+(business|working)\s+days?\b"
    rf"|\b([01]?\d|2[0-3]):[0-5]\d\b|\b(1[0-2]|0?[1-9])(:[0-5]\d)?\s*(am|pm|a\.m\.|p\.m\.)"
    rf"|\b(by|on|until|till|before|this|next|from)\s+{_DAY_EN}\b|\b{_DAY_EN}\s*(-|–|to)\s*{_DAY_EN}\b"
    rf"|\b(today|tonight|tomorrow|this (morning|afternoon|evening|week|month)|next (week|month|business day|working day))\b"
    rf"|\b(end|close) of (the\s+)?(day|business day|week|month|business)\b|\b(eod|cob)\b|\b24/7\b"
    rf"|\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|"
    rf"dec(ember)?)\s+\d{{1,2}}\b|\b\d{{1,2}}\s+(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|"
    rf"sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b|\b\d{{1,2}}/\d{{1,2}}(/\d{{2,4}})?\b")
_NUM_HE = r"(?:\d+(?:[.,]\d+)?|כמה|מספר|שתי|שני|שלוש|שלושה|ארבע|ארבעה|חמש|חמישה|עשר|עשרה|עשרים|שלושים|חצי)"
_UNIT_HE = r"(?:שניות|שנייה|שניה|דקות|דקה|שעות|שעה|ימים|יום|ימי\s+(?:עסקים|עבודה)|שבועות|שבוע|חודשים|חודש|רגעים|רגע)"
_DAY_HE = r"(?:יום\s+)?(?:ראשון|שני|שלישי|רביעי|חמישי|שישי|[אבגדהו]')"
_TIME_HE = re.compile(
    rf"{P}(תוך|בתוך|בעוד|עוד|לאחר|אחרי|עד|בתוך|כעבור|במשך)\s+({_NUM_HE}\s+)?{_UNIT_HE}{E}"
    rf"|{P}(תוך|בתוך|בעוד|לאחר|אחרי|עד|כעבור)\s+(דקה|שעה|יום|שבוע|חודש|יומיים|שעתיים|שבועיים|חודשיים|רגע){E}"
    rf"|(?<![{HE}])\d+\s*{_UNIT_HE}{E}|{P}(יומיים|שעתיים|שבועיים|חודשיים){E}"
    rf"|(?<![{HE}])(עד|ביום|מיום|עד\s+יום)\s+{_DAY_HE}(?![{HE}])|(?<![{HE}])יום\s+[אבגדהו]'"
    rf"|(?<![{HE}])[אבגדהו]'\s*[-–]\s*[אבגדהו]'"
    rf"|\b([01]?\d|2[0-3]):[0-5]\d\b|{P}(מחר|מחרתיים|הערב|הבוקר|הלילה){E}|(?<![{HE}])(עוד\s+)?היום(?![{HE}])(?!\s+ה?(זה|הזה|שבו|בו))"
    rf"|{P}(סוף|תחילת)\s+(ה)?(יום|שבוע|חודש|שבוע\s+הבא|יום\s+העבודה|יום\s+העסקים){E}"
    rf"|{P}(בשבוע|בחודש|ביום)\s+(הבא|הקרוב){E}|24/7|מסביב\s+לשעון|{P}(בשעות|שעות)\s+(ה)?(פעילות|פתיחה|עבודה|מענה){E}"
    rf"|\b\d{{1,2}}[./]\d{{1,2}}([./]\d{{2,4}})?\b")


def times(obj) -> list[Cue]:
    """Concrete times and time frames the text gives ("within 2 business days", "תוך 3 שעות", "by 14:00")."""
    return list(_times(_text(obj)))


@lru_cache(maxsize=64)
def _times(text: str) -> tuple[Cue, ...]:
    norm, index = _norm(text)
    out = []
    for pattern in (_TIME_EN, _TIME_HE):
        for m in pattern.finditer(norm):
            s, e = _raw(index, m.start(), m.end())
            out.append(Cue(s, e, "time"))
    return tuple(sorted(set(out)))


def has_time(obj) -> bool:
    """True when the text gives a concrete time or time frame."""
    return bool(_times(_text(obj)))


# ------------------------------------------------------------------------------------------------ triggers
class Trigger:
    """A cheap pre-test a rule runs on Doc.norm before its real patterns: lower-case literals, matched ignoring case.

    ASCII text is searched lower-cased without re.IGNORECASE (several times faster: the engine can skip ahead on
    the first letters); any other text uses the IGNORECASE twin, so the answer is always that of an IGNORECASE
    search of Doc.norm. Write the pattern in lower case (no upper-case letters or classes)."""

    __slots__ = ("lower", "ignorecase")

    def __init__(self, pattern: str) -> None:
        self.lower = re.compile(pattern)
        self.ignorecase = re.compile(pattern, re.IGNORECASE)

    def __call__(self, doc) -> bool:
        norm = doc.norm
        if norm.isascii():
            return self.lower.search(doc.lower) is not None
        return self.ignorecase.search(norm) is not None


# ------------------------------------------------------------------------------------------------ sentences
_SENT_END = re.compile(r"[.!?;\n]+(?=\s|$)|[!?\n]+")


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The (start, end) of the sentence of `text` around [start, end): cheap punctuation-based bounds."""
    s = 0
    for m in _SENT_END.finditer(text, 0, start):
        s = m.end()
    m = _SENT_END.search(text, end)
    return s, (m.start() if m else len(text))


__all__ = ["Trigger", "names_medium", "PV", "sentence_span", "Cue", "channels", "has_channel", "has_time", "points_to_person", "times", "P", "E", "HE"]
