"""YAML catalogs (Rails i18n, generic nested YAML): one TextUnit per string scalar value, with an exact offset map.

PyYAML's libyaml event parser (CSafeLoader when available) gives every scalar's value, style and start/end marks;
we walk the *events* ourselves instead of composing a node graph because

- libyaml's composer is recursive C code that segfaults on deeply nested input ([[[[…), while the event parser
  is a state machine: we count depth and refuse absurd nesting;
- aliases are never expanded: an alias to a scalar is skipped (its anchor was already a unit), an alias to a
  collection is refused (except as a merge key "<<" value, which is skipped), and more than MAX_ALIASES aliases
  are refused, so "billion laughs" documents cost nothing;
- nothing is constructed, so no tag can run code; a plain scalar is a string only when the YAML 1.1 resolver
  says so (numbers, booleans, null are not units), and explicitly tagged non-str scalars are skipped.

The offset map is computed by re-scanning the raw slice source.text[start_mark.index:end_mark.index] in the
scalar's style (plain, '…', "…", | and > with chomping/indentation indicators), following PyYAML's scanner.
Escapes map to their backslash, folded line breaks (→ space) to the line break, kept breaks to their own break.
If the re-scan ever disagrees with the parser's value, the unit keeps the parser's value, points every character
at the scalar start and is marked writable=False (better imprecise than wrong).

Keys are dotted paths (list items by index: a.b.0). When every root key of a document is a locale code (he, en,
pt-BR, zh_TW…) whose value is a mapping, the locale is dropped from the path and put in context["locale"].
context["style"] holds the scalar style ("plain", "'", '"', "|", ">").
"""
from __future__ import annotations

import re

import yaml

from .. import suppress
from ..model import InputError, SourceFile, TextUnit

NAME = "yaml"
PATTERNS = ("*.yml", "*.yaml")

MAX_ALIASES = 100
MAX_DEPTH = 500

try:
    _Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML without libyaml
    _Loader = yaml.SafeLoader

_STR = "tag:yaml.org,2002:str"
_PLAIN_COLLECTION_TAGS = (None, "!") + tuple(f"tag:yaml.org,2002:{t}" for t in ("map", "seq", "omap", "set", "pairs"))
_RESOLVER = yaml.resolver.Resolver()
_ISO639_1 = set(
    "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el "
    "en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu "
    "iw ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my "
    "na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn "
    "so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu "
    "fil haw".split())
_LOCALE = re.compile(r"([a-z]{2,3})(?:[-_][A-Za-z0-9]{2,8})*")
_BREAKS = "\r\n\x85\u2028\u2029"
_SIMPLE_ESCAPES = {
    "0": "\0", "a": "\x07", "b": "\x08", "t": "\t", "\t": "\t", "n": "\n", "v": "\x0b", "f": "\x0c",
    "r": "\r", "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\", "N": "\x85", "_": "\xa0",
    "L": "\u2028", "P": "\u2029",
}
_HEX_LEN = {"x": 2, "u": 4, "U": 8}


def _is_locale(key: str) -> bool:
    m = _LOCALE.fullmatch(key)
    return bool(m) and m.group(1) in _ISO639_1


# ---------------------------------------------------------------- escape (write-back)

_LITERAL_BREAK = re.compile(r"\n(?=[^\n])")
_DQ_NEEDS = re.compile(r'[\\"\x00-\x1f\x7f\x85\u2028\u2029]')
_DQ_OUT = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "\0": "\\0", "\x07": "\\a",
           "\x08": "\\b", "\x0b": "\\v", "\x0c": "\\f", "\x1b": "\\e", "\x85": "\\N", "\u2028": "\\L",
           "\u2029": "\\P"}


def escape(text: str, unit: TextUnit | None = None) -> str:
    """How `text` is written inside the unit's scalar: the inverse of the decoding for that style."""
    style = unit.context.get("style", "plain") if unit is not None else "plain"
    if style == '"':
        return _DQ_NEEDS.sub(lambda m: _DQ_OUT.get(m.group(), f"\\x{ord(m.group()):02x}"), text)
    if style == "'":
        return text.replace("'", "''")
    if style == "|" and unit is not None:
        out = _LITERAL_BREAK.sub("\n" + " " * unit.context.get("indent", 0), text)
        if unit.source is not None and "\r\n" in unit.source.text:
            out = out.replace("\n", "\r\n")
        return out
    return text


# ---------------------------------------------------------------- offset maps, one scanner per style

def _break_len(s: str, i: int) -> int:
    return 2 if s[i] == "\r" and s.startswith("\n", i + 1) else 1


def _flow_fold(s: str, i: int, out: list[str], offs: list[int]) -> int:
    """At an unescaped line break s[i] inside a flow scalar: fold it, skip the next lines' indentation."""
    first = i
    i += _break_len(s, i)
    empty: list[int] = []
    while True:
        while s[i:i + 1] in (" ", "\t"):
            i += 1
        if s[i:i + 1] and s[i] in _BREAKS:
            empty.append(i)
            i += _break_len(s, i)
        else:
            break
    if not empty:
        out.append(" ")
        offs.append(first)
    else:
        for b in empty:
            out.append("\n")
            offs.append(b)
    return i


def _scan_flow(s: str, start: int, end: int, style: str) -> tuple[str, list[int]]:
    """Plain, single- and double-quoted scalars. [start, end) is the raw slice (quotes included)."""
    out: list[str] = []
    offs: list[int] = []
    if style == "plain":
        i, stop = start, end
    else:
        i, stop = start + 1, end - 1
    while i < stop:
        c = s[i]
        if c in " \t":
            j = i
            while j < stop and s[j] in " \t":
                j += 1
            if j < stop and s[j] in _BREAKS:
                i = j  # trailing white space before a (folded) break is dropped
                continue
            out.append(s[i:j])
            offs.extend(range(i, j))
            i = j
        elif c in _BREAKS:
            i = _flow_fold(s, i, out, offs)
        elif style == "'" and c == "'":  # '' inside a single-quoted scalar
            out.append("'")
            offs.append(i)
            i += 2
        elif style == '"' and c == "\\":
            n = s[i + 1]
            if n in _SIMPLE_ESCAPES:
                out.append(_SIMPLE_ESCAPES[n])
                offs.append(i)
                i += 2
            elif n in _HEX_LEN:
                k = _HEX_LEN[n]
                out.append(chr(int(s[i + 2:i + 2 + k], 16)))
                offs.append(i)
                i += 2 + k
            elif n in _BREAKS:  # escaped line break: nothing, then the following empty lines as breaks
                i += 1 + _break_len(s, i + 1)
                while True:
                    while s[i:i + 1] in (" ", "\t"):
                        i += 1
                    if s[i:i + 1] and s[i] in _BREAKS:
                        out.append("\n")
                        offs.append(i)
                        i += _break_len(s, i)
                    else:
                        break
            else:
                raise ValueError("bad escape")
        else:
            out.append(c)
            offs.append(i)
            i += 1
    offs.append(stop)
    return "".join(out), offs


def _scan_block(s: str, start: int, end: int, parent_indent: int) -> tuple[str, list[int], int]:
    """Literal | and folded > scalars, following PyYAML's scan_block_scalar. Returns text, offsets, indent."""
    folded = s[start] == ">"
    i = start + 1
    chomping = None
    increment = None
    for _ in range(2):
        c = s[i:i + 1]
        if c in ("+", "-") and c and chomping is None:
            chomping = c == "+"
            i += 1
        elif c and c in "123456789" and increment is None:
            increment = int(c)
            i += 1
    while i < len(s) and s[i] not in _BREAKS:  # spaces and comment to the end of the header line
        i += 1
    if i < len(s):
        i += _break_len(s, i)

    def col(k: int) -> int:
        return k - (max(s.rfind("\n", 0, k), s.rfind("\r", 0, k)) + 1)

    out: list[str] = []
    offs: list[int] = []
    breaks: list[int] = []  # offsets of pending line breaks
    if increment is None:
        max_indent = 0
        while i < len(s) and s[i] in " " + _BREAKS:
            if s[i] != " ":
                breaks.append(i)
                i += _break_len(s, i)
            else:
                i += 1
                max_indent = max(max_indent, col(i))
        indent = max(1, max_indent, parent_indent + 1)
    else:
        indent = max(parent_indent, 0) + increment if parent_indent >= 0 else increment
        i = _block_breaks(s, i, indent, breaks, col)
    line_break = -1
    while i < len(s) and col(i) == indent:
        for b in breaks:
            out.append("\n")
            offs.append(b)
        leading_non_space = s[i] not in " \t"
        j = i
        while j < len(s) and s[j] not in _BREAKS:
            j += 1
        out.append(s[i:j])
        offs.extend(range(i, j))
        line_break = j if j < len(s) else -1
        i = j + (_break_len(s, j) if j < len(s) else 0)
        breaks = []
        i = _block_breaks(s, i, indent, breaks, col)
        if col(i) == indent and i < len(s):
            if folded and line_break >= 0 and s[line_break] in "\r\n" and leading_non_space \
                    and s[i] not in " \t":
                if not breaks:
                    out.append(" ")
                    offs.append(line_break)
            elif line_break >= 0:
                out.append("\n")
                offs.append(line_break)
        else:
            break
    if chomping is not False and line_break >= 0:
        out.append("\n")
        offs.append(line_break)
    if chomping is True:
        for b in breaks:
            out.append("\n")
            offs.append(b)
    offs.append(offs[-1] + 1 if offs else start)
    return "".join(out), offs, indent


def _block_breaks(s: str, i: int, indent: int, breaks: list[int], col) -> int:
    while True:
        while i < len(s) and s[i] == " " and col(i) < indent:
            i += 1
        if i < len(s) and s[i] in _BREAKS:
            breaks.append(i)
            i += _break_len(s, i)
        else:
            return i


def _offsets(s: str, ev, parent_indent: int) -> tuple[list[int] | None, int, bool, str, int]:
    """(offsets or None when linear, start, writable, style name, block indent) for one scalar event."""
    a, b = ev.start_mark.index, ev.end_mark.index
    style = ev.style or "plain"
    while a < b and s[a] in "&!":  # skip the node's properties (anchor, tag)
        while a < b and s[a] not in " \t\r\n":
            a += 1
        while a < b and s[a] in " \t\r\n":
            a += 1
    value = ev.value
    try:
        if style in ("|", ">"):
            text, offs, indent = _scan_block(s, a, b, parent_indent)
        else:
            text, offs = _scan_flow(s, a, b, style)
            indent = 0
    except (ValueError, IndexError):
        text, offs, indent = None, [], 0
    if text != value:
        return [a] * (len(value) + 1), a, False, style, 0
    if offs[-1] - offs[0] == len(value):  # strictly increasing, so contiguous: linear
        return None, offs[0], True, style, indent
    return offs, offs[0], True, style, indent


# ---------------------------------------------------------------- event walk

class _Frame:
    __slots__ = ("kind", "path", "key", "expect_key", "index", "column", "ignored", "merge")

    def __init__(self, kind: str, path: tuple, column: int, ignored: bool = False, merge: bool = False) -> None:
        self.kind = kind
        self.path = path
        self.key: str | None = None
        self.expect_key = True
        self.index = 0
        self.column = column
        self.ignored = ignored      # a complex key: nothing inside is a unit
        self.merge = merge          # the value of a "<<" merge key

    def child_path(self) -> tuple:
        return self.path + ((self.key,) if self.kind == "map" else (str(self.index),))

    def advance(self) -> None:
        if self.kind == "map":
            if self.expect_key:
                self.expect_key = False
                if self.key is None:
                    self.key = "?"
            else:
                self.expect_key = True
                self.key = None
        else:
            self.index += 1


def _error(e: yaml.YAMLError) -> InputError:
    mark = getattr(e, "problem_mark", None) or getattr(e, "context_mark", None)
    problem = getattr(e, "problem", None) or str(e).splitlines()[0]
    if mark is not None:
        return InputError(f"{mark.line + 1}:{mark.column + 1}: {problem}")
    return InputError(f"YAML error: {problem}")


def read(source: SourceFile) -> list[TextUnit]:
    s = source.text
    units: list[TextUnit] = []
    doc_units: list[tuple[tuple, TextUnit]] = []
    stack: list[_Frame] = []
    anchors: dict[str, str] = {}   # anchor -> "scalar" | "collection"
    aliases = 0
    root_keys: list[tuple[str, bool]] = []  # (key, value is a mapping) for the document's root mapping

    def finish_document() -> None:
        locale_root = bool(root_keys) and all(is_map and _is_locale(k) for k, is_map in root_keys)
        for path, unit in doc_units:
            if locale_root:
                unit.context["locale"] = path[0]
                path = path[1:]
            unit.key = ".".join(path)
            units.append(unit)
        doc_units.clear()
        root_keys.clear()

    def note_root(value_is_map: bool) -> None:
        if len(stack) == 1 and stack[0].kind == "map" and not stack[0].expect_key:
            root_keys.append((stack[0].key or "", value_is_map))

    try:
        for ev in yaml.parse(s, Loader=_Loader):
            top = stack[-1] if stack else None
            if isinstance(ev, yaml.ScalarEvent):
                if ev.anchor:
                    anchors[ev.anchor] = "scalar"
                if top is not None and top.kind == "map" and top.expect_key:
                    top.key = ev.value
                    top.advance()
                    continue
                note_root(False)
                if top is not None and (top.ignored or top.merge):
                    top.advance()
                    continue
                tag = ev.tag
                if tag is None or tag == "!":
                    tag = _RESOLVER.resolve(yaml.ScalarNode, ev.value, ev.implicit)
                if tag == _STR and ev.value:
                    path = top.child_path() if top is not None else ()
                    offsets, start, writable, style, indent = _offsets(
                        s, ev, top.column if top is not None else -1)
                    ctx = {"style": style}
                    if style in ("|", ">"):
                        ctx["indent"] = indent
                    doc_units.append((path, TextUnit(
                        text=ev.value, path=source.path, start=start, offsets=offsets, context=ctx,
                        source=source, writable=writable)))
                if top is not None:
                    top.advance()
            elif isinstance(ev, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                if ev.anchor:
                    anchors[ev.anchor] = "collection"
                if len(stack) >= MAX_DEPTH:
                    raise InputError(f"{ev.start_mark.line + 1}:{ev.start_mark.column + 1}: "
                                     "YAML nesting too deep")
                kind = "map" if isinstance(ev, yaml.MappingStartEvent) else "seq"
                if top is None:
                    foreign = ev.tag not in _PLAIN_COLLECTION_TAGS
                    stack.append(_Frame(kind, (), ev.start_mark.column, ignored=foreign))
                    continue
                is_key = top.kind == "map" and top.expect_key
                if not is_key:
                    note_root(kind == "map")
                merge = top.merge or (top.kind == "map" and not is_key and top.key == "<<")
                foreign = ev.tag not in _PLAIN_COLLECTION_TAGS
                stack.append(_Frame(kind, () if is_key else top.child_path(), ev.start_mark.column,
                                    ignored=top.ignored or is_key or foreign, merge=merge))
            elif isinstance(ev, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                stack.pop()
                if stack:
                    stack[-1].advance()
            elif isinstance(ev, yaml.AliasEvent):
                aliases += 1
                if aliases > MAX_ALIASES:
                    raise InputError(f"{ev.start_mark.line + 1}:{ev.start_mark.column + 1}: too many YAML aliases")
                target = anchors.get(ev.anchor)
                if target is None:
                    raise InputError(f"{ev.start_mark.line + 1}:{ev.start_mark.column + 1}: "
                                     f"unknown YAML alias *{ev.anchor}")
                is_key = top is not None and top.kind == "map" and top.expect_key
                merge = top is not None and (top.merge or (top.kind == "map" and top.key == "<<" and not is_key))
                if target == "collection" and not merge:
                    raise InputError(f"{ev.start_mark.line + 1}:{ev.start_mark.column + 1}: "
                                     "YAML alias to a collection is not supported")
                if is_key:
                    top.key = "*" + ev.anchor
                elif top is not None:
                    note_root(False)
                if top is not None:
                    top.advance()
            elif isinstance(ev, yaml.DocumentEndEvent):
                finish_document()
                stack.clear()
                anchors.clear()
    except yaml.YAMLError as e:
        raise _error(e) from None
    except RecursionError:  # pragma: no cover - defensive
        raise InputError("YAML nesting too deep") from None
    finish_document()
    suppress.apply_line_comments(units, source)
    return units
