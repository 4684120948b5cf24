"""JSON output, schema version 1 (docs/json-output.md). Stable: tools and the scorer read it."""
from __future__ import annotations

import json

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


def render(report: Report, **_) -> str:
    doc = {"version": SCHEMA_VERSION, "findings": [finding_dict(f) for f in shown(report)],
           "summary": summary(report)}
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
