"""A TextUnit analysed once for every rule: masked, normalised, tokenised, with the maps back to raw text.

Everything is computed lazily; a rule that only needs the raw text pays nothing for tokens.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from ..model import TextUnit
from . import hebrew
from .normalize import MASK, normalize
from .placeholders import Span, protected_spans


@dataclass(slots=True)
class Token:
    norm: str      # normalised form (niqqud, bidi marks removed; geresh → ')
    low: str       # casefolded normalised form, for lookups
    start: int     # raw offsets into unit.text
    end: int
    kind: str      # "he", "en" or "num"
    index: int     # position in Doc.tokens
    nstart: int    # offsets into Doc.norm
    nend: int


class Doc:
    """What rules look at. Raw offsets (into unit.text) are the only offsets a rule reports."""

    __slots__ = ("unit", "__dict__")

    def __init__(self, unit: TextUnit) -> None:
        self.unit = unit

    # basic views ---------------------------------------------------------------------------------------------
    @property
    def text(self) -> str:
        return self.unit.text

    @property
    def lang(self) -> str:
        return self.unit.lang

    @property
    def kind(self) -> str:
        return self.unit.kind

    @property
    def key(self) -> str | None:
        return self.unit.key

    @cached_property
    def protected(self) -> list[Span]:
        return protected_spans(self.unit.text)

    @cached_property
    def masked(self) -> str:
        """The raw text with every protected character replaced by MASK (same length as the raw text)."""
        text = self.unit.text
        if not self.protected:
            return text
        chars = list(text)
        for s in self.protected:
            if s.kind == "number":
                continue  # numbers stay visible: rules read "3 hours" and "Error 500"
            chars[s.start:s.end] = MASK * (s.end - s.start)
        return "".join(chars)

    @cached_property
    def _norm(self) -> tuple[str, list[int] | None]:
        return normalize(self.masked)

    @property
    def norm(self) -> str:
        """Masked and normalised text, for matching; map offsets back with raw()."""
        return self._norm[0]

    def raw(self, i: int) -> int:
        index = self._norm[1]
        return i if index is None else index[i]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        index = self._norm[1]
        if index is None:
            return start, end
        return index[start], (index[end - 1] + 1 if end > start else index[start])

    @cached_property
    def lower(self) -> str:
        """Casefolded normalised text (same length as norm for the scripts we match)."""
        low = self.norm.lower()
        return low if len(low) == len(self.norm) else self.norm

    @cached_property
    def tokens(self) -> list[Token]:
        norm = self.norm
        out = []
        for kind, start, end in hebrew.tokenize(norm):
            word = norm[start:end]
            rs, re_ = self.raw_span(start, end)
            out.append(Token(word, word.lower(), rs, re_, kind, len(out), start, end))
        return out

    @cached_property
    def words(self) -> list[Token]:
        return [t for t in self.tokens if t.kind != "num"]

    def is_protected(self, start: int, end: int) -> bool:
        return any(s.start < end and start < s.end for s in self.protected if s.kind != "number")

    def has_placeholder(self, kinds: tuple[str, ...] = ("placeholder", "url", "email", "tag")) -> bool:
        return any(s.kind in kinds for s in self.protected)

    def search(self, pattern: re.Pattern[str]) -> list[tuple[int, int, re.Match[str]]]:
        """Matches of a pattern over the normalised text, as raw spans."""
        return [(*self.raw_span(m.start(), m.end()), m) for m in pattern.finditer(self.norm)]

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        from .sentences import split  # noqa: PLC0415 - spaCy only where a rule asks for sentences
        return split(self.unit.text, self.unit.lang)
