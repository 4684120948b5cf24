"""Configuration: `[tool.bahir]` in pyproject.toml or `.bahir.yaml`; the closest file to a linted path wins.

There is no silent merging: a config inherits only through an explicit `extends`. Every key is validated; an
unknown key is an error with a "did you mean".
"""
from __future__ import annotations

import fnmatch
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .model import LEVELS, ConfigError

CONFIG_NAMES = (".bahir.yaml", ".bahir.yml", "pyproject.toml")
KEYS = {
    "extends": str, "select": list, "extend-select": list, "ignore": list, "fail-level": str, "include": list,
    "exclude": list, "extend-exclude": list, "per-file-ignores": dict, "per-key-ignores": dict, "locale": dict,
    "kind": dict, "glossary": dict, "rules": dict,
}
GLOSSARY_KEYS = {"accept": list, "reject": list}
DEFAULT_EXCLUDE = (
    ".git", ".hg", ".svn", "node_modules", ".venv", "venv", "env", ".tox", ".nox", "__pycache__", "build", "dist",
    "target", ".mypy_cache", ".pytest_cache", ".ruff_cache", "site-packages", "vendor", ".next", "coverage",
    "*.egg-info", ".idea", ".vscode",
)
LOCK_FILES = ("package-lock.json", "composer.lock", "yarn.lock", "tsconfig.json", "package.json",
              "pnpm-lock.yaml", ".pre-commit-config.yaml", ".pre-commit-hooks.yaml", "pyproject.toml",
              ".bahir.yaml", ".bahir.yml", "docker-compose.yml", "docker-compose.yaml", ".eslintrc.json",
              "composer.json", "tsconfig.base.json", "jsconfig.json", ".babelrc", "renovate.json",
              "lerna.json", "angular.json", "manifest.json", "app.json", "firebase.json", "vercel.json")
KIND_NAMES = ("ui", "error", "bot", "prose", "help", "legal")


@dataclass
class Config:
    """One resolved config file (after `extends`), with the folder its globs are relative to."""

    root: Path
    path: Path | None = None
    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    fail_level: str = "warning"
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=lambda: list(DEFAULT_EXCLUDE))
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    per_key_ignores: dict[str, list[str]] = field(default_factory=dict)
    locale: dict[str, str] = field(default_factory=dict)
    kind: dict[str, str] = field(default_factory=dict)
    accept: list[str] = field(default_factory=list)
    reject: list[dict[str, Any]] = field(default_factory=list)
    rule_options: dict[str, dict[str, Any]] = field(default_factory=dict)

    def rel(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return path.as_posix()

    def is_excluded(self, path: Path) -> bool:
        rel = self.rel(path)
        parts = rel.split("/")
        for pattern in self.exclude:
            if "/" in pattern.strip("/"):
                if fnmatch.fnmatchcase(rel, pattern.strip("/")) or fnmatch.fnmatchcase(rel, pattern.strip("/") + "/*"):
                    return True
            elif any(fnmatch.fnmatchcase(part, pattern.strip("/")) for part in parts):
                return True
        return False

    def lookup(self, table: dict[str, Any], path: Path) -> Any:
        rel = self.rel(path)
        for pattern, value in table.items():
            if glob_match(rel, pattern):
                return value
        return None

    def file_ignores(self, path: Path) -> list[str]:
        rel = self.rel(path)
        out: list[str] = []
        for pattern, codes in self.per_file_ignores.items():
            if glob_match(rel, pattern):
                out.extend(codes)
        return out

    def key_ignores(self, key: str | None) -> list[str]:
        if not key or not self.per_key_ignores:
            return []
        out: list[str] = []
        for pattern, codes in self.per_key_ignores.items():
            if fnmatch.fnmatchcase(key, pattern):
                out.extend(codes)
        return out


def glob_match(rel: str, pattern: str) -> bool:
    """Globs over relative paths; `**/` matches any depth and a pattern with no slash matches the file name."""
    if "/" not in pattern:
        return fnmatch.fnmatchcase(rel.rsplit("/", 1)[-1], pattern)
    if fnmatch.fnmatchcase(rel, pattern):
        return True
    return pattern.startswith("**/") and fnmatch.fnmatchcase(rel, pattern[3:])


def _read(path: Path) -> dict[str, Any] | None:
    """The raw bahir table of a config file, or None when a pyproject.toml has no [tool.bahir]."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config ({exc})") from None
    if path.name == "pyproject.toml":
        import tomllib  # noqa: PLC0415 - only when a pyproject.toml is found
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: invalid TOML: {exc}") from None
        table = data.get("tool", {}).get("bahir")
        if table is None:
            return None
    else:
        from . import yamlio  # noqa: PLC0415
        try:
            table = yamlio.load_untrusted(text) or {}
        except Exception as exc:  # noqa: BLE001 - yaml errors have many classes
            raise ConfigError(f"{path}: invalid YAML: {str(exc).splitlines()[0]}") from None
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: the bahir config must be a table/mapping")
    return table


def _validate(table: dict[str, Any], path: Path) -> None:
    from .kinds.base import closest  # noqa: PLC0415
    for key, value in table.items():
        norm = key.replace("_", "-")
        if norm not in KEYS:
            raise ConfigError(f"{path}: unknown key '{key}'{closest(norm, KEYS)}")
        if not isinstance(value, KEYS[norm]):
            raise ConfigError(f"{path}: '{key}' must be a {KEYS[norm].__name__}")
    level = table.get("fail-level", table.get("fail_level"))
    if level is not None and level not in LEVELS:
        raise ConfigError(f"{path}: fail-level must be one of {', '.join(LEVELS)}")
    glossary = table.get("glossary") or {}
    for key, value in glossary.items():
        if key not in GLOSSARY_KEYS:
            raise ConfigError(f"{path}: unknown glossary key '{key}'{closest(key, GLOSSARY_KEYS)}")
        if not isinstance(value, list):
            raise ConfigError(f"{path}: glossary.{key} must be a list")
    for entry in glossary.get("reject", []):
        if not isinstance(entry, dict) or "term" not in entry or not entry.get("alternatives"):
            raise ConfigError(f"{path}: each glossary.reject entry needs 'term' and 'alternatives'")
    for pattern, kind in (table.get("kind") or {}).items():
        if kind not in KIND_NAMES:
            raise ConfigError(f"{path}: kind '{kind}' for '{pattern}' is not one of {', '.join(KIND_NAMES)}"
                              f"{closest(str(kind), KIND_NAMES)}")
    for pattern, lang in (table.get("locale") or {}).items():
        if lang not in ("he", "en"):
            raise ConfigError(f"{path}: locale for '{pattern}' must be he or en")


def load_config(path: Path, _seen: tuple[Path, ...] = ()) -> Config:
    path = path.resolve()
    if path in _seen:
        raise ConfigError(f"{path}: 'extends' forms a cycle")
    table = _read(path)
    if table is None:
        raise ConfigError(f"{path}: no [tool.bahir] table")
    _validate(table, path)
    table = {k.replace("_", "-"): v for k, v in table.items()}
    if "extends" in table:
        base_path = (path.parent / table["extends"]).resolve()
        if not base_path.is_file():
            raise ConfigError(f"{path}: extends '{table['extends']}', which does not exist")
        cfg = load_config(base_path, _seen + (path,))
        cfg.root, cfg.path = path.parent, path
    else:
        cfg = Config(root=path.parent, path=path)
    _apply(cfg, table)
    return cfg


def _apply(cfg: Config, table: dict[str, Any]) -> None:
    if "select" in table:
        cfg.select = [str(s) for s in table["select"]]
    cfg.extend_select += [str(s) for s in table.get("extend-select", [])]
    if "ignore" in table:
        cfg.ignore = [str(s) for s in table["ignore"]]
    cfg.fail_level = table.get("fail-level", cfg.fail_level)
    cfg.include = table.get("include", cfg.include)
    if "exclude" in table:
        cfg.exclude = list(table["exclude"])
    cfg.exclude += table.get("extend-exclude", [])
    cfg.per_file_ignores.update({k: list(v) for k, v in table.get("per-file-ignores", {}).items()})
    cfg.per_key_ignores.update({k: list(v) for k, v in table.get("per-key-ignores", {}).items()})
    cfg.locale.update(table.get("locale", {}))
    cfg.kind.update(table.get("kind", {}))
    glossary = table.get("glossary", {})
    cfg.accept += [str(w) for w in glossary.get("accept", [])]
    cfg.reject += glossary.get("reject", [])
    for code, opts in table.get("rules", {}).items():
        if not isinstance(opts, dict):
            raise ConfigError(f"{cfg.path}: rules.{code} must be a table of options")
        cfg.rule_options.setdefault(code, {}).update(opts)


class ConfigFinder:
    """Finds the closest config for each path, caching per directory so a tree walk reads each file once."""

    def __init__(self, explicit: Path | None = None, cwd: Path | None = None) -> None:
        self.cwd = cwd or Path.cwd()
        self.explicit = load_config(explicit) if explicit else None
        self._by_dir: dict[Path, Config] = {}
        self._by_file: dict[Path, Config] = {}
        self.default = Config(root=self.cwd)

    def for_path(self, path: Path) -> Config:
        if self.explicit:
            return self.explicit
        folder = path.parent if not path.is_dir() else path
        folder = Path(os.path.abspath(folder))
        chain = []
        cfg = None
        cur = folder
        while True:
            if cur in self._by_dir:
                cfg = self._by_dir[cur]
                break
            chain.append(cur)
            found = self._config_in(cur)
            if found is not None:
                cfg = found
                break
            if cur.parent == cur:
                cfg = self.default
                break
            cur = cur.parent
        for d in chain:
            self._by_dir[d] = cfg
        return cfg

    def _config_in(self, folder: Path) -> Config | None:
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file():
                if name == "pyproject.toml" and _read(candidate) is None:
                    continue
                if candidate not in self._by_file:
                    self._by_file[candidate] = load_config(candidate)
                return self._by_file[candidate]
        return None
