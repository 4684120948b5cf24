"""Tricky cases of the bot-disclosure rules (BD001 human-persona-name, BD002 claims-to-be-human)."""
from __future__ import annotations

from importlib import resources

import pytest

from linter.engine import Options, lint_text


def codes(text, lang, kind="bot", key=None):
    found = lint_text(text, lang=lang, kind=kind, key=key, options=Options(select=["BD001", "BD002"]))
    return sorted({f.rule for f in found})


@pytest.mark.parametrize("text,lang", [
    ("Hi, I'm Sara!", "en"),
    ("Hi! My name's Sara.", "en"),
    ("This is Emma from support, how can I help?", "en"),
    ("היי, אני דנה.", "he"),
    ("שלום! אני יעל ממרפאות קלאוד סיטי", "he"),   # name followed by a מ-prefixed word ("from")
    ("אני נועה מהתמיכה", "he"),
])
def test_persona_name_is_flagged(text, lang):
    assert codes(text, lang) == ["BD001"]


@pytest.mark.parametrize("text,lang,kind", [
    ("I'm Sara, the Rasa bot!", "en", "bot"),
    ("I'm both the Rasa bot and the mascot. My name is Sara!", "en", "bot"),
    ("Hi, I'm Mel, the helpful virtual agent.", "en", "bot"),
    ("I'm sure", "en", "ui"),
    ("I'm Done", "en", "ui"),
    ("I'm Ready To Start", "en", "ui"),
    ("I'm done with this update.", "en", "bot"),
    ("Thank you for keeping Mel a nice place to live!", "en", "bot"),   # a place, not an introduction
    ("Hi, {name}! I'm {botName}.", "en", "bot"),                     # placeholders are not names
    ("This is Sarah's profile.", "en", "ui"),
    ("אני דנה, העוזרת הדיגיטלית", "he", "bot"),
    ("אני שרה שיר לילדים", "he", "bot"),                              # שרה = sings, not standing alone
    ("אני דנה בבקשה שלך", "he", "bot"),
])
def test_not_a_persona_name(text, lang, kind):
    assert codes(text, lang, kind) == []


def test_claims_only_in_bot_copy():
    assert codes("I am a real person, I can assure you.", "en") == ["BD002"]
    assert codes("Don't worry, I'm not a bot.", "en") == ["BD002"]
    assert codes("אני נציגה אנושית", "he") == ["BD002"]
    assert codes("I'm not a robot", "en", kind="ui", key="captcha.label") == []
    assert codes("I'm not a human, I'm a bot!", "en") == []
    assert codes("אני לא בן אדם, אני בוט!", "he") == []


def test_name_lists_are_sorted_data():
    data = resources.files("rules").joinpath("disclosure", "data")
    en = [x for x in data.joinpath("names_en.txt").read_text(encoding="utf-8").splitlines()
          if x and not x.startswith("#")]
    assert en == sorted(set(en)) and all(x == x.lower() for x in en) and len(en) > 200
    he = [x.split("\t")[0] for x in data.joinpath("names_he.tsv").read_text(encoding="utf-8").splitlines()
          if x and not x.startswith("#")]
    assert he == sorted(set(he)) and len(he) > 150
    # everyday English words must not be in the list: "I'm Will", "I'm Frank" are not introductions
    assert not {"will", "mark", "grace", "hope", "may", "june", "frank", "joy"} & set(en)
