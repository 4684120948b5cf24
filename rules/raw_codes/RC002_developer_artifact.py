"""RC002 developer-artifact: exception and constant names, null/undefined/NaN, stack traces, JSON in a message."""
from __future__ import annotations

import re

from linter.rule import Rule

PATTERNS = [
    # exception / error class names: NullPointerException, TypeError, IOException, SQLException
    ("exception", re.compile(r"(?<![\w$])[A-Z][A-Za-z0-9]*[a-z0-9A-Z](?:Exception|Error)(?![\w])")),
    # error constants: ERR_CONNECTION_REFUSED, E_FAIL, NS_ERROR_FAILURE, WSAECONNRESET, SQLITE_BUSY
    ("constant", re.compile(r"(?<![\w$])(?:ERR|ERROR|E|NS_ERROR|SQLITE|EAI|CURLE|WSA)_[A-Z0-9]+(?:_[A-Z0-9]+)*(?![\w$])|"
                            r"(?<![\w$])WSAE[A-Z]{3,}(?![\w$])")),
    # POSIX errno names
    ("errno", re.compile(r"(?<![\w$])E(?:CONNRESET|CONNREFUSED|CONNABORTED|TIMEDOUT|ACCES|PERM|NOENT|NOSPC|PIPE|"
                         r"HOSTUNREACH|NETUNREACH|ADDRINUSE|ADDRNOTAVAIL|AGAIN|EXIST|INVAL|NOTFOUND|NOMEM|BUSY|ISDIR|"
                         r"NOTDIR|MFILE|ROFS|NOTEMPTY|NOTCONN|PROTO|CANCELED)(?![\w$])")),
    # values leaking from code
    ("value", re.compile(r"\[object Object\]|(?:^|[:=]\s*|\bis\s+|(?<=[\u05d0-\u05ea])\s+)(?:undefined|NaN|null)\s*[.!]?$")),
    # stack-trace fragments
    ("stack", re.compile(r"Traceback \(most recent call last\)|\bat\s+[\w$.<>]+\([\w$.]+\.(?:java|kt|js|ts|cs|py|rb|go)"
                         r":\d+\)|\bline\s+\d+,\s+in\s+\w+|\b[\w/]+\.(?:java|py|js|ts|cpp|cc|rb|go|php):\d+\b|"
                         r"\bsegmentation\s+fault\b|\bcore\s+dumped\b|\bstack\s*trace\b|\bassertion\s+failed\b", re.I)),
    # JSON shown as the message
    ("json", re.compile(r"\{\s*\"[\w-]+\"\s*:\s*(?:\"|\d|\{|\[|true|false|null)")),
]
# what each pattern above needs: a class-name suffix, a CONSTANT_, an E… errno name (also WSAE…), a leaked value,
# a stack-trace cue (case-insensitive, as the pattern), a JSON opening
TRIGGER = re.compile(r"Exception|Error|[A-Z]_[A-Z0-9]|E[A-Z]{3}|\[object|undefined|NaN|null|\{\s*\""
                     r"|(?i:traceback|\.(?:java|kt|js|ts|cs|py|rb|go|cpp|cc|php):\d|line\s+\d|segmentation|"
                     r"core\s+dumped|stack\s*trace|assertion)")
MSG = {
    "he": "„{m}” הוא שם או ערך מתוך הקוד, לא הסבר. כדאי לכתוב במילים מה קרה ומה אפשר לעשות עכשיו.",
    "en": "“{m}” is a name or value from the code, not an explanation. Say in words what happened and what to do now.",
}
SUGGEST = {
    "he": "[מה קרה, במילים פשוטות]. [מה לעשות עכשיו].",
    "en": "[What happened, in plain words]. [What to do now].",
}


class DeveloperArtifact(Rule):
    code = "RC002"
    name = "developer-artifact"
    category = "raw-error-code"
    level = "warning"
    lang = "any"
    kinds = ("ui", "error", "bot")
    summary = ("Exception or constant names, null/undefined/NaN, stack traces or JSON shown to users "
               "(NullPointerException, ERR_CONNECTION_REFUSED).")
    why = ("Names and values from the code (NullPointerException, ECONNRESET, undefined) are meaningless to users "
           "and look like a crash. Translate them into what happened and what the user can do; log the technical "
           "detail for developers instead.")
    source = ("GOV.UK Design System – Error message (no technical jargon); Nielsen Norman Group – Error-Message "
              "Guidelines (use human-readable language, no codes)")
    examples = {
        "fail": [
            "NullPointerException",
            "Connection failed: ERR_CONNECTION_REFUSED",
            "Request failed with ECONNRESET",
            "Total: NaN",
            "Error: E_FAIL",
            {"text": "שגיאה: NullPointerException", "lang": "he"},
            {"text": "הערך הוא undefined", "lang": "he"},
            '{"error": "invalid_grant"}',
        ],
        "pass": [
            "Error",
            "Network error",
            "Could not remove CAN_INSTALL from the config folder. Please remove this file manually.",
            "Null values are ignored in the sum.",
            "Label $(ARG1) undefined.",
            "None",
            "The cell contains an error value.",
            {"text": "שגיאת רשת", "lang": "he"},
        ],
    }

    def check(self, doc):
        if not TRIGGER.search(doc.norm):
            return
        lang = "he" if doc.lang == "he" else "en"
        for _kind, pat in PATTERNS:
            for start, end, m in doc.search(pat):
                if doc.is_protected(start, end):
                    continue
                text = doc.text[start:end].strip(" :=")
                yield self.finding(doc, start, end, MSG[lang].format(m=text), suggestions=[SUGGEST[lang]])
                return
