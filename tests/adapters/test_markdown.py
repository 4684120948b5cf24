"""Golden tests of the Markdown adapter: prose units, skipped markup, offset maps, suppressions."""
from __future__ import annotations

import pytest

from linter.adapters import markdown as md
from linter.model import SourceFile

from .helpers import at, load, pos


def src_of(text: str) -> SourceFile:
    return SourceFile("t.md", text)


def texts(text: str) -> list[str]:
    return [u.text for u in md.read(src_of(text))]


def check_map(unit) -> None:
    offs = [unit.file_offset(i) for i in range(len(unit.text) + 1)]
    assert offs == sorted(offs) and len(set(offs)) == len(offs)
    for i, ch in enumerate(unit.text):
        raw = unit.source.text[offs[i]]
        assert raw == ch or raw in "\\\r\n&", (i, ch, raw)


EXPECTED = [
    ("heading", "ברוכים הבאים לבהיר"),
    ("paragraph", "זו פסקה עם  וקישור לחצו כאן ועוד\nשורה שנייה עם & וגם *כוכבית* ו-תגית."),
    ("heading", "Setext heading"),
    ("list_item", "פריט ראשון עם  בסוף"),
    ("list_item", "משימה פתוחה"),
    ("list_item", "פריט מקונן\nשורת המשך"),
    ("list_item", "Numbered item with  and emphasis"),
    ("list_item", "Second item"),
    ("blockquote", "ציטוט בשורה אחת\nוממשיך"),
    ("paragraph", "Ignored paragraph with snake_case and 5 * 3."),
    ("paragraph", "Disabled one."),
    ("table_cell", "עמודה"),
    ("table_cell", "Column two"),
    ("table_cell", "תא"),
    ("table_cell", "cell | pipe"),
    ("paragraph", "Hard break here\nnext line alt text and ref link."),
    ("paragraph", "Final paragraph."),
]


@pytest.mark.parametrize("crlf", [False, True])
def test_blocks_and_texts(crlf):
    units = md.read(load("help_he.md", crlf))
    assert [(u.context["block"], u.text) for u in units] == EXPECTED
    for u in units:
        assert u.key is None
        check_map(u)


@pytest.mark.parametrize("crlf", [False, True])
def test_positions(crlf):
    s = load("help_he.md", crlf)
    u = md.read(s)
    assert pos(u[0], "לבהיר") == at(s, 6, "ל**")
    assert pos(u[0], "בהיר") == at(s, 6, "בהיר")           # after dropped emphasis markers
    p = u[1]
    assert pos(p, "וקישור") == at(s, 8, "וקישור")          # after a dropped code span
    assert pos(p, "לחצו") == at(s, 8, "לחצו")               # link text kept, "[" dropped
    assert pos(p, "ועוד") == at(s, 8, "ועוד")               # link target dropped
    assert pos(p, "\n") == (8, len(s.text.split("\n")[7].rstrip("\r")) + 1)
    assert pos(p, "שורה") == at(s, 9, "שורה")               # next line of the paragraph
    assert pos(p, "&") == at(s, 9, "&amp;")                 # an entity maps to its "&"
    assert pos(p, "*כוכבית") == at(s, 9, "\\*")             # a backslash escape maps to the backslash
    assert pos(p, "כוכבית") == at(s, 9, "כוכבית")
    assert pos(p, "תגית") == at(s, 9, "תגית")               # HTML tags dropped
    assert pos(p, ".") == (9, at(s, 9, "</b>.")[1] + 4)
    assert pos(u[3], "בסוף") == at(s, 14, "בסוף")           # bare URL dropped
    assert pos(u[4], "משימה") == at(s, 15, "משימה")         # task checkbox dropped
    assert pos(u[5], "שורת") == at(s, 17, "שורת")
    assert pos(u[6], "and") == at(s, 19, "and")             # autolink dropped
    assert pos(u[6], "emphasis") == at(s, 19, "emphasis")
    assert pos(u[8], "וממשיך") == at(s, 29, "וממשיך")       # blockquote marker dropped
    assert pos(u[11], "עמודה") == at(s, 37, "עמודה")
    assert pos(u[14], "| pipe") == at(s, 39, "\\|")
    assert pos(u[15], "next") == at(s, 44, "next")          # after a hard-break backslash
    assert pos(u[15], "alt") == at(s, 44, "alt")
    assert pos(u[15], "ref link") == at(s, 44, "ref link")
    assert pos(u[16], "Final") == (55, 1)


def test_suppressions():
    u = md.read(load("help_he.md"))
    sup = {x.text: x.context.get("suppress") for x in u}
    assert sup["Ignored paragraph with snake_case and 5 * 3."] == ["ER001", "PL101"]
    assert sup["Disabled one."] == ["*"] and sup["cell | pipe"] == ["*"]
    assert sup["Hard break here\nnext line alt text and ref link."] is None
    assert sup["Setext heading"] is None


def test_disable_specific_codes_and_reenable():
    src = ("<!-- bahir-disable PL101 -->\n\nOne.\n\n<!-- bahir: ignore=ER001 -->\nTwo.\n\n"
           "<!-- bahir-enable PL101 -->\nThree.\n")
    assert [(x.text, x.context.get("suppress")) for x in md.read(src_of(src))] == [
        ("One.", ["PL101"]), ("Two.", ["ER001", "PL101"]), ("Three.", None)]


@pytest.mark.parametrize("text,expected", [
    ("~~~\ncode\n~~~\nprose\n", ["prose"]),
    ("- item\n\n      code in item\n\n  second para\n", ["item", "second para"]),
    ("para\n    continued, not code\n", ["para\ncontinued, not code"]),
    ("A line\n---\n", ["A line"]),
    ("text\n\n---\n\nmore\n", ["text", "more"]),
    ("See www.example.org/page, then go.\n", ["See , then go."]),
    ("Use `a ``b`` c` here\n", ["Use  here"]),
    ("<div align=\"center\">\n  <p>Welcome <em>home</em></p>\n</div>\n", ["Welcome home"]),
    ("<pre>\nnot prose\n</pre>\n\nafter\n", ["after"]),
    ("2019. was a year\n", ["was a year"]),              # an ordered list item starting at 2019
    ("x\n2019. continues the paragraph\n", ["x\n2019. continues the paragraph"]),
    ("> quoted\nlazy line\n", ["quoted\nlazy line"]),
    ("snake_case_name and 5 * 3 = 15\n", ["snake_case_name and 5 * 3 = 15"]),
    ("**bold** and __strong__\n", ["bold and strong"]),
    ("[ref]: https://example.com\n", []),
    ("![only an image](x.png)\n", ["only an image"]),
    ("```\nunclosed fence\n", []),
])
def test_inline_and_block_cases(text, expected):
    assert texts(text) == expected
    for u in md.read(src_of(text)):
        check_map(u)


def test_escape_is_identity():
    (u,) = md.read(src_of("Some prose.\n"))
    assert md.escape("טקסט *x*", u) == "טקסט *x*"
    assert u.offsets is None and u.start == 0
