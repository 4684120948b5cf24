"""The command line as users run it: exit codes, formats, selection, broken input, stdin, fixes."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

BAHIR = [sys.executable, "-m", "linter"]


def run(*args, cwd=None, stdin=None):
    return subprocess.run(BAHIR + [str(a) for a in args], capture_output=True, text=True, encoding="utf-8",
                          cwd=cwd, input=stdin)


@pytest.fixture()
def catalog(tmp_path):
    (tmp_path / "he.json").write_text(
        '{\n  "errors": {\n    "payment": "הטרנזקציה לא בוצעה",\n    "ok": "התשלום התקבל"\n  }\n}\n',
        encoding="utf-8")
    (tmp_path / "en.json").write_text('{"intro": "Please utilize the form below."}\n', encoding="utf-8")
    return tmp_path


def findings(proc):
    return json.loads(proc.stdout)["findings"]


def test_json_output_points_at_the_offending_text(catalog):
    proc = run("check", "--format", "json", "--select", "JG101", catalog / "he.json")
    assert proc.returncode == 1, proc.stderr
    (f,) = findings(proc)
    assert (f["line"], f["column"], f["end_line"], f["end_column"]) == (3, 17, 3, 26)
    assert f["key"] == "errors.payment" and f["rule"] == "JG101" and f["category"] == "jargon"
    assert f["text"] == "הטרנזקציה"
    assert "העסקה" in f["suggestions"]
    assert f["fix"]["applicability"] == "unsafe"
    assert f["fix"]["edits"][0]["replacement"] == "העסקה"
    report = json.loads(proc.stdout)
    assert report["version"] == 1 and report["summary"]["files"] == 1


def test_clean_file_exits_zero(catalog):
    proc = run("check", "--select", "JG101", catalog / "en.json")
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize("selector", ["BU102", "BU1", "english-officialese", "bureaucratic"])
def test_select_by_code_prefix_name_category(catalog, selector):
    proc = run("check", "--format", "json", "--select", selector, catalog / "en.json")
    assert {f["rule"] for f in findings(proc)} == {"BU102"}


def test_ignore_and_unknown_selector(catalog):
    proc = run("check", "--format", "json", "--select", "bureaucratic", "--ignore", "BU102", catalog / "en.json")
    assert proc.returncode == 0 and findings(proc) == []
    proc = run("check", "--select", "jargn", catalog / "en.json")
    assert proc.returncode == 2 and "did you mean 'jargon'" in proc.stderr


def test_fail_level(catalog):
    proc = run("check", "--select", "BU102", "--fail-level", "error", catalog / "en.json")
    assert proc.returncode == 0


@pytest.mark.parametrize("name,content,problem", [
    ("bad.json", b'{"a": "x",}', "invalid JSON at 1:"),
    ("bad.yaml", b"a: [unclosed\n", "yaml"),
    ("latin1.json", '{"a": "caf\u00e9"}'.encode("latin-1"), "invalid UTF-8 at byte"),
    ("blob.json", b"\x00\x01\x02binary", "binary file"),
])
def test_broken_file_is_one_line_exit_2_and_others_still_linted(catalog, name, content, problem):
    (catalog / name).write_bytes(content)
    proc = run("check", "--format", "json", "--select", "BU102", catalog)
    assert proc.returncode == 2
    err_lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(err_lines) == 1 and name in err_lines[0] and problem.lower() in err_lines[0].lower()
    assert "Traceback" not in proc.stderr
    report = json.loads(proc.stdout)
    assert [f["rule"] for f in report["findings"]] == ["BU102"]
    assert report["summary"]["errors"][0]["path"].endswith(name)


def test_missing_path_is_an_error(tmp_path):
    proc = run("check", tmp_path / "nope.json")
    assert proc.returncode == 2 and "nope.json" in proc.stderr


def test_stdin_filename(catalog):
    proc = run("check", "--format", "json", "--select", "BU102", "--stdin-filename", "en.json", "-",
               stdin='{"x": "We utilized it"}')
    (f,) = findings(proc)
    assert f["path"] == "en.json" and f["text"] == "utilized" and f["column"] == 11


def test_directories_skip_default_excludes(catalog):
    (catalog / "node_modules").mkdir()
    (catalog / "node_modules" / "en.json").write_text('{"a": "utilize"}', encoding="utf-8")
    (catalog / "package.json").write_text('{"description": "utilize"}', encoding="utf-8")
    proc = run("check", "--format", "json", "--select", "BU102", catalog)
    assert {Path(f["path"]).name for f in findings(proc)} == {"en.json"}
    assert all("node_modules" not in f["path"] for f in findings(proc))


def test_force_exclude_applies_to_explicit_files(catalog):
    (catalog / "node_modules").mkdir()
    target = catalog / "node_modules" / "en.json"
    target.write_text('{"a": "utilize"}', encoding="utf-8")
    assert run("check", "--select", "BU102", target).returncode == 1
    assert run("check", "--select", "BU102", "--force-exclude", target, cwd=catalog).returncode == 0


def test_full_output_shows_line_message_and_suggestion(catalog):
    proc = run("check", "--select", "JG101", "--no-color", catalog / "he.json")
    out = proc.stdout
    assert "he.json:3:17: JG101 warning (hebrew-jargon)" in out
    assert "«הטרנזקציה»" in out and "suggestion:" in out
    assert "\u2068" in out  # Hebrew snippets are isolated so they read right in a bidi terminal


def test_github_format(catalog):
    proc = run("check", "--format", "github", "--select", "BU102", catalog / "en.json")
    assert proc.stdout.startswith("::warning file=")
    assert "line=1,col=" in proc.stdout and "title=BU102 english-officialese" in proc.stdout


def test_sarif_validates_against_the_official_schema(catalog, shared):
    schema = json.loads(next((shared / "schemas").glob("sarif*2.1.0*.json")).read_text(encoding="utf-8"))
    proc = run("check", "--format", "sarif", catalog)
    doc = json.loads(proc.stdout)
    jsonschema.validate(doc, schema)
    assert doc["runs"][0]["results"]


def test_rules_and_rule_commands():
    proc = run("rules")
    assert proc.returncode == 0 and "JG101" in proc.stdout and "hebrew-jargon" in proc.stdout
    proc = run("rule", "JG101")
    assert "## Why is this bad?" in proc.stdout and "הטרנזקציה לא בוצעה" in proc.stdout
    proc = run("rule", "JG1O1")
    assert proc.returncode == 2


def test_version():
    proc = run("--version")
    assert proc.returncode == 0 and "bahir" in proc.stdout


def test_parallel_run_reports_exactly_what_a_serial_run_does(tmp_path):
    for i in range(4):
        (tmp_path / f"he{i}.json").write_text(
            '{"a": "הטרנזקציה לא בוצעה", "b": "לחץ כאן", "c": "%d"}' % i, encoding="utf-8")
        (tmp_path / f"en{i}.json").write_text('{"a": "Please utilize the form", "b": "Unknown error"}',
                                             encoding="utf-8")
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    serial = run("check", "--format", "json", "-j", "1", tmp_path)
    parallel = run("check", "--format", "json", "-j", "2", tmp_path)
    assert serial.returncode == parallel.returncode == 2
    assert json.loads(serial.stdout) == json.loads(parallel.stdout)
    assert json.loads(parallel.stdout)["summary"]["files"] == 8
    full_serial = run("check", "--no-color", "-j", "1", tmp_path)
    full_parallel = run("check", "--no-color", "-j", "2", tmp_path)
    assert full_serial.stdout == full_parallel.stdout and "«הטרנזקציה»" in full_parallel.stdout


def test_json_schema_version_1_fields_and_types(catalog):
    """docs/json-output.md is a contract (the scorer depends on it): exact keys and types of every finding."""
    doc = json.loads(run("check", "--format", "json", catalog).stdout)
    assert set(doc) == {"version", "findings", "summary"} and doc["version"] == 1
    keys = {"path", "line", "column", "end_line", "end_column", "key", "rule", "name", "category", "severity",
            "message", "text", "suggestions", "fix"}
    from linter.model import CATEGORIES, LEVELS
    assert doc["findings"]
    for f in doc["findings"]:
        assert set(f) == keys
        assert all(isinstance(f[k], int) and f[k] >= 1 for k in ("line", "column", "end_line", "end_column"))
        assert f["category"] in CATEGORIES and f["severity"] in LEVELS
        assert isinstance(f["suggestions"], list) and isinstance(f["message"], str) and f["message"]
        if f["fix"] is not None:
            assert f["fix"]["applicability"] in ("safe", "unsafe", "display")
            for e in f["fix"]["edits"]:
                assert set(e) == {"line", "column", "end_line", "end_column", "replacement"}
    assert {"files", "units", "findings", "by_severity", "by_category", "errors", "fixed",
            "undetermined"} <= set(doc["summary"])


def test_pathologically_deep_yaml_is_an_error_not_a_crash(tmp_path):
    """libyaml segfaults on 100,000 nested '[': bahir must answer with one line and exit 2."""
    deep = "[" * 100_000
    (tmp_path / "flow").mkdir()
    (tmp_path / "flow" / "domain.yml").write_text(f'version: "3.1"\nresponses:\n  utter_x: {deep}\n', encoding="utf-8")
    (tmp_path / "he.yml").write_text(f"he:\n  a: {deep}\n", encoding="utf-8")
    (tmp_path / "en.json").write_text('{"a": "' + "[" * 100 + '"}', encoding="utf-8")
    proc = run("check", "--format", "json", tmp_path / "flow", tmp_path / "he.yml", tmp_path / "en.json")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert len([ln for ln in proc.stderr.splitlines() if ln.strip()]) == 2
    assert json.loads(proc.stdout)["summary"]["files"] == 1
    (tmp_path / "cfg").mkdir()
    (tmp_path / "cfg" / ".bahir.yaml").write_text(f"select: {deep}\n", encoding="utf-8")
    (tmp_path / "cfg" / "en.json").write_text('{"a": "x"}', encoding="utf-8")
    proc = run("check", tmp_path / "cfg" / "en.json")
    assert proc.returncode == 2 and ".bahir.yaml" in proc.stderr and "nested too deeply" in proc.stderr
