"""RC001 status-or-error-code: "Error 500", "404 Not Found", "0x80070005", "error code $(ARG2)", "שגיאה 403"."""
from __future__ import annotations

import re

from linter.rule import Rule
from rules._channels import Trigger

_VAL = r"(?:-?\d{2,}|-\d+|0x[0-9A-Fa-f]+|\ufffc+|\$\(\w+\)|%\d|%[sd])"
_REASON = (r"(?:Not\s+Found|Forbidden|Unauthori[sz]ed|Bad\s+Request|Internal\s+Server\s+Error|Service\s+Unavailable|"
           r"Bad\s+Gateway|Gateway\s+Time-?out|Too\s+Many\s+Requests|Method\s+Not\s+Allowed|Request\s+Time-?out|"
           r"Payload\s+Too\s+Large|Unprocessable\s+Entity|Not\s+Implemented|Conflict|Gone)")
PATTERNS = [
    # "error code 12", "error code $(ARG2)", "status code: 503", "exit code -1", "errno 13"
    re.compile(rf"\b(?:error|err|status|exit|return|response|result|http|failure)\s+(?:code|number|no\.?|#)\s*[:#=]?\s*"
               rf"{_VAL}|\berrno\s*[:#=]?\s*{_VAL}", re.I),
    # "Error 403", "Error: 500", "error -3", "Error #1234"
    re.compile(r"\b(?:error|err)\s*[:#]?\s*(?:-\s?\d+|\d{3,}|0x[0-9A-Fa-f]+)(?![\w.,]\d)", re.I),
    # "404 Not Found", "HTTP 500", "500 Internal Server Error", "Internal Server Error"
    re.compile(rf"\b(?:HTTP(?:/\d(?:\.\d)?)?\s*)?[1-5]\d\d\s*[:\-–]?\s*{_REASON}\b|\bHTTP(?:/\d(?:\.\d)?)?\s*(?:status\s*)?"
               rf"[:#]?\s*[1-5]\d\d\b|\bInternal\s+Server\s+Error\b", re.I),
    # a message that is, or starts with, a bare HTTP status: "500", "404: page not found"
    re.compile(r"^\s*[45]\d\d\s*(?:[:\-–.!]|$)"),
    # hex codes anywhere
    re.compile(r"(?<![\w#])0x[0-9A-Fa-f]{4,}\b"),
    # Hebrew: "קוד שגיאה 12", "קוד השגיאה $(ARG2)", "שגיאה 500", "שגיאת שרת פנימית"
    re.compile(rf"(?<![\u05d0-\u05ea])(?:ו|ב|ה|עם\s+)?(?:קוד\s+(?:ה)?שגיאה|קוד\s+(?:ה)?סטטוס|קוד\s+(?:ה)?תגובה|"
               rf"מספר\s+(?:ה)?שגיאה)\s*[:#]?\s*{_VAL}"),
    re.compile(r"(?<![\u05d0-\u05ea])(?:ה)?שגיא(?:ה|ת)\s*[:#]?\s*(?:-\s?\d+|\d{3,}|0x[0-9A-Fa-f]+)(?![\w.,]\d)|"
               r"(?<![\u05d0-\u05ea])(?:ה)?שגיאת\s+(?:ה)?שרת\s+(?:ה)?פנימית|(?<![\u05d0-\u05ea])(?:ה)?שגיאת\s+HTTP"),
]
# a word or number every pattern above needs (PATTERNS[0]: error/status/exit/return/response/result/http/failure,
# errno; [1]: err; [2]: a 3-digit status, HTTP or "Internal Server Error"; [3]: a status; [4]: 0x; [5]: קוד/שגיאה;
# [6]: שגיאה): a unit without one cannot match, so the per-pattern scans are skipped
TRIGGER = Trigger(r"err|status|exit|return|response|result|http|fail|[1-5]\d\d|0x|קוד|שגיא")
# a reference offered for support next to a human sentence is fine
SUPPORT_REF = re.compile(
    r"\b(?:support|reference|ref\.?|ticket|case\s+(?:number|id|no)|incident|request\s+id|quote|mention\s+(?:the|this)|tell\s+(?:us|them))\b|"
    r"(?<![\u05d0-\u05ea])(?:ל|ב|ה)?(?:תמיכה|פנייה|פניה|אסמכתא|אסמכתה|מספר\s+פנייה|ציינו|מסרו|צטטו)"
    r"(?![\u05d0-\u05ea])", re.I)

MSG_HE = ("„{m}” הוא קוד טכני שלא אומר כלום לרוב המשתמשים. כדאי לכתוב במילים מה קרה ומה לעשות, "
          "ואם הקוד עוזר לתמיכה – להציג אותו בסוף, כמספר לפנייה.")
MSG_EN = ("“{m}” is a technical code that means nothing to most users. Say in words what happened and what to do; "
          "if support needs the code, show it last, as a reference to quote.")
SUGGEST_HE = "[מה קרה, במילים]. [מה לעשות עכשיו]. אם פונים לתמיכה, אפשר לציין את הקוד {code}."
SUGGEST_EN = "[What happened, in words]. [What to do now]. If you contact support, quote code {code}."


class StatusOrErrorCode(Rule):
    code = "RC001"
    name = "status-or-error-code"
    category = "raw-error-code"
    level = "warning"
    lang = "any"
    kinds = ("ui", "error", "bot")
    summary = "HTTP statuses and numeric/hex error codes shown as the message (“Error 500”, „שגיאה 403”, 0x80070005)."
    why = ("A status or error code is for developers and support staff. Shown as the message, it tells the user "
           "nothing and makes the product feel broken. Lead with a human sentence; keep the code, if support needs "
           "it, as a reference at the end.")
    source = ("GOV.UK Design System – Error message (no technical jargon such as “error 0x0000000643”); Microsoft "
              "Win32 Error Message Guidelines")
    examples = {
        "fail": [
            "Error 403",
            "404 Not Found",
            "Upload failed (0x80070005).",
            'Opening "$(ARG1)" failed with error code $(ARG2).',
            "Internal Server Error",
            {"text": "שגיאה 500: הדף לא נמצא", "lang": "he"},
            {"text": "הפתיחה נכשלה עם קוד השגיאה $(ARG2)", "lang": "he"},
            {"text": "404: הדף לא נמצא", "lang": "he"},
        ],
        "pass": [
            "Windows 10 is not supported.",
            "The price is 404 NIS.",
            "See https://example.com/404 for details.",
            "We couldn't save your file. If you contact support, quote error code {code}.",
            "Error code",
            "Error: Division by zero",
            {"text": "לא הצלחנו לשמור את הקובץ. קוד פנייה: 1234", "lang": "he"},
            {"text": "גרסה 500 זמינה", "lang": "he"},
        ],
    }

    def check(self, doc):
        norm = doc.norm
        if not TRIGGER(doc):
            return
        for pat in PATTERNS:
            for start, end, m in doc.search(pat):
                if doc.is_protected(start, end) and not any(c == "\ufffc" for c in m.group()):
                    continue
                if SUPPORT_REF.search(norm) and _has_human_sentence(norm, m):
                    continue
                he = doc.lang == "he"
                text = doc.text[start:end].strip()
                code = re.search(r"0x[0-9A-Fa-f]+|-?\d+|\$\(\w+\)|\{[^}]*\}+|%\w", text)
                code_s = code.group() if code else "…"
                yield self.finding(doc, start, end, (MSG_HE if he else MSG_EN).format(m=text),
                                   suggestions=[(SUGGEST_HE if he else SUGGEST_EN).format(code=code_s)])
                return


def _has_human_sentence(norm: str, m: re.Match) -> bool:
    """Words (not only the code) outside the match: the code sits beside a real sentence."""
    rest = norm[:m.start()] + " " + norm[m.end():]
    return len(re.findall(r"[A-Za-z\u05d0-\u05ea]{2,}", rest)) >= 4

