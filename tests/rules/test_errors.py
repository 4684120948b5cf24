"""unclear-error rules (ER001–ER003): tricky cases beyond the rule examples."""
from __future__ import annotations

import pytest

from linter.engine import Options, lint_text

CODES = ["ER001", "ER002", "ER003"]


def codes(text, lang, key=None, kind="ui"):
    return sorted({f.rule for f in lint_text(text, lang=lang, kind=kind, key=key, options=Options(select=CODES))})


@pytest.mark.parametrize("text,lang,expected", [
    # generic wording, Hebrew and English
    ("אירעה שגיאה.", "he", ["ER001"]),
    ("ארעה שגיאה בייצוא התבניות", "he", ["ER001"]),
    ("שגיאה לא ידועה", "he", ["ER001"]),
    ("אופס! משהו השתבש", "he", ["ER001"]),
    ("טרנזקציה לא בוצעה", "he", ["ER001"]),
    ("Something went wrong. Please try again.", "en", ["ER001"]),   # a retry does not make "something" specific
    ("An unknown error occurred. The search could not be finished.", "en", ["ER001"]),
    # a failure with nothing else
    ("ההרשמה נכשלה", "he", ["ER002"]),
    ("Registration failed", "en", ["ER002"]),
    ("לא הצלחנו לשמור את {{name}}.", "he", ["ER002"]),
    ("ל־VLC אין אפשרות לזהות את מקודד השמע", "he", ["ER002"]),
    # generic "invalid"
    ("ערך לא תקין", "he", ["ER003"]),
    ("Invalid input.", "en", ["ER003"]),
])
def test_flagged(text, lang, expected):
    assert codes(text, lang) == expected


@pytest.mark.parametrize("text,lang", [
    # a cause or a next step is given
    ("לא ניתן להתחבר לשרת. נא לבדוק את החיבור לאינטרנט.", "he"),
    ("לא ניתן לשמור כי הקובץ לקריאה בלבד.", "he"),
    ("לא ניתן לשמור את הקובץ מפני שהדיסק מלא", "he"),
    ("אין אפשרות להציג את כל תוכן הטבלה, יש להחיל מסנן.", "he"),
    ("The payment failed. You weren't charged. Try another card or call us at {phone}.", "en"),
    ("Upload failed because the file is larger than 10 MB.", "en"),
    ("Upload failed, try again in a minute.", "en"),
    ("VLC could not open the file \"%s\" (%s).", "en"),
    ("The extension cannot be installed because: ", "en"),
    ("Could not load the page. {{link}}", "en"),
    # constraints, warnings, descriptions, questions
    ("Password must be at least 8 characters", "en"),
    ("הסיסמה צריכה להכיל לפחות 8 תווים", "he"),
    ("File is larger than 10 MB", "en"),
    ("This action cannot be undone.", "en"),
    ("לא ניתן לבטל פעולה זו.", "he"),
    ("אם לא ניתן לפתוח את הקובץ, יש לבדוק את הסוג שלו.", "he"),
    ("They can't mention or follow you.", "en"),
    ("Passwords can't be empty", "en"),
    ("Cannot see all the text in a cell? Expand the input line.", "en"),
    ("לא ניתן שם לערוץ", "he"),     # "no name was given", not "cannot"
    # labels and titles
    ("Error", "en"),
    ("שגיאה", "he"),
    ("Network error", "en"),
    ("Error Bars", "en"),
    ("Invalid email address", "en"),
    ("סיסמה לא תקינה", "he"),
])
def test_quiet(text, lang):
    assert codes(text, lang) == []


def test_heading_key_is_quiet():
    assert codes("We couldn't log you in", "en", key="auth.oidc.error_title") == []
    assert codes("לא הצלחנו להתחבר", "he", key="auth.oidc.error_title") == []


def test_niqqud_and_bidi_marks_do_not_hide_the_phrase():
    assert codes("אֵירְעָה שְׁגִיאָה\u200f", "he") == ["ER001"]


def test_english_source_with_a_cause_keeps_the_translation_quiet():
    # a PO key "ctx|msgid": the source explains, so a terse translation is not blamed for it
    key = "RID_X|The file could not be saved because the disk is full."
    assert codes("שמירת הקובץ נכשלה", "he", key=key) == []


def test_finding_points_at_the_raw_text_and_speaks_hebrew():
    text = "\u200fאירעה שגיאה בלתי צפויה."
    [f] = lint_text(text, lang="he", options=Options(select=CODES))
    assert text[f.start:f.end].startswith("אירעה")
    assert "מה קרה" in f.message and f.suggestions
