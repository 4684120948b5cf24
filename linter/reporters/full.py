"""Human output: the line with the problem highlighted, the message, and the suggested wording.

Hebrew lines are shown in logical order inside Unicode isolates (FSI…PDI) so a bidi-aware terminal lays each
snippet out on its own; the highlight is colour (or «» when colour is off) rather than a caret row, because a
caret row cannot line up under right-to-left text.
"""
from __future__ import annotations

import re

from ..model import Report, edit_positions
from . import shown, summary

_RTL = re.compile("[\u0590-\u05ff]")
_FSI, _PDI = "\u2068", "\u2069"
_COLORS = {"error": "\x1b[31m", "warning": "\x1b[33m", "suggestion": "\x1b[36m"}
_BOLD, _DIM, _RESET, _HL = "\x1b[1m", "\x1b[2m", "\x1b[0m", "\x1b[1;4;31m"


def _isolate(text: str) -> str:
    return f"{_FSI}{text}{_PDI}" if _RTL.search(text) else text


def render(report: Report, color: bool = False, sources: dict | None = None, **_) -> str:
    out: list[str] = []
    sources = sources or {}
    for f in shown(report):
        sev = f"{_COLORS[f.severity]}{f.severity}{_RESET}" if color else f.severity
        code = f"{_BOLD}{f.rule}{_RESET}" if color else f.rule
        where = f"{f.path}:{f.line}:{f.column}" if f.line else f.path
        key = f" [{_isolate(f.key)}]" if f.key else ""
        out.append(f"{where}: {code} {sev} ({f.name}){key}")
        out.append(f"  {_isolate(f.message)}")
        snippet = _snippet(f, sources.get(f.path), color)
        if snippet:
            out.append(snippet)
        if f.suggestions:
            tag = f"{_DIM}suggestion{_RESET}" if color else "suggestion"
            out.append(f"  {tag}: {' | '.join(_isolate(s) for s in f.suggestions[:3])}")
        edits = edit_positions(f)
        if f.fix and edits:
            out.append(f"  fix ({f.fix.applicability}): {_isolate(edits[0]['replacement'])}")
        out.append("")
    s = summary(report)
    for e in report.errors:
        out.append(f"{e.path}: error: {e.message}")
    parts = [f"{s['findings']} finding{'s' if s['findings'] != 1 else ''}"]
    parts += [f"{n} {lvl}" for lvl, n in s["by_severity"].items()]
    if report.fixed:
        parts.append(f"{report.fixed} fixed")
    out.append(f"{' · '.join(parts)} in {s['files']} file{'s' if s['files'] != 1 else ''}"
               + (f"; {len(report.errors)} file error{'s' if len(report.errors) != 1 else ''}" if report.errors else ""))
    if s["transcripts"]:
        out.append("Requests for a person in transcripts (worst conversations first):")
        for t in s["transcripts"]:
            out.append(f"  {t['path']} conversation {t['conversation']}: {t.get('requests', 0)} request(s), "
                       f"{t.get('honored', 0)} honoured, {t.get('deflected', 0)} deflected, "
                       f"{t.get('ignored', 0)} ignored, {t.get('false_claims', 0)} false human claim(s)")
    if s["undetermined"]:
        out.append(f"{len(s['undetermined'])} flow state(s) where bahir cannot tell (custom code decides):")
        out.extend(f"  {u['path']} [{u['key']}] {u['message']}" for u in s["undetermined"])
    return "\n".join(out) + "\n"


def _snippet(f, text: str | None, color: bool) -> str | None:
    if not f.line or (f.unit is None and f.source is None):
        return None
    if text is None and f.source is not None:
        text = f.source.text
    if text is None:
        text = f.unit.text
    line_no = f.line
    lines = text.split("\n")
    if line_no > len(lines):
        return None
    line = lines[line_no - 1].rstrip("\r")
    start = f.column - 1
    end = f.end_column - 1 if f.end_line == f.line else len(line)
    if not (0 <= start <= end <= len(line)):
        return None
    shown_line = line.strip()
    lead = len(line) - len(line.lstrip())
    start, end = start - lead, end - lead
    if len(shown_line) > 160:  # long lines: a window around the finding
        lo = max(0, start - 60)
        shown_line, start, end = "…" + shown_line[lo:lo + 150] + "…", start - lo + 1, end - lo + 1
    if color:
        marked = shown_line[:start] + _HL + shown_line[start:end] + _RESET + shown_line[end:]
    else:
        marked = shown_line[:start] + "«" + shown_line[start:end] + "»" + shown_line[end:]
    return f"  {line_no:>4} | {_isolate(marked)}"
