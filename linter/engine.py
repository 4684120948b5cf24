"""The run: discover files, read them through adapters, analyse units, apply rules, filter, collect.

The engine never prints; it returns a Report (findings plus one-line file errors) for the CLI or any caller.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from . import adapters
from .config import LOCK_FILES, Config, ConfigFinder
from .model import ConfigError, FileError, Finding, InputError, Report, SourceFile, TextUnit, detach
from .registry import Registry, load_registry
from .rule import Rule
from .source import read_source
from .text.analysis import Doc
from .text.lang import lang_from_path, lang_from_text

PROSE_FORMATS = ("markdown", "text")


@dataclass
class Options:
    """What the caller (CLI, API) asks for on top of the config files."""

    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    lang: str | None = None
    kind: str | None = None
    config: Path | None = None
    force_exclude: bool = False
    jobs: int | None = None       # worker processes; None = automatic
    progress: Callable[[str], None] | None = None


@dataclass
class Target:
    path: Path
    fmt: str            # a catalog format name, or "flow:<format>"
    explicit: bool


class Settings:
    """The rules and filters that apply under one config file, built once per config."""

    def __init__(self, registry: Registry, config: Config, options: Options) -> None:
        self.config = config
        select = options.select if options.select is not None else config.select
        ignore = list(config.ignore) + list(options.ignore)
        extend = list(config.extend_select) + list(options.extend_select)
        for where, sels in (("select", select or []), ("ignore", ignore), ("extend-select", extend)):
            registry.check_selectors(sels, f"{config.path or 'command line'} ({where})")
        for ident, opts in config.rule_options.items():
            _check_rule_options(registry, config, ident, opts)
        rules = registry.select(select, ignore, extend)
        rules = [self._configured(r) for r in rules]
        if config.reject:
            rules.append(_glossary_rule(config))
        self.registry = registry
        self.unit_rules = [r for r in rules if r.scope == "unit"]
        self.file_rules = [r for r in rules if r.scope == "file"]
        self.flow_rules = [r for r in rules if r.scope == "flow"]
        self.accept = {w.lower() for w in config.accept}
        self._by_lang: dict[tuple[str, str], list[Rule]] = {}
        self._ignores: dict[Path, list[str]] = {}

    def _file_ignores(self, path: Path) -> list[str]:
        if path not in self._ignores:
            self._ignores[path] = self.config.file_ignores(path)
        return self._ignores[path]

    def _configured(self, rule):
        opts = self.config.rule_options.get(rule.code) or self.config.rule_options.get(rule.name)
        return rule.with_options(opts) if opts else rule

    def rules_for(self, lang: str, kind: str) -> list[Rule]:
        key = (lang, kind)
        if key not in self._by_lang:
            # the real rule objects (built now, for this language only): no proxy call per unit and rule
            self._by_lang[key] = [getattr(r, "impl", r) for r in self.unit_rules if r.applies_to(lang, kind)]
        return self._by_lang[key]

    def suppressed(self, finding: Finding, path: Path, unit: TextUnit | None) -> bool:
        codes = list(self._file_ignores(path))
        key = finding.key if finding.key is not None else (unit.key if unit else None)
        codes += self.config.key_ignores(key)
        if unit is not None:
            codes += unit.context.get("suppress", ())
        if any(c == "*" or self.registry.matches(_RuleView(finding), c) for c in codes):
            return True
        if self.accept and finding.category in ("jargon", "bureaucratic"):
            term = str(finding.data.get("term", "")).lower()
            return term in self.accept or finding.text.lower() in self.accept
        return False


class _RuleView:
    """Lets a finding be matched by the same selectors as its rule."""

    def __init__(self, f: Finding) -> None:
        self.code, self.name, self.category = f.rule, f.name, f.category


def _check_rule_options(registry: Registry, config: Config, ident: str, opts: dict) -> None:
    """`rules: {CODE: {option: value}}` must name a rule and options that rule has."""
    from .kinds.base import closest  # noqa: PLC0415 - only on the error path
    rule = registry.get(ident)
    if rule is None:
        raise ConfigError(f"{config.path}: rules.{ident} names no rule"
                          f"{closest(ident, list(registry.by_code) + list(registry.by_name))}")
    allowed = rule.options_doc
    for key in opts:
        if key not in allowed:
            hint = closest(key, allowed) if allowed else " (it has no options)"
            raise ConfigError(f"{config.path}: rules.{ident}: unknown option '{key}'{hint}")


def _glossary_rule(config: Config) -> Rule:
    from .kinds.substitution import Substitution  # noqa: PLC0415
    from .kinds.terms import load_entries  # noqa: PLC0415
    by_lang: dict[str, list] = {}
    for entry in config.reject:
        term = str(entry["term"])
        lang = "he" if any("\u05d0" <= c <= "\u05ea" for c in term) else "en"
        by_lang.setdefault(lang, []).append({k: v for k, v in entry.items()})
    spec = {"code": "JG900", "name": "org-glossary", "category": "jargon", "level": "warning", "lang": "any",
            "summary": "Terms your organisation asked not to use.", "why": "Set in the glossary.reject config.",
            "source": str(config.path), "message": "'{match}': your glossary prefers {alternatives}",
            "examples": {"fail": [], "pass": []}, "options": {"terms": "-"}}
    indexes = {lang: load_entries(entries, lang, f"{config.path}: glossary.reject") for lang, entries in by_lang.items()}

    class OrgGlossary(Substitution):
        def check(self, doc):
            self._index = indexes.get(doc.lang)
            if self._index is None:
                return ()
            saved, self.lang = self.lang, doc.lang
            try:
                return list(super().check(doc))
            finally:
                self.lang = saved

    return OrgGlossary(spec, str(config.path), index=indexes.get("en"))


# discovery ---------------------------------------------------------------------------------------------------
def discover(paths: Iterable[Path], finder: ConfigFinder, force_exclude: bool) -> Iterator[Target]:
    """Files to lint: explicit files always (unless --force-exclude), folders recursed with excludes."""
    from . import flows  # noqa: PLC0415 - flow detection is cheap; flow loading is not done here
    for path in paths:
        cfg = finder.for_path(path)
        if path.is_dir():
            fmt = flows.detect(path)
            if fmt:
                yield Target(path, f"flow:{fmt}", True)
                continue
            yield from _walk(path, finder, flows)
        elif path.exists() or path.is_symlink():
            if force_exclude and cfg.is_excluded(path):
                continue
            fmt = flows.detect(path)
            if fmt:
                yield Target(path, f"flow:{fmt}", True)
                continue
            fmt = _format_of(path, cfg)
            yield Target(path, fmt or "text", True)
        else:
            yield Target(path, "missing", True)


def _format_of(path: Path, cfg: Config) -> str | None:
    if cfg.include:
        from .config import glob_match  # noqa: PLC0415
        if not any(glob_match(cfg.rel(path), g) for g in cfg.include):
            return None
    return adapters.format_for(path.name)


def _walk(root: Path, finder: ConfigFinder, flows) -> Iterator[Target]:
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        cfg = finder.for_path(here / "_")
        keep = []
        for d in sorted(dirnames):
            sub = here / d
            if d.startswith(".") or cfg.is_excluded(sub):
                continue
            fmt = flows.detect(sub)
            if fmt:
                yield Target(sub, f"flow:{fmt}", False)
                continue
            keep.append(d)
        dirnames[:] = keep
        for name in sorted(filenames):
            path = here / name
            if name in LOCK_FILES or name.startswith(".") or cfg.is_excluded(path):
                continue
            fmt = _format_of(path, cfg)
            if fmt is None:
                fmt_flow = flows.detect(path) if name.endswith((".dialog", ".transcript", ".zip", ".jsonl")) else None
                if fmt_flow:
                    yield Target(path, f"flow:{fmt_flow}", False)
                continue
            if name.endswith((".json", ".yaml", ".yml")):
                fmt_flow = flows.detect(path)
                if fmt_flow:
                    yield Target(path, f"flow:{fmt_flow}", False)
                    continue
            yield Target(path, fmt, False)


# linting -----------------------------------------------------------------------------------------------------
class Linter:
    def __init__(self, options: Options | None = None, registry: Registry | None = None) -> None:
        self.options = options or Options()
        self.registry = registry or load_registry()
        self.finder = ConfigFinder(self.options.config)
        self._settings: dict[int, Settings] = {}
        self.keep_units = False  # the fixer needs each finding's unit to map edits back into the file

    def settings(self, path: Path) -> Settings:
        cfg = self.finder.for_path(path)
        key = id(cfg)
        if key not in self._settings:
            self._settings[key] = Settings(self.registry, cfg, self.options)
        return self._settings[key]

    def run(self, paths: Iterable[Path], report: Report | None = None,
            on_file: Callable[[Path, str, SourceFile, list[Finding]], None] | None = None) -> Report:
        report = report or Report()
        targets = list(discover(paths, self.finder, self.options.force_exclude))
        jobs = 1 if on_file else self._jobs(targets)
        outcomes = self._parallel(targets, jobs) if jobs > 1 else (self._lint_target(t, on_file) for t in targets)
        for target, outcome in zip(targets, outcomes):
            display = _display(target.path)
            if self.options.progress:
                self.options.progress(display)
            if outcome[0] == "error":
                report.errors.append(FileError(display, outcome[1]))
                continue
            _, units, findings = outcome
            report.files += 1
            report.units += units
            report.findings.extend(findings)
        report.findings.sort(key=lambda f: (f.path, f.line, f.column, f.rule))
        return report

    def _lint_target(self, target: Target, on_file=None) -> tuple:
        """("ok", units, findings) or ("error", message) for one file or flow export."""
        display = _display(target.path)
        if target.fmt == "missing":
            return ("error", "no such file or directory")
        try:
            if target.fmt.startswith("flow:"):
                findings, units, source = self.lint_flow(target.path, target.fmt[5:]), 0, None
            else:
                source = read_source(target.path, display)
                units, findings = self.lint_source(source, target.fmt, target.path)
        except InputError as exc:
            return ("error", str(exc))
        if on_file and source is not None:
            on_file(target.path, target.fmt, source, findings)
        for f in findings:
            detach(f)
        return ("ok", units, findings)

    def _jobs(self, targets: list[Target]) -> int:
        """Worker processes: what the caller asked for, else both cores once there is enough work to share."""
        wanted = self.options.jobs
        if wanted == 1 or len(targets) < 2 or not _can_fork():
            return 1
        if wanted:
            return min(wanted, len(targets))
        size = 0
        for t in targets:
            try:
                size += t.path.stat().st_size if t.path.is_file() else 1 << 20
            except OSError:
                pass
        return min(os.cpu_count() or 1, len(targets), 8) if size >= PARALLEL_BYTES else 1

    def _parallel(self, targets: list[Target], jobs: int):
        """Files linted in forked workers (they inherit this warmed-up linter), results in input order."""
        import concurrent.futures  # noqa: PLC0415
        import multiprocessing  # noqa: PLC0415
        global _WORKER
        _WORKER = self
        with concurrent.futures.ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork")) as pool:
            yield from pool.map(_work, targets, chunksize=1)

    def read_units(self, source: SourceFile, fmt: str, path: Path) -> Iterator[TextUnit]:
        """The file's units with language and kind set; adapters may produce them lazily (JSON does)."""
        adapter = adapters.get(fmt)
        units = adapter.read(source)
        cfg = self.finder.for_path(path)
        forced_lang = self.options.lang or cfg.lookup(cfg.locale, path) or lang_from_path(source.path)
        kind = self.options.kind or cfg.lookup(cfg.kind, path) or ("prose" if fmt in PROSE_FORMATS else "ui")
        if isinstance(units, list):
            units = _drain(units)
        for unit in units:
            unit.lang = forced_lang or lang_from_text(unit.text)
            unit.kind = kind
            yield unit

    def lint_source(self, source: SourceFile, fmt: str, path: Path) -> tuple[int, list[Finding]]:
        """(number of units, findings) of one file. Adapter errors surface here, before any rule runs."""
        counter = _Counter(self.read_units(source, fmt, path))
        first = counter.peek()  # a broken file raises now, as an InputError
        findings = self.lint_units(counter.iterate(first), path)
        return counter.count, findings

    def lint_units(self, units: Iterable[TextUnit], path: Path) -> list[Finding]:
        """Units stream through: each is analysed, checked and observed by the file rules, then dropped.

        Unless fixes are wanted (`keep_units`), a finding lets go of its unit at once, so memory stays flat on
        huge catalogs."""
        settings = self.settings(path)
        keep = self.keep_units
        out: list[Finding] = []
        states = [(getattr(rule, "impl", rule), rule.start_file()) for rule in settings.file_rules]
        for unit in units:
            if not unit.text.strip():
                continue
            doc = Doc(unit)
            for rule in settings.rules_for(unit.lang, unit.kind):
                for f in rule.check(doc):
                    f.locate()
                    if not settings.suppressed(f, path, unit):
                        if not keep:
                            detach(f)
                        out.append(f)
            for rule, state in states:
                if rule.applies_to(unit.lang, unit.kind):
                    rule.observe(state, doc)
        for rule, state in states:
            for f in rule.finish_file(state):
                f.locate()
                if not settings.suppressed(f, path, f.unit):
                    out.append(f)
        return out

    def lint_flow(self, path: Path, fmt: str) -> list[Finding]:
        return self.audit_flow(path, fmt)[1]

    def audit_flow(self, path: Path, fmt: str):
        """(FlowGraph, findings) of one bot-flow export: the graph checks plus every copy rule on its messages."""
        from . import flows  # noqa: PLC0415
        graph = flows.load(path, fmt)
        settings = self.settings(path)
        out: list[Finding] = []
        units = graph.units()
        for unit in units:
            if self.options.lang:
                unit.lang = self.options.lang
            unit.kind = "bot"
        copy = self.lint_units(units, path)
        for rule in settings.flow_rules:
            for f in rule.check_flow(graph):
                f.locate()
                if not settings.suppressed(f, path, None):
                    out.append(f)
        # a graph check that reports the same problem at the same place (FL005 and BD001 on one greeting) knows
        # more about the flow: keep its finding, not the copy rule's
        seen = {(f.path, f.line, f.category) for f in out if f.line}
        out.extend(f for f in copy if (f.path, f.line, f.category) not in seen)
        return graph, out


PARALLEL_BYTES = 1 << 20  # below about 1 MB of input, forking workers costs more than it saves
_WORKER: "Linter | None" = None


def _can_fork() -> bool:
    import sys  # noqa: PLC0415
    return sys.platform.startswith("linux")


def _work(target: Target) -> tuple:
    outcome = _WORKER._lint_target(target)
    if outcome[0] == "ok":
        for f in outcome[2]:
            if f.source is not None:
                f.source._line_starts = None  # recomputed on demand; not worth sending back
    return outcome


class _Counter:
    """Counts units as they stream by; peek() pulls the first one so adapter errors are raised up front."""

    def __init__(self, items: Iterator[TextUnit]) -> None:
        self.items, self.count = items, 0

    def peek(self) -> TextUnit | None:
        return next(self.items, None)

    def iterate(self, first: TextUnit | None) -> Iterator[TextUnit]:
        if first is None:
            return
        self.count += 1
        yield first
        for unit in self.items:
            self.count += 1
            yield unit


def _drain(items: list):
    """Yield and forget: the caller's list empties as it is consumed, so processed units can be freed."""
    items.reverse()
    while items:
        yield items.pop()


def _display(path: Path) -> str:
    """Paths as the user typed them (relative stays relative), with forward slashes."""
    return path.as_posix()


def lint_text(text: str, lang: str | None = None, path: str = "<text>", kind: str = "ui",
              options: Options | None = None, key: str | None = None) -> list[Finding]:
    """Lint one string (tests, rule examples, editors): no file, no adapter."""
    linter = Linter(options)
    linter.keep_units = True  # callers of one string want the whole finding (unit, fix edits, data)
    unit = TextUnit(text=text, path=path, key=key, lang=lang or lang_from_text(text), kind=kind)
    return linter.lint_units([unit], Path(path if path != "<text>" else "."))


__all__ = ["ConfigError", "Linter", "Options", "lint_text"]
