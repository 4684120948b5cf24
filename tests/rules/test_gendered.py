"""Gendered address (GA001–GA004): prefixes, homographs, placeholders, 3rd-person futures, slash forms, files."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from linter.engine import Linter, Options, lint_text
from linter.model import TextUnit


def codes(text: str, select=("GA",)) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in lint_text(text, lang="he", options=Options(select=list(select)))]


def flagged(text: str) -> set[str]:
    return {rule for rule, _ in codes(text)}


@pytest.mark.parametrize("text, word", [
    ("ונסה שוב", "ונסה"),
    ("אנא בדוק ונסה שוב", "ונסה"),
    ("בחר קובץ ולחץ על שמור", "ולחץ"),
    ("לא ניתן להתחבר לשרת {server}, נסה שוב מאוחר יותר", "נסה"),
    ("<a>היכנס</a> לחשבונך החדש.", "היכנס"),
    ("הזן בבקשה את האימייל שלך", "הזן"),
    ("אל תמשיך אם אינך מכיר את השולח", "תמשיך"),
    ("הוסף דוא\"ל כדי שתוכל לאפס את הסיסמה", "שתוכל"),
    ("ש~מור", "ש~מור"),
    ("האם אתה בטוח שברצונך לצאת?", "אתה בטוח"),
    ("הנך מתבקש להזין סיסמה", "הנך מתבקש"),
    ("ברוך הבא!", "ברוך הבא"),
    ("משתמש יקר, החשבון שלך פג", "משתמש יקר"),
])
def test_masculine_address_is_found(text, word):
    assert ("GA001", word) in codes(text)


@pytest.mark.parametrize("text", [
    "המשתמש מחק את ההודעה",           # subject before the verb: past tense
    "{name} שלח לך הודעה",             # a placeholder subject
    "הקובץ נמחק",
    "המשתמש חסם אותך",                 # 3rd person about another user
    "ההגדרות שלך נשמרו",               # שלך is neutral
    "כבר יש לך חשבון?",                # לך is neutral
    "שלח לי התראות כש{name} מפרסם",    # the user talks to the app
    "מספר הטלפון",                     # noun homograph with the article after it
    "מספר סשנים",                      # noun heading a phrase
    "צבע",                             # a bare noun label
    "שנה (שתי ספרות)",                 # year, one word between brackets
    "מחזירה 1 (אמת) אם התנאי מתקיים",
    "אפשר לגרור לכאן מסמך",            # "possible" before an infinitive
    "הבא",
    "המשך עם {provider}",
    "האפליקציה לא תוכל לפעול",          # 3rd person feminine future
    "פעולה זו תאפשר לך לשתף קבצים",     # 3rd person: the reader is the object
    "תאריך יצירה",
    "חתום על ידי: %1",
    "הערך בו יש להעריך את הפונקציה",
    "לחצו כאן",
    "יש ללחוץ כאן",
    "נא לנסות שוב",
    "שגיאת תקן",
])
def test_neutral_or_other_readings_stay_quiet(text):
    assert not flagged(text), codes(text)


def test_coordinated_noun_is_not_a_second_imperative():
    assert codes("החלף בין צבע הקדמה וצבע הרקע") == [("GA001", "החלף")]   # "and colour", not "and paint"


@pytest.mark.parametrize("text, word", [
    ("לחצי כאן", "לחצי"),
    ("בהמתנה לאישור. לחצי כדי לבטל", "לחצי"),
    ("חסמי את @{name}", "חסמי"),
    ("האם את בטוחה שברצונך לצאת?", "את בטוחה"),
    ("אם תרצי, אפשר לשנות זאת", "תרצי"),
])
def test_feminine_address_is_found(text, word):
    assert ("GA002", word) in codes(text)


@pytest.mark.parametrize("text", [
    "הגדרות כלליות", "כללי השרת", "פרטי החשבון", "שני קבצים", "ערכי ההתפלגות", "על גבי המסך",
    "שכחת את הסיסמה?", "אין אפשרות להנמיך את הנתיב", "חסמו את קהילת {domain}",
])
def test_feminine_homographs_stay_quiet(text):
    assert not flagged(text), codes(text)


@pytest.mark.parametrize("text, word", [
    ("לחץ/י כאן", "לחץ/י"),
    ("על מה את/ה חושב/ת?", "את/ה"),
    ("על מה את/ה חושב/ת?", "חושב/ת"),
    ("שינוי תפקיד עבור המשתמש.ת", "המשתמש.ת"),
    ("בחר(י) קובץ", "בחר(י)"),
    ("להכיר משתמשים/ות אחרים", "משתמשים/ות"),
    ("בטוח/ה שאת/ה רוצה למחוק?", "שאת/ה"),
])
def test_slash_forms_are_found(text, word):
    assert ("GA003", word) in codes(text)


@pytest.mark.parametrize("text", [
    "שם משתמש ו/או סיסמה שגויים", "שם משתמש / סיסמה", "1/2/2024", "מחיקת כל השורה/ות",
    "האם למחוק את הגיליון(ות) הנבחר(ים)?", "שינוי משפט(י) SQL", "רק לך ולמקבל / ים יש / ה מקשים",
    "הקובץ נשמר.", "ראו docs/readme.md",
])
def test_other_slashes_are_not_gender_forms(text):
    assert "GA003" not in flagged(text), codes(text)


def test_fix_keeps_the_prefix_and_is_unsafe():
    findings = lint_text("אנא בדוק ונסה שוב", lang="he", options=Options(select=["GA001"]))
    fixes = {f.text: f.fix for f in findings}
    assert fixes["ונסה"].edits[0].replacement == "ונסו"
    assert all(fix.applicability == "unsafe" for fix in fixes.values())


def test_no_fix_inside_an_accelerator_word():
    (finding,) = lint_text("ש~מור", lang="he", options=Options(select=["GA001"]))
    assert finding.fix is None and finding.suggestions[0] == "שמרו"


def test_suggestions_follow_the_units_own_style():
    (finding,) = [f for f in lint_text("יש להזין סיסמה ולחץ על המשך", lang="he", options=Options(select=["GA001"]))]
    assert finding.suggestions[0].startswith("ויש")


def test_messages_are_hebrew():
    for f in lint_text("נסה שוב", lang="he", options=Options(select=["GA"])):
        assert any("\u05d0" <= c <= "\u05ea" for c in f.message)


def test_english_is_ignored():
    assert not lint_text("Try again", lang="en", options=Options(select=["GA"]))


def _file(texts):
    units = [TextUnit(text=t, lang="he", key=f"k{i}", path="he.json") for i, t in enumerate(texts)]
    return [f for f in Linter(Options(select=["GA004"])).lint_units(units, Path("he.json")) if f.rule == "GA004"]


def test_mixed_file_reports_the_odd_one_out_with_the_house_style():
    found = _file(["יש ללחוץ כאן", "יש להזין סיסמה", "נא לבחור קובץ", "יש לנסות שוב", "נא להמתין", "לחצו כאן"])
    assert [f.text for f in found] == ["לחצו"]
    assert found[0].suggestions == ["יש ללחוץ"]


def test_small_or_masculine_majority_files_are_quiet():
    assert not _file(["יש ללחוץ כאן", "לחצו כאן", "נסו שוב"])
    assert not _file(["לחץ כאן", "הזן סיסמה", "בחר קובץ", "נסה שוב", "המתן", "לחצו כאן"])


def _tsv(name):
    text = resources.files("rules").joinpath(f"gendered/data/{name}").read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines()[1:] if line.strip()]


def test_homographs_are_sorted_without_duplicates():
    forms = [row[0] for row in _tsv("homographs_he.tsv")]
    assert forms == sorted(forms) and len(forms) == len(set(forms))
    known = {"noun", "adj", "never", "solo-noun", "head-noun", "verb-main", "fem-strong", "imp-before-l",
             "imp-before-k"}
    for row in _tsv("homographs_he.tsv"):
        assert set(row[1].split(",")) <= known, row


def test_verbs_have_neutral_forms():
    for row in _tsv("verbs_he.tsv"):
        assert row[6], row[0]                  # every verb has a 2nd-person plural future
        if row[1]:
            assert row[3], row[0]              # and a plural imperative when it has an imperative


def test_suggested_forms_are_not_flagged():
    for row in _tsv("verbs_he.tsv"):
        for plural in row[3].split("|"):
            if plural:
                assert not {r for r, _ in codes(plural + " כאן", ("GA001", "GA002", "GA003"))}, plural


def test_suggestion_follows_the_file_style(tmp_path):
    """In a file that instructs with infinitives, the infinitive is suggested first; with plurals, the plural."""
    import json
    import subprocess
    import sys
    inf = {"a": "יש ללחוץ על שמירה", "b": "נא לבחור קובץ", "c": "יש להזין שם", "d": "לחץ כאן"}
    plural = {"a": "לחצו על שמירה", "b": "בחרו קובץ", "c": "הזינו שם", "d": "לחץ כאן"}
    for name, data in (("inf", inf), ("plural", plural)):
        (tmp_path / f"{name}.he.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "linter", "check", "--format", "json", "--select", "GA001",
                          str(tmp_path)], capture_output=True, text=True, encoding="utf-8").stdout
    found = {f["path"].rsplit("/", 1)[-1]: f["suggestions"] for f in json.loads(out)["findings"]}
    assert found["inf.he.json"][0] == "יש ללחוץ"
    assert found["plural.he.json"][0] == "לחצו"
