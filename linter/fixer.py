"""Applying fixes: edits are mapped to file offsets, checked, applied, re-parsed and re-linted, then written atomically.

Everything the fixer did not mean to change is preserved byte for byte: the file is edited as text at exact
offsets (never re-serialised), with its encoding, BOM and line endings kept. An edit whose file slice does not
escape back to the text the rule saw is dropped; a result the adapter cannot re-read is never written.
"""
from __future__ import annotations

from pathlib import Path

from . import adapters
from .model import Finding, InputError, SourceFile
from .source import encode, write_atomic

MAX_PASSES = 4


def applicable(finding: Finding, unsafe: bool) -> bool:
    fix = finding.fix
    if fix is None or not fix.edits or finding.unit is None or not finding.unit.writable:
        return False
    return fix.applicability == "safe" or (unsafe and fix.applicability == "unsafe")


def file_edits(findings: list[Finding], fmt: str, unsafe: bool) -> list[tuple[int, int, str]]:
    """Non-overlapping (file_start, file_end, new_text) edits, sorted; edits on protected spans are dropped."""
    adapter = adapters.get(fmt)
    edits: list[tuple[int, int, str]] = []
    for f in findings:
        if not applicable(f, unsafe):
            continue
        unit = f.unit
        src = unit.source
        for e in f.fix.edits:
            if e.end <= e.start or _touches_protected(f, e.start, e.end):
                continue
            a = unit.file_offset(e.start)
            b = unit.file_offset(e.end - 1) + 1 if unit.offsets is None else unit.offsets[e.end]
            expected = adapter.escape(unit.text[e.start:e.end], unit)
            if src is None or src.text[a:b] != expected:
                continue  # the mapping is not a plain slice (folded line, odd escape): leave it to a person
            edits.append((a, b, adapter.escape(e.replacement, unit)))
    edits.sort()
    chosen: list[tuple[int, int, str]] = []
    for edit in edits:
        if chosen and edit[0] < chosen[-1][1]:
            continue
        chosen.append(edit)
    return chosen


def _touches_protected(f: Finding, start: int, end: int) -> bool:
    from .text.placeholders import protected_spans  # noqa: PLC0415
    return any(s.start < end and start < s.end and s.kind != "number" for s in protected_spans(f.unit.text))


def apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    parts, pos = [], 0
    for a, b, new in edits:
        parts.append(text[pos:a])
        parts.append(new)
        pos = b
    parts.append(text[pos:])
    return "".join(parts)


def fix_file(linter, path: Path, source: SourceFile, fmt: str, unsafe: bool) -> tuple[int, list[Finding]]:
    """Fix one file in passes until nothing changes; returns (edits applied, findings left)."""
    applied = 0
    current = source
    _, findings = linter.lint_source(current, fmt, path)
    for _ in range(MAX_PASSES):
        edits = file_edits(findings, fmt, unsafe)
        if not edits:
            break
        new_text = apply(current.text, edits)
        candidate = SourceFile(path=current.path, text=new_text, encoding=current.encoding, bom=current.bom)
        try:
            _, new_findings = linter.lint_source(candidate, fmt, path)
        except InputError:
            break  # the edit broke the file: keep the last good text
        applied += len(edits)
        current, findings = candidate, new_findings
    if current is not source:
        write_atomic(path, encode(current, current.text))
    return applied, findings
