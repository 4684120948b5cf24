"""The page without a browser: self-contained, well-formed, every state drawn and flagged, Hebrew marked."""
from __future__ import annotations

import re
import time

import pytest
from click.testing import CliRunner

from linter import flows
from linter.cli import main
from linter.engine import Linter, Options
from linter.report import audit_flow
from linter.report.model import BIG_GRAPH

from .conftest import AUDIT, FIXTURES, make_report, parse

HEB = re.compile("[\u0590-\u05ff]")


def nodes(tree, flow_path_part=None):
    return [a for t, a in tree.elements if t == "g" and "node" in a.get("class", "").split()]


def test_self_contained(report_html):
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", report_html, re.I)
    assert not re.search(r"@import|url\(\s*['\"]?(?:https?:)?//|<link\b|<iframe\b", report_html, re.I)
    assert "<script src" not in report_html
    assert "<style>" in report_html and "<script>" in report_html


def test_user_urls_stay_text_not_links(tmp_path):
    flow = tmp_path / "u.flow.yaml"
    flow.write_text('bahir-flow: 1\nstates:\n  a:\n    ask: "See https://example.com/help or <a href=\'https://x\'>"\n'
                    "    options: {agent: b}\n  b:\n    handoff: {to: desk, transcript: true}\n", encoding="utf-8")
    html = make_report([flow])
    assert "https://example.com/help" in html and "href=\"https://example.com" not in html
    assert "<a href='https://x'>" not in html     # escaped
    assert not parse(html).problems


def test_well_formed(report_html):
    tree = parse(report_html)
    assert tree.problems == [] and tree.stack == []
    assert report_html.startswith("<!DOCTYPE html>")


def test_every_state_is_drawn_with_its_id(report_html):
    tree = parse(report_html)
    drawn = {a["data-id"] for a in nodes(tree)}
    for name in ("support.flow.yaml", "clinic.he.flow.yaml"):
        graph = flows.load(AUDIT / name, "native")
        assert {n.id for n in graph.real_nodes()} <= drawn


def test_flagged_states_carry_their_category(report_html):
    tree = parse(report_html)
    by_id = {a["data-id"]: a for a in nodes(tree)}
    trap = by_id["state:trap"]
    assert trap["data-category"] == "no-human-path"
    assert "cat-no-human-path" in trap["class"] and "no-human" in trap["class"].split()
    assert by_id["state:agent"]["data-category"] == "" and "handoff" in by_id["state:agent"]["class"].split()
    assert by_id["state:קביעה"]["data-category"] == "no-human-path"


def test_longest_way_to_a_person(report_html):
    tree = parse(report_html)
    longest = [a for a in nodes(tree) if "longest" in a["class"].split()]
    assert {a["data-id"] for a in longest} == {"state:track", "state:תפריט"}
    markers = [a for t, a in tree.elements if "longest-marker" in a.get("class", "")]
    assert {m["data-turns"] for m in markers} == {"3", "1"}
    halos = [a for t, a in tree.elements if t == "path" and a.get("class") == "halo"]
    assert len(halos) >= 4   # track → status → more → menu → agent
    assert 'id="worst-distance"' in report_html


def test_paths_to_a_person_are_marked(report_html):
    tree = parse(report_html)
    edges = [a for t, a in tree.elements if t == "path" and "edge" in a.get("class", "").split()]
    assert any("to-human" in e["class"] for e in edges)
    assert any("fallback" in e["class"] for e in edges)


def test_hebrew_text_has_a_direction(report_html):
    tree = parse(report_html)
    loose = []
    for stack, data in tree.text:
        if not HEB.search(data):
            continue
        inner = stack[1:]     # the <html> element's own dir does not count
        ok = any(a.get("dir") in ("rtl", "auto") or t in ("bdi", "title", "script", "style") or
                 a.get("direction") == "rtl" for t, a in inner)
        if not ok:
            loose.append(data)
    assert loose == []
    assert 'dir="rtl"' in report_html


def test_findings_grouped_by_state_with_details(report_html):
    assert 'class="group' in report_html
    for text in ("FL001", "FL004", "no-human-path", "No route to a person"):
        assert text in report_html
    assert 'class="sugg"' in report_html


def test_catalogs_are_tables(report_html):
    tree = parse(report_html)
    assert any(t == "table" and a.get("class") == "findings-table" for t, a in tree.elements)
    assert "strings.he.json" in report_html


def test_transcripts_graded_worst_first(report_html):
    tree = parse(report_html)
    rows = [a for t, a in tree.elements if t == "tr" and a.get("class") == "conv"]
    assert [int(r["data-badness"]) for r in rows] == sorted((int(r["data-badness"]) for r in rows), reverse=True)
    assert rows[0]["data-badness"] == "1" and rows[-1]["data-badness"] == "0"
    for word in ("honoured", "deflected", "ignored", "falsely claimed human"):
        assert word in report_html


def test_cannot_tell_is_listed_apart_and_grey():
    html = make_report([FIXTURES / "extra" / "maybe.flow.yaml"])
    tree = parse(html)
    menu = next(a for a in nodes(tree) if a["data-id"] == "state:menu")
    assert "unknown" in menu["class"].split() and menu["data-category"] == ""
    assert 'class="unknowns"' in html and "Cannot tell" in html and "custom code decides" in html


def test_hebrew_page(tmp_path):
    html = make_report([AUDIT / "clinic.he.flow.yaml"])
    assert '<html lang="he" dir="rtl">' in html and "דוח בהיר" in html
    assert '<html lang="en" dir="ltr">' in make_report([AUDIT / "clinic.he.flow.yaml"], lang="en")


@pytest.mark.parametrize("name", ["support.flow.yaml", "clinic.he.flow.yaml"])
def test_audit_flow_matches_the_engine(name):
    linter = Linter(Options())
    _, mine = audit_flow(linter, AUDIT / name, "native")
    theirs = linter.lint_flow(AUDIT / name, "native")
    key = lambda f: (f.rule, f.key, f.message)  # noqa: E731
    assert sorted(map(key, mine)) == sorted(map(key, theirs))


def big_flow(n: int) -> str:
    lines = ["bahir-flow: 1", "start: s0", "states:"]
    for i in range(n):
        nxt = {f"o{k}": f"s{(i * 7 + k) % n}" for k in range(3)}
        lines += [f"  s{i}:", f'    ask: "Question {i}?"', "    options: {" + ", ".join(f"{k}: {v}" for k, v in
                                                                              nxt.items()) + "}"]
    lines += ["  s_agent:", "    handoff: {to: desk, transcript: true}"]
    return "\n".join(lines) + "\n"


def test_big_flow_is_shrunk_and_fast(tmp_path):
    flow = tmp_path / "big.flow.yaml"
    flow.write_text(big_flow(1500), encoding="utf-8")
    t0 = time.perf_counter()
    html = make_report([flow])
    elapsed = time.perf_counter() - t0
    tree = parse(html)
    assert tree.problems == []
    assert 0 < len(nodes(tree)) <= BIG_GRAPH
    assert "showing" in html
    assert elapsed < 30
    assert len(html) < 6_000_000


def test_cli_writes_the_page_and_progress(tmp_path):
    out = tmp_path / "r.html"
    result = CliRunner().invoke(main, ["report", str(AUDIT), "-o", str(out), "--progress", "--title", "QA audit"])
    assert result.exit_code == 0, result.output
    assert out.exists() and "<title>QA audit</title>" in out.read_text(encoding="utf-8")
    err = result.stderr
    assert "support.flow.yaml" in err and "chats.jsonl" in err and "strings.he.json" in err and "wrote" in err


def test_cli_quiet_without_tty(tmp_path):
    out = tmp_path / "r.html"
    result = CliRunner().invoke(main, ["report", str(AUDIT / "support.flow.yaml"), "-o", str(out)])
    assert result.exit_code == 0
    assert "support.flow.yaml (native)" not in result.stderr


def test_cli_select_and_bad_input(tmp_path):
    bad = tmp_path / "bad.flow.yaml"
    bad.write_text("bahir-flow: 1\nstates: {a: {nxt: b}}\n", encoding="utf-8")
    out = tmp_path / "r.html"
    result = CliRunner().invoke(main, ["report", str(bad), str(AUDIT / "support.flow.yaml"), "-o", str(out),
                                       "--select", "FL001"])
    assert result.exit_code == 2
    html = out.read_text(encoding="utf-8")
    assert "FL001" in html and "FL004" not in html and "unknown key" in html
