"""JG201/JG202: jargon that no term list names, found by shape, with frequency data for what is familiar."""
from __future__ import annotations

import pytest

from linter.engine import Options, lint_text


def _hits(text, lang, code):
    return [f for f in lint_text(text, lang=lang, options=Options(select=[code]))]


def _terms(text, lang="he", code="JG201"):
    return [f.text for f in _hits(text, lang, code)]


# Hebrew --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,term", [
    ("הוולידציה של הטופס נכשלה", "הוולידציה"),
    ("שגיאה בסינכרוניזציה", "בסינכרוניזציה"),
    ("וכשהאיטרציות מסתיימות", "וכשהאיטרציות"),
    ("שירות הסטרימינג לא זמין", "הסטרימינג"),
    ("חיפוש רקורסיבי בתיקיות", "רקורסיבי"),
    ("תצוגה אוקטאלית", "אוקטאלית"),
])
def test_hebrew_loanword_endings_with_prefixes(text, term):
    assert _terms(text) == [term]


@pytest.mark.parametrize("text", [
    "הורידו את האפליקציה",            # familiar loanword (frequent in general Hebrew)
    "באפליקציה החדשה",
    "לחצו על הכפתור השמאלי",          # native word that ends like -אלי
    "כל השמאליים",
    "מצב וירטואלי",
    "הסרטון הדיגיטלי",
    "שנו את הרזולוציה של המסך",
    "נשלח אליך קוד ב-SMS",
    "אפשר לשמור את הקובץ כ-PDF",
    "תמונת SVG",                       # a file format named where the user picks a type
    "להשתמש בסביבת הרצה של ג׳אווה (JRE)",  # the acronym is glossed in place
    "השרת לא זמין כרגע",
    "עוד פרטים ב-{link}",
])
def test_hebrew_pass(text):
    assert _terms(text) == []


def test_hebrew_suggestion_keeps_prefix():
    [f] = _hits("שגיאה בסינכרוניזציה", "he", "JG201")
    assert f.suggestions == ["בסנכרון"]
    assert "סנכרון" in f.message
    assert f.data["term"] == "סינכרוניזציה"


def test_hebrew_message_in_hebrew_without_fix():
    [f] = _hits("מצב אינטראקטיבי", "he", "JG201")
    assert "מילה יומיומית" in f.message and f.fix is None


def test_listed_terms_are_left_to_jg101():
    # ולידציה-like words that terms_he.yaml lists are reported by JG101, not twice
    assert _terms("שגיאה בקונפיגורציה") == []
    assert _terms("תגובת גילוי שרת בית לא חוקית") == []


def test_server_role_compound():
    assert _terms("לא ניתן להתחבר לשרת המתווך") == ["לשרת המתווך"]
    assert _terms("השרת הראשי לא עונה") == []


def test_latin_acronym_in_hebrew_text():
    assert _terms("לא נמצא מנהל SDBC עבור הכתובת") == ["SDBC"]
    [f] = _hits("לא נמצא מנהל SDBC עבור הכתובת", "he", "JG201")
    assert f.severity == "suggestion" and "ראשי תיבות" in f.message


def test_placeholders_are_not_words():
    assert _terms("הקובץ {fileName} נשמר", "he") == []
    assert _terms("Saved %(userName)s", "en", "JG202") == []


# English -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,term", [
    ("Could not reach the webserver.", "webserver"),
    ("Autodetection of your mail settings failed.", "Autodetection"),
    ("Choose the demuxer to use.", "demuxer"),
    ("Set the bitrate of the stream.", "bitrate"),
    ("Failed to re-initialize the player.", "re-initialize"),
    ("Your keystore is locked.", "keystore"),
    ("Set base_url in your settings.", "base_url"),
    ("Check the fooBar setting.", "fooBar"),
    ("No SDBC driver was found.", "SDBC"),
])
def test_english_flags(text, term):
    assert _terms(text, "en", "JG202") == [term]


@pytest.mark.parametrize("text", [
    "Check the box and tap Save.",
    "Switch to fullscreen mode.",
    "Enter your PIN or scan the QR code.",
    "We sent a PDF to your email.",
    "Open the link in your browser.",
    "Real Time Streaming Protocol (RTSP) address",  # spelled out in the same text
    "WARNING: this cannot be undone.",               # shouting an everyday word
    "Export the page as HTML.",                      # abbreviation common in general English
    "Date (DMY)",                                    # a date format code
    "Open iTunes or LibreOffice",                     # brand names
    "Your messages are end-to-end encrypted.",
    "Make your profile discoverable.",
    "Go to Chapter IV",                               # Roman numeral
    "Turn on autosave.",
])
def test_english_pass(text):
    assert _terms(text, "en", "JG202") == []


def test_english_listed_terms_left_to_jg102():
    assert _terms("This homeserver would like to make sure you are not a robot.", "en", "JG202") == []


def test_term_recorded_for_glossary_accept():
    [f] = _hits("Choose the demuxer to use.", "en", "JG202")
    assert f.data["term"] == "demuxer" and f.category == "jargon"


def test_glossary_accept_silences(tmp_path):
    from linter.api import lint_paths
    (tmp_path / ".bahir.yaml").write_text("glossary:\n  accept: [demuxer]\n", encoding="utf-8")
    (tmp_path / "en.json").write_text('{"a": "Choose the demuxer to use.", "b": "Set the bitrate."}',
                                      encoding="utf-8")
    report = lint_paths([tmp_path / "en.json"], Options(select=["JG202"]))
    assert [f.text for f in report.findings] == ["bitrate"]


@pytest.mark.parametrize("text", ["CPSIA compliant and BPA free, model D133", "The linerDouble is soft and warm"])
def test_product_copy_names_are_not_jargon(text):
    """Rare capitalised tokens and one-hump camelCase in marketing copy are product names, not code."""
    from linter.engine import Options, lint_text
    assert not lint_text(text, lang="en", options=Options(select=["JG202"]))
