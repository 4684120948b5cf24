"""What every YAML rule has, whatever its kind."""
from __future__ import annotations

from typing import Any, ClassVar

from ..model import CATEGORIES, LEVELS, ConfigError
from ..rule import Rule

COMMON_KEYS = {"code", "name", "category", "level", "lang", "kinds", "kind", "summary", "why", "source",
               "fix_safety", "message", "examples", "options", "default"}
REQUIRED = ("code", "name", "category", "level", "kind", "summary", "why", "source", "message", "examples")


def closest(word: str, choices) -> str:
    import difflib  # noqa: PLC0415 - only on the error path
    match = difflib.get_close_matches(word, list(choices), n=1)
    return f" (did you mean '{match[0]}'?)" if match else ""


class YamlRule(Rule):
    """A rule defined by a YAML file; `OPTIONS` lists the kind's own option keys with their types."""

    OPTIONS: ClassVar[dict[str, type | tuple[type, ...]]] = {}
    REQUIRED_OPTIONS: ClassVar[tuple[str, ...]] = ()

    def __init__(self, spec: dict[str, Any], origin: str, options: dict[str, Any] | None = None) -> None:
        super().__init__(options)
        self.spec = spec
        self.origin = origin
        self.code = spec["code"]
        self.name = spec["name"]
        self.category = spec["category"]
        self.level = spec["level"]
        self.lang = spec.get("lang", "any")
        self.kinds = tuple(spec.get("kinds", ()))
        self.summary = spec["summary"]
        self.why = spec["why"]
        self.source = spec["source"]
        self.fix_safety = spec.get("fix_safety", "")
        self.examples = spec["examples"]
        self.default = spec.get("default", True)
        self.message = spec["message"]
        self.opts = dict(spec.get("options") or {})

    @classmethod
    def validate(cls, spec: Any, origin: str) -> None:
        """Raise ConfigError naming the file and the key for anything a rule file must not contain."""
        if not isinstance(spec, dict):
            raise ConfigError(f"{origin}: a rule file must be a mapping")
        for key in spec:
            if key not in COMMON_KEYS:
                raise ConfigError(f"{origin}: unknown key '{key}'{closest(key, COMMON_KEYS)}")
        for key in REQUIRED:
            if key not in spec:
                raise ConfigError(f"{origin}: missing required key '{key}'")
        if spec["category"] not in CATEGORIES:
            raise ConfigError(f"{origin}: unknown category '{spec['category']}'{closest(spec['category'], CATEGORIES)}")
        if spec["level"] not in LEVELS:
            raise ConfigError(f"{origin}: level must be one of {', '.join(LEVELS)}")
        if spec.get("lang", "any") not in ("he", "en", "any"):
            raise ConfigError(f"{origin}: lang must be he, en or any")
        ex = spec["examples"]
        if not isinstance(ex, dict) or not ex.get("fail") or not ex.get("pass"):
            raise ConfigError(f"{origin}: examples need at least one 'fail' and one 'pass'")
        for key in ex:
            if key not in ("fail", "pass", "fix"):
                raise ConfigError(f"{origin}: unknown examples key '{key}'{closest(key, ('fail', 'pass', 'fix'))}")
        options = spec.get("options") or {}
        if not isinstance(options, dict):
            raise ConfigError(f"{origin}: options must be a mapping")
        for key, value in options.items():
            if key not in cls.OPTIONS:
                raise ConfigError(f"{origin}: unknown option '{key}' for kind '{spec['kind']}'"
                                  f"{closest(key, cls.OPTIONS)}")
            if not isinstance(value, cls.OPTIONS[key]):
                raise ConfigError(f"{origin}: option '{key}' has the wrong type")
        for key in cls.REQUIRED_OPTIONS:
            if key not in options:
                raise ConfigError(f"{origin}: kind '{spec['kind']}' needs option '{key}'")

    def render(self, **fields: Any) -> str:
        return self.message.format(**fields)
