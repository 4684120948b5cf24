"""`kind: substitution` — a list of terms with plainer alternatives, matched in every form, with a fix."""
from __future__ import annotations

from typing import Any

from ..model import ConfigError, Edit, Fix
from ..text import english, hebrew
from .base import YamlRule
from .terms import TermIndex, load_entries


class Substitution(YamlRule):
    """Options: `terms` (a data file next to the rule), `applicability` of the fix (safe/unsafe/display)."""

    OPTIONS = {"terms": str, "applicability": str}
    REQUIRED_OPTIONS = ("terms",)

    def __init__(self, spec: dict[str, Any], origin: str, options: dict[str, Any] | None = None,
                 loader=None, index: TermIndex | None = None) -> None:
        super().__init__(spec, origin, options)
        self._loader = loader
        self._index = index
        self.applicability = self.opts.get("applicability", "unsafe")

    @property
    def index(self) -> TermIndex:
        """Loaded on first use: a run over English files never parses the Hebrew list."""
        if self._index is None:
            path = self.opts["terms"]
            lang = self.lang if self.lang != "any" else "en"

            def build() -> TermIndex:
                try:
                    data = self._loader(path)
                except (OSError, ValueError) as exc:
                    raise ConfigError(f"{self.origin}: cannot load terms '{path}' ({exc})") from None
                return load_entries(data, lang, f"{self.origin} -> {path}")

            folder = self.origin.split("/")[1] if self.origin.startswith("rules/") else None
            if folder:  # built-in rule: the compiled index is cached on disk, keyed by the data and rule files
                from ..cache import cached_data  # noqa: PLC0415
                self._index = cached_data(f"index-{self.code}", [f"{folder}/{path}", self.origin[6:]], build)
            else:
                self._index = build()
        return self._index

    def check(self, doc):
        if not self.index.may_match(doc):
            return  # no key in the text: the unit is not even tokenised
        tokens = doc.tokens
        if not tokens:
            return
        lower = None
        for m in self.index.match(tokens):
            first, last = tokens[m.start], tokens[m.end - 1]
            start, end = first.start, last.end
            nstart, nend = first.nstart, last.nend
            if m.particle:  # "במידה ו" + "הקובץ": the particle letter is part of the phrase
                nxt = tokens[m.end]
                end, nend = nxt.start + 1, nxt.nstart + 1
            if doc.is_protected(start, end):
                continue
            if m.entry.unless:
                if lower is None:
                    lower = doc.lower
                if self._excepted(lower, nstart, nend, m.entry.unless):
                    continue
            entry = m.entry
            fix = None
            suggestions = list(entry.alternatives)
            if entry.fix and m.replacement:
                fix = self._fix(doc, m, start, end, first)
                if fix and fix.edits:
                    repl = fix.edits[0].replacement
                    suggestions = [repl] + [a for a in suggestions if a != repl and a != m.replacement]
            matched = doc.text[start:end]
            yield self.finding(doc, start, end,
                               self.render(match=matched, term=entry.term,
                                           alternatives=", ".join(entry.alternatives[:3]),
                                           note=entry.note),
                               suggestions=suggestions, fix=fix, level=entry.level, term=entry.term,
                               source=entry.source)

    def _fix(self, doc, m, start: int, end: int, first) -> Fix | None:
        repl = m.replacement
        applicability = self.applicability
        if m.prefix:
            repl, certain = hebrew.attach(m.prefix, repl)
            if not certain and applicability == "safe":
                applicability = "unsafe"
        elif self.lang == "en":
            repl = english.match_case(repl, doc.text[start:end])
        if len(self.index.entries) and len(m.entry.alternatives) > 1 and applicability == "safe":
            applicability = "unsafe"
        return Fix(applicability, [Edit(start, end, repl)])

    @staticmethod
    def _excepted(lower: str, nstart: int, nend: int, unless: list[str]) -> bool:
        for phrase in unless:
            lo = max(0, nstart - len(phrase))
            pos = lower.find(phrase, lo, nend + len(phrase))
            while pos != -1 and pos < nend:
                if pos + len(phrase) > nstart:
                    return True
                pos = lower.find(phrase, pos + 1, nend + len(phrase))
        return False
