"""Helpers shared by the typography rules (not a rule module: the registry skips names starting with "_")."""
from __future__ import annotations

import re

_KEY_SPLIT = re.compile(r"[^A-Za-z]+|(?<=[a-z])(?=[A-Z])")
_ERROR_KEY_WORDS = frozenset({
    "error", "errors", "err", "fail", "failed", "failure", "invalid", "unexpected", "exception", "denied",
    "forbidden", "problem", "unavailable",
})
_ERROR_TEXT = re.compile(
    r"\b(?:error|errors|failed|failure|could not|couldn't|unable to|something went wrong|went wrong|oops|whoops|"
    r"not found|denied|invalid|is not allowed|not permitted)\b"
    r"|(?:^|(?<=[\s\"'(]))[והבלמש]?(?:שגיא[הות]|נכשל|נכשלה|נכשלו|לא ניתן|לא הצלחנו|לא הצליח|לא הצליחה|אירעה|"
    r"אופס|השתבש|לא נמצא|לא נמצאה|לא חוקי|לא תקין|לא תקינה|אין הרשאה)",
    re.IGNORECASE,
)


def key_is_error(key: str | None) -> bool:
    if not key:
        return False
    return any(w.lower() in _ERROR_KEY_WORDS for w in _KEY_SPLIT.split(key) if w)


def is_error(doc) -> bool:
    """Does this unit read as an error or failure message (kind, key, or wording)?"""
    if doc.kind == "error":
        return True
    if doc.kind == "prose":
        return False
    if key_is_error(doc.key):
        return True
    ctx = doc.unit.context.get("msgid") if isinstance(doc.unit.context, dict) else None
    if isinstance(ctx, str) and ctx and _ERROR_TEXT.search(ctx):
        return True
    return _ERROR_TEXT.search(doc.norm) is not None
