"""Every rule's examples are tests: each `fail` example must be flagged by that rule, each `pass` example must
not, and each `fix` example must turn into its output. `pytest -k JG101` runs one rule's examples."""
from __future__ import annotations

import pytest

from linter.engine import Linter, Options
from linter.fixer import apply
from linter.model import TextUnit
from linter.registry import load_registry
from linter.text.lang import lang_from_text

REGISTRY = load_registry()
UNIT_RULES = [r for r in REGISTRY.rules if r.scope in ("unit", "file")]


def _unit(example, rule) -> TextUnit:
    if isinstance(example, dict):
        text = example.get("text", example.get("input"))
        lang = example.get("lang") or (rule.lang if rule.lang != "any" else lang_from_text(text))
        return TextUnit(text=text, key=example.get("key"), lang=lang, kind=example.get("kind", "ui"),
                        path=example.get("path", "example.json"))
    lang = rule.lang if rule.lang != "any" else lang_from_text(example)
    return TextUnit(text=example, lang=lang, kind="ui", path="example.json")


def _lint(rule, example):
    units = [_unit(e, rule) for e in (example if isinstance(example, list) else [example])]
    linter = Linter(Options(select=[rule.code]))
    linter.keep_units = True  # keep each finding's unit and fix edits (as editors and the fixer do)
    return [f for f in linter.lint_units(units, __import__("pathlib").Path("example.json")) if f.rule == rule.code]


def _cases(kind):
    for rule in UNIT_RULES:
        for i, ex in enumerate(rule.examples.get(kind, [])):
            yield pytest.param(rule, ex, id=f"{rule.code}-{kind}-{i}")


@pytest.mark.parametrize("rule,example", list(_cases("fail")))
def test_fail_example_is_flagged(rule, example):
    assert _lint(rule, example), f"{rule.code} should flag: {example}"


@pytest.mark.parametrize("rule,example", list(_cases("pass")))
def test_pass_example_is_clean(rule, example):
    found = _lint(rule, example)
    assert not found, f"{rule.code} should not flag: {example} (got {[f.message for f in found]})"


@pytest.mark.parametrize("rule,example", list(_cases("fix")))
def test_fix_example(rule, example):
    findings = _lint(rule, example)
    edits = sorted((e.start, e.end, e.replacement) for f in findings if f.fix for e in f.fix.edits)
    assert edits, f"{rule.code} offers no fix for {example['input']}"
    assert apply(example["input"], edits) == example["output"]


def test_every_rule_has_fail_and_pass_examples():
    for rule in REGISTRY.rules:
        assert rule.examples.get("fail") and rule.examples.get("pass"), rule.code
