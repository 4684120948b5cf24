"""Golden tests of the YAML catalog adapter: texts, keys, offset maps, escape round-trips, hostile input."""
from __future__ import annotations

import pytest

from linter.adapters import yaml_catalog as y
from linter.model import InputError, SourceFile

from .helpers import at, load, pos


def src_of(text: str) -> SourceFile:
    return SourceFile("t.yml", text)


def units_by_key(source: SourceFile) -> dict:
    return {u.key: u for u in y.read(source)}


def check_map(unit) -> None:
    """Offsets are complete and increasing; every character that is not an escape or a break is itself."""
    offs = [unit.file_offset(i) for i in range(len(unit.text) + 1)]
    assert offs == sorted(offs) and len(set(offs)) == len(offs)
    for i, ch in enumerate(unit.text):
        raw = unit.source.text[offs[i]]
        assert raw == ch or raw in "\\\r\n'", (unit.key, i, ch, raw)


EXPECTED = {
    "activerecord.errors.messages.blank": "לא יכול להיות ריק",
    "activerecord.errors.messages.taken": 'כבר בשימוש, נסו "שם" אחר',
    "greeting": "שלום לכם",
    "escaped": 'שורה\tראשונה\n"ציטוט" ו\\ לוכסן את',
    "quoted_single": "It's done, ברור",
    "folded_plain": "this plain scalar continues here\nafter an empty line",
    "folded_dq": "first line second line joined",
    "literal": "שורה אחת\n  מוזחת\nשורה שלוש\n",
    "folded": "עמוד ראשון ממשיך כאן\nפסקה שנייה",
    "kept": "keep me\n\n",
    "list.0": "פריט ראשון",
    "list.1": "פריט שני",
    "list.2.nested.0": "deep value",
    "explicit": "123",
    "anchored": "הנה שלום",
}


@pytest.mark.parametrize("crlf", [False, True])
def test_rails_texts_keys_and_maps(crlf):
    source = load("rails_he.yml", crlf)
    units = y.read(source)
    assert {u.key: u.text for u in units} == EXPECTED  # numbers, bools, null, "" and the alias are not units
    for u in units:
        assert u.context["locale"] == "he"
        assert u.path == source.path and u.source is source and u.writable
        assert (u.lang, u.kind) == ("en", "ui")  # left at defaults for discovery to set
        check_map(u)


@pytest.mark.parametrize("crlf", [False, True])
def test_rails_positions(crlf):
    s = load("rails_he.yml", crlf)
    u = units_by_key(s)
    assert pos(u["activerecord.errors.messages.blank"], "ריק") == at(s, 6, "ריק")
    assert pos(u["activerecord.errors.messages.taken"], '"שם"') == at(s, 7, '"שם"')
    assert pos(u["greeting"], "לכם") == at(s, 8, "לכם")
    # after escapes: \t, \n, \" and \\ and \u05D0 (an escape maps to its backslash)
    e = u["escaped"]
    assert pos(e, "\t") == at(s, 9, "\\t")
    assert pos(e, "ראשונה") == at(s, 9, "ראשונה")
    assert pos(e, "\n") == at(s, 9, "\\n")
    assert pos(e, '"') == at(s, 9, '\\"')
    assert pos(e, "ציטוט") == at(s, 9, "ציטוט")
    assert pos(e, "\\") == at(s, 9, "\\\\")
    assert pos(e, "לוכסן") == at(s, 9, "לוכסן")
    assert pos(e, "את") == at(s, 9, "\\u05D0")
    assert pos(e, "ת") == at(s, 9, "ת\"")
    assert pos(u["quoted_single"], "'s done") == at(s, 10, "''s done")
    assert pos(u["quoted_single"], "s done") == at(s, 10, "s done")
    # folding: the space maps to the line break, the next word to its own line
    fp = u["folded_plain"]
    assert pos(fp, " continues") == (11, len("  folded_plain: this plain scalar") + 1)
    assert pos(fp, "continues") == at(s, 12, "continues")
    assert pos(fp, "\n") == (13, 5)                   # the empty line's break (after its 4 spaces)
    assert pos(fp, "after") == at(s, 14, "after")
    assert pos(u["folded_dq"], "second") == at(s, 16, "second")
    assert pos(u["folded_dq"], "joined") == at(s, 17, "joined")   # after an escaped line break
    lit = u["literal"]
    assert pos(lit, "  מוזחת") == (20, 5)
    assert pos(lit, "שלוש") == at(s, 21, "שלוש")
    assert pos(lit, "\n") == (19, 13)
    fo = u["folded"]
    assert pos(fo, " ממשיך") == (23, 15)
    assert pos(fo, "ממשיך") == at(s, 24, "ממשיך")
    assert pos(fo, "פסקה") == at(s, 26, "פסקה")
    assert pos(u["list.1"], "שני") == at(s, 32, "שני")
    assert pos(u["list.2.nested.0"], "value") == at(s, 34, "value")
    assert pos(u["explicit"], "123") == at(s, 39, "123")      # the tag is skipped
    assert pos(u["anchored"], "שלום") == at(s, 40, "שלום")    # the anchor is skipped


def test_generic_nested_yaml_keeps_root_key():
    u = y.read(src_of("app:\n  title: Hello\n  items:\n    - one\n    - two\nid: x\n"))
    assert [(x.key, x.text) for x in u] == [("app.title", "Hello"), ("app.items.0", "one"),
                                            ("app.items.1", "two"), ("id", "x")]
    assert all("locale" not in x.context for x in u)


def test_several_locale_roots_and_documents():
    u = y.read(src_of("en:\n  hi: Hello\npt-BR:\n  hi: Olá\n---\nhe:\n  hi: שלום\n"))
    assert [(x.key, x.context["locale"], x.text) for x in u] == [
        ("hi", "en", "Hello"), ("hi", "pt-BR", "Olá"), ("hi", "he", "שלום")]


def test_flow_collections_and_chomping():
    u = units_by_key(src_of("l: [one, \"two\", 'three']\nm: {a: b}\nk: |-\n  x\n  y\n\nz: >+\n  a\n  b\n\n"))
    assert {k: v.text for k, v in u.items()} == {
        "l.0": "one", "l.1": "two", "l.2": "three", "m.a": "b", "k": "x\ny", "z": "a b\n\n"}
    for v in u.values():
        check_map(v)
    assert pos(u["l.2"], "three") == (1, 18)
    assert pos(u["z"], "b") == (9, 3)


def test_explicit_indentation_indicator():
    u = units_by_key(src_of("a:\n  b: |2\n      two\n     one\n"))
    assert u["a.b"].text == "  two\n one\n" and u["a.b"].writable
    check_map(u["a.b"])


def test_merge_keys_are_not_expanded():
    u = y.read(src_of("base: &b {x: one}\nchild:\n  <<: *b\n  y: two\n"))
    assert [(x.key, x.text) for x in u] == [("base.x", "one"), ("child.y", "two")]


@pytest.mark.parametrize("text,style", [
    ('k: "a \\"quoted\\" back\\\\slash\\ttab"\n', '"'),
    ("k: 'it''s'\n", "'"),
    ("k: plain words\n", "plain"),
    ("k: |\n  line one\n  line two\n", "|"),
    ("k: |\r\n  line one\r\n  line two\r\n", "|"),
])
def test_escape_is_inverse_of_decoding(text, style):
    """The fixer's check: source[off(a) : off(b-1)+1] == escape(text[a:b]) for every slice not ending inside an
    escape sequence (those are what the fixer skips)."""
    source = src_of(text)
    (unit,) = y.read(source)
    assert unit.context["style"] == style
    checked = 0
    for a in range(len(unit.text)):
        for b in range(a + 1, len(unit.text) + 1):
            last = unit.file_offset(b - 1)
            if unit.file_offset(b) - last > 1:
                continue  # the slice would end inside an escape sequence or a folded break
            raw = source.text[unit.file_offset(a):last + 1]
            if source.text[last] == "\r":
                continue
            assert raw == y.escape(unit.text[a:b], unit), (a, b, raw)
            checked += 1
    assert checked > len(unit.text)


def test_escape_double_quoted_control_chars():
    unit = y.read(src_of('k: "x"\n'))[0]
    assert y.escape('a"b\\c\nd\te\x01', unit) == 'a\\"b\\\\c\\nd\\te\\x01'


@pytest.mark.parametrize("text,where", [
    ('a: "unterminated\n', "2:1"),
    ("a: b: c\n", "1:5"),
    ("a:\n  - x\n y: 2\n", "3:2"),
])
def test_broken_yaml_raises_with_position(text, where):
    with pytest.raises(InputError, match=where):
        y.read(src_of(text))


def test_billion_laughs_is_refused():
    bomb = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join(["*" + chr(97 + i)] * 9) + "]\n" for i in range(8))
    with pytest.raises(InputError, match="alias"):
        y.read(src_of(bomb))


def test_too_many_scalar_aliases():
    doc = "a: &a x\n" + "".join(f"k{i}: *a\n" for i in range(150))
    with pytest.raises(InputError, match="too many YAML aliases"):
        y.read(src_of(doc))


def test_deep_nesting_is_refused_not_crashing():
    with pytest.raises(InputError, match="too deep"):
        y.read(src_of("[" * 100000 + "]" * 100000))


def test_python_tags_are_not_constructed():
    assert y.read(src_of("a: !!python/object/apply:os.system ['echo hi']\nb: ok\n"))[-1].text == "ok"
    assert [u.key for u in y.read(src_of("a: !!python/object/apply:os.system ['x']\n"))] == []


def test_inline_suppression_comments():
    from linter.adapters import yaml_catalog as y
    from linter.model import SourceFile as SF
    text = ("he:\n  a: טרנזקציה  # bahir: ignore=JG101\n  # bahir: ignore\n  b: סשן\n  c: ולידציה\n"
            "  d: |  # bahir: ignore=jargon\n    שורה\n")
    units = {u.key: u for u in y.read(SF("he.yml", text))}
    assert units["a"].context["suppress"] == ["JG101"]
    assert units["b"].context["suppress"] == ["*"]
    assert "suppress" not in units["c"].context
    assert units["d"].context["suppress"] == ["jargon"]
