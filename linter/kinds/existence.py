"""`kind: existence` — phrases or patterns that should not appear; no fix unless a `replace` is given."""
from __future__ import annotations

import re
from typing import Any

from ..model import ConfigError
from .base import YamlRule


class Existence(YamlRule):
    """Options: `patterns` (regexes over the masked, normalised text; matched case-insensitively unless
    `ignorecase: false`), `unless` (regexes: a match overlapping one of them is fine), `replace` (a fix string
    for every match) and `applicability`."""

    OPTIONS = {"patterns": list, "unless": list, "ignorecase": bool, "replace": str, "applicability": str,
               "nonword": bool}
    REQUIRED_OPTIONS = ("patterns",)

    def __init__(self, spec: dict[str, Any], origin: str, options: dict[str, Any] | None = None, **_: Any) -> None:
        super().__init__(spec, origin, options)
        flags = re.IGNORECASE if self.opts.get("ignorecase", True) else 0
        edge = "" if self.opts.get("nonword") else r"(?<![\w\u05d0-\u05ea])"
        tail = "" if self.opts.get("nonword") else r"(?![\w\u05d0-\u05ea])"
        try:
            self.pattern = re.compile(edge + "(?:" + "|".join(f"(?:{p})" for p in self.opts["patterns"]) + ")" + tail,
                                      flags)
            unless = self.opts.get("unless") or []
            self.unless = re.compile("|".join(f"(?:{p})" for p in unless), flags) if unless else None
        except re.error as exc:
            raise ConfigError(f"{origin}: bad pattern: {exc}") from None

    def check(self, doc):
        norm = doc.norm
        for m in self.pattern.finditer(norm):
            if self.unless and any(u.start() < m.end() and m.start() < u.end() for u in self.unless.finditer(norm)):
                continue
            start, end = doc.raw_span(m.start(), m.end())
            if doc.is_protected(start, end):
                continue
            fix = None
            if "replace" in self.opts:
                fix = self.replace(start, end, m.expand(self.opts["replace"]), self.opts.get("applicability", "unsafe"))
            yield self.finding(doc, start, end, self.render(match=doc.text[start:end]), fix=fix)
