"""The base class of Python rules and the metadata every rule (YAML or Python) carries.

A rule is a class with metadata and one of two hooks:
  check(doc)          -> iterable of Finding   (scope "unit": one analysed TextUnit at a time)
  check_flow(graph)   -> iterable of Finding   (scope "flow": a whole bot FlowGraph)
  check_file(docs)    -> iterable of Finding   (scope "file": all analysed units of one file, for consistency)
A file-scope rule that wants to keep memory flat on huge catalogs overrides the streaming hooks instead:
  start_file() -> state;  observe(state, doc) once per unit;  finish_file(state) -> iterable of Finding
(the defaults keep every doc and call check_file, which is simpler and fine for small files).
Rules never read files and never print; they only look at what they are given.
"""
from __future__ import annotations

from typing import Any, ClassVar, Iterable

from .model import Edit, Finding, Fix


class Rule:
    code: ClassVar[str] = ""
    name: ClassVar[str] = ""
    category: ClassVar[str] = ""
    level: ClassVar[str] = "warning"
    lang: ClassVar[str] = "any"          # "he", "en" or "any"
    scope: ClassVar[str] = "unit"        # "unit", "file" or "flow"
    kinds: ClassVar[tuple[str, ...]] = ()  # unit kinds it applies to; empty = all
    summary: ClassVar[str] = ""
    why: ClassVar[str] = ""
    source: ClassVar[str] = ""
    fix_safety: ClassVar[str] = ""
    examples: ClassVar[dict[str, list[Any]]] = {}
    default: ClassVar[bool] = True       # enabled unless selected explicitly
    options_doc: ClassVar[dict[str, str]] = {}  # option name -> what it does (config `rules: {CODE: {...}}`)
    origin: ClassVar[str] = ""           # file the rule was defined in (set by the registry)

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        self.options = options or {}

    def applies_to(self, lang: str, kind: str) -> bool:
        if self.lang != "any" and self.lang != lang:
            return False
        return not self.kinds or kind in self.kinds

    # hooks -----------------------------------------------------------------------------------------------
    def check(self, doc) -> Iterable[Finding]:  # pragma: no cover - overridden
        return ()

    def check_file(self, docs) -> Iterable[Finding]:
        """All of a file's docs at once. A rule written with the streaming hooks gets this for free."""
        if type(self).finish_file is Rule.finish_file:
            return ()
        state = self.start_file()
        for doc in docs:
            self.observe(state, doc)
        return self.finish_file(state)

    def check_flow(self, graph) -> Iterable[Finding]:  # pragma: no cover - overridden
        return ()

    def start_file(self):
        return []

    def observe(self, state, doc) -> None:
        state.append(doc)

    def finish_file(self, state) -> Iterable[Finding]:
        return self.check_file(state)

    # helpers ---------------------------------------------------------------------------------------------
    def finding(self, doc, start: int, end: int, message: str, suggestions: Iterable[str] = (),
                fix: Fix | None = None, level: str | None = None, **data: Any) -> Finding:
        """A finding on raw-text span [start, end) of the analysed unit `doc`."""
        if fix is not None and _drops_marks(doc.text, fix):
            fix = None  # the edit would erase a menu accelerator (ש~מור): suggest, never rewrite
        return Finding(rule=self.code, name=self.name, category=self.category, severity=level or self.level,
                       message=message, unit=doc.unit, start=start, end=end, suggestions=list(suggestions),
                       fix=fix, data=data)

    def flow_finding(self, path: str, key: str | None, message: str, line: int = 0, column: int = 0,
                     suggestions: Iterable[str] = (), level: str | None = None, **data: Any) -> Finding:
        """A finding about a bot-flow element that has no TextUnit (a state, an edge, a handler)."""
        if line and not column:
            column = 1  # the line is known, the column is not: point at the line's start, as editors expect
        return Finding(rule=self.code, name=self.name, category=self.category, severity=level or self.level,
                       message=message, path=path, key=key, line=line, column=column, end_line=line,
                       end_column=column, suggestions=list(suggestions), data=data)

    @staticmethod
    def replace(start: int, end: int, replacement: str, applicability: str = "safe") -> Fix:
        return Fix(applicability, [Edit(start, end, replacement)])


def _drops_marks(text: str, fix: Fix) -> bool:
    from .text.normalize import accelerator_positions  # noqa: PLC0415
    marks = accelerator_positions(text)
    return bool(marks) and any(e.start <= i < e.end for e in fix.edits for i in marks)
