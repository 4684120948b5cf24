"""The Hebrew address lexicon: verb forms by person and gender, address words and homographs.

Three TSV files next to this module (data/): verbs_he.tsv (one verb a line, its imperative and 2nd-person future forms),
address_he.tsv (pronouns and gendered participles/adjectives used to address the reader) and homographs_he.tsv
(forms that are also common nouns/adjectives, with how to read them). They are parsed once, on first use.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

SLOTS = ("imp_ms", "imp_fs", "imp_pl", "fut_2ms", "fut_2fs", "fut_2mp")
# Infinitive column entries that only name the verb (no such infinitive is written).
NOT_WRITTEN = frozenset({"לוכל"})


@dataclass(frozen=True)  # no slots: unpickled fast from the start-up cache
class Verb:
    infinitive: str
    forms: dict[str, tuple[str, ...]]
    tags: frozenset[str]
    gloss: str

    def first(self, slot: str) -> str:
        forms = self.forms.get(slot) or ()
        return forms[0] if forms else ""

    @property
    def has_infinitive(self) -> bool:
        return self.infinitive not in NOT_WRITTEN


@dataclass(frozen=True)  # no slots: unpickled fast from the start-up cache
class Form:
    verb: Verb
    slot: str
    tags: frozenset[str]   # ambiguity tags of this spelling (verb column for imp_ms, plus homograph tags)


@dataclass(frozen=True)  # no slots: unpickled fast from the start-up cache
class AddressWord:
    word: str
    gender: str            # m, f or mf
    neutral: str
    note: str
    mode: str              # always, ambiguous-accusative, check-next, with-pronoun, with-pronoun-or-question, ...


@dataclass
class Lexicon:
    forms: dict[str, list[Form]] = field(default_factory=dict)
    infinitives: dict[str, Verb] = field(default_factory=dict)
    address: dict[str, AddressWord] = field(default_factory=dict)
    homographs: dict[str, frozenset[str]] = field(default_factory=dict)

    def lookup(self, word: str, slots: tuple[str, ...] = SLOTS) -> list[Form]:
        return [f for f in self.forms.get(word, ()) if f.slot in slots]

    def plural_imperatives(self) -> frozenset[str]:
        """Every spelling of a plural imperative (לחצו, נסו…), for a file's address style."""
        found = _PLURALS.get(id(self))
        if found is None:
            found = frozenset(w for w, forms in self.forms.items() if any(f.slot == "imp_pl" for f in forms))
            _PLURALS.clear()
            _PLURALS[id(self)] = found
        return found


_PLURALS: dict[int, frozenset[str]] = {}


def _rows(name: str) -> list[list[str]]:
    text = resources.files("rules").joinpath(f"gendered/data/{name}").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return [ln.split("\t") for ln in lines[1:]]


def _tags(cell: str) -> frozenset[str]:
    return frozenset(t.strip() for t in cell.split(",") if t.strip())


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Built once from the three TSV files and cached on disk (rebuilt when a file changes)."""
    from linter.cache import cached_data  # noqa: PLC0415
    files = [f"gendered/data/{n}" for n in ("homographs_he.tsv", "verbs_he.tsv", "address_he.tsv")]
    return cached_data("gendered-lexicon", files, _build_lexicon)


def _build_lexicon() -> Lexicon:
    lex = Lexicon()
    for row in _rows("homographs_he.tsv"):
        lex.homographs[row[0]] = _tags(row[1] if len(row) > 1 else "")
    for row in _rows("verbs_he.tsv"):
        row = row + [""] * (9 - len(row))
        inf, cells, amb, gloss = row[0], row[1:7], row[7], row[8]
        forms = {slot: tuple(f for f in cell.split("|") if f) for slot, cell in zip(SLOTS, cells)}
        verb = Verb(inf, forms, _tags(amb), gloss)
        lex.infinitives[inf] = verb
        for slot, spellings in forms.items():
            for spelling in spellings:
                tags = (verb.tags if slot == "imp_ms" else frozenset()) | lex.homographs.get(spelling, frozenset())
                lex.forms.setdefault(spelling, []).append(Form(verb, slot, tags))
    for row in _rows("address_he.tsv"):
        row = row + [""] * (4 - len(row))
        word, gender, neutral, note = row[:4]
        mode = note.split(";", 1)[0].strip()
        lex.address[word] = AddressWord(word, gender, neutral, note, mode)
    return lex
