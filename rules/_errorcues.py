"""Shared cues for recognising an error message and its parts (Hebrew and English).

Used by the unclear-error rules (rules/errors/) and free for other rules to import read-only. Everything here works on
`Doc.norm` (masked + normalised text: placeholders are U+FFFC, niqqud/bidi marks removed, ״→" ׳→').

The central object is `analyse(doc)`: the message split into sentences, each tagged with what it does —
  generic   says only that "an error occurred" / "something went wrong" (qualified: "…while saving the file")
  failure   states that an action failed ("Could not open the file", "השמירה נכשלה")
  invalid   says something is invalid without saying what is wrong ("Invalid JSON", "שדה לא חוקי")
  cause     gives a reason or a condition ("because…", "כי…", "the file is read-only")
  next      gives a way forward ("Try again", "נא לבדוק…", a link, a question offering a choice)
It is computed once per Doc and cached on it.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from rules._channels import Trigger

HE = "\u05d0-\u05ea"
NB = rf"(?<![{HE}A-Za-z])"          # no letter before
NA = rf"(?![{HE}A-Za-z])"           # no letter after
PH = r"(?:\ufffc+|\$\(\w+\)|\$\d+|%\d|#\d?|\[\*\])"   # a placeholder in Doc.norm (masked or an unmasked style)

# ------------------------------------------------------------------------------------------------------ keys ----
_KEY_SEG = re.compile(r"[._\-|/:\s]+")
ERROR_KEY_WORDS = frozenset({
    "error", "errors", "err", "fail", "failed", "failure", "failures", "invalid", "exception", "problem", "unable",
    "cannot", "couldnt", "unexpected", "unknown", "errhdl", "errorcode", "error_message",
})
TITLE_KEY_WORDS = frozenset({
    "title", "heading", "header", "headline", "caption", "label", "button", "btn", "tooltip", "placeholder", "menu",
    "tab", "action", "column", "col", "legend", "hint", "name",
})


def key_parts(key: str | None) -> list[str]:
    """Lower-cased identifier parts of a key (camelCase split), e.g. LOGIN.API.ERROR_MESSAGE → login api error message."""
    if not key:
        return []
    ident = key.split("|", 1)[0]  # PO keys: msgctxt|msgid — the msgid is a sentence, not an identifier
    ident = re.sub(r"([a-z])([A-Z])", r"\1 \2", ident)
    return [p.lower() for p in _KEY_SEG.split(ident) if p]


def key_says_error(key: str | None) -> bool:
    return any(p in ERROR_KEY_WORDS or p.startswith("error") or p.endswith("error") for p in key_parts(key))


def key_says_title(key: str | None) -> bool:
    """The key names a heading/label/button (its last identifier part), not a message body."""
    parts = key_parts(key)
    return bool(parts) and parts[-1] in TITLE_KEY_WORDS


def english_source(doc) -> str | None:
    """The English source of a translated unit: PO msgid from context, or the msgid part of a `ctx|msgid` key."""
    ctx = getattr(doc.unit, "context", None) or {}
    src = ctx.get("msgid")
    if src:
        return src
    key = doc.key or ""
    if "|" in key:
        tail = key.rsplit("|", 1)[1]
        if " " in tail.strip():
            return tail
    return None


_TITLE_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_SMALL = frozenset({"a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "by", "with", "from", "be"})


def is_title_case(text: str) -> bool:
    """"Document Could Not Be Locked": a heading in Title Case (every long word capitalised, no final stop)."""
    text = text.strip()
    if not text or text.endswith((".", "!", "?", ":")):
        return False
    words = _TITLE_WORD.findall(text)
    long_words = [w for w in words if w.lower() not in _SMALL]
    if len(long_words) < 3:
        return False
    return all(w[0].isupper() for w in long_words)


def looks_like_heading(doc) -> bool:
    if key_says_title(doc.key):
        return True
    if doc.lang == "en" and is_title_case(doc.text):
        return True
    src = english_source(doc)
    return bool(doc.lang != "en" and src and is_title_case(src))


def is_error_context(doc) -> bool:
    """Key, configured kind or English source say this unit is an error message."""
    if doc.kind == "error" or key_says_error(doc.key):
        return True
    src = english_source(doc)
    return bool(src and _EN_ERROR_WORD.search(src))


_EN_ERROR_WORD = re.compile(r"\b(?:error|failed|failure|could\s*not|couldn't|unable|cannot|can't|invalid|went wrong)\b",
                            re.I)
HE_ERROR_WORD = re.compile(
    rf"{NB}(?:[ושה]|וה|כש)?(?:שגיאה|שגיאת|שגיאות|תקלה|תקלת|נכשל|נכשלה|נכשלו|השתבש)"
    rf"{NA}|לא\s+הצלח|לא\s+ניתן|אין\s+אפשרות")

# -------------------------------------------------------------------------------------------- English patterns ----
_EN_LEAD = r"(?:(?:sorry|oops|whoops|uh[- ]oh|unfortunately|error|alas)\s*[,!.:;-]*\s*)?"
_EN_GENERIC_ADJ = (r"(?:unexpected|unknown|unspecified|general|generic|internal|fatal|unhandled|undefined|"
                   r"unidentified|unrecognized|unrecognised|serious|technical|strange|weird|random|non-specific)")
_EN_ERRN = r"(?:errors?|problems?|issues?|failures?|glitch(?:es)?|hiccups?)"

EN_GENERIC = [
    # "An (unexpected) error (has) occurred", "A general error occurred while…", "General Internet error has occurred"
    re.compile(rf"^{_EN_LEAD}(?:an?\s+|some\s+)?(?:{_EN_GENERIC_ADJ}\s+)*(?:[\w/-]+\s+){{0,2}}?{_EN_ERRN}\s+"
               r"(?:has\s+|have\s+)?(?:just\s+)?(?:occurred|occured|occurs|appeared|happened|arose|was\s+encountered|"
               r"has\s+been\s+encountered|was\s+detected)\b", re.I),
    # "There was an error/a problem…", "We encountered / ran into / hit an error"
    re.compile(rf"^{_EN_LEAD}(?:there\s+(?:was|has\s+been|is|were)|we(?:'ve|\s+have)?\s+(?:encountered|ran\s+into|hit|"
               rf"had|experienced|got)|(?:the\s+)?(?:app|application|system|server|site)\s+(?:encountered|ran\s+into|"
               rf"hit|had))\s+(?:an?\s+|some\s+)?(?:{_EN_GENERIC_ADJ}\s+)*(?:[\w/-]+\s+)?{_EN_ERRN}\b", re.I),
    # "Something went wrong", "Something unexpected happened"
    re.compile(rf"^{_EN_LEAD}something\s+(?:went|has\s+gone|is\s+going|goes|was|is)\s+wrong\b|"
               rf"^{_EN_LEAD}something\s+(?:unexpected\s+)?(?:happened|broke|failed)\b|"
               rf"^{_EN_LEAD}(?:an?\s+)?(?:unknown|unexpected)\s+(?:thing|event)\s+happened", re.I),
    # "Unknown error", "Unexpected error resolving…", "Internal syntactical error", "General OLE Error"
    re.compile(rf"^{_EN_LEAD}(?:an?\s+)?{_EN_GENERIC_ADJ}\s+(?:[\w/-]+\s+){{0,2}}?(?:errors?|failures?|problems?|"
               r"exceptions?)\b", re.I),
    # "Error while…", "Error during…", "Error reading from the clipboard", "Error occurred"
    re.compile(rf"^{_EN_LEAD}(?:an?\s+)?(?:error|failure|problem)\s+(?:while|during|when|whilst|upon|on|in|at)\s+\w|"
               rf"^{_EN_LEAD}(?:an?\s+)?(?:error|failure)\s+\w+ing\b|"
               rf"^{_EN_LEAD}(?:an?\s+)?(?:error|failure)\s+(?:has\s+)?(?:occurred|occured|happened)\b", re.I),
    # "File format error found at…", "Errors were detected"
    re.compile(rf"^{_EN_LEAD}(?:an?\s+)?(?:[\w/-]+\s+){{0,3}}?(?:errors?|problems?)\s+(?:was\s+|were\s+|has\s+been\s+|"
               r"have\s+been\s+)?(?:found|detected|encountered)\b", re.I),
    # "Operation failed", "Request failed", "The action could not be completed"
    re.compile(r"^(?:the\s+|this\s+|your\s+)?(?:operation|request|action|process|task|command|procedure|transaction|"
               r"something)\s+(?:has\s+|have\s+)?(?:failed|(?:could\s*not|couldn't|cannot|can't)\s+be\s+"
               r"(?:completed|performed|processed|executed|carried\s+out|run)|was\s+(?:not\s+successful|unsuccessful))"
               r"\s*[.!]*$", re.I),
]
# generic phrases whose rest of sentence only narrows *when* it happened ("while saving") — "qualified"
EN_QUALIFIER = re.compile(r"\b(?:while|during|when|whilst|upon|on|in|at|with|for|from|resolving|trying|attempting|"
                          r"[a-z]+ing)\b", re.I)

_EN_CANT = r"(?:could\s*not|couldn'?t|cannot|can\s*not|can'?t|was\s+unable\s+to|were\s+unable\s+to|is\s+unable\s+to|" \
           r"are\s+unable\s+to|am\s+unable\s+to|failed\s+to|has\s+failed\s+to|have\s+failed\s+to|was\s+not\s+able\s+to|" \
           r"were\s+not\s+able\s+to)"
EN_FAILURE = [
    re.compile(rf"^{_EN_LEAD}(?:failed|unable|could\s*not|couldn'?t|cannot|can\s*not|can'?t|error\s+-?\s*could\s*not)"
               r"\s+(?:to\s+)?[a-z]", re.I),
    re.compile(rf"\b{_EN_CANT}\s+(?:be\s+)?[a-z]", re.I),
    re.compile(r"\b(?:has\s+|have\s+|had\s+)?failed\s*[.!]*$|\bfailed\s*[:(]", re.I),
    re.compile(r"\b(?:was|were|is|are)\s+(?:not\s+successful|unsuccessful)\b|\bis\s+not\s+possible\b|"
               r"\b(?:did\s+not|didn't)\s+(?:succeed|work)\b", re.I),
]
# failure sentences that are warnings or descriptions, not failures
EN_NOT_FAILURE = re.compile(
    r"\b(?:cannot|can\s*not|can't|could\s*not)\s+be\s+(?:undone|reversed|recovered|restored|changed\s+later|"
    r"edited\s+later)\b|^(?:if|when|whenever|unless|whether|in\s+case|once|so\s+that)\b|\byou\s+(?:cannot|can\s*not|"
    r"can't|couldn't|could\s*not|are\s+unable|were\s+unable)\b|^(?:returns|specifies|shows|indicates|determines|"
    r"defines|sets|select|selects|enables|disables|however|but|and|or|also|otherwise)\b|\b(?:can't|cannot)\s+wait\b|"
    r"\b(?:they|he|she|people|others|other\s+users|users|nobody|no\s+one|anyone|everyone)\s+(?:cannot|can\s*not|can't|"
    r"won't|will\s+not)\b", re.I)
# a condition or limit inside the failure sentence says why ("…with the selected objects", "…any more")
EN_CONSTRAINT = re.compile(
    r"\b(?:cannot|can\s*not|can't)\s+be\s+(?:empty|blank|negative|zero|longer|shorter|larger|smaller|more|less|greater|"
    r"the\s+same|identical|equal|used\s+(?:as|for|in|on|together)|combined|nested|mixed)\b|"
    r"\b(?:with|beyond|more|further|anymore|any\s+more|twice|already|while|when|if|unless|until|without|outside|only|"
    r"together|simultaneously|at\s+the\s+same\s+time|at\s+this\s+time|right\s+now|here|in\s+this\s+(?:mode|view|"
    r"context|state|version|document|sheet|field|area)|yet|than|except)\b", re.I)
EN_CAUSE = re.compile(
    r"\b(?:because|due\s+to|since|therefore|thus|hence|so\s+that|as\s+(?:the|it|there|this|no|a|an|your|its|they|you)\b|owing\s+to|caused\s+by|"
    r"reasons?|maybe|perhaps|probably|possibly|likely|might|may\s+(?:be|have|not)|"
    r"too\s+(?:large|big|long|short|many|few|small|old|new|complex)|(?:not|isn't|aren't)\s+supported|unsupported|"
    r"read[- ]only|write[- ]protected|(?:does|do)\s*(?:not|n't)\s+exist|already|no\s+longer|not\s+enough|out\s+of|"
    r"missing|expired|not\s+(?:installed|available|found|enabled|allowed|permitted|running|reachable|responding)|"
    r"unavailable|disabled|locked|in\s+use|offline|is\s+(?:empty|full)|exceeds?|exceeded|larger|smaller|limit|"
    r"at\s+least|at\s+most|must|requires?|required|needs?\s+to|there\s+is\s+no|there\s+are\s+no|no\s+\w+\s+"
    r"(?:was|were|is|are)\s+(?:found|selected|available)|nothing\s+is|denied|permission|access\s+rights|"
    r"corrupt(?:ed)?|damaged|broken|incompatible|not\s+compatible|timed\s+out|took\s+too\s+long)\b", re.I)
EN_NEXT = re.compile(
    r"\b(?:please|try\s+(?:again|later|to|another|a\s+different|using|restarting|reloading)|retry|contact|"
    r"do\s+you\s+want|would\s+you\s+like|you\s+(?:can|could|may|might|need\s+to|must|should|have\s+to|will\s+need)|"
    r"make\s+sure|see\s+(?:the|our|details|more|below|above)|learn\s+more|in\s+a\s+(?:few|moment|minute)|"
    r"wait\s+(?:a|for|until)|ask\s+(?:your|the|an?)\s+\w+\s+(?:for|to)|get\s+in\s+touch|reach\s+out|"
    r"call\s+us|email\s+us|write\s+to\s+us)\b", re.I)
# imperatives count only where a clause starts ("Choose another file", "…, then restart"), not inside the failure
EN_NEXT_IMPERATIVE = re.compile(
    r"(?:^|[,;:]\s*|\b(?:then|and|or|please|instead)\s+)(?:try|check|verify|ensure|reload|refresh|restart|reconnect|"
    r"click|tap|press|go|visit|choose|select|pick|enter|type|use|install|upgrade|update|remove|delete|free|save|"
    r"close|open|call|email|ask|sign|log|wait|change|rename|move|copy|add|allow|enable|disable|turn|connect|"
    r"insert|look|read|review|reduce|split|set|edit|fix|correct|provide|fill|upload|download|re-?enter|"
    r"re-?try|re-?start)\b", re.I)

# ---------------------------------------------------------------------------------------------- Hebrew patterns ----
_HE_LEAD = rf"(?:(?:אופס|אוי|אוי\s+ואבוי|מצטערים|סליחה|לצערנו|למרבה\s+הצער|שגיאה)\s*[,!.:;-]*\s*)?"
_HE_HAPPEN = r"(?:אירעה|ארעה|אירע|קרתה|קרה|התרחשה|הייתה|היתה|היה|חלה|נפלה|הופיעה|התגלתה|צצה|התעוררה|נתגלתה|נמצאה)"
_HE_ERR = r"(?:שגיאה|שגיאת\s+[^\s.,:;]+|תקלה|תקלת\s+[^\s.,:;]+|בעיה|בעייה|בעיית\s+[^\s.,:;]+|בעית\s+[^\s.,:;]+)"
_HE_ADJ = (r"(?:כללית|כללי|לא\s+צפויה|בלתי\s+צפויה|לא\s+צפוייה|לא\s+צפוי|בלתי\s+צפוי|לא\s+ידועה|בלתי\s+ידועה|"
           r"לא\s+מוכרת|בלתי\s+מוכרת|לא\s+מזוהה|בלתי\s+מזוהה|פנימית|ללא\s+פירוט|טכנית|לא\s+מוגדרת|"
           r"בלתי\s+מוגדרת|לא\s+מוסברת|מוזרה|חמורה)")

HE_GENERIC = [
    re.compile(rf"^{_HE_LEAD}(?:נראה\s+ש)?{_HE_HAPPEN}\s+{_HE_ERR}"),
    re.compile(rf"^{_HE_LEAD}{_HE_ERR}\s+(?:\S+\s+)?{_HE_ADJ}{NA}"),
    re.compile(rf"^{_HE_LEAD}(?:ה)?(?:שגיאה|תקלה|בעיה)\s+{_HE_HAPPEN}{NA}"),
    re.compile(rf"^{_HE_LEAD}(?:משהו|מישהו|דבר\s+מה)\s+(?:השתבש|הסתבך|לא\s+עבד|לא\s+הצליח|הלך\s+לא\s+טוב|"
               rf"לא\s+תקין|לא\s+בסדר|נכשל|קרה|התקלקל){NA}"),
    re.compile(rf"^{_HE_LEAD}(?:שגיאה|תקלה|בעיה)\s+(?:בעת|בזמן|במהלך|בשעת|תוך\s+כדי|ב[{HE}]{{2,}}|עם\s+ה)"),
    re.compile(rf"^(?:ה)?(?:פעולה|בקשה|תהליך|פקודה|עסקה|טרנזקציה|משימה|משהו)(?:\s+(?:זו|זאת|הזו|הזאת|הזה))?\s+"
               rf"(?:נכשלה|נכשל|לא\s+בוצעה|לא\s+בוצע|לא\s+הושלמה|לא\s+הושלם|לא\s+הצליחה|לא\s+הצליח|לא\s+עבר|"
               rf"לא\s+עברה)\s*[.!]*$"),
]
HE_QUALIFIER = re.compile(rf"(?:בעת|בזמן|במהלך|בשעת|תוך\s+כדי|{NB}ב[{HE}]{{2,}}|{NB}עם|{NB}של|{NB}מ[{HE}]{{2,}}|"
                          rf"{NB}ל[{HE}]{{2,}})")

_HE_CANT = (r"(?:לא\s+ניתן(?:\s+היה)?|לא\s+היה\s+ניתן|אין\s+אפשרות|אין\s+באפשרות(?:\s+\S+)?|אי\s+אפשר|"
            r"לא\s+הצלחנו|לא\s+הצלחתי|לא\s+הצליח|לא\s+הצליחה|לא\s+הצליחו|לא\s+מצליח|לא\s+מצליחה|לא\s+מצליחים|"
            r"לא\s+התאפשר|לא\s+יכול|לא\s+יכולה|לא\s+יכולים|אינו\s+יכול|אינה\s+יכולה|אינם\s+יכולים|"
            r"אינו\s+מסוגל|אינה\s+מסוגלת|לא\s+מסוגל|לא\s+מסוגלת)")
HE_FAILURE = [
    re.compile(rf"{NB}(?:ו)?{_HE_CANT}\s+ל[-־]?[{HE}A-Za-z\ufffc]"),
    re.compile(rf"{NB}(?:ו|וה|ה)?(?:נכשל|נכשלה|נכשלו|נכשלת|נכשלתה){NA}"),
    re.compile(rf"{NB}(?:לא|אינו|אינה|לא\s+היה|לא\s+הייתה)\s+(?:אפשרי|אפשרית|בוצע|בוצעה|בוצעו|הושלם|הושלמה|הושלמו|"
               rf"הצליח|הצליחה|הצליחו|צלח|צלחה|עלה\s+יפה|עלתה\s+יפה){NA}"),
]
HE_NOT_FAILURE = re.compile(
    rf"(?:לבטל|לשחזר|לביטול|לשחזור)\s+(?:את\s+)?(?:ה)?(?:פעולה|שינוי|מחיקה)?\s*(?:זו|זאת|הזו|הזאת)?\s*[.!]*$|"
    rf"ניתנת?\s+לביטול|^(?:אם|כאשר|כש|במידה|במקרה\s+ש|ברגע\s+ש|כל\s+עוד|לאחר\s+ש){NA}|"
    rf"^(?:מחזיר|מחזירה|קובע|קובעת|מציין|מציינת|מגדיר|מגדירה|אבל|אך|עם\s+זאת|ו?לכן|או){NA}|"
    rf"{NB}(?:אתה|את|אתם|אתן)\s+(?:לא|אינך|אינכם)\s+(?:יכול|יכולה|יכולים)|{NB}(?:אינך|אינכם)\s+(?:יכול|יכולה|יכולים)|"
    rf"{NB}(?:ה?משתמש|ה?משתמשים|ה?שולח|ה?נמען)\s+(?:לא|אינו)\s+(?:יכול|יוכל)")
HE_CONSTRAINT = re.compile(
    rf"{NB}(?:[ולבמ])?(?:עם|יותר|מעבר|כאשר|כש[{HE}]+|בזמן\s+ש|אם|רק|כבר|שוב|במצב|כאן|בו\s+זמנית|ביחד|יחד|עדיין|חוץ\s+מ|"
    rf"מלבד|פעמיים|כל\s+עוד|אלא){NA}")
HE_CAUSE = re.compile(
    rf"{NB}(?:ו)?(?:כיוון|מכיוון|מפני|מאחר|היות|משום|ייתכן|יתכן|אפשר)\s+[שו]|"
    rf"{NB}(?:ו)?(?:כי|בגלל|עקב|"
    rf"אולי|ייתכן|יתכן|יכול\s+להיות|כנראה|סביר|מסיבה|מסיבות|בשל|לכן|ולכן|הסיבה|סיבה|"
    rf"(?:גדול|גדולה|קטן|קטנה|ארוך|ארוכה|קצר|קצרה|ישן|ישנה|מורכב|מורכבת)\s+מדי|יותר\s+מדי|"
    rf"(?:אינו|אינה|אינם|לא)\s+(?:נתמך|נתמכת|נתמכים|קיים|קיימת|קיימים|זמין|זמינה|זמינים|מותקן|מותקנת|פעיל|פעילה|"
    rf"מחובר|מחוברת|מורשה|מורשית|מוכר|מוכרת|מזוהה|תואם|תואמת|מתאים|מתאימה|מוגדר|מוגדרת)|אין\s+תמיכה|"
    rf"לקריאה\s+בלבד|מוגן|מוגנת|חסר|חסרה|חסרים|חסרות|פג|פגה|פג\s+תוקף|נעול|נעולה|בשימוש|מלא|מלאה|חורג|חורגת|"
    rf"חרג|חרגה|חייב|חייבת|חייבים|צריך|צריכה|צריכים|לפחות|לכל\s+היותר|אין\s+מספיק|אין\s+הרשאה|אין\s+לך|"
    rf"הרשאה|הרשאות|פגום|פגומה|פגומים|אזל|נגמר|נגמרה|בלבד|נמחק|נמחקה|כבר|(?:ה)?זמן\s+הקצוב){NA}")
HE_NEXT = re.compile(
    rf"{NB}(?:ו)?(?:יש|אפשר|צריך|צריכה|צריכים|עליך|עליכם|ניתן\s+יהיה)\s+ל[{HE}]|"
    rf"{NB}(?:ו)?(?:נא|אנא|כדאי|מומלץ|מוטב|עדיף|"
    rf"נסו|נסה|נסי|בדקו|בדוק|בדקי|ודאו|וודאו|ודא|וודא|פנו|פנה|פני|צרו\s+קשר|צור\s+קשר|צרי\s+קשר|"
    rf"לחצו|לחץ|לחצי|הקישו|הקש|בחרו|בחר|בחרי|הזינו|הזן|הזיני|הכניסו|הכנס|הכניסי|התחברו|רעננו|רענן|הפעילו|הפעל|"
    rf"התקינו|התקן|עדכנו|עדכן|המתינו|המתן|המתיני|האם|השתמשו|השתמש|הסירו|הסר|מחקו|שמרו|שמור|סגרו|סגור|פתחו|"
    rf"היכנסו|היכנס|הקלידו|הקלד|עברו|חזרו|חזור|ראו|לפרטים|למידע\s+נוסף|"
    rf"בעוד\s+\S+\s+(?:דקות|דקה|שעות|שעה|שניות)){NA}|^(?:לנסות|לבדוק|לפנות|ליצור\s+קשר|לחזור){NA}")
# "לא ניתן ל…" is a failure, "ניתן ל…" (positive) is a next step
_HE_POSITIVE_CAN = re.compile(rf"(?<!לא\s)(?<!אין\s)(?<!אי\s){NB}(?:ניתן|אפשר|תוכלו|תוכל|תוכלי|באפשרותך|באפשרותכם)"
                              rf"\s+ל[{HE}]")

# ------------------------------------------------------------------------------------- "invalid" statements ----
EN_INVALID = [
    re.compile(rf"^{_EN_LEAD}(?:this\s+is\s+)?(?:an?\s+)?(?:invalid|illegal|bad|malformed|incorrect|wrong)\s+"
               r"(?P<np>[\w/' -]+?)\s*(?:[.!]*$|\s+(?:in|for|of|at|on|from)\b)", re.I),
    re.compile(r"^(?:the\s+|this\s+|that\s+|your\s+)?(?P<np>[\w/' -]+?)\s+(?:is|was|are|were|seems|appears)\s+"
               r"(?:to\s+be\s+)?(?:invalid|not\s+valid|malformed|illegal)\s*[.!]*$", re.I),
    re.compile(r"(?:does|do)\s*(?:not|n't)\s+(?:appear|seem)\s+to\s+be\s+an?\s+(?:valid|correct|proper)\s+"
               r"(?P<np>[\w/' -]+?)\s*[.!]*$", re.I),
    re.compile(r"^(?:not\s+an?\s+valid|no\s+valid)\s+(?P<np>[\w/' -]+?)\s*[.!]*$", re.I),
]
_HE_INV_ADJ = (r"(?:חוקי|חוקית|חוקיים|חוקיות|תקין|תקינה|תקינים|תקינות|תקף|תקפה|תקפים|תקפות|בתוקף|"
               r"תקני|תקנית|תקניים|כשר|כשרה)")
HE_INVALID = [
    re.compile(rf"^(?P<np>[^.!?:;,]+?)\s+(?:הוא\s+|היא\s+|הם\s+|הן\s+)?(?:לא|בלתי|אינו|אינה|אינם|אינן|אינו\s+בפורמט)\s+"
               rf"{_HE_INV_ADJ}\s*[.!]*$"),
    re.compile(rf"^(?:נראה\s+ש)?(?P<np>[^.!?:;,]+?)\s+(?:אינו|אינה|אינם|אינן|לא)\s+(?P<np2>[^.!?:;,]+?)\s+{_HE_INV_ADJ}"
               rf"\s*[.!]*$"),
]
# things a user cannot act on when told only that they are "invalid"
EN_VAGUE_NOUNS = frozenset({
    "input", "inputs", "value", "values", "entry", "entries", "data", "field", "fields", "request", "requests",
    "response", "responses", "parameter", "parameters", "param", "params", "argument", "arguments", "json", "xml",
    "payload", "token", "handle", "descriptor", "object", "element", "index", "state", "configuration", "config",
    "server", "syntax", "operation", "command", "call", "reference", "pointer", "identifier", "selection", "option",
    "options", "settings", "content", "form", "operand", "operator", "expression", "query", "record",
    "attribute", "property", "type", "key", "id", "uri", "session", "signature", "certificate", "homeserver",
})
EN_USER_HEADS = frozenset({
    "email", "e-mail", "address", "password", "passphrase", "username", "name", "phone", "number", "date", "time",
    "code", "pin", "url", "link", "file", "image", "picture", "photo", "level", "range", "character", "characters",
    "amount", "year", "month", "day", "hour", "minute", "color", "colour", "size", "width", "height", "page", "zip",
    "postcode", "length", "domain", "hostname", "port", "filename", "path", "folder", "directory",
})
HE_VAGUE_NOUNS = frozenset({
    "קלט", "ערך", "ערכים", "נתונים", "נתון", "שדה", "שדות", "בקשה", "בקשת", "תגובה", "תגובת", "פרמטר", "פרמטרים",
    "ארגומנט", "ארגומנטים", "JSON", "XML", "json", "xml", "אסימון", "טוקן", "מתאר", "אובייקט", "עצם", "רכיב", "אינדקס",
    "מצב", "תצורה", "תצורת", "שרת", "ביטוי", "תחביר", "פקודה", "פקודת", "מזהה", "הפניה",
    "תוכן", "טופס", "רשומה", "מאפיין", "סוג", "מפתח", "הגדרה", "הגדרות", "בחירה", "אפשרות", "פעולה", "סשן", "חתימה",
    "אישור", "תעודה", "משאב",
})
HE_USER_HEADS = frozenset({
    "כתובת", "סיסמה", "סיסמא", "ססמה", "ססמא", "שם", "טלפון", "מספר", "תאריך", "שעה", "קוד", "קישור", "קובץ",
    "תמונה", "רמת", "רמה", "טווח", "תו", "תווים", "סכום", "שנה", "חודש", "יום", "צבע", "גודל", "רוחב", "גובה", "עמוד",
    "דף", "אורך", "מיקוד", "נתיב", "תיקייה", "תיקיה", "דוא\"ל", "מייל", "אימייל",
})

# ------------------------------------------------------------------------------------------------- triggers ----
# A cheap test over the whole of Doc.norm that must hold for any sentence to be read as an error (generic, failure
# or invalid). Each alternative is a word (or word group) that one of the EN_/HE_ GENERIC, FAILURE or INVALID
# patterns requires in every match; sentences are substrings of Doc.norm, so a unit that does not match here has
# no error sentence and the unclear-error rules can skip `analyse`.
ERROR_TRIGGER_EN = Trigger(  # matched ignoring case, as the English patterns are
    r"error|problem|issue|fail|glitch|hiccup|exception|something|happened"            # GENERIC: nouns, "something"…
    r"|could\s*not|couldn'?t|can\s*not|can'?t|unable|not\s+able"                      # GENERIC[6], FAILURE[0, 1]
    r"|not\s+successful|unsuccessful|not\s+possible|did(?:\s+not|n't)\s+(?:succeed|work)"  # GENERIC[6], FAILURE[3]
    r"|invalid|no(?:t(?:\s+an?)?)?\s+valid|illegal|bad|malformed|incorrect|wrong"    # INVALID[0, 1, 3]
    r"|(?:appear|seem)\s+to\s+be")                                                    # INVALID[2]
ERROR_TRIGGER_HE = re.compile(
    r"שגיא|תקל|בעי|משהו|מישהו|דבר\s+מה|נכשל"                                          # GENERIC, FAILURE[1]
    # _HE_CANT (FAILURE[0]), FAILURE[2] and GENERIC[5]: the word after the negation ("לא ניתן", "לא היה ניתן"…)
    r"|(?:לא|אינו|אינה|אינם|היה|הייתה)\s+(?:ניתן|אפשרי|התאפשר|הצלח|הצליח|מצליח|צלח|יכול|מסוגל|בוצע|הושלם|עבר)"
    r"|אין\s+ב?אפשרות|אי\s+אפשר|(?:עלה|עלתה)\s+יפה"
    rf"|{_HE_INV_ADJ}")                                                                 # INVALID


def may_have_error(doc) -> bool:
    """False when no sentence of the unit can be an error statement (cheap; cached on the Doc)."""
    cached = doc.__dict__.get("_errorcues_trigger")
    if cached is None:
        if doc.lang == "he":
            cached = ERROR_TRIGGER_HE.search(doc.norm) is not None
        else:
            cached = ERROR_TRIGGER_EN(doc)
        doc.__dict__["_errorcues_trigger"] = cached
    return cached


# --------------------------------------------------------------------------------------------------- analysis ----
_SENT_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+|\n+|(?<=[.!?])\ufffc+\s*(?=\S)")
_BR_TAG = re.compile(r"<\s*br\s*/?\s*>|</?p>", re.I)


@dataclass
class Sentence:
    start: int          # offsets in Doc.norm
    end: int
    text: str
    generic: re.Match | None = None
    qualified: bool = False
    failure: re.Match | None = None
    invalid: re.Match | None = None
    invalid_vague: bool = False
    cause: bool = False
    next: bool = False
    question: bool = False
    heading_like: bool = False

    @property
    def is_error(self) -> bool:
        return bool(self.generic or self.failure or self.invalid)


@dataclass
class Analysis:
    sentences: list[Sentence] = field(default_factory=list)
    has_link: bool = False
    heading: bool = False
    source: "Analysis | None" = None   # the English source's reading, for a translated unit
    source_complete: bool = False      # the source came from the PO msgid (keys may hold a truncated copy)

    @property
    def source_explains(self) -> bool:
        """The English source gives a cause or a next step, is a heading, or is no error at all."""
        src = self.source
        if src is None:
            return False
        if self.source_complete:
            return src.heading or src.has_cause or src.has_next or not src.error_sentences
        # a key may hold a truncated copy of the source: trust only explicit cues
        return src.heading or src.has_next or any(s.cause for s in src.sentences)

    @property
    def error_sentences(self) -> list[Sentence]:
        return [s for s in self.sentences if s.is_error]

    @property
    def has_next(self) -> bool:
        return self.has_link or any(s.next for s in self.sentences)

    @property
    def has_cause(self) -> bool:
        """A reason, a condition, or any sentence that is neither an error statement nor a bare next step."""
        for s in self.sentences:
            if s.cause:
                return True
            if not s.is_error and not s.next and not s.question and len(s.text.split()) >= 2 \
                    and not _PROMISE.match(s.text):
                return True
        return False


# "We'll get back to you" / "נחזור אליך" after an error is a promise, not an explanation of what happened.
_PROMISE = re.compile(r"\s*(?:(?:ו)?נ(?:חזור|יצור|טפל|בדוק|עדכן|שלח|חזיר)|we(?:'ll| will)\b|someone will\b|"
                      r"our (?:team|staff|support) will\b|(?:ה)?נציג(?:ה)? (?:י|ת)חזור)", re.IGNORECASE)


def _norm_index(doc, raw: int) -> int:
    index = doc._norm[1]
    if index is None:
        return raw
    return bisect_left(index, raw)


def split_sentences(doc) -> list[tuple[int, int]]:
    """Sentence spans over Doc.norm (line breaks, <br>/<p> tags and . ! ? end a sentence)."""
    norm = doc.norm
    cuts: list[tuple[int, int]] = []
    for m in _SENT_END.finditer(norm):
        cuts.append((m.start(), m.end()))
    for span in doc.protected:
        if span.kind == "tag" and _BR_TAG.fullmatch(doc.text[span.start:span.end].strip()):
            s, e = _norm_index(doc, span.start), _norm_index(doc, span.end)
            cuts.append((s, e))
    cuts.sort()
    out, pos = [], 0
    for s, e in cuts:
        if s < pos:
            pos = max(pos, e)
            continue
        if norm[pos:s].strip(" \ufffc"):
            out.append((pos, s))
        pos = e
    if norm[pos:].strip(" \ufffc"):
        out.append((pos, len(norm)))
    # trim whitespace
    res = []
    for s, e in out:
        while s < e and norm[s] in " \t\ufffc\"'":
            s += 1
        while e > s and norm[e - 1] in " \t":
            e -= 1
        if e > s:
            res.append((s, e))
    return res


def _strip_trailing_placeholder(text: str) -> str:
    return re.sub(rf"\s*{PH}\s*$", "", text)


def _after_colon(text: str) -> str | None:
    """Text after the first ':' or ';' (a detail/cause), or '' when the sentence ends with one (details follow)."""
    m = re.search(r"[:;]\s*", text)
    if not m:
        return None
    return text[m.end():].strip(" .!")


def _analyse_en(s: Sentence) -> None:
    t = s.text
    s.question = t.rstrip().endswith("?")
    for p in EN_GENERIC:
        m = p.search(t)
        if m:
            s.generic = m
            rest = t[m.end():].strip(" .!")
            s.qualified = bool(rest and EN_QUALIFIER.search(rest))
            break
    if not s.generic and not EN_NOT_FAILURE.search(t):
        s.failure = _first(EN_FAILURE, t)
    if not s.generic:
        m = _first(EN_INVALID, t)
        if m:
            s.invalid = m
            words = re.findall(r"[\w'-]+", m.group("np").lower())
            words = [w for w in words if w not in {"a", "an", "the", "this", "that", "your", "of"}]
            if words:
                head = words[-1]
                s.invalid_vague = head not in EN_USER_HEADS and (
                    head in EN_VAGUE_NOUNS or any(w in {"json", "xml", "descriptor", "homeserver", "payload",
                                                        "token", "handle", "response"} for w in words))
    detail = _after_colon(t)
    if detail is not None:
        if detail == "" or re.fullmatch(PH + r"?", detail) or not _is_vague_detail(detail, "en"):
            s.cause = True
    if EN_CAUSE.search(t) or re.search(rf"\(\s*[\"'“]?{PH}[\"'”]?\s*\)", t):
        s.cause = True
    if s.failure and EN_CONSTRAINT.search(t[s.failure.start():]):
        s.cause = True
    if EN_NEXT.search(t):
        s.next = True
    for m in EN_NEXT_IMPERATIVE.finditer(t):
        if m.start() == 0 and (s.failure or s.generic or s.invalid):
            continue  # "Upload failed": the sentence-initial word is the subject, not an instruction
        s.next = True
        break
    if s.question and re.search(r"^(?:do|would|should|shall|want|are\s+you\s+sure)\b", t, re.I):
        s.next = True


def _is_vague_detail(detail: str, lang: str) -> bool:
    """The text after a colon is itself only a vague error ("invalid object descriptor"): no real cause."""
    if lang == "en":
        m = _first(EN_INVALID, detail)
        if m:
            words = re.findall(r"[\w'-]+", m.group("np").lower())
            return bool(words) and words[-1] in EN_VAGUE_NOUNS and words[-1] not in EN_USER_HEADS
        return _first(EN_GENERIC, detail) is not None
    m = _first(HE_INVALID, detail)
    if m:
        return _he_head_vague(m.group("np"))
    return _first(HE_GENERIC, detail) is not None


def _first(patterns, text: str):
    """The match of the first pattern (in list order) that occurs in `text`, or None."""
    for p in patterns:
        m = p.search(text)
        if m:
            return m
    return None


def _he_words(text: str) -> list[str]:
    return re.findall(rf"[{HE}A-Za-z\"']+", text)


def _he_strip(word: str) -> list[str]:
    from linter.text.hebrew import prefix_splits  # noqa: PLC0415 - cheap, but keep module import light
    return [stem for _pre, stem in prefix_splits(word)] if re.match(f"[{HE}]", word) else [word]


def _he_head_vague(np: str) -> bool:
    words = _he_words(np)
    if not words:
        return False
    head = words[0]
    stems = _he_strip(head)
    if any(st in HE_USER_HEADS for st in stems) or head in HE_USER_HEADS:
        return False
    return any(st in HE_VAGUE_NOUNS for st in stems) or head in HE_VAGUE_NOUNS or \
        any(w.lower() in {"json", "xml"} for w in words)


def _analyse_he(s: Sentence) -> None:
    t = s.text
    s.question = t.rstrip().endswith("?")
    for p in HE_GENERIC:
        m = p.search(t)
        if m:
            s.generic = m
            rest = t[m.end():].strip(" .!")
            s.qualified = bool(rest and HE_QUALIFIER.search(rest)) or bool(
                re.search(rf"(?:בעת|בזמן|במהלך|{NB}ב[{HE}]{{2,}})", t[m.start():m.end()]) and p is HE_GENERIC[4])
            if p is HE_GENERIC[4]:
                s.qualified = True
            break
    if not s.generic and not HE_NOT_FAILURE.search(t):
        s.failure = _first(HE_FAILURE, t)
    if not s.generic:
        m = _first(HE_INVALID, t)
        if m:
            s.invalid = m
            nps = [m.group("np")] + ([m.group("np2")] if "np2" in m.re.groupindex else [])
            s.invalid_vague = any(_he_head_vague(np) for np in nps if np)
    detail = _after_colon(t)
    if detail is not None:
        if detail == "" or re.fullmatch(PH + r"?", detail) or not _is_vague_detail(detail, "he"):
            s.cause = True
    if HE_CAUSE.search(t) or re.search(rf"\(\s*[\"'„“]?{PH}[\"'”]?\s*\)", t):
        s.cause = True
    if s.failure and HE_CONSTRAINT.search(t[s.failure.end():]):
        s.cause = True
    if HE_NEXT.search(t) or _HE_POSITIVE_CAN.search(t):
        s.next = True


def analyse(doc) -> Analysis:
    """The sentence-by-sentence reading of an error message (cached on the Doc)."""
    cached = doc.__dict__.get("_errorcues_analysis")
    if cached is not None:
        return cached
    res = Analysis()
    res.has_link = doc.has_placeholder(("url", "email")) or any(
        s.kind == "tag" and doc.text[s.start:s.start + 2].lower() == "<a" for s in doc.protected) or any(
        s.kind == "placeholder" and re.search(r"link|url|href|support|contact|help", doc.text[s.start:s.end], re.I)
        for s in doc.protected)
    res.heading = looks_like_heading(doc)
    hebrew = doc.lang == "he"
    src = english_source(doc) if doc.lang != "en" else None
    if src and src.strip() and src.strip() != doc.text.strip():
        from linter.model import TextUnit  # noqa: PLC0415
        from linter.text.analysis import Doc  # noqa: PLC0415
        res.source = analyse(Doc(TextUnit(text=src, lang="en", kind=doc.kind)))
        res.source_complete = bool((getattr(doc.unit, "context", None) or {}).get("msgid"))
    for s, e in split_sentences(doc):
        sent = Sentence(s, e, doc.norm[s:e])
        (_analyse_he if hebrew else _analyse_en)(sent)
        res.sentences.append(sent)
    doc.__dict__["_errorcues_analysis"] = res
    return res


def raw_span(doc, sent: Sentence) -> tuple[int, int]:
    """Raw offsets of a sentence, without trailing punctuation/space."""
    s, e = sent.start, sent.end
    while e > s and doc.norm[e - 1] in " .!\t":
        e -= 1
    return doc.raw_span(s, e)
