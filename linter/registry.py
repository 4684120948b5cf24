"""Finds, validates and indexes every rule in the `rules` package (shipped in the wheel).

Rules are found with importlib.resources, so an installed wheel works as well as a checkout. Selection by code,
code prefix, name or category lives here too, since config and CLI both need it.
"""
from __future__ import annotations

import importlib
import inspect
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable

from . import yamlio
from .kinds import KINDS
from .kinds.base import YamlRule, closest
from .model import CATEGORIES, ConfigError
from .rule import Rule

PACKAGE = "rules"


class Registry:
    def __init__(self, rules: list[Rule]) -> None:
        self.rules = sorted(rules, key=lambda r: r.code)
        self.by_code = {r.code: r for r in self.rules}
        self.by_name = {r.name: r for r in self.rules}

    def get(self, ident: str) -> Rule | None:
        return self.by_code.get(ident.upper()) or self.by_name.get(ident)

    @staticmethod
    def matches(rule: Rule, selector: str) -> bool:
        """A selector is a code (JG101), a code prefix (JG, JG1), a rule name, a category, or ALL."""
        sel = selector.strip()
        if sel in (rule.name, rule.category, "ALL") or sel.upper() == rule.code:
            return True
        return _is_prefix(sel) and rule.code.startswith(sel)

    def check_selectors(self, selectors: Iterable[str], where: str) -> None:
        for sel in selectors:
            if not any(self.matches(r, sel) for r in self.rules):
                names = [r.code for r in self.rules] + [r.name for r in self.rules] + list(CATEGORIES)
                raise ConfigError(f"{where}: '{sel}' matches no rule{closest(sel, names)}")

    def select(self, select: Iterable[str] | None, ignore: Iterable[str] = (),
               extend_select: Iterable[str] = ()) -> list[Rule]:
        """Rules on: the defaults (or `select`), plus `extend_select`, minus `ignore`; explicit beats default."""
        select = list(select or ())
        chosen = [r for r in self.rules if (any(self.matches(r, s) for s in select) if select else r.default)
                  or any(self.matches(r, s) for s in extend_select)]
        return [r for r in chosen if not any(self.matches(r, s) for s in ignore)]


def _is_prefix(sel: str) -> bool:
    """A code prefix is capitals then digits (JG, JG1, JG10); a bare word like 'jargon' is not a prefix."""
    letters = sel.rstrip("0123456789")
    return letters.isascii() and letters.isupper() and 1 <= len(letters) <= 3


def _data_loader(folder):
    def load(path: str) -> Any:
        res = folder.joinpath(path)
        text = res.read_text(encoding="utf-8")
        if path.endswith((".yml", ".yaml")):
            return yamlio.load(text)
        return text
    return load


def _load_yaml_rule(res, folder, origin: str) -> Rule:
    try:
        spec = yamlio.load(res.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001 - any parse error becomes a one-line config error
        raise ConfigError(f"{origin}: {str(exc).splitlines()[0]}") from None
    kind = spec.get("kind") if isinstance(spec, dict) else None
    if kind not in KINDS:
        raise ConfigError(f"{origin}: unknown kind '{kind}'{closest(str(kind), KINDS)}")
    cls = KINDS[kind]
    cls.validate(spec, origin)
    return cls(spec, origin, loader=_data_loader(folder))


def _load_python_rules(module_name: str, origin: str) -> list[Rule]:
    module = importlib.import_module(module_name)
    found = []
    for _, obj in inspect.getmembers(module, inspect.isclass):
        if issubclass(obj, Rule) and obj.__module__ == module_name and obj.code and not obj.__name__.startswith("_"):
            _validate_python_rule(obj, origin)
            obj.origin = origin
            found.append(obj())
    return found


def _validate_python_rule(cls: type[Rule], origin: str) -> None:
    for attr in ("code", "name", "category", "level", "summary", "why", "source"):
        if not getattr(cls, attr):
            raise ConfigError(f"{origin}: rule {cls.__name__} has no '{attr}'")
    if cls.category not in CATEGORIES:
        raise ConfigError(f"{origin}: unknown category '{cls.category}'")
    ex = cls.examples
    if not ex.get("fail") or not ex.get("pass"):
        raise ConfigError(f"{origin}: rule {cls.code} needs 'fail' and 'pass' examples")


@lru_cache(maxsize=1)
def load_registry() -> Registry:
    pack = importlib.import_module(PACKAGE)
    if getattr(pack, "BAHIR_RULE_PACK", None) != "bahir":
        raise ConfigError(f"the importable '{PACKAGE}' package ({getattr(pack, '__file__', '?')}) "
                          "is not bahir's rule pack")
    root = resources.files(PACKAGE)
    rules: list[Rule] = []
    for folder in sorted(root.iterdir(), key=lambda p: p.name):
        if not folder.is_dir() or folder.name.startswith(("_", ".")):
            continue
        for res in sorted(folder.iterdir(), key=lambda p: p.name):
            origin = f"rules/{folder.name}/{res.name}"
            if res.name.endswith((".yml", ".yaml")):
                rules.append(_load_yaml_rule(res, folder, origin))
            elif res.name.endswith(".py") and not res.name.startswith("_"):
                rules.extend(_load_python_rules(f"{PACKAGE}.{folder.name}.{res.name[:-3]}", origin))
    seen: dict[str, str] = {}
    for rule in rules:
        for ident in (rule.code, rule.name):
            if ident in seen:
                raise ConfigError(f"{rule.origin}: '{ident}' is already used by {seen[ident]}")
            seen[ident] = rule.origin
    return Registry(rules)


def is_yaml_rule(rule: Rule) -> bool:
    return isinstance(rule, YamlRule)
