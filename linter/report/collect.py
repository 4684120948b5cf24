"""Gather what the HTML report needs: every flow's graph with its findings, and every catalog's findings.

The engine's `Linter.run` returns findings only; a picture of a flow needs the FlowGraph as well. Rather than change
the engine, `audit_flow` repeats the few lines of `Linter.lint_flow` with the engine's public pieces (settings,
`lint_units`, the flow rules) and keeps the graph; a test checks both give the same findings, so they cannot drift.
Nothing here prints: progress goes to the caller's callback.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from ..engine import Linter, discover
from ..flows.graph import FlowGraph
from ..model import FileError, Finding, InputError, Report

Progress = Callable[[str], None]


def is_unknown(finding: Finding) -> bool:
    """'Cannot tell' verdicts (custom code decides) are shown apart, never as findings."""
    return finding.data.get("verdict") == "unknown"


@dataclass
class FlowAudit:
    path: str
    fmt: str
    graph: FlowGraph
    findings: list[Finding]          # shown findings
    unknown: list[Finding]           # "cannot tell" verdicts


@dataclass
class FileAudit:
    path: str
    fmt: str
    findings: list[Finding]


@dataclass
class Audit:
    flows: list[FlowAudit] = field(default_factory=list)
    files: list[FileAudit] = field(default_factory=list)
    errors: list[FileError] = field(default_factory=list)


def audit_flow(linter: Linter, path: Path, fmt: str) -> tuple[FlowGraph, list[Finding]]:
    """The engine's flow audit, graph included (the page draws it)."""
    return linter.audit_flow(path, fmt)


def collect(linter: Linter, paths: Iterable[Path], progress: Progress | None = None) -> Audit:
    """Audit every flow and catalog under `paths`; unreadable inputs become one-line errors."""
    audit = Audit()
    catalogs: list[Path] = []
    for target in discover([Path(p) for p in paths], linter.finder, linter.options.force_exclude):
        if target.fmt.startswith("flow:"):
            _collect_flow(linter, audit, target.path, target.fmt[5:], progress)
        else:
            catalogs.append(target.path)
    if catalogs:
        _collect_catalogs(linter, audit, catalogs)
    return audit


def _collect_flow(linter: Linter, audit: Audit, path: Path, fmt: str, progress: Progress | None) -> None:
    display = path.as_posix()
    if progress:
        progress(f"{display} ({fmt})")
    try:
        graph, findings = audit_flow(linter, path, fmt)
    except InputError as exc:
        audit.errors.append(FileError(display, str(exc)))
        return
    findings.sort(key=lambda f: (f.path, f.line, f.column, f.rule))
    audit.flows.append(FlowAudit(display, fmt, graph, [f for f in findings if not is_unknown(f)],
                                 [f for f in findings if is_unknown(f)]))


def _collect_catalogs(linter: Linter, audit: Audit, paths: list[Path]) -> None:
    """Catalogs go through `Linter.run`, which reads, lints and reports progress exactly as `bahir check` does."""
    def on_file(path, fmt, source, findings):
        audit.files.append(FileAudit(source.path, fmt, sorted(findings, key=lambda f: (f.line, f.column, f.rule))))

    report = linter.run(paths, Report(), on_file=on_file)
    audit.errors.extend(report.errors)
