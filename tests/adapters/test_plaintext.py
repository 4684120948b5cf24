"""Golden tests of the plain-text adapter: one unit per paragraph, linear offsets."""
from __future__ import annotations

import pytest

from linter.adapters import plaintext as pt
from linter.model import SourceFile

from .helpers import load, pos


@pytest.mark.parametrize("crlf", [False, True])
def test_paragraphs(crlf):
    s = load("notes_he.txt", crlf)
    units = pt.read(s)
    assert [u.text for u in units] == ["שלום לכולם.\nזו פסקה ראשונה.", "Second paragraph, indented.", "Third one"]
    assert all(u.key is None and u.path == s.path and u.source is s for u in units)
    assert pos(units[0], "לכולם") == (1, 6)
    assert pos(units[0], "ראשונה") == (2, 9)
    assert pos(units[1], "Second") == (5, 3)
    assert pos(units[2], "one") == (9, 7)
    for u in units:
        offs = [u.file_offset(i) for i in range(len(u.text) + 1)]
        assert offs == sorted(offs)
        for i, ch in enumerate(u.text):
            assert s.text[offs[i]] == ch or (ch == "\n" and s.text[offs[i]] == "\r")
    if not crlf:
        assert all(u.offsets is None for u in units)  # linear
        assert s.text[units[1].start:units[1].start + len(units[1].text)] == units[1].text


@pytest.mark.parametrize("crlf", [False, True])
def test_escape_round_trip(crlf):
    s = load("notes_he.txt", crlf)
    u = pt.read(s)[0]
    a, b = 0, len(u.text)
    assert s.text[u.file_offset(a):u.file_offset(b - 1) + 1] == pt.escape(u.text[a:b], u)


def test_empty_and_blank_files():
    assert pt.read(SourceFile("e.txt", "")) == []
    assert pt.read(SourceFile("e.txt", " \n\n \t\n")) == []
    assert pt.PATTERNS == ("*.txt",)
