"""Configuration: pyproject.toml or .bahir.yaml, closest wins, extends, strict keys, ignores and glossary."""
from __future__ import annotations

import json

from .test_cli import findings, run


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_unknown_key_is_an_error_with_did_you_mean(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.bahir]\nselcet = ["jargon"]\n')
    write(tmp_path / "en.json", '{"a": "x"}')
    proc = run("check", tmp_path / "en.json", cwd=tmp_path)
    assert proc.returncode == 2
    assert "pyproject.toml" in proc.stderr and "did you mean 'select'" in proc.stderr


def test_pyproject_select_and_per_key_ignores(tmp_path):
    write(tmp_path / "pyproject.toml",
          '[tool.bahir]\nselect = ["BU102"]\n[tool.bahir.per-key-ignores]\n"legal.*" = ["bureaucratic"]\n')
    write(tmp_path / "en.json", '{"legal": {"terms": "We utilize cookies"}, "ui": {"x": "We utilize it"}}')
    proc = run("check", "--format", "json", tmp_path / "en.json", cwd=tmp_path)
    assert [f["key"] for f in findings(proc)] == ["ui.x"]


def test_closest_config_wins_and_extends_is_explicit(tmp_path):
    write(tmp_path / ".bahir.yaml", "select: [BU102]\n")
    write(tmp_path / "sub" / ".bahir.yaml", "extends: ../.bahir.yaml\nignore: [BU102]\n")
    write(tmp_path / "sub" / "en.json", '{"a": "We utilize it"}')
    write(tmp_path / "top" / "en.json", '{"a": "We utilize it"}')
    proc = run("check", "--format", "json", tmp_path, cwd=tmp_path)
    assert [f["path"].split("/")[-2] for f in findings(proc)] == ["top"]


def test_per_file_ignores_and_locale_by_glob(tmp_path):
    write(tmp_path / ".bahir.yaml", 'select: [JG101, BU102]\nper-file-ignores:\n  "legal/*.json": [BU102]\n'
                                    'locale:\n  "strings/**": he\n')
    write(tmp_path / "legal" / "en.json", '{"a": "We utilize it"}')
    write(tmp_path / "strings" / "main.json", '{"a": "טרנזקציה"}')
    proc = run("check", "--format", "json", tmp_path, cwd=tmp_path)
    assert [f["rule"] for f in findings(proc)] == ["JG101"]


def test_glossary_accept_and_reject(tmp_path):
    write(tmp_path / ".bahir.yaml", "select: [jargon]\nglossary:\n  accept: [טרנזקציה]\n  reject:\n"
                                    "    - term: widget\n      pos: noun\n      alternatives: [tool]\n")
    write(tmp_path / "he.json", '{"a": "הטרנזקציה נכשלה"}')
    write(tmp_path / "en.json", '{"a": "Add two widgets"}')
    proc = run("check", "--format", "json", tmp_path, cwd=tmp_path)
    got = [(f["rule"], f["text"], f["suggestions"][:1]) for f in findings(proc)]
    assert got == [("JG900", "widgets", ["tools"])]


def test_bad_config_values(tmp_path):
    write(tmp_path / ".bahir.yaml", "fail-level: loud\n")
    write(tmp_path / "en.json", '{"a": "x"}')
    proc = run("check", tmp_path / "en.json", cwd=tmp_path)
    assert proc.returncode == 2 and ".bahir.yaml" in proc.stderr and "fail-level" in proc.stderr
    write(tmp_path / ".bahir.yaml", "select: [jargon\n")
    proc = run("check", tmp_path / "en.json", cwd=tmp_path)
    assert proc.returncode == 2 and "invalid YAML" in proc.stderr


def test_explicit_config_flag(tmp_path):
    write(tmp_path / "custom.yaml", "select: [BU102]\nfail-level: error\n")
    write(tmp_path / "en.json", '{"a": "We utilize it"}')
    proc = run("check", "--format", "json", "--config", tmp_path / "custom.yaml", tmp_path / "en.json")
    assert proc.returncode == 0 and json.loads(proc.stdout)["findings"][0]["rule"] == "BU102"


def test_rule_options_must_name_a_rule(tmp_path):
    write(tmp_path / ".bahir.yaml", "rules:\n  FL0002: {max_attempts: 2}\n")
    write(tmp_path / "en.json", '{"a": "x"}')
    proc = run("check", tmp_path / "en.json", cwd=tmp_path)
    assert proc.returncode == 2 and "rules.FL0002 names no rule" in proc.stderr and "FL002" in proc.stderr


def test_rule_options_are_checked_and_used(tmp_path):
    write(tmp_path / ".bahir.yaml", "rules:\n  RD101: {max_word_en: 5}\n")
    write(tmp_path / "en.json", '{"a": "one two three four five six seven eight nine ten"}')
    proc = run("check", tmp_path / "en.json", cwd=tmp_path)
    assert proc.returncode == 2 and "unknown option 'max_word_en'" in proc.stderr and "max_words_en" in proc.stderr
    write(tmp_path / ".bahir.yaml", "select: [RD101]\nrules:\n  RD101: {max_words_en: 5}\n")
    proc = run("check", "--format", "json", tmp_path / "en.json", cwd=tmp_path)
    assert [f["rule"] for f in findings(proc)] == ["RD101"]
    write(tmp_path / ".bahir.yaml", "rules:\n  JG101: {anything: 1}\n")
    assert "has no options" in run("check", tmp_path / "en.json", cwd=tmp_path).stderr
