"""The data every part of bahir passes around.

Adapters produce TextUnits; rules produce Findings; reporters render a Report. Nothing here knows a file format
or a rule, so every module can import it without pulling in anything heavy.
"""
from __future__ import annotations

import bisect
import sys
from dataclasses import dataclass, field
from typing import Any

CATEGORIES = (
    "jargon", "bureaucratic", "unclear-error", "raw-error-code", "blame-user", "gendered-address",
    "vague-promise", "deflection", "no-human-path", "bot-disclosure", "dead-end", "loop-no-exit",
    "fallback-no-escalation", "handoff-no-context", "hours-no-alternative", "typography", "bidi",
    "readability", "consistency", "i18n",
)
LEVELS = ("suggestion", "warning", "error")
LEVEL_RANK = {name: rank for rank, name in enumerate(LEVELS)}
APPLICABILITY = ("safe", "unsafe", "display")


class InputError(Exception):
    """A file bahir cannot read (bad syntax, binary, bad encoding). The message is one line, without the path."""


class ConfigError(Exception):
    """A configuration or usage problem; the message is one line and names the file where there is one."""


@dataclass(slots=True)
class SourceFile:
    """One file as read from disk: decoded text plus what a write-back needs to reproduce the bytes."""

    path: str
    text: str
    encoding: str = "utf-8"
    bom: bool = False
    _line_starts: list[int] | None = None

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset; columns count code points, as editors do."""
        if self._line_starts is None:
            starts = [0]
            find = self.text.find
            i = find("\n")
            while i != -1:
                starts.append(i + 1)
                i = find("\n", i + 1)
            self._line_starts = starts
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1


@dataclass(slots=True)
class TextUnit:
    """One user-visible string: the text as the user sees it and the way back to the file.

    `offsets`, when set, holds the file offset of every character of `text` plus one past the end
    (len(text) + 1 entries). Adapters set it when escapes, folding or continuation lines make the mapping
    non-linear; otherwise text[i] sits at file offset `start + i`.
    """

    text: str
    path: str = "<text>"
    key: str | None = None
    lang: str = "en"
    kind: str = "ui"
    start: int = 0
    offsets: list[int] | None = None
    context: dict[str, Any] = field(default_factory=dict)
    source: SourceFile | None = None
    writable: bool = True

    def file_offset(self, i: int) -> int:
        if self.offsets is not None:
            return self.offsets[i]
        return self.start + i


@dataclass(slots=True)
class Edit:
    """Replace text[start:end] of a unit with `replacement` (unit-relative offsets)."""

    start: int
    end: int
    replacement: str


@dataclass(slots=True)
class Fix:
    applicability: str
    edits: list[Edit]


_SHARED_FIX = {name: Fix(name, []) for name in APPLICABILITY}


@dataclass(slots=True)
class Finding:
    """A problem a rule found. `start`/`end` are unit-relative; the engine fills the file position.

    Flow checks that have no unit set `unit=None` and give `line`/`column` directly (0 when unknown).
    """

    rule: str
    name: str
    category: str
    severity: str
    message: str
    unit: TextUnit | None = None
    start: int = 0
    end: int = 0
    suggestions: list[str] = field(default_factory=list)
    fix: Fix | None = None
    path: str = ""
    key: str | None = None
    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0
    text: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    source: SourceFile | None = None
    edits: list[dict[str, Any]] | None = None

    def locate(self) -> None:
        """Fill path/key/line/column from the unit's offset map."""
        unit = self.unit
        if unit is None:
            return
        self.source = unit.source
        self.path = self.path or unit.path
        if self.key is None:
            self.key = unit.key
        self.text = unit.text[self.start:self.end]
        src = unit.source
        if src is None:
            # Plain text given directly (lint_text): one line per "\n" of the unit itself.
            self.line, self.column = _text_position(unit.text, self.start)
            self.end_line, self.end_column = _text_position(unit.text, self.end)
            return
        self.line, self.column = src.position(unit.file_offset(self.start))
        end = max(self.start, self.end - 1)
        last = unit.file_offset(end) + (1 if self.end > self.start else 0)
        self.end_line, self.end_column = src.position(last)


def detach(finding: Finding) -> None:
    """Keep what reports need (positions, the fix as file positions, the source text) and let the unit go,
    so a run over a huge catalog does not keep every string's offset map alive."""
    if finding.unit is not None:
        finding.edits = edit_positions(finding)
        finding.unit = None
        if finding.fix is not None:
            finding.fix = _SHARED_FIX[finding.fix.applicability]
        if not finding.data.get("verdict"):
            finding.data = _NO_DATA
        # the same message and wording recur thousands of times in a big catalog: keep one copy of each
        finding.message = sys.intern(finding.message)
        finding.text = sys.intern(finding.text)
        finding.suggestions = _shared(tuple(sys.intern(x) for x in finding.suggestions))


_SUGGESTIONS: dict[tuple[str, ...], tuple[str, ...]] = {}


def _shared(value: tuple[str, ...]):
    if len(_SUGGESTIONS) > 100_000:
        _SUGGESTIONS.clear()
    return _SUGGESTIONS.setdefault(value, value)


_NO_DATA: dict[str, Any] = {}


def edit_positions(finding: Finding) -> list[dict[str, Any]]:
    """The fix's edits as file positions (1-based, end exclusive) with their replacement text."""
    if finding.edits is not None:
        return finding.edits
    if finding.fix is None or finding.unit is None:
        return []
    unit, out = finding.unit, []
    for edit in finding.fix.edits:
        probe = Finding(finding.rule, finding.name, finding.category, finding.severity, "", unit=unit,
                        start=edit.start, end=edit.end, path=finding.path, key=finding.key)
        probe.locate()
        out.append({"line": probe.line, "column": probe.column, "end_line": probe.end_line,
                    "end_column": probe.end_column, "replacement": edit.replacement})
    return out


def _text_position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


@dataclass(slots=True)
class FileError:
    path: str
    message: str


@dataclass(slots=True)
class Report:
    findings: list[Finding] = field(default_factory=list)
    errors: list[FileError] = field(default_factory=list)
    files: int = 0
    units: int = 0
    fixed: int = 0
