"""The `bahir` command. The only module that imports click and the only one that prints.

Exit codes: 0 clean, 1 findings at or above the fail level, 2 usage, config or input error (the other files are
still linted and reported).
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__
from .model import LEVEL_RANK, LEVELS, ConfigError, FileError, Report

FORMAT_CHOICES = ("full", "concise", "json", "github", "sarif")


def _split(values: tuple[str, ...]) -> list[str]:
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def _fail(message: str, debug: bool = False) -> None:
    if debug:
        raise
    click.echo(f"bahir: error: {message}", err=True)
    sys.exit(2)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="bahir")
def main() -> None:
    """bahir (בהיר): plain-language and UX-copy linter for Hebrew and English."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(FORMAT_CHOICES), default="full", show_default=True)
@click.option("--select", multiple=True, help="Rules to run: code, code prefix, name or category (comma-separated).")
@click.option("--extend-select", multiple=True, help="Rules to add to the selection.")
@click.option("--ignore", multiple=True, help="Rules to skip: code, code prefix, name or category.")
@click.option("--fail-level", type=click.Choice(LEVELS), default=None, help="Lowest severity that fails the run.")
@click.option("--lang", type=click.Choice(("he", "en")), default=None, help="Language of all text (skips detection).")
@click.option("--kind", "kind", type=click.Choice(("ui", "error", "bot", "prose", "help", "legal")), default=None,
              help="What the strings are (error messages, bot turns…), for every file.")
@click.option("--config", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Use this config file (pyproject.toml or .bahir.yaml) instead of the closest one.")
@click.option("--stdin-filename", default=None, help="Lint stdin as if it were this file.")
@click.option("--force-exclude", is_flag=True, help="Apply excludes to files named on the command line too.")
@click.option("--fix", is_flag=True, help="Apply safe fixes in place.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix, also apply unsafe fixes.")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Write the report to a file instead of stdout.")
@click.option("--color/--no-color", default=None, help="Colour the full output (default: when a terminal).")
@click.option("--progress", is_flag=True, help="Show each file on stderr as it is linted.")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=None,
              help="Worker processes (default: all cores when there is over 1 MB to lint).")
@click.option("--debug", is_flag=True, help="Show tracebacks for internal errors.")
def check(paths, fmt, select, extend_select, ignore, fail_level, lang, kind, config, stdin_filename, force_exclude,
          fix, unsafe_fixes, output, color, progress, jobs, debug):
    """Lint catalogs, docs and bot flows under PATHS (files or folders; '-' for stdin)."""
    from . import fastre  # noqa: PLC0415
    with fastre.patched():  # patterns compiled while linting come from the on-disk regex cache too
        _check(paths, fmt, select, extend_select, ignore, fail_level, lang, kind, config, stdin_filename,
               force_exclude, fix, unsafe_fixes, output, color, progress, jobs, debug)


def _check(paths, fmt, select, extend_select, ignore, fail_level, lang, kind, config, stdin_filename, force_exclude,
           fix, unsafe_fixes, output, color, progress, jobs, debug):
    from .engine import Linter, Options  # noqa: PLC0415 - keeps --help and --version instant

    options = Options(select=_split(select) or None, extend_select=_split(extend_select), ignore=_split(ignore),
                      lang=lang, kind=kind, config=config, force_exclude=force_exclude, jobs=jobs,
                      progress=(lambda p: click.echo(f"bahir: {p}", err=True)) if progress else None)
    try:
        linter = Linter(options)
        use_stdin = stdin_filename is not None and (not paths or paths == (Path("-"),))
        if not paths and not use_stdin:
            paths = (Path("."),)
        if use_stdin:
            report = _lint_stdin(linter, stdin_filename)
        elif fix:
            from .api import fix_paths  # noqa: PLC0415
            report = fix_paths(paths, options, unsafe=unsafe_fixes)
        else:
            report = linter.run(paths)
    except ConfigError as exc:
        _fail(str(exc), debug)
    except Exception as exc:  # noqa: BLE001 - an internal error is still one line unless --debug
        if debug:
            raise
        _fail(f"internal error: {type(exc).__name__}: {exc} (run with --debug for details)")

    from . import reporters  # noqa: PLC0415
    from .registry import load_registry  # noqa: PLC0415
    use_color = (sys.stdout.isatty() and output is None) if color is None else color
    opts = {"color": use_color, "rules": load_registry().rules, "version": __version__}
    if output:
        with output.open("w", encoding="utf-8") as fh:
            reporters.write(fmt, report, fh, **opts)
    else:
        reporters.write(fmt, report, sys.stdout, **opts)
    if fmt not in ("full",):
        for err in report.errors:  # the report holds them too; stderr gets the one-liners
            click.echo(f"{err.path}: error: {err.message}", err=True)
    else:
        for err in report.errors:
            click.echo(f"{err.path}: error: {err.message}", err=True)
    if report.errors:
        sys.exit(2)
    threshold = LEVEL_RANK[fail_level or _config_fail_level(linter, paths)]
    failing = any(LEVEL_RANK[f.severity] >= threshold for f in report.findings if f.data.get("verdict") != "unknown")
    sys.exit(1 if failing else 0)


def _config_fail_level(linter, paths) -> str:
    first = Path(paths[0]) if paths else Path(".")
    return linter.finder.for_path(first).fail_level


def _lint_stdin(linter, filename: str) -> Report:
    from . import adapters  # noqa: PLC0415
    from .model import InputError  # noqa: PLC0415
    from .source import decode  # noqa: PLC0415
    report = Report()
    path = Path(filename)
    if linter.options.force_exclude and linter.finder.for_path(path).is_excluded(path):
        return report
    try:
        source = decode(sys.stdin.buffer.read(), filename)
        units, findings = linter.lint_source(source, adapters.format_for(path.name) or "text", path)
    except InputError as exc:
        report.errors.append(FileError(filename, str(exc)))
        return report
    report.files, report.units, report.findings = 1, units, findings
    return report


@main.command("rules")
@click.option("--format", "fmt", type=click.Choice(("table", "json")), default="table")
@click.option("--all", "show_all", is_flag=True, help="Include rules that are off by default.")
def list_rules(fmt, show_all):
    """List the built-in rules."""
    from .registry import load_registry  # noqa: PLC0415
    rules = [r for r in load_registry().rules if show_all or r.default]
    if fmt == "json":
        import json  # noqa: PLC0415
        click.echo(json.dumps([{"code": r.code, "name": r.name, "category": r.category, "level": r.level,
                                "lang": r.lang, "summary": r.summary} for r in rules], ensure_ascii=False, indent=1))
        return
    for r in rules:
        click.echo(f"{r.code:7} {r.name:32} {r.category:22} {r.lang:4} {r.level:10} {r.summary}")


@main.command("rule")
@click.argument("code")
def show_rule(code):
    """Explain one rule: what it does, why, its source and examples."""
    from .docs import rule_doc  # noqa: PLC0415
    from .registry import load_registry  # noqa: PLC0415
    rule = load_registry().get(code)
    if rule is None:
        from .kinds.base import closest  # noqa: PLC0415
        reg = load_registry()
        _fail(f"no rule '{code}'{closest(code, list(reg.by_code) + list(reg.by_name))}")
    click.echo(rule_doc(rule))


@main.command("report")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), default=Path("report.html"),
              show_default=True, help="Where to write the HTML page.")
@click.option("--lang", type=click.Choice(("he", "en")), default=None,
              help="Language of all text (skips detection); also the page's language.")
@click.option("--select", multiple=True, help="Rules to run: code, code prefix, name or category (comma-separated).")
@click.option("--ignore", multiple=True, help="Rules to skip: code, code prefix, name or category.")
@click.option("--config", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Use this config file (pyproject.toml or .bahir.yaml) instead of the closest one.")
@click.option("--progress", is_flag=True,
              help="Show each file and flow on stderr (default: when stderr is a terminal).")
@click.option("--title", default=None, help="Title of the page.")
def report_cmd(paths, output, lang, select, ignore, config, progress, title):
    """Write one self-contained HTML page: each bot flow as a graph beside its findings, catalogs as tables."""
    from .engine import Linter, Options  # noqa: PLC0415
    from .report import collect, render  # noqa: PLC0415

    def say(line: str) -> None:
        click.echo(f"bahir: {line}", err=True)

    show = progress or sys.stderr.isatty()
    options = Options(select=_split(select) or None, ignore=_split(ignore), lang=lang, config=config,
                      progress=say if show else None)
    try:
        audit = collect(Linter(options), list(paths) or [Path(".")], progress=say if show else None)
        page = render(audit, title=title, lang=lang, version=__version__)
    except ConfigError as exc:
        _fail(str(exc))
    except Exception as exc:  # noqa: BLE001 - one line, as for `check`
        _fail(f"internal error: {type(exc).__name__}: {exc}")
    try:
        output.write_text(page, encoding="utf-8")
    except OSError as exc:
        _fail(f"cannot write {output}: {exc.strerror or exc}")
    for err in audit.errors:
        click.echo(f"{err.path}: error: {err.message}", err=True)
    found = sum(len(f.findings) for f in audit.flows) + sum(len(f.findings) for f in audit.files)
    click.echo(f"bahir: wrote {output} ({len(audit.flows)} flow(s), {len(audit.files)} file(s), "
               f"{found} finding(s))", err=True)
    sys.exit(2 if audit.errors else 0)


if __name__ == "__main__":  # pragma: no cover
    main()
