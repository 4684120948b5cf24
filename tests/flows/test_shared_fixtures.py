"""The real exported flows in ../shared/flows/dev (evaluation data, read in place, never copied).

Each expectation on a flow category (present: true / false) must hold for the graph checks; copy categories are
left to the copy rules. The folder sits beside the repository in CI; a missing folder is a failure, not a skip."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from .conftest import audit

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared" / "flows" / "dev"
FLOW_CATEGORIES = {"no-human-path", "fallback-no-escalation", "dead-end", "loop-no-exit", "bot-disclosure",
                   "handoff-no-context", "hours-no-alternative"}


def _fixtures():
    if not SHARED.is_dir():
        return ["<missing>"]
    return sorted(p.parent.name for p in SHARED.glob("*/expected.yaml"))


@pytest.mark.parametrize("name", _fixtures())
def test_shared_fixture(name):
    assert SHARED.is_dir(), f"the shared flow fixtures are missing: expected them at {SHARED.resolve()}"
    folder = SHARED / name
    spec = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    _, findings, _ = audit(folder / "input")
    found = {f.category for f in findings}
    problems = []
    for e in spec["expect"]:
        if e["category"] not in FLOW_CATEGORIES or e["present"] not in (True, False):
            continue
        if (e["category"] in found) != e["present"]:
            problems.append(f"{e['category']} expected {'present' if e['present'] else 'absent'}: {e['why']}")
    assert not problems, problems
