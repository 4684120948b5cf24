"""What the adapter golden tests share: fixture loading (optionally with CRLF), and positions found two ways —
through the adapter's offset map (pos) and straight from the file text (at)."""
from __future__ import annotations

from pathlib import Path

from linter.model import SourceFile

FIXTURES = Path(__file__).parent / "fixtures"


def load(name: str, crlf: bool = False) -> SourceFile:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    if crlf:
        text = text.replace("\n", "\r\n")
    return SourceFile(str(FIXTURES / name), text)


def pos(unit, word: str, nth: int = 0) -> tuple[int, int]:
    """(line, col) of the first character of the nth occurrence of `word` in the unit's text."""
    i = -1
    for _ in range(nth + 1):
        i = unit.text.index(word, i + 1)
    return unit.source.position(unit.file_offset(i))


def at(source: SourceFile, line: int, needle: str) -> tuple[int, int]:
    """Golden (line, col) of `needle` on a 1-based line of the file, found without the adapter."""
    return line, source.text.split("\n")[line - 1].index(needle) + 1
