"""The native format: loading, strict validation, and the rule examples (which are native flows)."""
from __future__ import annotations

import pytest

from linter.flows import detect, load
from linter.flows.native import load_text
from linter.model import InputError

from .conftest import all_flow_rules

EXAMPLE_CASES = [(r, kind, i, ex) for r in all_flow_rules() for kind in ("fail", "pass")
                 for i, ex in enumerate(r.examples.get(kind, []))]


@pytest.mark.parametrize("rule,kind,i,example", EXAMPLE_CASES,
                         ids=[f"{r.code}-{k}-{i}" for r, k, i, _ in EXAMPLE_CASES])
def test_rule_examples(rule, kind, i, example):
    graph = load_text(example, "example.yaml")
    found = [f for f in rule.check_flow(graph) if f.data.get("verdict") != "unknown"]
    if kind == "fail":
        assert found, f"{rule.code} should flag example {i}"
        assert all(f.category == rule.category or rule.code == "FL008" for f in found)
    else:
        assert not found, [f.message for f in found]


def test_every_flow_rule_has_metadata():
    codes = set()
    for r in all_flow_rules():
        assert r.scope == "flow" and r.code.startswith("FL") and r.name and r.summary and r.why and r.source
        assert r.examples["fail"] and r.examples["pass"]
        codes.add(r.code)
    assert codes == {f"FL00{i}" for i in range(1, 9)}


@pytest.mark.parametrize("text,message", [
    ("bahir-flow: 1\nstates:\n  a:\n    sya: hi\n", "unknown key 'sya' (did you mean 'say'?)"),
    ("bahir-flow: 1\nstates:\n  a:\n    say: hi\n    next: b\n", "unknown state 'b'"),
    ("bahir-flow: 2\nstates: {a: {say: hi}}\n", "unsupported bahir-flow version"),
    ("states: {a: {say: hi}}\n", "marker is missing"),
    ("bahir-flow: 1\nstates:\n  a: [\n", "invalid YAML"),
    ("bahir-flow: 1\nstates:\n  a:\n    on:\n      nomatch: a\n", "unknown event"),
])
def test_bad_native_input_is_a_one_line_error(text, message):
    with pytest.raises(InputError) as exc:
        load_text(text)
    assert message in str(exc.value) and "\n" not in str(exc.value)


def test_detect_and_load_file(tmp_path):
    p = tmp_path / "ivr.yaml"
    p.write_text("bahir-flow: 1\nstart: a\nstates:\n  a:\n    say: \"שלום\"\n    end: true\n", encoding="utf-8")
    assert detect(p) == "native"
    graph = load(p, "native")
    (unit,) = graph.units()
    assert unit.lang == "he" and unit.key == "state:a"
    assert unit.source.position(unit.start) == (5, 11)


def test_yes_no_on_keys_are_words_not_booleans():
    graph = load_text("bahir-flow: 1\nstart: q\nstates:\n  q:\n    ask: ok?\n    options: {yes: q, no: q}\n"
                      "    on: {no-match: q}\n")
    labels = {e.label for e in graph.edges}
    assert {"yes", "no", "no-match"} <= labels


def test_documented_examples_load_and_the_clinic_menu_is_clean():
    import re
    from pathlib import Path
    doc = (Path(__file__).resolve().parents[2] / "docs" / "flow-format.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", doc, re.S)
    assert len(blocks) >= 2
    for block in blocks:
        graph = load_text(block)
        assert not [f for r in all_flow_rules() for f in r.check_flow(graph)]
