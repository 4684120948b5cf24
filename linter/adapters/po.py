"""Gettext PO/POT catalogs: one TextUnit per translated string, with an exact offset map.

polib gives no positions, so this is a small line scanner. Each quoted segment is decoded (C escapes) into the
unit text while recording the file offset of every character; continuation lines simply append segments, so the
map crosses lines (an escape maps to its backslash, past-the-end to the closing quote of the last segment).

- msgstr is the text; msgid goes into context. An untranslated entry (POT, or an empty msgstr) yields the msgid
  itself, with context["source_only"] = True and writable=False (rewriting a msgid changes the catalog key).
- Plural entries yield one unit per non-empty msgstr[n], key "<key>[n]"; untranslated plurals yield msgid as [0]
  and msgid_plural as [1].
- key = "msgctxt|msgid" when there is a msgctxt, else msgid. The header (msgid "" without msgctxt) and obsolete
  "#~" entries are skipped; fuzzy entries are units with context["fuzzy"] = True.
- "# bahir: ignore" / "# bahir: ignore=CODE,CODE" (translator or extracted comment) -> context["suppress"].
"""
from __future__ import annotations

import re

from .. import suppress
from ..model import InputError, SourceFile, TextUnit

NAME = "po"
PATTERNS = ("*.po", "*.pot")

_KEYWORD = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)(?=[\s\"]|$)")
_SIMPLE_ESCAPES = {
    "n": "\n", "t": "\t", "r": "\r", "v": "\v", "b": "\b", "f": "\f", "a": "\a",
    "\\": "\\", '"': '"', "'": "'", "?": "?",
}
_ESCAPE_OUT = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "\v": "\\v", "\b": "\\b",
               "\f": "\\f", "\a": "\\a"}
_NEEDS_ESCAPE = re.compile(r'[\\"\n\t\r\v\b\f\a]')


def escape(text: str, unit: TextUnit | None = None) -> str:
    """The inverse of the segment decoding: C escapes for backslash, quote and control characters."""
    return _NEEDS_ESCAPE.sub(lambda m: _ESCAPE_OUT[m.group()], text)


class _Entry:
    __slots__ = ("comments", "extracted", "flags", "obsolete", "fields", "order", "line")

    def __init__(self) -> None:
        self.comments: list[str] = []
        self.extracted: list[str] = []
        self.flags: list[str] = []
        self.obsolete = False
        self.fields: dict[str, list[tuple[int, int]]] = {}  # name -> segments (content start, content end)
        self.order: list[str] = []
        self.line = 0

    def has_msgstr(self) -> bool:
        return any(name.startswith("msgstr") for name in self.order)

    def empty(self) -> bool:
        return not self.order and not self.comments and not self.extracted and not self.flags and not self.obsolete


def _position(text: str, offset: int) -> str:
    line = text.count("\n", 0, offset) + 1
    return f"{line}:{offset - (text.rfind(chr(10), 0, offset) + 1) + 1}"


def _scan_string(text: str, i: int, end: int) -> tuple[int, int]:
    """Content bounds of the quoted string opening at text[i] == '"' on a line ending at `end`."""
    j = i + 1
    while True:
        k = text.find('"', j, end)
        if k == -1:
            raise InputError(f"{_position(text, i)}: unterminated string")
        # count the backslashes before the quote
        b = k - 1
        while b > i and text[b] == "\\":
            b -= 1
        if (k - 1 - b) % 2 == 0:
            break
        j = k + 1
    rest = text[k + 1:end]
    if rest.strip():
        raise InputError(f"{_position(text, k + 1 + (len(rest) - len(rest.lstrip())))}: "
                         "unexpected text after string (unescaped quote?)")
    return i + 1, k


def _decode(text: str, segments: list[tuple[int, int]]) -> tuple[str, list[int] | None, int]:
    """Decoded string, offsets (None when linear), and the linear start."""
    if len(segments) == 1 and "\\" not in text[segments[0][0]:segments[0][1]]:
        a, b = segments[0]
        return text[a:b], None, a
    out: list[str] = []
    offs: list[int] = []
    for a, b in segments:
        seg = text[a:b]
        if "\\" not in seg:
            out.append(seg)
            offs.extend(range(a, b))
            continue
        i = a
        while i < b:
            c = text[i]
            if c != "\\":
                out.append(c)
                offs.append(i)
                i += 1
                continue
            n = text[i + 1] if i + 1 < b else ""
            if n in _SIMPLE_ESCAPES:
                out.append(_SIMPLE_ESCAPES[n])
                offs.append(i)
                i += 2
            elif n and n in "01234567":
                j = i + 1
                while j < b and j < i + 4 and text[j] in "01234567":
                    j += 1
                out.append(chr(int(text[i + 1:j], 8)))
                offs.append(i)
                i = j
            elif n == "x" and i + 2 < b and text[i + 2] in "0123456789abcdefABCDEF":
                j = i + 2
                while j < b and text[j] in "0123456789abcdefABCDEF":
                    j += 1
                out.append(chr(int(text[i + 2:j], 16) & 0x10FFFF))
                offs.append(i)
                i = j
            else:  # unknown escape: keep it literally, as polib and msgunfmt do
                out.append("\\")
                offs.append(i)
                i += 1
    offs.append(segments[-1][1])
    return "".join(out), offs, offs[0]


def _suppress(comments: list[str]) -> list[str] | None:
    found: set[str] = set()
    for c in comments:
        for m in suppress.IGNORE.finditer(c):
            found |= suppress.codes(m.group(1))
    return suppress.normalized(found) if found else None


def _parse(text: str) -> list[_Entry]:
    entries: list[_Entry] = []
    cur = _Entry()
    last_field: str | None = None
    pos = 0
    n = len(text)
    lineno = 0

    def finish() -> None:
        nonlocal cur, last_field
        if not cur.empty():
            if cur.order and not cur.obsolete:
                if "msgid" not in cur.fields:
                    raise InputError(f"{cur.line}:1: entry without msgid")
                if not cur.has_msgstr():
                    raise InputError(f"{cur.line}:1: msgid without msgstr")
            entries.append(cur)
        cur = _Entry()
        last_field = None

    while pos < n:
        lineno += 1
        nl = text.find("\n", pos)
        if nl == -1:
            nl = n
        end = nl
        if end > pos and text[end - 1] == "\r":
            end -= 1
        i = pos
        while i < end and text[i] in " \t":
            i += 1
        if i == end:
            finish()
        else:
            c = text[i]
            if c == "#":
                kind = text[i + 1] if i + 1 < end else ""
                if kind == "~":
                    if cur.order and not cur.obsolete:
                        finish()
                    cur.obsolete = True
                    last_field = None
                else:
                    if cur.has_msgstr() or cur.obsolete:
                        finish()
                    body = text[i + 2:end].strip() if kind in ",.:|" else text[i + 1:end].strip()
                    if kind == ",":
                        cur.flags.extend(f.strip() for f in body.split(",") if f.strip())
                    elif kind == ".":
                        cur.extracted.append(body)
                    elif kind in ":|":
                        pass
                    else:
                        cur.comments.append(body)
                    last_field = None
            elif c == '"':
                if last_field is None:
                    raise InputError(f"{lineno}:{i - pos + 1}: string outside of an entry")
                cur.fields[last_field].append(_scan_string(text, i, end))
            else:
                m = _KEYWORD.match(text, i, end)
                if not m:
                    raise InputError(f"{lineno}:{i - pos + 1}: unexpected text {text[i:min(end, i + 20)]!r}")
                name = m.group(1)
                if name in ("msgctxt", "msgid"):
                    if cur.has_msgstr() or "msgid" in cur.fields or (name == "msgctxt" and "msgctxt" in cur.fields):
                        finish()
                    if cur.obsolete:  # an obsolete entry not followed by a blank line
                        finish()
                elif "msgid" not in cur.fields:
                    raise InputError(f"{lineno}:{i - pos + 1}: {name} without msgid")
                if name in cur.fields:
                    raise InputError(f"{lineno}:{i - pos + 1}: duplicate {name}")
                if not cur.order:
                    cur.line = lineno
                j = m.end()
                while j < end and text[j] in " \t":
                    j += 1
                if j >= end or text[j] != '"':
                    raise InputError(f"{lineno}:{j - pos + 1}: expected a quoted string after {name}")
                cur.fields[name] = [_scan_string(text, j, end)]
                cur.order.append(name)
                last_field = name
        pos = nl + 1
    finish()
    return entries


def read(source: SourceFile) -> list[TextUnit]:
    text = source.text
    units: list[TextUnit] = []
    for e in _parse(text):
        if e.obsolete or "msgid" not in e.fields:
            continue
        msgid = _decode(text, e.fields["msgid"])[0]
        msgctxt = _decode(text, e.fields["msgctxt"])[0] if "msgctxt" in e.fields else None
        if msgid == "" and msgctxt is None:
            continue  # header
        key = f"{msgctxt}|{msgid}" if msgctxt is not None else msgid
        fuzzy = "fuzzy" in e.flags
        base = {"msgid": msgid, "msgctxt": msgctxt, "comments": e.comments, "flags": e.flags,
                "plural_index": None}
        if e.extracted:
            base["extracted"] = e.extracted
        if fuzzy:
            base["fuzzy"] = True
        sup = _suppress(e.comments + e.extracted)
        if sup:
            base["suppress"] = sup

        # (field name, plural index or None, source_only)
        picks: list[tuple[str, int | None, bool]] = []
        if "msgid_plural" in e.fields:
            base["msgid_plural"] = _decode(text, e.fields["msgid_plural"])[0]
            plural = sorted((int(name[7:-1]), name) for name in e.fields if name.startswith("msgstr["))
            if "msgstr" in e.fields:
                plural.insert(0, (0, "msgstr"))
            translated = [(k, name) for k, name in plural if any(b > a for a, b in e.fields[name])]
            if translated:
                picks = [(name, k, False) for k, name in translated]
            else:
                picks = [("msgid", 0, True), ("msgid_plural", 1, True)]
        else:
            name = "msgstr" if "msgstr" in e.fields else next(x for x in e.order if x.startswith("msgstr"))
            if any(b > a for a, b in e.fields[name]):
                picks = [(name, None, False)]
            else:
                picks = [("msgid", None, True)]
        for name, index, source_only in picks:
            value, offsets, start = _decode(text, e.fields[name])
            ctx = dict(base)
            ctx["plural_index"] = index
            if source_only:
                ctx["source_only"] = True
            units.append(TextUnit(
                text=value, path=source.path, key=key if index is None else f"{key}[{index}]",
                start=start, offsets=offsets, context=ctx, source=source, writable=not source_only))
    return units
