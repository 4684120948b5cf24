"""Reading flow files while remembering where every string came from.

Findings must point at the line and column of the words inside the export, and a JSON string with escapes or a folded
YAML scalar does not map one-to-one onto the file. So the loaders here return ordinary Python data whose strings are
`str` subclasses carrying their file position, and `unit_for` turns such a string into a TextUnit with an exact
offset map (or, when the mapping cannot be proven, a read-only unit pointing at the string's first character).
"""
from __future__ import annotations

import json
import json.decoder
import json.scanner
import re
from pathlib import Path
from typing import Any

import yaml

from ..model import InputError, SourceFile, TextUnit


class PStr(str):
    """A string value with the index of its first raw character (`pos`) and one past its last (`end`)."""

    pos: int
    end: int
    style: str | None  # "json" for JSON; None/'"'/"'"/'|'/'>' for YAML
    line: int


class PDict(dict):
    """A mapping that remembers the 1-based line it starts on."""

    line: int = 0
    pos: int = 0


class PList(list):
    line: int = 0
    pos: int = 0


# --------------------------------------------------------------------------------------------------- reading
def read_source(path: Path | str, data: bytes | None = None, name: str | None = None) -> SourceFile:
    """Decode a file (or zip member bytes) as UTF-8, keeping the BOM flag; other encodings are an InputError."""
    if data is None:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read file: {exc.strerror or exc}") from None
    bom = data.startswith(b"\xef\xbb\xbf")
    if bom:
        data = data[3:]
    if b"\x00" in data[:4096]:
        raise InputError("binary file, not a text export")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid UTF-8 (byte {exc.start})") from None
    return SourceFile(path=name or str(path), text=text, bom=bom)


# --------------------------------------------------------------------------------------------------- JSON
def _make_json_decoder(text: str) -> json.JSONDecoder:
    decoder = json.JSONDecoder()
    line_of = _LineIndex(text)
    plain_string = json.decoder.scanstring
    plain_object = json.decoder.JSONObject
    plain_array = json.decoder.JSONArray

    def parse_string(s: str, idx: int, strict: bool = True):
        value, end = plain_string(s, idx, strict)
        out = PStr(value)
        out.pos, out.end, out.style = idx - 1, end, "json"
        out.line = line_of(idx - 1)
        return out, end

    def parse_object(s_and_end, strict, scan_once, object_hook, object_pairs_hook, memo=None):
        start = s_and_end[1] - 1
        pairs, end = plain_object(s_and_end, strict, scan_once, None, list, memo)
        out = PDict(pairs)
        out.pos, out.line = start, line_of(start)
        return out, end

    def parse_array(s_and_end, scan_once):
        start = s_and_end[1] - 1
        values, end = plain_array(s_and_end, scan_once)
        out = PList(values)
        out.pos, out.line = start, line_of(start)
        return out, end

    decoder.parse_string = parse_string
    decoder.parse_object = parse_object
    decoder.parse_array = parse_array
    decoder.scan_once = json.scanner.py_make_scanner(decoder)
    return decoder


def load_json(src: SourceFile) -> Any:
    """Parse JSON keeping string positions; a syntax error becomes a one-line InputError."""
    text = src.text
    try:
        return _make_json_decoder(text).decode(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    except RecursionError:
        raise InputError("JSON nested too deeply") from None


def load_json_plain(src: SourceFile) -> Any:
    """Parse JSON fast (C scanner) when positions are not needed."""
    try:
        return json.loads(src.text)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None


# --------------------------------------------------------------------------------------------------- YAML
_BOOL_TAG = "tag:yaml.org,2002:bool"
_NULL_TAG = "tag:yaml.org,2002:null"


_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_BRACKETS = re.compile(r"[\[\]{}]")
_DEEP_INDENT = re.compile(r"^[ \t]{2000,}\S", re.MULTILINE)


def _loader_for(text: str):
    """The C loader unless the text could nest deeper than libyaml's composer survives."""
    if _DEEP_INDENT.search(text):
        return yaml.SafeLoader
    depth = deepest = 0
    for m in _BRACKETS.finditer(text):  # quoted brackets only make this cautious, never unsafe
        if m.group() in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth = max(0, depth - 1)
    return yaml.SafeLoader if deepest > 500 else _FAST_LOADER


def load_yaml(src: SourceFile) -> Any:
    """Parse YAML with yaml's safe composer, keeping scalar positions (for offsets) and mapping lines."""
    try:
        # libyaml's C composer segfaults on pathologically deep nesting (100,000 '['): such text goes to the
        # pure-Python composer, which raises RecursionError instead; ordinary exports keep the fast one
        node = yaml.compose(src.text, Loader=_loader_for(src.text))
    except RecursionError:
        raise InputError("invalid YAML: nested too deeply") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1} column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(f"invalid YAML{where}: {problem}") from None
    if node is None:
        return None
    constructor = yaml.SafeLoader("")
    return _convert(node, constructor, {})


def _convert(node: yaml.Node, constructor: Any, seen: dict[int, Any]) -> Any:
    nid = id(node)
    if nid in seen:
        return seen[nid]
    if isinstance(node, yaml.ScalarNode):
        if node.tag == "tag:yaml.org,2002:str":
            out = PStr(node.value)
            out.pos, out.end, out.style = node.start_mark.index, node.end_mark.index, node.style
            out.line = node.start_mark.line + 1
            return out
        try:
            return constructor.construct_object(node, deep=True)
        except yaml.YAMLError as exc:
            raise InputError(f"invalid YAML value at line {node.start_mark.line + 1}: {exc}") from None
    if isinstance(node, yaml.SequenceNode):
        lst = PList()
        lst.line, lst.pos = node.start_mark.line + 1, node.start_mark.index
        seen[nid] = lst
        lst.extend(_convert(v, constructor, seen) for v in node.value)
        return lst
    mapping = PDict()
    mapping.line, mapping.pos = node.start_mark.line + 1, node.start_mark.index
    seen[nid] = mapping
    for knode, vnode in node.value:
        if isinstance(knode, yaml.ScalarNode) and knode.tag in (_BOOL_TAG, _NULL_TAG):
            key = knode.value  # YAML 1.1 reads `on:`, `yes:` and `no:` keys as booleans; a flow means the word
        else:
            key = _convert(knode, constructor, seen)
        if key == "<<" and knode.tag == "tag:yaml.org,2002:merge":
            merged = _convert(vnode, constructor, seen)
            for part in merged if isinstance(merged, list) else [merged]:
                if isinstance(part, dict):
                    for k, v in part.items():
                        mapping.setdefault(k, v)
            continue
        try:
            hash(key)
        except TypeError:
            key = str(key)
        mapping[str(key) if isinstance(key, PStr) else key] = _convert(vnode, constructor, seen)
    return mapping


# --------------------------------------------------------------------------------------------------- units
class _LineIndex:
    """Offset → 1-based line, built once per file."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: list[int] | None = None

    def __call__(self, offset: int) -> int:
        import bisect
        if self.starts is None:
            starts = [0]
            i = self.text.find("\n")
            while i != -1:
                starts.append(i + 1)
                i = self.text.find("\n", i + 1)
            self.starts = starts
        return bisect.bisect_right(self.starts, offset)


_JSON_ESC = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_YAML_ESC = {**_JSON_ESC, "0": "\0", "a": "\a", "v": "\v", "e": "\x1b", " ": " ", "N": "\x85", "_": "\xa0",
             "L": "\u2028", "P": "\u2029", "\t": "\t"}


def _json_offsets(text: str, value: str, pos: int) -> list[int] | None:
    """File offset of every character of a JSON string value whose opening quote is at `pos`."""
    offs: list[int] = []
    j = pos + 1
    for ch in value:
        r = text[j]
        if r != "\\":
            if r != ch:
                return None
            offs.append(j)
            j += 1
            continue
        esc = text[j + 1]
        if esc == "u":
            code = int(text[j + 2:j + 6], 16)
            if 0xD800 <= code < 0xDC00 and text[j + 6:j + 8] == "\\u":
                low = int(text[j + 8:j + 12], 16)
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                width = 12
            else:
                width = 6
            if chr(code) != ch:
                return None
            offs.append(j)
            j += width
        else:
            if _JSON_ESC.get(esc) != ch:
                return None
            offs.append(j)
            j += 2
    offs.append(j)
    return offs


def _yaml_offsets(text: str, value: str, start: int, end: int, style: str | None) -> list[int] | None:
    """Align a YAML scalar's value with its raw text; None when the mapping cannot be proven."""
    j = start
    if style in ('"', "'"):
        j += 1
    elif style in ("|", ">"):
        nl = text.find("\n", start, end)
        if nl == -1:
            return None
        j = nl + 1
    offs: list[int] = []
    for ch in value:
        while True:
            if j >= end:
                return None
            r = text[j]
            if style == '"' and r == "\\":
                esc = text[j + 1] if j + 1 < end else ""
                if esc in "xuU":
                    width = {"x": 2, "u": 4, "U": 8}[esc]
                    try:
                        code = int(text[j + 2:j + 2 + width], 16)
                    except ValueError:
                        return None
                    if chr(code) != ch:
                        return None
                    offs.append(j)
                    j += 2 + width
                    break
                if esc in "\r\n":  # escaped line break: joins lines without a space
                    j += 2
                    while j < end and text[j] in " \t\r\n":
                        j += 1
                    continue
                if _YAML_ESC.get(esc) != ch:
                    return None
                offs.append(j)
                j += 2
                break
            if r == ch:
                offs.append(j)
                j += 2 if (style == "'" and ch == "'") else 1
                break
            if ch == " " and r in "\r\n":  # a folded line break reads as one space
                offs.append(j)
                j += 1
                while j < end and text[j] in " \t\r\n":
                    j += 1
                break
            if r in " \t\r\n":
                j += 1
                continue
            return None
    offs.append(min(j, end))
    return offs


def unit_for(value: str, src: SourceFile | None, key: str, lang: str, kind: str = "bot",
             context: dict | None = None, writable: bool = True) -> TextUnit:
    """A TextUnit for a string loaded by load_json/load_yaml, with the best offset map its syntax allows."""
    unit = TextUnit(text=str(value), path=src.path if src else "<text>", key=key, lang=lang, kind=kind,
                    source=src, context=context or {}, writable=writable and src is not None)
    if src is None or not isinstance(value, PStr):
        unit.writable = False
        return unit
    text = src.text
    if value.style == "json":
        raw = text[value.pos + 1:value.end - 1]
        if raw == value:
            unit.start = value.pos + 1
            return unit
        offs = _json_offsets(text, value, value.pos)
    else:
        inner = value.pos + (1 if value.style in ('"', "'") else 0)
        if text[inner:inner + len(value)] == value and value.style not in ("|", ">"):
            unit.start = inner
            return unit
        offs = _yaml_offsets(text, value, value.pos, value.end, value.style)
    if offs is None:
        unit.start = value.pos + (1 if value.style in ('"', "'") else 0)
        unit.writable = False
    else:
        unit.start = offs[0] if offs else value.pos
        unit.offsets = offs
    return unit

