"""blame-user rule (BL001): Hebrew prefixes, relative clauses, help links, placeholders, fixes."""
from __future__ import annotations

import pytest

from linter.engine import Options, lint_text


def findings(text, lang):
    return lint_text(text, lang=lang, options=Options(select=["BL001"]))


@pytest.mark.parametrize("text,lang", [
    ("You entered an incorrect code.", "en"),
    ("You've typed the wrong password.", "en"),
    ("You forgot to add a subject.", "en"),
    ("You didn't fill in the required fields.", "en"),
    ("You have made too many failed login attempts.", "en"),
    ("You've made {{count}} failed attempts.", "en"),
    ("הכנסת קוד לא נכון", "he"),
    ("ושהזנת כתובת לא חוקית", "he"),
    ("נראה שהזנת כתובת דוא\"ל שגויה", "he"),
    ("כשהקלדת את הסיסמה בלתי חוקית", "he"),
    ("לא מילאתם את שם המשפחה", "he"),
    ("טעיתם בקוד", "he"),
    ("שכחתם לצרף קובץ", "he"),
    ("ביצעת {{count}} ניסיונות כושלים", "he"),
    ("ניסית להתחבר יותר מדי פעמים", "he"),
])
def test_flagged(text, lang):
    assert findings(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("That code is incorrect.", "en"),
    ("Forgot password?", "en"),
    ("Did you forget your password?", "en"),
    ("If you entered the wrong email, go back and change it.", "en"),
    ("The text you entered was not found.", "en"),
    ("You attempted to reach %s.", "en"),
    ("הקוד שגוי", "he"),
    ("הסיסמה שהזנת שגויה", "he"),
    ("שכחת את הסיסמה?", "he"),
    ("שכחת סיסמה?", "he"),
    ("אם טעית, אפשר לערוך את ההודעה", "he"),
    ("הכנסת שורה", "he"),                 # "insert row": a noun, not "you entered"
    ("הזנת תווים שאינם מספרים ואותיות", "he"),
    ("לאחר הזנת קוד שגוי החשבון יינעל", "he"),  # "after entering a wrong code": noun phrase mid-sentence
    ("היו {{count}} ניסיונות כושלים", "he"),
    ("ניסית להגיע אל %s.", "he"),
])
def test_quiet(text, lang):
    assert not findings(text, lang)


def test_english_fix_is_display_only_and_neutral():
    [f] = findings("You entered an invalid email address.", "en")
    assert f.fix is not None and f.fix.applicability == "display"
    assert f.fix.edits[0].replacement == "That email address isn't valid"


def test_hebrew_message_and_fix():
    [f] = findings("הזנת מספר טלפון שגוי", "he")
    assert "מאשים" in f.message
    assert f.fix.edits[0].replacement == "מספר טלפון שגוי"


def test_niqqud_is_ignored_for_matching_and_kept_in_the_span():
    text = "הִכְנַסְתָּ קוד שגוי"
    [f] = findings(text, "he")
    assert text[f.start:f.end].startswith("הִכְנַסְתָּ")
