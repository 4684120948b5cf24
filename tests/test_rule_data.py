"""The term lists are data and are tested as data (as codespell does): sorted, no duplicates, valid, big enough,
and no suggested replacement is itself flagged by any enabled rule."""
from __future__ import annotations

from importlib import resources

import pytest

from linter import yamlio
from linter.engine import Linter, Options
from linter.model import TextUnit
from linter.registry import load_registry

TERM_FILES = {
    ("jargon", "he"): "jargon/data/terms_he.yaml",
    ("jargon", "en"): "jargon/data/terms_en.yaml",
    ("bureaucratic", "he"): "bureaucratic/data/terms_he.yaml",
    ("bureaucratic", "en"): "bureaucratic/data/terms_en.yaml",
}


def load(path):
    return yamlio.load(resources.files("rules").joinpath(path).read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", TERM_FILES.values())
def test_term_file_is_sorted_without_duplicates(path):
    entries = load(path)
    terms = [e["term"] for e in entries]
    assert terms == sorted(terms), f"{path} is not sorted by term"
    assert len(terms) == len(set(terms)), f"{path} has duplicate terms"
    forms = [f for e in entries for f in (e.get("forms") or {})]
    assert len(forms) == len(set(forms)), f"{path} lists a form under two entries"


def test_enough_entries_with_alternatives():
    he = sum(len(load(TERM_FILES[(c, "he")])) for c in ("jargon", "bureaucratic"))
    en = sum(len(load(TERM_FILES[(c, "en")])) for c in ("jargon", "bureaucratic"))
    assert he >= 150 and en >= 200, (he, en)


def test_every_hebrew_entry_lists_its_forms_and_no_niqqud():
    for cat in ("jargon", "bureaucratic"):
        for e in load(TERM_FILES[(cat, "he")]):
            assert e.get("forms"), e["term"]
            assert not any("\u0591" <= c <= "\u05c7" and c != "\u05be" for c in e["term"]), e["term"]


def _replacements():
    for (cat, lang), path in TERM_FILES.items():
        for e in load(path):
            alts = [a for a in e["alternatives"] if not a.startswith("(")]
            if e.get("fix", True) is False:
                continue
            for alt in alts[:1]:
                yield pytest.param(lang, alt, id=f"{lang}-{e['term']}")


@pytest.mark.parametrize("lang,alt", list(_replacements()))
def test_no_suggested_replacement_is_itself_flagged(lang, alt):
    linter = Linter(Options(select=["jargon", "bureaucratic"]))
    found = linter.lint_units([TextUnit(text=alt, lang=lang)], __import__("pathlib").Path("x.json"))
    assert not found, f"replacement '{alt}' is flagged: {[f.rule + ' ' + f.text for f in found]}"


def test_every_substitution_rule_loads_its_data():
    for rule in load_registry().rules:
        if hasattr(rule, "index"):
            assert rule.index.entries, rule.code
