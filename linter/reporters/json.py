"""JSON output, schema version 1 (docs/json-output.md). Stable: tools and the scorer read it."""
from __future__ import annotations

import io
import json
from typing import IO

from ..model import Report, edit_positions
from . import shown, summary

SCHEMA_VERSION = 1


def finding_dict(f) -> dict:
    return {
        "path": f.path, "line": f.line, "column": f.column, "end_line": f.end_line, "end_column": f.end_column,
        "key": f.key, "rule": f.rule, "name": f.name, "category": f.category, "severity": f.severity,
        "message": f.message, "text": f.text, "suggestions": f.suggestions,
        "fix": ({"applicability": f.fix.applicability, "edits": edit_positions(f)} if f.fix else None),
    }


def write(report: Report, out: IO[str], **_) -> None:
    """Stream the document finding by finding: a huge report never exists twice in memory."""
    out.write(f'{{\n "version": {SCHEMA_VERSION},\n "findings": [')
    first = True
    for f in shown(report):
        out.write("\n  " if first else ",\n  ")
        out.write(json.dumps(finding_dict(f), ensure_ascii=False))
        first = False
    out.write("\n ],\n \"summary\": " if not first else "],\n \"summary\": ")
    out.write(json.dumps(summary(report), ensure_ascii=False))
    out.write("\n}\n")


def render(report: Report, **options) -> str:
    buf = io.StringIO()
    write(report, buf, **options)
    return buf.getvalue()
