"""Term lists with alternatives: loading, validation and the matcher that finds every form.

Hebrew entries list their surface forms (each mapped to the matching form of the first alternative); prefix
particles are stripped at match time and put back on the replacement. English entries give a lemma and a part of
speech; regular inflections are generated here, for the term and its replacement alike.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..model import ConfigError
from ..text import english, hebrew
from ..text.normalize import strip_niqqud

HE_KEYS = {"term", "forms", "alternatives", "never_suggest", "unless", "level", "source", "note", "fix"}
EN_KEYS = HE_KEYS | {"pos"}
POS = ("verb", "noun", "adj", "adv", "phrase")
_SPLIT = re.compile(r"[^\w\"']+")
_PARTICLES = ("ו", "ש", "ה")


@dataclass  # no slots: slotted dataclasses unpickle through a slow Python __setstate__ (start-up cache)
class Entry:
    term: str
    alternatives: list[str]
    source: str = ""
    note: str = ""
    level: str | None = None
    fix: bool = True
    unless: list[str] = field(default_factory=list)


@dataclass  # no slots, as Entry
class Candidate:
    words: tuple[str, ...]          # lowercased normalised words after the first
    particle: str | None            # a trailing Hebrew particle glued to the next word ("במידה ו" + "הקובץ")
    entry: Entry
    replacement: str | None


@dataclass(slots=True)
class Match:
    start: int        # token index of the first word
    end: int          # token index after the last word (the particle's word is not consumed)
    prefix: str       # Hebrew prefix particles on the first word
    entry: Entry
    replacement: str | None
    particle: str | None


def _words(form: str) -> list[str]:
    return [w for w in _SPLIT.split(strip_niqqud(form).lower()) if w]


class TermIndex:
    """Token-keyed index: one dict lookup per token (and per prefix split), so matching is linear in the text."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.index: dict[str, list[Candidate]] = {}
        self.entries: list[Entry] = []
        # word -> the (prefix, candidates) readings that have candidates, in match order; most words have none
        self._readings: dict[tuple[str, bool], tuple[tuple[str, list[Candidate]], ...]] = {}
        self._triggers: dict[bool, re.Pattern[str]] = {}   # see may_match

    def add(self, entry: Entry, forms: dict[str, str | None]) -> None:
        self.entries.append(entry)
        self._readings.clear()
        self._triggers.clear()
        for form, repl in forms.items():
            words = _words(form)
            if not words:
                continue
            particle = None
            if self.lang == "he" and len(words) > 1 and words[-1] in _PARTICLES:
                particle = words.pop()
            cand = Candidate(tuple(words[1:]), particle, entry, repl)
            bucket = self.index.setdefault(words[0], [])
            bucket.append(cand)
            bucket.sort(key=lambda c: -len(c.words) - (1 if c.particle else 0))  # longest phrase first

    def may_match(self, doc) -> bool:
        """Cheap pre-check on the text, before the unit is tokenised: can any word of it start an entry?

        A match starts on a token whose lowercased form, or its stem after Hebrew prefix particles, is a key, and
        goes on with tokens equal to the entry's next words, at most 3 characters apart (see _extend); so the phrase
        occurs in the lowercased text, the key possibly glued to prefix particles. Without Hebrew letters the
        tokens are plain regex words (see hebrew.tokenize): then the words must also stand alone, with no letter
        between them."""
        norm = doc.norm
        if not hebrew.IS_HEBREW.search(norm):
            return self._trigger(True).search(norm) is not None
        low = doc.__dict__.get("_bahir_norm_lower")
        if low is None:
            low = doc.__dict__["_bahir_norm_lower"] = norm.lower()
        return self._trigger(False).search(low) is not None

    def _trigger(self, whole: bool) -> re.Pattern[str]:
        """The may_match pattern (built on first use; the compiled trie is cached on disk across runs)."""
        found = self._triggers.get(whole)
        if found is None:
            from .. import fastre  # noqa: PLC0415
            phrases = [(key, *cand.words) for key, bucket in self.index.items() for cand in bucket]
            if whole:
                found = fastre.compile(r"(?<![A-Za-z])" + _trie(phrases, whole=True, gap="[^A-Za-z]{0,3}")
                                       + r"(?![A-Za-z])", re.ASCII | re.IGNORECASE)
            else:
                found = fastre.compile(_trie(phrases, whole=False, gap="[\\s\\S]{0,3}"))
            self._triggers[whole] = found
        return found

    def _readings_of(self, low: str, split: bool) -> tuple[tuple[str, list[Candidate]], ...]:
        """The (prefix, candidates) readings of a word: the whole word first, then longest prefix first."""
        key = (low, split)
        found = self._readings.get(key)
        if found is None:
            if split:
                splits = hebrew.prefix_splits(low)
                splits = splits[-1:] + splits[:-1]  # the whole word first, then the prefixes, longest first
            else:
                splits = (("", low),)
            index = self.index
            found = tuple((prefix, index[stem]) for prefix, stem in splits if index.get(stem))
            if len(self._readings) > 200_000:
                self._readings.clear()
            self._readings[key] = found
        return found

    def match(self, tokens) -> list[Match]:
        out: list[Match] = []
        n = len(tokens)
        i = 0
        he = self.lang == "he"
        readings = self._readings
        while i < n:
            tok = tokens[i]
            found = None
            if tok.kind != "num":
                split = he and tok.kind == "he"
                cands = readings.get((tok.low, split))
                if cands is None:
                    cands = self._readings_of(tok.low, split)
                for prefix, bucket in cands:
                    for cand in bucket:
                        m = self._extend(tokens, i, cand)
                        if m is not None:
                            found = Match(i, m, prefix, cand.entry, cand.replacement, cand.particle)
                            break
                    if found:
                        break
            if found:
                out.append(found)
                i = max(found.end, i + 1)
            else:
                i += 1
        return out

    @staticmethod
    def _extend(tokens, i: int, cand: Candidate) -> int | None:
        j = i + 1
        for w in cand.words:
            if j >= len(tokens) or tokens[j].low != w or tokens[j].nstart - tokens[j - 1].nend > 3:
                return None
            j += 1
        if cand.particle:
            if j >= len(tokens) or not tokens[j].low.startswith(cand.particle) or tokens[j].kind != "he":
                return None
        return j


_GAP = "\x00"   # between the words of a phrase in the trie


def _trie(phrases, whole: bool, gap: str) -> str:
    """A regex matching any of the phrases (tuples of words), factored as a trie: one pass over the text, not one per
    term. `gap` is the pattern between two words.

    whole=False finds a phrase anywhere (its continuations are dropped: the shorter one already matches);
    whole=True keeps them (the caller puts word boundaries around)."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for ch in _GAP.join(phrase):
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        if "" in node and (not whole or len(node) == 1):
            return ""
        alts = [(gap if ch == _GAP else re.escape(ch)) + build(sub)
                for ch, sub in sorted(node.items()) if ch]
        if "" in node:
            alts.append("")
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return build(trie) if trie else "(?!)"


def load_entries(data: Any, lang: str, origin: str) -> TermIndex:
    """Validate a term data file and build its index; errors name the file and the entry."""
    if not isinstance(data, list):
        raise ConfigError(f"{origin}: a term file must be a list of entries")
    allowed = EN_KEYS if lang == "en" else HE_KEYS
    index = TermIndex(lang)
    for n, raw in enumerate(data, 1):
        where = f"{origin}: entry {n}"
        if not isinstance(raw, dict) or "term" not in raw:
            raise ConfigError(f"{where}: needs a 'term'")
        where = f"{origin}: entry '{raw['term']}'"
        for key in raw:
            if key not in allowed:
                from .base import closest  # noqa: PLC0415
                raise ConfigError(f"{where}: unknown key '{key}'{closest(key, allowed)}")
        alts = raw.get("alternatives") or []
        if not alts or not all(isinstance(a, str) for a in alts):
            raise ConfigError(f"{where}: needs at least one alternative")
        never = set(raw.get("never_suggest") or ())
        alts = [a for a in alts if a not in never]
        entry = Entry(term=raw["term"], alternatives=alts, source=raw.get("source", ""), note=raw.get("note", "") or "",
                      level=raw.get("level"), fix=raw.get("fix", True) is not False,
                      unless=[strip_niqqud(u).lower() for u in raw.get("unless") or ()])
        index.add(entry, _forms(raw, lang, where, alts))
    return index


def _forms(raw: dict, lang: str, where: str, alts: list[str]) -> dict[str, str | None]:
    listed = raw.get("forms") or {}
    if not isinstance(listed, dict):
        raise ConfigError(f"{where}: forms must map each form to its replacement (or null)")
    first = alts[0] if alts and not alts[0].startswith("(") else None
    if lang != "en":
        forms = dict(listed)
        forms.setdefault(raw["term"], first)
        return forms
    pos = raw.get("pos", "phrase")
    if pos not in POS:
        raise ConfigError(f"{where}: pos must be one of {', '.join(POS)}")
    term_forms = english.forms(raw["term"].lower(), pos)
    alt_forms = english.forms(first, pos) if first else {}
    forms: dict[str, str | None] = {f: alt_forms.get(tag) for tag, f in term_forms.items()}
    forms.update(listed)
    return forms
