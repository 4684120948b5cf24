"""Finds, validates and indexes every rule in the `rules` package (shipped in the wheel).

Rules are found with importlib.resources, so an installed wheel works as well as a checkout. Start-up must stay
fast for a pre-commit run on one file, so the registry is lazy: rule metadata (code, name, language, scope…) is
read once and cached on disk; a rule's module or YAML definition is only loaded when that rule is about to run
on a unit (a Hebrew file never loads the English-only rules, a catalog never loads the flow checks).
Selection by code, code prefix, name or category lives here too, since config and CLI both need it.
"""
from __future__ import annotations

import importlib
import os
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable

from .model import CATEGORIES, ConfigError
from .rule import Rule

PACKAGE = "rules"
META_FIELDS = ("code", "name", "category", "level", "lang", "scope", "kinds", "default", "summary", "origin",
               "options_doc")


class LazyRule:
    """Stands in for a rule until it is needed: metadata is here, the rule object is built on first use."""

    def __init__(self, meta: dict[str, Any], options: dict[str, Any] | None = None, impl: Rule | None = None):
        self.meta = meta
        for key in META_FIELDS:
            setattr(self, key, meta[key])
        self.kinds = tuple(meta["kinds"])
        self._options = options
        self._impl = impl

    @property
    def impl(self) -> Rule:
        if self._impl is None:
            self._impl = _build(self.meta, self._options)
        return self._impl

    def with_options(self, options: dict[str, Any]) -> "LazyRule":
        return LazyRule(self.meta, {**(self._options or {}), **options})

    def applies_to(self, lang: str, kind: str) -> bool:
        if self.lang != "any" and self.lang != lang:
            return False
        return not self.kinds or kind in self.kinds

    def check(self, doc):
        return self.impl.check(doc)

    def check_file(self, docs):
        return self.impl.check_file(docs)

    def check_flow(self, graph):
        return self.impl.check_flow(graph)

    def start_file(self):
        return self.impl.start_file()

    def observe(self, state, doc):
        return self.impl.observe(state, doc)

    def finish_file(self, state):
        return self.impl.finish_file(state)

    def __getattr__(self, name: str):  # why, source, examples, options, index…: from the real rule
        if name.startswith("_") or name == "meta":
            raise AttributeError(name)
        return getattr(self.impl, name)


class Registry:
    def __init__(self, rules: list[LazyRule]) -> None:
        self.rules = sorted(rules, key=lambda r: r.code)
        self.by_code = {r.code: r for r in self.rules}
        self.by_name = {r.name: r for r in self.rules}

    def get(self, ident: str) -> LazyRule | None:
        return self.by_code.get(ident.upper()) or self.by_name.get(ident)

    @staticmethod
    def matches(rule, selector: str) -> bool:
        """A selector is a code (JG101), a code prefix (JG, JG1), a rule name, a category, or ALL."""
        sel = selector.strip()
        if sel in (rule.name, rule.category, "ALL") or sel.upper() == rule.code:
            return True
        return _is_prefix(sel) and rule.code.startswith(sel)

    def check_selectors(self, selectors: Iterable[str], where: str) -> None:
        from .kinds.base import closest  # noqa: PLC0415 - only on the error path
        for sel in selectors:
            if not any(self.matches(r, sel) for r in self.rules):
                names = [r.code for r in self.rules] + [r.name for r in self.rules] + list(CATEGORIES)
                raise ConfigError(f"{where}: '{sel}' matches no rule{closest(sel, names)}")

    def select(self, select: Iterable[str] | None, ignore: Iterable[str] = (),
               extend_select: Iterable[str] = ()) -> list[LazyRule]:
        """Rules on: the defaults (or `select`), plus `extend_select`, minus `ignore`; explicit beats default."""
        select = list(select or ())
        chosen = [r for r in self.rules if (any(self.matches(r, s) for s in select) if select else r.default)
                  or any(self.matches(r, s) for s in extend_select)]
        return [r for r in chosen if not any(self.matches(r, s) for s in ignore)]


def _is_prefix(sel: str) -> bool:
    """A code prefix is capitals then digits (JG, JG1, JG10); a bare word like 'jargon' is not a prefix."""
    letters = sel.rstrip("0123456789")
    return letters.isascii() and letters.isupper() and 1 <= len(letters) <= 3


# building rules ----------------------------------------------------------------------------------------------
def data_loader(folder_name: str):
    """Loads a rule's data file (YAML parsed, anything else as text), cached on disk by its mtime."""
    def load(path: str) -> Any:
        res = resources.files(PACKAGE).joinpath(folder_name, path)
        if not path.endswith((".yml", ".yaml")):
            return res.read_text(encoding="utf-8")
        from . import cache, yamlio  # noqa: PLC0415
        key = cache.fingerprint([str(res)])
        return cache.cached(f"data-{folder_name}-{os.path.basename(path)}", key,
                            lambda: yamlio.load(res.read_text(encoding="utf-8")))
    return load


def _build(meta: dict[str, Any], options: dict[str, Any] | None) -> Rule:
    if meta["type"] == "py":
        from . import fastre  # noqa: PLC0415
        with fastre.patched():
            module = importlib.import_module(meta["module"])
        cls = getattr(module, meta["class"])
        cls.origin = meta["origin"]
        return cls(options)
    from .kinds import KINDS  # noqa: PLC0415
    cls = KINDS[meta["spec"]["kind"]]
    return cls(meta["spec"], meta["origin"], options, loader=data_loader(meta["folder"]))


def _load_yaml_rule(res, folder: str, origin: str) -> dict[str, Any]:
    from . import yamlio  # noqa: PLC0415
    from .kinds import KINDS  # noqa: PLC0415
    from .kinds.base import closest  # noqa: PLC0415
    try:
        spec = yamlio.load(res.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001 - any parse error becomes a one-line config error
        raise ConfigError(f"{origin}: {str(exc).splitlines()[0]}") from None
    kind = spec.get("kind") if isinstance(spec, dict) else None
    if kind not in KINDS:
        raise ConfigError(f"{origin}: unknown kind '{kind}'{closest(str(kind), KINDS)}")
    KINDS[kind].validate(spec, origin)
    meta = {"type": "yaml", "spec": spec, "folder": folder, "origin": origin, "scope": "unit", "options_doc": {},
            "kinds": tuple(spec.get("kinds", ())), "lang": spec.get("lang", "any"), "default": spec.get("default", True)}
    meta.update({k: spec[k] for k in ("code", "name", "category", "level", "summary")})
    return meta


def _load_python_rules(module_name: str, origin: str) -> list[dict[str, Any]]:
    import inspect  # noqa: PLC0415 - only when (re)building the metadata cache
    module = importlib.import_module(module_name)
    found = []
    for _, obj in inspect.getmembers(module, inspect.isclass):
        if issubclass(obj, Rule) and obj.__module__ == module_name and obj.code and not obj.__name__.startswith("_"):
            _validate_python_rule(obj, origin)
            meta = {"type": "py", "module": module_name, "class": obj.__name__, "origin": origin}
            meta.update({k: getattr(obj, k) for k in META_FIELDS if k != "origin"})
            meta["kinds"] = tuple(meta["kinds"])
            meta["options_doc"] = dict(meta["options_doc"])
            found.append(meta)
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


def _scan() -> list[dict[str, Any]]:
    """Read every rule definition (imports all rule modules); the result is cached by file fingerprints."""
    root = resources.files(PACKAGE)
    metas: list[dict[str, Any]] = []
    for folder in sorted(root.iterdir(), key=lambda p: p.name):
        if not folder.is_dir() or folder.name.startswith(("_", ".")):
            continue
        for res in sorted(folder.iterdir(), key=lambda p: p.name):
            origin = f"rules/{folder.name}/{res.name}"
            if res.name.endswith((".yml", ".yaml")):
                metas.append(_load_yaml_rule(res, folder.name, origin))
            elif res.name.endswith(".py") and not res.name.startswith("_"):
                metas.extend(_load_python_rules(f"{PACKAGE}.{folder.name}.{res.name[:-3]}", origin))
    seen: dict[str, str] = {}
    for meta in metas:
        for ident in (meta["code"], meta["name"]):
            if ident in seen:
                raise ConfigError(f"{meta['origin']}: '{ident}' is already used by {seen[ident]}")
            seen[ident] = meta["origin"]
    return metas


def _source_files() -> list[str]:
    pack = importlib.import_module(PACKAGE)
    base = os.path.dirname(pack.__file__)
    out = []
    for dirpath, dirnames, filenames in os.walk(base):
        dirnames[:] = [d for d in dirnames if d != "__pycache__" and d != "data"]
        out.extend(os.path.join(dirpath, f) for f in filenames if f.endswith((".py", ".yml", ".yaml")))
    return out


@lru_cache(maxsize=1)
def load_registry() -> Registry:
    pack = importlib.import_module(PACKAGE)
    if getattr(pack, "BAHIR_RULE_PACK", None) != "bahir":
        raise ConfigError(f"the importable '{PACKAGE}' package ({getattr(pack, '__file__', '?')}) "
                          "is not bahir's rule pack")
    from . import cache  # noqa: PLC0415
    sources = [] if cache.installed() else _source_files()  # an install's rule files never change
    metas = cache.cached("registry", cache.fingerprint(sources), _scan)
    return Registry([LazyRule(m) for m in metas])
