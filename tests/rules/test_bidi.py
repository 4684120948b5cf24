"""Tricky cases of the bidi rules (BI101–BI103)."""
from __future__ import annotations

from linter.engine import Options, lint_text


def codes(text, code, **kw):
    kw.setdefault("lang", "he")
    return [f for f in lint_text(text, options=Options(select=[code]), **kw) if f.rule == code]


# BI101 ---------------------------------------------------------------------------------------------------------
def test_controls_reported_once_per_unit_without_fix():
    [f] = codes("\u200fשלום\u200f \u202aJohn\u202c\u200f", "BI101")
    assert f.fix is None and f.data["count"] == 5 and f.severity == "suggestion"


def test_override_is_a_warning():
    [f] = codes("abc\u202edef", "BI101", lang="en")
    assert f.severity == "warning"


def test_no_suggestion_inserts_invisible_marks():
    [f] = codes("\u200fשלום", "BI101")
    assert not any(c in s for s in f.suggestions for c in "\u200e\u200f\u2066\u2067\u2068\u2069")


# BI102 ---------------------------------------------------------------------------------------------------------
def test_latin_brand_in_the_middle_is_fine():
    assert not codes("ההודעה נשלחה דרך Signal לכל אנשי הקשר", "BI102")


def test_placeholder_start_and_latin_start_are_flagged():
    assert codes("{name} ביקשו לעקוב אחריך", "BI102")
    assert codes("%1$s יעודכן לגרסה %2$s", "BI102")
    assert codes("Skia מופעלת כרגע.", "BI102")


def test_numeric_placeholder_and_tags_at_start_are_fine():
    assert not codes("{count} הודעות חדשות", "BI102")
    assert not codes("%d קבצים נמחקו", "BI102")
    assert not codes("<b>שימו לב:</b> הקובץ נמחק", "BI102")


def test_placeholder_inside_tag_at_start_is_flagged():
    assert codes("<b>%(homeserver)s</b> ישלח אליך קישור לאיפוס הסיסמה", "BI102")


def test_english_string_is_not_checked():
    assert not codes("Signal is a secure app.", "BI102", lang="en")


# BI103 ---------------------------------------------------------------------------------------------------------
def test_trailing_symbols_after_latin_at_rtl_edge():
    [f] = codes("הקורס מלמד C++", "BI103")
    assert f.severity == "warning" and "<bdi" in f.suggestions[0]


def test_minus_before_number_after_hebrew():
    assert codes("ערך בין -1 ל־1", "BI103")


def test_prefix_hyphen_before_number_is_a_maqaf_not_a_minus():
    assert not codes("מידת הטשטוש, מ-1 ועד 127.", "BI103")


def test_european_terminators_stay_with_numbers():
    assert not codes("ההנחה היא 50% והמחיר ₪20", "BI103")
    assert not codes("סובב 180° עם כיוון השעון", "BI103")


def test_sentence_punctuation_and_balanced_parentheses_are_fine():
    assert not codes("שלום John!", "BI103")
    assert not codes("ההזמנה בוצעה בהצלחה (Order #123).", "BI103")


def test_separator_slash_between_words_is_fine():
    assert not codes("נא למלא את המיקוד/ZIP שלך", "BI103")


def test_symbols_next_to_placeholders_are_skipped():
    assert not codes("הקובץ {name}.json נשמר ב־{path}/", "BI103")
