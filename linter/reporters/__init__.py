"""Output formats: one module each with a pure `render(report, **options) -> str`."""
from __future__ import annotations

import importlib
from collections import Counter

from ..model import LEVEL_RANK, Report

FORMATS = ("full", "concise", "json", "github", "sarif")


def render(fmt: str, report: Report, **options) -> str:
    return importlib.import_module(f"{__name__}.{fmt}").render(report, **options)


def write(fmt: str, report: Report, out, **options) -> None:
    """Write a report to a text stream; formats that can stream (json) do, the others render first."""
    module = importlib.import_module(f"{__name__}.{fmt}")
    if hasattr(module, "write"):
        module.write(report, out, **options)
    else:
        out.write(module.render(report, **options))


def summary(report: Report) -> dict:
    """Counts every format shares; `undetermined` holds flow verdicts bahir could not decide."""
    shown = [f for f in report.findings if f.data.get("verdict") != "unknown"]
    return {
        "files": report.files,
        "units": report.units,
        "findings": len(shown),
        "by_severity": dict(sorted(Counter(f.severity for f in shown).items(), key=lambda kv: -LEVEL_RANK[kv[0]])),
        "by_category": dict(sorted(Counter(f.category for f in shown).items())),
        "errors": [{"path": e.path, "message": e.message} for e in report.errors],
        "fixed": report.fixed,
        "undetermined": [{"path": f.path, "key": f.key, "rule": f.rule, "category": f.category,
                          "message": f.message} for f in report.findings if f.data.get("verdict") == "unknown"],
        "transcripts": transcripts(report),
    }


def transcripts(report: Report) -> list[dict]:
    """Each conversation where a request for a person went wrong, with its counts, the worst first."""
    convs: dict[tuple[str, str], dict] = {}
    for f in report.findings:
        counts = f.data.get("counts")
        if counts is not None and "conversation" in f.data:
            convs.setdefault((f.path, str(f.data["conversation"])), counts)
    rows = [{"path": path, "conversation": conv, **counts} for (path, conv), counts in convs.items()]
    rows.sort(key=lambda r: (-(r.get("deflected", 0) + r.get("ignored", 0) + r.get("false_claims", 0)),
                             r["path"], r["conversation"]))
    return rows


def shown(report: Report):
    return [f for f in report.findings if f.data.get("verdict") != "unknown"]
