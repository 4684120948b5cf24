"""JSON catalogs: nested or flat (i18next, vue-i18n, react-intl) and Chrome `messages.json`.

The stdlib parser validates and gives the structure (with duplicate keys kept, via object_pairs_hook); one regex
pass gives every string token's position, consumed in document order while walking the structure. That keeps
the C parser's speed and still maps each character back through escapes.
"""
from __future__ import annotations

import json
import re

from ..model import InputError, SourceFile, TextUnit

NAME = "json"
PATTERNS = ("*.json", "*.arb")
_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"', re.DOTALL)
_SIMPLE_ESC = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


def read(source: SourceFile) -> list[TextUnit]:
    text = source.text
    try:
        tree = json.loads(text, object_pairs_hook=_Pairs)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON at {exc.lineno}:{exc.colno}: {exc.msg}") from None
    except RecursionError:
        raise InputError("JSON nested too deeply") from None
    tokens = _STRING.finditer(text)
    units: list[TextUnit] = []
    chrome = _is_chrome(tree)
    try:
        _walk(tree, [], tokens, units, source, chrome)
    except (StopIteration, ValueError) as exc:  # pragma: no cover - tokens and tree disagree
        raise InputError(f"could not map JSON strings to positions ({exc})") from None
    return units


class _Pairs(list):
    """An object as its ordered (key, value) pairs: duplicate keys survive, so positions stay in step."""


def _is_chrome(tree) -> bool:
    if not isinstance(tree, _Pairs) or not tree:
        return False
    return all(isinstance(v, _Pairs) and any(k == "message" for k, _ in v) for _, v in tree)


def _walk(node, path: list[str], tokens, units: list[TextUnit], source: SourceFile, chrome: bool) -> None:
    if isinstance(node, _Pairs):
        if chrome and len(path) == 1:
            desc = next((v for k, v in node if k == "description" and isinstance(v, str)), None)
            for k, v in node:
                _next(tokens, k)
                if k == "message" and isinstance(v, str):
                    unit = _unit(_next(tokens, v), v, path[0], source)
                    if desc:
                        unit.context["description"] = desc
                    units.append(unit)
                else:
                    _skip(v, tokens)
            return
        for k, v in node:
            _next(tokens, k)
            _walk(v, path + [k], tokens, units, source, chrome)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            _walk(v, path + [str(i)], tokens, units, source, chrome)
    elif isinstance(node, str):
        units.append(_unit(_next(tokens, node), node, ".".join(path) if path else None, source))


def _skip(node, tokens) -> None:
    if isinstance(node, _Pairs):
        for k, v in node:
            _next(tokens, k)
            _skip(v, tokens)
    elif isinstance(node, list):
        for v in node:
            _skip(v, tokens)
    elif isinstance(node, str):
        _next(tokens, node)


def _next(tokens, expected: str) -> re.Match[str]:
    m = next(tokens)
    raw = m.group()
    if "\\" not in raw and raw[1:-1] != expected:
        raise ValueError(f"expected {expected!r}, found {raw[:40]!r}")
    return m


def _unit(m: re.Match[str], value: str, key: str | None, source: SourceFile) -> TextUnit:
    raw = m.group()
    start = m.start() + 1
    if "\\" not in raw:
        return TextUnit(text=value, path=source.path, key=key, start=start, source=source)
    offsets: list[int] = []
    i, end = start, m.end() - 1
    ascii_escapes = False
    while i < end:
        ch = raw[i - m.start()]
        if ch != "\\":
            offsets.append(i)
            i += 1
            continue
        nxt = raw[i - m.start() + 1]
        if nxt == "u":
            code = int(raw[i - m.start() + 2:i - m.start() + 6], 16)
            ascii_escapes = ascii_escapes or code > 0x7F
            if 0xD800 <= code < 0xDC00 and raw[i - m.start() + 6:i - m.start() + 8] == "\\u":
                offsets.append(i)  # a surrogate pair is one character
                i += 12
            else:
                offsets.append(i)
                i += 6
        else:
            offsets.append(i)
            i += 2
    offsets.append(end)
    if len(offsets) != len(value) + 1:  # pragma: no cover - defensive: keep findings, refuse fixes
        return TextUnit(text=value, path=source.path, key=key, start=start, source=source, writable=False)
    unit = TextUnit(text=value, path=source.path, key=key, offsets=offsets, source=source)
    if ascii_escapes:
        unit.context["ascii_escapes"] = True
    return unit


def escape(text: str, unit: TextUnit) -> str:
    return json.dumps(text, ensure_ascii=bool(unit.context.get("ascii_escapes")))[1:-1]
