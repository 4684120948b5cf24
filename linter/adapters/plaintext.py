"""Plain text: one TextUnit per paragraph (blank-line separated), key None.

The text is the paragraph's slice of the file without the leading/trailing white space of the paragraph, so the
offsets are linear (start + i). Only with CRLF line endings is an offset map used: "\\r\\n" becomes "\\n", mapped to
the "\\r".
"""
from __future__ import annotations

import re

from ..model import SourceFile, TextUnit

NAME = "text"
PATTERNS = ("*.txt",)

_BLANK_SPLIT = re.compile(r"(?>\r\n|\n|\r)[ \t\f\v]*(?>\r\n|\n|\r)[ \t\r\n\f\v]*")


def escape(text: str, unit: TextUnit | None = None) -> str:
    if unit is not None and unit.offsets is not None and "\n" in text:
        return text.replace("\n", "\r\n")
    return text


def read(source: SourceFile) -> list[TextUnit]:
    s = source.text
    units: list[TextUnit] = []
    pos = 0
    bounds: list[tuple[int, int]] = []
    for m in _BLANK_SPLIT.finditer(s):
        bounds.append((pos, m.start()))
        pos = m.end()
    bounds.append((pos, len(s)))
    for a, b in bounds:
        while a < b and s[a].isspace():
            a += 1
        while b > a and s[b - 1].isspace():
            b -= 1
        if a >= b:
            continue
        raw = s[a:b]
        if "\r" not in raw:
            units.append(TextUnit(text=raw, path=source.path, start=a, source=source))
            continue
        chars: list[str] = []
        offs: list[int] = []
        i = a
        while i < b:
            c = s[i]
            if c == "\r":
                chars.append("\n")
                offs.append(i)
                i += 2 if i + 1 < b and s[i + 1] == "\n" else 1
                continue
            chars.append(c)
            offs.append(i)
            i += 1
        offs.append(b)
        units.append(TextUnit(text="".join(chars), path=source.path, start=a, offsets=offs, source=source))
    return units
