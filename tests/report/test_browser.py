"""The page in a real browser: headless Chromium runs the inline JavaScript, dumps the DOM and takes a screenshot.

Chromium is a test requirement, not an optional extra: without it this test fails and says how to install it
(CI: `apt-get install -y chromium`). It never skips, so a missing browser cannot hide a broken page.
"""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from .conftest import AUDIT, FIXTURES, make_report, parse

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHOT_COPY = Path("/tmp/bahir-report.png")


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    if Path("/usr/bin/chromium").exists():
        return "/usr/bin/chromium"
    pytest.fail("Chromium is not installed; the report's browser test needs it. "
                "install Debian's chromium: apt-get install chromium  (CI: apt-get install -y chromium)")


def run_chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    cmd = [chromium(), *FLAGS, f"--user-data-dir={profile}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("report") / "report.html"
    out.write_text(make_report([AUDIT / "support.flow.yaml", AUDIT / "clinic.he.flow.yaml", AUDIT / "chats.jsonl",
                                AUDIT / "strings.he.json", FIXTURES / "extra" / "maybe.flow.yaml"],
                               title="bahir — flow audit"), encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def dom(page, tmp_path_factory) -> str:
    result = run_chromium(tmp_path_factory.mktemp("chromium"), "--virtual-time-budget=3000", "--dump-dom",
                          page.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_script_ran(dom):
    assert re.search(r'<body[^>]*data-ready="1"', dom)
    assert re.search(r'class="zoom-level">\d+%<', dom)


def test_graph_and_states_rendered(dom):
    tree = parse(dom)
    svgs = [a for t, a in tree.elements if t == "svg" and "graph" in a.get("class", "")]
    assert len(svgs) == 3                      # support, clinic, maybe; the transcript has no states
    ids = {a["data-id"] for t, a in tree.elements if t == "g" and "node" in a.get("class", "").split()}
    for state in ("state:welcome", "state:menu", "state:trap", "state:agent", "state:פתיחה", "state:נציג",
                  "state:escalate"):
        assert state in ids


def test_flagged_states_keep_their_category(dom):
    tree = parse(dom)
    trap = next(a for t, a in tree.elements if a.get("data-id") == "state:trap" and t == "g")
    assert trap["data-category"] == "no-human-path" and "cat-no-human-path" in trap["class"]


def test_longest_marker_and_hebrew_direction(dom):
    assert 'class="longest-marker"' in dom and 'id="worst-distance"' in dom
    tree = parse(dom)
    hebrew = [(stack, data) for stack, data in tree.text if re.search("[\u0590-\u05ff]", data)]
    assert hebrew
    for stack, data in hebrew:
        assert any(a.get("dir") in ("rtl", "auto") or t in ("bdi", "title", "style", "script")
                   or a.get("direction") == "rtl" for t, a in stack[1:]), data


def test_screenshot(page, tmp_path):
    shot = tmp_path / "report.png"
    result = run_chromium(tmp_path, "--virtual-time-budget=3000", "--hide-scrollbars", f"--screenshot={shot}",
                          "--window-size=1400,1000", page.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    assert shot.exists() and shot.stat().st_size > 40_000
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    try:
        shutil.copy(shot, SHOT_COPY)
    except OSError:
        pass


def test_focus_a_state_highlights_its_findings(page, tmp_path):
    """The same code a click runs, reached through a deep link (#flow-N/nK), since --dump-dom cannot click."""
    tree = parse(page.read_text(encoding="utf-8"))
    trap = next(a for t, a in tree.elements if t == "g" and a.get("data-id") == "state:trap")
    link = f"{page.as_uri()}#flow-0/{trap['data-node']}"
    result = run_chromium(tmp_path, "--virtual-time-budget=3000", "--dump-dom", link)
    assert result.returncode == 0, result.stderr[-2000:]
    after = parse(result.stdout)
    focused = [a for t, a in after.elements if "focus" in a.get("class", "").split()]
    assert any(t == "g" and a.get("data-id") == "state:trap" and "focus" in a["class"].split()
               for t, a in after.elements)
    assert any("group" in a["class"].split() and a.get("data-id") == "state:trap" for a in focused)
    assert re.search(r'<svg class="graph has-focus"', result.stdout)
