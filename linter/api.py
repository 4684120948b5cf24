"""Plain functions for Python callers (tests, editors, an LSP server, a worker pool). Nothing here prints."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

from .engine import Linter, Options, lint_text
from .model import FileError, Report


def lint_paths(paths: Iterable[str | Path], options: Options | None = None) -> Report:
    return Linter(options).run([Path(p) for p in paths])


def fix_paths(paths: Iterable[str | Path], options: Options | None = None, unsafe: bool = False) -> Report:
    """Apply fixes in place and return the findings that remain."""
    from . import fixer  # noqa: PLC0415
    linter = Linter(options)
    linter.keep_units = True
    report = Report()

    def on_file(path, fmt, source, findings):
        if not any(fixer.applicable(f, unsafe) for f in findings):
            return
        try:
            applied, left = fixer.fix_file(linter, path, source, fmt, unsafe)
        except OSError as exc:
            report.errors.append(FileError(source.path, f"cannot write fixes ({exc.strerror or exc})"))
            return
        report.fixed += applied
        findings[:] = left

    linter.run([Path(p) for p in paths], report, on_file=on_file)
    return report


def audit_flow(path: str | Path, options: Options | None = None) -> Report:
    """Lint one bot-flow export or transcript folder (graph checks plus copy rules on every bot message)."""
    return lint_paths([path], options)


__all__ = ["Options", "audit_flow", "fix_paths", "lint_paths", "lint_text"]
