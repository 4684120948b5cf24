"""JSON catalogs: nested or flat (i18next, vue-i18n, react-intl compiled or extracted) and Chrome `messages.json`.

The stdlib C parser validates the file (building nothing: its object hook discards every object, so a 10 MB
catalog costs no tree); then one regex pass over the tokens walks the structure, keeps the key path, and yields
each string with its exact position, mapping every character back through escapes. Units are produced lazily.
"""
from __future__ import annotations

import json
import re

from ..model import InputError, SourceFile, TextUnit

NAME = "json"
PATTERNS = ("*.json", "*.arb")
_TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"|[{}\[\]:,]|[^\s{}\[\]:,"]+')
_MESSAGE = object()  # what the validation hook returns for an object with a string "message" (Chrome entries)


def read(source: SourceFile):
    """Validate eagerly (a broken file raises InputError here), then yield units lazily."""
    try:
        top = json.loads(source.text, object_pairs_hook=_shape)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON at {exc.lineno}:{exc.colno}: {exc.msg}") from None
    except RecursionError:
        raise InputError("JSON nested too deeply") from None
    return _walk(source, chrome=top is _CHROME)


_CHROME = object()


_TEXT_KEYS = ("message", "defaultMessage")  # Chrome messages.json; react-intl extracted messages


def _shape(pairs):
    """Keeps only what the walk needs to know in advance: is this a catalog of message entries (Chrome
    `{"id": {"message", "description"}}` or react-intl `{"id": {"defaultMessage", "description"}}`)?"""
    if any(k in _TEXT_KEYS and isinstance(v, str) for k, v in pairs):
        return _MESSAGE
    if pairs and all(v is _MESSAGE for _, v in pairs):
        return _CHROME
    return None


def _decode(raw: str) -> str:
    return raw[1:-1] if "\\" not in raw else json.loads(raw)


def _walk(source: SourceFile, chrome: bool):
    # a frame: [is_object, name under which it sits in its parent, current key, current index, expecting_key]
    stack: list[list] = []
    pending: dict | None = None  # Chrome: the current entry's message token and description
    for m in _TOKEN.finditer(source.text):
        tok = m.group()
        c = tok[0]
        if c == "{" or c == "[":
            name = None
            if stack:
                top = stack[-1]
                name = top[2] if top[0] else str(top[3])
            stack.append([c == "{", name, None, 0, c == "{"])
            if chrome and len(stack) == 2:
                pending = {}
        elif c == "}" or c == "]":
            stack.pop()
            if chrome and len(stack) == 1 and pending is not None:
                if "text" in pending:
                    mm, value, entry = pending["text"]
                    unit = _unit(mm, value, entry, source)
                    if "description" in pending:
                        unit.context["description"] = pending["description"]
                    yield unit
                pending = None
        elif c == ",":
            top = stack[-1]
            if top[0]:
                top[4] = True
            else:
                top[3] += 1
        elif c == ":":
            continue
        elif c == '"':
            top = stack[-1] if stack else None
            if top is not None and top[0] and top[4]:
                top[2] = _decode(tok)
                top[4] = False
                continue
            value = _decode(tok)
            if chrome:
                if len(stack) == 2 and pending is not None:
                    if top[2] in _TEXT_KEYS:
                        pending["text"] = (m, value, stack[1][1])
                    elif top[2] == "description":
                        pending["description"] = value
                continue
            path = [f[1] for f in stack[1:]]
            if top is not None:
                path.append(top[2] if top[0] else str(top[3]))
            yield _unit(m, value, ".".join(path) if path else None, source)


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
