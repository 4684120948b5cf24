"""The JSON adapter maps every character back to its file position, through escapes and nesting."""
from __future__ import annotations

import pytest

from linter.adapters import json_catalog
from linter.model import InputError, SourceFile


def units_of(text: str):
    return list(json_catalog.read(SourceFile(path="x.json", text=text)))


def pos(unit, i):
    return unit.source.position(unit.file_offset(i))


def test_nested_keys_and_positions():
    text = '{\n  "errors": {\n    "pay": "הטרנזקציה לא בוצעה"\n  }\n}\n'
    (u,) = units_of(text)
    assert u.key == "errors.pay"
    assert u.text == "הטרנזקציה לא בוצעה"
    assert pos(u, 0) == (3, 13)
    assert pos(u, u.text.index("לא")) == (3, 23)


def test_escapes_map_to_the_escape_sequence():
    text = '{"a": "דוא\\"ל \\u05e9\\u05dc\\u05d5\\u05dd \\n x"}'
    (u,) = units_of(text)
    assert u.text == 'דוא"ל שלום \n x'
    assert u.context.get("ascii_escapes") is True
    # the ש of שלום is written as \u05e9 at column 15
    assert pos(u, u.text.index("ש")) == (1, 15)
    assert pos(u, u.text.index("x")) == (1, 43)


def test_surrogate_pair_is_one_character():
    (u,) = units_of('{"a": "\\ud83d\\ude00 ok"}')
    assert u.text == "\U0001F600 ok"
    assert pos(u, 2) == (1, 21)


def test_arrays_and_flat_keys_and_non_strings():
    units = units_of('{"a.b": "x", "list": ["one", 2, {"c": "two"}], "n": null, "t": true}')
    assert [(u.key, u.text) for u in units] == [("a.b", "x"), ("list.0", "one"), ("list.2.c", "two")]


def test_duplicate_keys_keep_positions_in_step():
    units = units_of('{"a": "first", "a": "second", "b": "third"}')
    assert [u.text for u in units] == ["first", "second", "third"]
    assert pos(units[2], 0) == (1, 37)


def test_chrome_messages_json_uses_message_and_keeps_description():
    text = '{"greeting": {"message": "Hello", "description": "Shown on start"}, "bye": {"message": "Bye"}}'
    units = units_of(text)
    assert [(u.key, u.text) for u in units] == [("greeting", "Hello"), ("bye", "Bye")]
    assert units[0].context["description"] == "Shown on start"


@pytest.mark.parametrize("bad", ['{"a": "x",}', '{"a": ', "[1, 2", '{"a" "b"}'])
def test_broken_json_is_an_input_error_with_position(bad):
    with pytest.raises(InputError) as exc:
        units_of(bad)
    assert "invalid JSON at 1:" in str(exc.value)


def test_escape_roundtrip_matches_file_slice():
    text = '{"a": "say \\"hi\\" \\\\ now"}'
    (u,) = units_of(text)
    a, b = u.file_offset(0), u.file_offset(len(u.text) - 1) + 1
    assert text[a:b] == json_catalog.escape(u.text, u)


def test_react_intl_extracted_messages_use_default_message():
    text = ('{"app.greeting": {"defaultMessage": "Hello {name}", "description": "Home page title"},'
            ' "app.bye": {"description": "Footer", "defaultMessage": "Bye"}}')
    units = units_of(text)
    assert [(u.key, u.text) for u in units] == [("app.greeting", "Hello {name}"), ("app.bye", "Bye")]
    assert units[1].context["description"] == "Footer"
    assert pos(units[1], 0) == (1, text.index('"Bye"') + 2)
