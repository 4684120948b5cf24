"""GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff."""
from __future__ import annotations

from ..model import Report
from . import shown

_LEVEL = {"error": "error", "warning": "warning", "suggestion": "notice"}


def _esc(value: str, prop: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if prop else value


def render(report: Report, **_) -> str:
    lines = []
    for f in shown(report):
        msg = f.message + (f" (suggestion: {f.suggestions[0]})" if f.suggestions else "")
        props = f"file={_esc(f.path, True)},line={max(f.line, 1)},col={max(f.column, 1)}"
        if f.end_line:
            props += f",endLine={f.end_line},endColumn={f.end_column}"
        props += f",title={_esc(f'{f.rule} {f.name}', True)}"
        lines.append(f"::{_LEVEL[f.severity]} {props}::{_esc(msg)}")
    return "\n".join(lines) + ("\n" if lines else "")
