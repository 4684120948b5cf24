"""SARIF 2.1.0, for code-scanning dashboards (GitHub code scanning, Azure DevOps)."""
from __future__ import annotations

import json

from ..model import Report, edit_positions
from . import shown

_LEVEL = {"error": "error", "warning": "warning", "suggestion": "note"}


def render(report: Report, rules=None, version: str = "0", **_) -> str:
    findings = shown(report)
    used = sorted({f.rule for f in findings})
    by_code = {r.code: r for r in (rules or [])}
    rule_meta = []
    for code in used:
        r = by_code.get(code)
        meta = {"id": code}
        if r is not None:
            meta.update({"name": r.name, "shortDescription": {"text": r.summary},
                         "fullDescription": {"text": r.why}, "help": {"text": f"{r.why}\nSource: {r.source}"},
                         "properties": {"category": r.category},
                         "defaultConfiguration": {"level": _LEVEL[r.level]}})
        rule_meta.append(meta)
    index = {code: i for i, code in enumerate(used)}
    results = []
    for f in findings:
        region = {"startLine": max(f.line, 1), "startColumn": max(f.column, 1)}
        if f.end_line:
            region.update({"endLine": f.end_line, "endColumn": max(f.end_column, 1)})
        result = {"ruleId": f.rule, "ruleIndex": index[f.rule], "level": _LEVEL[f.severity],
                  "message": {"text": f.message}, "locations": [{"physicalLocation": {
                      "artifactLocation": {"uri": f.path}, "region": region}}],
                  "properties": {"category": f.category, "key": f.key}}
        edits = edit_positions(f)
        if edits:
            result["fixes"] = [{"description": {"text": f"Replace with {f.suggestions[0]}" if f.suggestions else "Fix"},
                                "artifactChanges": [{"artifactLocation": {"uri": f.path}, "replacements": [
                                    {"deletedRegion": {"startLine": e["line"], "startColumn": e["column"],
                                                       "endLine": e["end_line"], "endColumn": e["end_column"]},
                                     "insertedContent": {"text": e["replacement"]}} for e in edits]}]}]
        results.append(result)
    doc = {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0", "runs": [{
        "tool": {"driver": {"name": "bahir", "version": version, "informationUri": "https://github.com/bahir-lint/bahir",
                            "rules": rule_meta}},
        "results": results,
        "invocations": [{"executionSuccessful": not report.errors, "toolExecutionNotifications": [
            {"level": "error", "message": {"text": e.message},
             "locations": [{"physicalLocation": {"artifactLocation": {"uri": e.path}}}]} for e in report.errors]}],
    }]}
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
