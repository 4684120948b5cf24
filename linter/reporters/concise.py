"""One line per finding: path:line:col: CODE message — for editors and grep."""
from __future__ import annotations

from ..model import Report
from . import shown


def render(report: Report, **_) -> str:
    lines = [f"{f.path}:{f.line}:{f.column}: {f.rule} [{f.severity}] {f.message}" for f in shown(report)]
    return "\n".join(lines) + ("\n" if lines else "")
