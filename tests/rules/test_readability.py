"""Tricky cases of the readability rules (RD101–RD103)."""
from __future__ import annotations

from linter.engine import Options, lint_text


def codes(text, code, **kw):
    return [f for f in lint_text(text, options=Options(select=[code]), **kw) if f.rule == code]


LONG_EN = ("When you sign out, these keys will be deleted from this device, which means you won't be able to read "
           "encrypted messages unless you have the keys for them on your other devices.")


def test_long_english_sentence_flagged_with_count():
    [f] = codes(LONG_EN, "RD101")
    assert f.data["words"] > 25 and f.severity == "suggestion"


def test_two_short_sentences_are_fine():
    text = ("You can log in, but some features will be unavailable until the server is back. "
            "If you keep seeing this warning, check your settings.")
    assert not codes(text, "RD101")


def test_only_the_long_sentence_is_reported():
    text = "Sign out? " + LONG_EN
    [f] = codes(text, "RD101")
    assert text[f.start:f.end] == LONG_EN


def test_hebrew_limit_is_lower():
    words = " ".join(["מילה"] * 22) + "."
    assert codes(words, "RD101", lang="he")
    assert not codes(words, "RD101", lang="en")


def test_placeholders_count_but_tags_do_not():
    text = "<b>" + " ".join(["word"] * 25) + "</b>"
    assert not codes(text, "RD101")
    assert codes(text.replace("</b>", " {name}</b>"), "RD101")


def test_configurable_limit():
    from linter.registry import load_registry
    clone = load_registry().get("RD101").with_options({"max_words_en": 10})
    from linter.model import TextUnit
    from linter.text.analysis import Doc
    doc = Doc(TextUnit(text="one two three four five six seven eight nine ten eleven twelve", lang="en"))
    assert list(clone.check(doc))


def test_several_questions_only_in_bot_turns():
    text = "What is your order number? When did you place it?"
    [f] = codes(text, "RD102", kind="bot")
    assert text[f.start:f.end] == "When did you place it?"
    assert not codes(text, "RD102", kind="ui")


def test_one_question_with_statement_is_fine():
    assert not codes("I can help with returns. What is your order number?", "RD102", kind="bot")


def test_double_negatives_english():
    [f] = codes("It is not uncommon for sync to take a while.", "RD103")
    assert f.suggestions == ["common"]
    assert codes("You cannot not accept.", "RD103")


def test_negated_un_verbs_are_not_double_negatives():
    assert not codes("Do not unplug the device.", "RD103")
    assert not codes("The file could not be uploaded.", "RD103")
    assert not codes("Don't have an account? No problem.", "RD103")


def test_hebrew_negative_concord_is_not_a_double_negative():
    assert not codes("אף אחד לא הצטרף", "RD103", lang="he")
    assert not codes("לא נמצא שום קובץ", "RD103", lang="he")
    assert not codes("אין לא מעט הודעות", "RD103", lang="he")


def test_hebrew_double_negatives():
    [f] = codes("זה לא בלתי אפשרי", "RD103", lang="he")
    assert f.suggestions == ["אפשרי"]
    assert codes("אי אפשר שלא לאשר", "RD103", lang="he")
    assert codes("לא ניתן לא לשמור את הקובץ", "RD103", lang="he")
