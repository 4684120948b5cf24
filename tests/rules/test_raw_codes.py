"""raw-error-code rules (RC001, RC002)."""
from __future__ import annotations

import pytest

from linter.engine import Options, lint_text

CODES = ["RC001", "RC002"]


def codes(text, lang):
    return sorted({f.rule for f in lint_text(text, lang=lang, options=Options(select=CODES))})


@pytest.mark.parametrize("text,lang,expected", [
    ("500", "en", ["RC001"]),
    ("Error 500", "en", ["RC001"]),
    ("error -3", "en", ["RC001"]),
    ("503 Service Unavailable", "en", ["RC001"]),
    ("Failed with status code {{status}}", "en", ["RC001"]),
    ("The operation failed: 0x80070005", "en", ["RC001"]),
    ("שגיאה 403", "he", ["RC001"]),
    ("שגיאת שרת פנימית", "he", ["RC001"]),
    ("נכשל עם קוד שגיאה {{code}}", "he", ["RC001"]),
    ("net::ERR_CONNECTION_REFUSED", "en", ["RC002"]),
    ("java.lang.NullPointerException", "en", ["RC002"]),
    ("החיבור נותק (ECONNRESET)", "he", ["RC002"]),
    ("[object Object]", "en", ["RC002"]),
    ("שם: undefined", "he", ["RC002"]),
])
def test_flagged(text, lang, expected):
    assert codes(text, lang) == expected


@pytest.mark.parametrize("text,lang", [
    ("Requires Windows 10 or later.", "en"),
    ("Version 2.500 is available", "en"),
    ("You have 404 unread messages", "en"),
    ("Open https://example.com/errors/500 for details", "en"),
    ("We couldn't save your changes. If you contact support, quote reference {id}.", "en"),
    ("לא הצלחנו לשמור. אם פונים לתמיכה, קוד פנייה: 1234", "he"),
    ("המחיר 500 ש\"ח", "he"),
    ("Error code", "en"),
    ("Undefined", "en"),
    ("Label $(ARG1) undefined.", "en"),
    ("None", "en"),
    ("Could not remove CAN_INSTALL from the config folder. Please remove this file manually.", "en"),
    ("Standard Error", "en"),
])
def test_quiet(text, lang):
    assert codes(text, lang) == []
