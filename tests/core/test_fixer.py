"""--fix edits files in place without losing a byte it did not mean to change."""
from __future__ import annotations

import codecs

from .test_cli import run


def test_safe_fix_preserves_everything_else(tmp_path):
    original = '{\r\n  "b": "We utilize \\"quotes\\" here",\r\n    "a":   "keep   me",\r\n  "c": "utilize"\r\n}'
    path = tmp_path / "en.json"
    path.write_bytes(codecs.BOM_UTF8 + original.encode("utf-8"))
    proc = run("check", "--select", "BU102", "--fix", path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "2 fixed" in proc.stdout
    expected = original.replace("We utilize", "We use").replace('"c": "utilize"', '"c": "use"')
    assert path.read_bytes() == codecs.BOM_UTF8 + expected.encode("utf-8")


def test_unsafe_fix_needs_the_flag_and_keeps_the_prefix(tmp_path):
    path = tmp_path / "he.json"
    path.write_text('{"a": "שגיאה בטרנזקציה"}', encoding="utf-8")
    run("check", "--select", "JG101", "--fix", path)
    assert path.read_text(encoding="utf-8") == '{"a": "שגיאה בטרנזקציה"}'
    run("check", "--select", "JG101", "--fix", "--unsafe-fixes", path)
    assert path.read_text(encoding="utf-8") == '{"a": "שגיאה בעסקה"}'


def test_fix_never_touches_placeholders_or_ascii_escaped_files(tmp_path):
    path = tmp_path / "en.json"
    text = '{"a": "utilize {utilize}", "b": "\\u05d0 utilize"}'
    path.write_text(text, encoding="utf-8")
    run("check", "--select", "BU102", "--fix", path)
    assert path.read_text(encoding="utf-8") == '{"a": "use {utilize}", "b": "\\u05d0 use"}'


def test_broken_file_is_not_written(tmp_path):
    path = tmp_path / "en.json"
    path.write_bytes(b'{"a": "utilize",}')
    proc = run("check", "--fix", path)
    assert proc.returncode == 2 and path.read_bytes() == b'{"a": "utilize",}'
    assert not list(tmp_path.glob(".*bahir-tmp"))


def test_fix_in_yaml_and_po_keeps_every_other_byte(tmp_path):
    yml = tmp_path / "en.yml"
    yml_text = ('en:\n  # a comment stays\n  plain: We utilize it\n  quoted: "We \\"utilize\\" it"\n'
                "  block: |\n    First line.\n    We utilize the form.\n  other: 'It''s fine'\n")
    yml.write_text(yml_text, encoding="utf-8")
    po = tmp_path / "en.po"
    po_text = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
               '#: a.c:1\nmsgid "Use it"\nmsgstr ""\n"Please "\n"utilize the form"\n')
    po.write_text(po_text, encoding="utf-8")
    proc = run("check", "--select", "BU102", "--fix", yml, po)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert yml.read_text(encoding="utf-8") == yml_text.replace("utilize", "use")
    assert po.read_text(encoding="utf-8") == po_text.replace("utilize", "use")
