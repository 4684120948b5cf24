"""Shared helpers for the flow tests: load a fixture and run every flow rule over it."""
from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import pytest

import rules.flow as flow_rules
from linter import flows
from linter.rule import Rule

FIXTURES = Path(__file__).parent / "fixtures"


def all_flow_rules() -> list[Rule]:
    found = []
    for mod in pkgutil.iter_modules(flow_rules.__path__):
        module = importlib.import_module(f"rules.flow.{mod.name}")
        for obj in vars(module).values():
            if isinstance(obj, type) and issubclass(obj, Rule) and obj is not Rule and obj.__module__ == module.__name__:
                found.append(obj())
    return found


def audit(path: Path):
    """(graph, findings) with 'cannot tell' findings left out, as the engine reports them separately."""
    fmt = flows.detect(path)
    assert fmt, f"{path} not detected as a flow"
    graph = flows.load(path, fmt)
    findings = [f for r in all_flow_rules() for f in r.check_flow(graph)]
    return graph, [f for f in findings if f.data.get("verdict") != "unknown"], \
        [f for f in findings if f.data.get("verdict") == "unknown"]


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES
