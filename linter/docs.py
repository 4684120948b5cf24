"""A rule's documentation, built from its metadata and examples (the same examples the tests run)."""
from __future__ import annotations

from .rule import Rule


def _example_text(ex) -> str:
    if isinstance(ex, dict):
        return str(ex.get("text", ex.get("input", "")))
    return str(ex)


def rule_doc(rule: Rule) -> str:
    lines = [f"{rule.code} {rule.name}", "", f"Category: {rule.category}   Level: {rule.level}   "
             f"Language: {rule.lang}   Scope: {rule.scope}" + ("" if rule.default else "   (off by default)"), "",
             "## What it does", rule.summary, "", "## Why is this bad?", rule.why, "", "## Source", rule.source]
    ex = rule.examples
    if ex.get("fail"):
        lines += ["", "## Flagged"] + [f"  ✗ {_example_text(e)}" for e in ex["fail"]]
    if ex.get("pass"):
        lines += ["", "## Fine"] + [f"  ✓ {_example_text(e)}" for e in ex["pass"]]
    if ex.get("fix"):
        lines += ["", "## Fix"] + [f"  {e['input']}  →  {e['output']}" for e in ex["fix"]]
    if rule.fix_safety:
        lines += ["", "## Fix safety", rule.fix_safety]
    if rule.options_doc:
        lines += ["", "## Options (config: rules: {" + rule.code + ": {...}})"]
        lines += [f"  {k}: {v}" for k, v in rule.options_doc.items()]
    return "\n".join(lines)
