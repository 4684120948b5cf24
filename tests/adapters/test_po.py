"""Golden tests of the PO/POT adapter, plus a cross-check against polib on the Debian corpora."""
from __future__ import annotations

from pathlib import Path

import polib
import pytest

from linter.adapters import po
from linter.model import InputError, SourceFile

from .helpers import at, load, pos


def src_of(text: str) -> SourceFile:
    return SourceFile("t.po", text)


def check_map(unit) -> None:
    offs = [unit.file_offset(i) for i in range(len(unit.text) + 1)]
    assert offs == sorted(offs) and len(set(offs)) == len(offs)
    for i, ch in enumerate(unit.text):
        raw = unit.source.text[offs[i]]
        assert raw == ch or raw == "\\", (unit.key, i, ch, raw)


EXPECTED = [
    ("Save", "שמירה"),
    ("login|Sign in", "כניסה"),
    ('File "%s" not found.\nTry again.', 'הקובץ "%s" לא נמצא.\nנסו שוב.'),
    ("A long message that was split over lines.", "הודעה ארוכה שפוצלה לשורות, עם \\ לוכסן\tוטאב."),
    ("Transaction failed", "הטרנזקציה נכשלה"),
    ("%d file[0]", "קובץ %d"),
    ("%d file[1]", "%d קבצים"),
    ("Not translated yet", "Not translated yet"),
    ("One apple[0]", "One apple"),
    ("One apple[1]", "Many apples"),
]


@pytest.mark.parametrize("crlf", [False, True])
def test_units_keys_and_texts(crlf):
    units = po.read(load("app_he.po", crlf))
    assert [(u.key, u.text) for u in units] == EXPECTED   # header and obsolete entries skipped
    for u in units:
        check_map(u)
        assert (u.lang, u.kind) == ("en", "ui")


def test_context():
    u = {x.key: x for x in po.read(load("app_he.po"))}
    assert u["login|Sign in"].context["msgctxt"] == "login"
    assert u["login|Sign in"].context["msgid"] == "Sign in"
    assert u["login|Sign in"].context["extracted"] == ["Button in the login dialog"]
    assert u["Save"].context["msgctxt"] is None and u["Save"].context["plural_index"] is None
    assert u['File "%s" not found.\nTry again.'].context["flags"] == ["c-format"]
    tf = u["Transaction failed"].context
    assert tf["fuzzy"] is True and tf["suppress"] == ["ER001", "PL101"]
    assert u["%d file[1]"].context["plural_index"] == 1
    assert u["%d file[1]"].context["msgid_plural"] == "%d files"
    assert u["%d file[0]"].context["suppress"] == ["*"]
    assert "fuzzy" not in u["Save"].context and "suppress" not in u["Save"].context
    for key in ("Not translated yet", "One apple[0]", "One apple[1]"):
        assert u[key].context["source_only"] is True and not u[key].writable
    assert "source_only" not in u["Save"].context and u["Save"].writable


@pytest.mark.parametrize("crlf", [False, True])
def test_positions(crlf):
    s = load("app_he.po", crlf)
    u = {x.key: x for x in po.read(s)}
    assert pos(u["Save"], "שמירה") == at(s, 11, "שמירה")
    assert pos(u["login|Sign in"], "כניסה") == at(s, 17, "כניסה")
    f = u['File "%s" not found.\nTry again.']
    assert pos(f, '"%s') == at(s, 21, '\\"%s')        # an escape maps to its backslash
    assert pos(f, "%s") == at(s, 21, "%s")
    assert pos(f, "לא נמצא") == at(s, 21, "לא נמצא")
    assert pos(f, "\n") == at(s, 21, "\\n")
    assert pos(f, "נסו") == at(s, 21, "נסו")
    long = u["A long message that was split over lines."]
    assert pos(long, "הודעה") == at(s, 27, "הודעה")    # first continuation line
    assert pos(long, "שפוצלה") == at(s, 28, "שפוצלה")  # the map crosses lines
    assert pos(long, "\\") == at(s, 28, "\\\\")
    assert pos(long, "לוכסן") == at(s, 28, "לוכסן")
    assert pos(long, "\t") == at(s, 28, "\\t")
    assert pos(long, "וטאב") == at(s, 29, "וטאב")
    assert long.file_offset(len(long.text)) == s.text.rindex('"', 0, s.text.index("#, fuzzy"))
    plural = u["%d file[1]"]
    assert pos(plural, "%d") == at(s, 41, "%d")
    assert pos(plural, "קבצים") == at(s, 42, "קבצים")
    assert pos(u["One apple[1]"], "Many") == at(s, 48, "Many")


def test_pot_uses_msgid():
    s = load("template.pot")
    units = po.read(s)
    assert [(u.key, u.text, u.context["source_only"]) for u in units] == [
        ("Hello", "Hello", True), ("Two lines", "Two lines", True)]
    assert pos(units[1], "lines") == (11, 2)
    assert po.PATTERNS == ("*.po", "*.pot") and po.NAME == "po"


def test_other_c_escapes_and_obsolete_without_blank_line():
    s = src_of('msgid "a"\nmsgstr "x\\101\\x42\\a"\n#~ msgid "old"\n#~ msgstr "ישן"\n# c\nmsgid "b"\nmsgstr "y"\n')
    units = po.read(s)
    assert [(u.key, u.text) for u in units] == [("a", "xAB\a"), ("b", "y")]
    assert units[1].context["comments"] == ["c"]


@pytest.mark.parametrize("text", [
    'msgid "a"\nmsgstr "שלום\\n\\"עולם\\"\\t\\\\"\n',
    'msgid "a"\nmsgstr "plain text, no escapes"\n',
])
def test_escape_round_trip(text):
    s = src_of(text)
    (u,) = po.read(s)
    for a in range(len(u.text)):
        for b in range(a + 1, len(u.text) + 1):
            last = u.file_offset(b - 1)
            if u.file_offset(b) - last > 1:
                continue  # the slice would end inside an escape sequence
            assert s.text[u.file_offset(a):last + 1] == po.escape(u.text[a:b], u)
    # the whole string, escaped, is exactly the quoted content in the file
    assert s.text[u.file_offset(0):u.file_offset(len(u.text))] == po.escape(u.text, u)


@pytest.mark.parametrize("text,where", [
    ('msgid "a\nmsgstr "b"\n', "1:7"),                   # unterminated string
    ('msgid "a"b"\nmsgstr "b"\n', "1:10"),               # unescaped quote
    ('msgid "a"\nmsgstr b\n', "2:8"),                    # missing quotes
    ('"orphan"\n', "1:1"),
    ('msgid "a"\nmsgid "b"\nmsgstr ""\n', "1:1"),         # msgid without msgstr
    ('msgstr "x"\n', "1:1"),
    ('msgid "a"\nmsgstr "b"\nbogus "c"\n', "3:1"),
])
def test_broken_po(text, where):
    with pytest.raises(InputError, match=where):
        po.read(src_of(text))


def _polib_texts(path: Path) -> list[str]:
    out: list[str] = []
    for e in polib.pofile(str(path)):
        if e.obsolete:
            continue
        if e.msgid_plural:
            translated = [v for _, v in sorted(e.msgstr_plural.items()) if v]
            out.extend(translated or [e.msgid, e.msgid_plural])
        else:
            out.append(e.msgstr or e.msgid)
    return out


def test_debian_corpora_match_polib(shared):
    files = sorted((shared / "corpora" / "debian").glob("*.po"))
    assert files
    total = 0
    for path in files:
        s = SourceFile(str(path), path.read_text(encoding="utf-8"))
        units = po.read(s)
        assert [u.text for u in units] == _polib_texts(path), path.name
        for u in units:
            offs = u.offsets if u.offsets is not None else range(u.start, u.start + len(u.text) + 1)
            assert len(offs) == len(u.text) + 1
            assert all(a < b for a, b in zip(offs, offs[1:])), (path.name, u.key)
            if u.text:
                ch = s.text[u.file_offset(0)]
                assert ch == u.text[0] or ch == "\\", (path.name, u.key)
        total += len(units)
    assert total > 20000
