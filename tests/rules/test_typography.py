"""Tricky cases of the typography rules (TY101–TY104)."""
from __future__ import annotations

from pathlib import Path

from linter.engine import Linter, Options, lint_text
from linter.model import TextUnit


def codes(text, code, **kw):
    return [f for f in lint_text(text, options=Options(select=[code]), **kw) if f.rule == code]


def file_findings(texts, code="TY103"):
    units = [TextUnit(text=t, lang="he", path="he.json", key=f"k{i}") for i, t in enumerate(texts)]
    return [f for f in Linter(Options(select=[code])).lint_units(units, Path("he.json")) if f.rule == code]


# TY101 ---------------------------------------------------------------------------------------------------------
def test_exclamation_in_error_key_is_flagged_with_full_stop_fix():
    [f] = codes("Could not send the message!", "TY101", key="chat.errors.send")
    assert f.fix.edits[0].replacement == "." and f.severity == "suggestion"


def test_triple_exclamation_in_error_is_a_warning():
    [f] = codes("שגיאה!!!", "TY101", lang="he")
    assert f.severity == "warning"


def test_exclamation_outside_errors_is_fine_but_not_three():
    assert not codes("Welcome aboard!", "TY101")
    assert codes("Welcome aboard!!!", "TY101")


def test_exclamation_in_code_or_placeholder_is_ignored():
    assert not codes("Use a != b to compare", "TY101", key="errors.x")
    assert not codes("{publish}!", "TY101")


def test_error_detected_from_hebrew_wording_with_prefix():
    assert codes("וההעלאה נכשלה!", "TY101", lang="he")


# TY102 ---------------------------------------------------------------------------------------------------------
def test_caps_run_flagged_but_acronyms_kept_in_suggestion():
    [f] = codes("Please DO NOT SHARE YOUR PIN with anyone.", "TY102")
    assert f.suggestions == ["do not share your PIN"]


def test_single_caps_word_and_acronym_runs_are_quiet():
    assert not codes("Press RETURN to continue", "TY102")
    assert not codes("Export as PDF via HTTP API", "TY102")
    assert not codes("Use CAN_INSTALL and HTTP2", "TY102")


def test_legal_disclaimer_and_quoted_keyword_are_quiet():
    assert not codes("This program comes WITHOUT ANY WARRANTY.", "TY102")
    assert not codes("The “NOT LIKE” condition is too complex.", "TY102")


def test_caps_in_error_is_a_warning():
    [f] = codes("UPLOAD FAILED", "TY102", key="errors.upload")
    assert f.severity == "warning"


# TY103 ---------------------------------------------------------------------------------------------------------
def test_minority_gershayim_gets_majority_fix():
    found = file_findings(["צה״ל", "מע״מ כלול", "דוא\"ל"])
    assert len(found) == 1
    assert found[0].fix.edits[0].replacement == "\u05f4"
    assert found[0].fix.applicability == "safe"


def test_tie_is_not_reported():
    assert not file_findings(["צה״ל", "דוא\"ל"])


def test_quoted_word_after_prefix_is_not_gershayim():
    assert not file_findings(["לחצו על ה\"שמירה\"", "ב\"מסגרת התסריטים\" יש שגיאה", "צה״ל", "מע״מ"])


def test_maqaf_majority_flags_hyphen_and_missing_mark():
    found = file_findings(["עברו ל־Signal", "פתחו את ה־URL", "מ־5 דקות", "התקינו ב-Signal", "בWhatsApp"])
    assert sorted(f.data["style"] for f in found) == ["", "-"]
    assert all(f.fix.edits[0].replacement == "\u05be" for f in found)


def test_no_mark_majority_never_removes_maqaf():
    assert not file_findings(["בSignal", "לWhatsApp", "מTelegram", "ב־Signal"])


def test_prefix_before_placeholder_without_mark_is_not_counted():
    assert not file_findings(["אפשר לבקר ב{public}", "שלחו ל{name}", "עברו ל־Signal"])


def test_geresh_closing_quote_is_not_counted():
    assert not file_findings(["מצב ה'שונה' השתנה", "‏'אופיס' של מיקרוסופט", "מס׳ 5", "גב׳ כהן"])


def test_consistent_file_is_quiet():
    assert not file_findings(["אימות דו־שלבי", "ב־Signal", "ל־5 משתמשים"])


# TY104 ---------------------------------------------------------------------------------------------------------
def test_niqqud_fix_strips_points():
    [f] = codes("פרופיל יַצְגָן", "TY104", lang="he")
    assert f.suggestions == ["יצגן"] and f.fix.applicability == "unsafe"


def test_niqqud_with_holam_haser_is_display_only():
    [f] = codes("כֹּל הקבצים", "TY104", lang="he")
    assert f.fix.applicability == "display"


def test_maqaf_and_geresh_are_not_niqqud():
    assert not codes("אימות דו־שלבי, מס׳ 5", "TY104", lang="he")


def test_niqqud_in_prose_is_ignored():
    assert not codes("פרופיל יַצְגָן", "TY104", lang="he", kind="prose")
