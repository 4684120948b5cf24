"""Normalisation, masking, tokens and Hebrew prefixes: the pieces every rule relies on."""
from __future__ import annotations

from linter.model import TextUnit
from linter.text import hebrew
from linter.text.analysis import Doc
from linter.text.english import match_case, noun_forms, verb_forms
from linter.text.lang import detect_lang, lang_from_path
from linter.text.normalize import normalize
from linter.text.placeholders import protected_spans


def spans(text):
    return [(text[s.start:s.end], s.kind) for s in protected_spans(text)]


def test_placeholders_of_every_syntax_are_protected():
    text = "Hi {name} %s %(count)d %1$s ${x} {{user}} %{rails} <b>bold</b> https://ex.com/a a@b.io 10 MB"
    found = [t for t, _ in spans(text)]
    for expected in ("{name}", "%s", "%(count)d", "%1$s", "${x}", "{{user}}", "%{rails}", "<b>", "</b>",
                     "https://ex.com/a", "a@b.io", "10 MB"):
        assert expected in found


def test_icu_syntax_is_protected_but_branch_text_is_not():
    text = "{count, plural, one {# file} other {# files}}"
    doc = Doc(TextUnit(text=text))
    assert "file" in doc.masked and "plural" not in doc.masked
    assert [t.norm for t in doc.tokens] == ["file", "files"]


def test_normalize_drops_niqqud_and_bidi_marks_with_offset_map():
    raw = "\u200fבְּדִימוּת צה״ל ב־Signal"
    norm, index = normalize(raw)
    assert norm == 'בדימות צה"ל ב-Signal'
    assert raw[index[norm.index("צ")]] == "צ"
    assert raw[index[norm.index("S")]] == "S"


def test_tokens_point_at_raw_text():
    doc = Doc(TextUnit(text="המסמכים סְרוּקִים בדימות", lang="he"))
    words = {t.norm: doc.text[t.start:t.end] for t in doc.tokens}
    assert words["סרוקים"] == "סְרוּקִים"


def test_hebrew_prefix_splits_cover_stacks():
    stems = {stem for _, stem in hebrew.prefix_splits("שבטרנזקציות")}
    assert "טרנזקציות" in stems
    assert ("וה", "טרנזקציה") in hebrew.prefix_splits("והטרנזקציה")
    assert ("ל", "טרנזקציית") in hebrew.prefix_splits("לטרנזקציית")


def test_article_after_bet_is_not_guessed():
    assert hebrew.attach("ב", "עסקה") == ("בעסקה", True)
    assert hebrew.attach("ב", "הגדרה")[1] is False


def test_english_inflection():
    assert verb_forms("utilize") == {"base": "utilize", "s": "utilizes", "ed": "utilized", "ing": "utilizing"}
    assert verb_forms("log in")["ed"] == "logged in"
    assert noun_forms("identity server")["s"] == "identity servers"
    assert match_case("use", "Utilize") == "Use"


def test_language_from_path_then_letters():
    for path in ("locales/he.json", "he-IL/app.json", "res/values-iw/strings.xml", "he.lproj/a.strings",
                 "po/he.po", "config/locales/he_IL.yml"):
        assert lang_from_path(path) == "he", path
    assert lang_from_path("hello/here.json") is None
    assert detect_lang("לחצו על Save כדי לשמור {name}") == "he"
    assert detect_lang("Click Save") == "en"


def test_words_next_to_masked_markup_and_accelerators_are_tokens():
    doc = Doc(TextUnit(text="לחץ <b>כאן</b> או מ~חק &Open _Save R&D", lang="he"))
    words = [t.norm for t in doc.tokens]
    assert words[:4] == ["לחץ", "כאן", "או", "מחק"]
    assert "Open" in words and "Save" in words
    mahak = next(t for t in doc.tokens if t.norm == "מחק")
    assert doc.text[mahak.start:mahak.end] == "מ~חק"
