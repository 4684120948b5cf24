"""The start-up caches: derived data is reused until its source changes, and compiled patterns round-trip."""
from __future__ import annotations

import os
import re

from linter import cache, fastre


def test_cached_value_is_reused_until_the_source_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("BAHIR_CACHE_DIR", str(tmp_path / "c"))
    src = tmp_path / "data.txt"
    src.write_text("one", encoding="utf-8")
    calls = []

    def build():
        calls.append(1)
        return src.read_text(encoding="utf-8").upper()

    assert cache.cached("t", cache.fingerprint([str(src)]), build) == "ONE"
    assert cache.cached("t", cache.fingerprint([str(src)]), build) == "ONE"
    assert len(calls) == 1
    src.write_text("two!", encoding="utf-8")
    os.utime(src, ns=(1, 1))
    assert cache.cached("t", cache.fingerprint([str(src)]), build) == "TWO!"
    assert len(calls) == 2
    assert len(list((tmp_path / "c").glob("t-*.pickle"))) == 1  # the stale version is gone


def test_unwritable_cache_still_builds(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("BAHIR_CACHE_DIR", str(blocker / "sub"))
    assert cache.cached("t", "k", lambda: 42) == 42


def test_fastre_patterns_behave_like_re(tmp_path, monkeypatch):
    monkeypatch.setenv("BAHIR_CACHE_DIR", str(tmp_path))
    pattern = r"(?P<word>[\u05d0-\u05ea]+)|(\d+)"
    ours = fastre.compile(pattern, re.IGNORECASE)
    again = fastre.compile(pattern, re.IGNORECASE)  # from the in-memory cache entry
    theirs = re.compile(pattern, re.IGNORECASE)
    text = "abc שלום 42 עולם"
    for p in (ours, again):
        assert [m.span() for m in p.finditer(text)] == [m.span() for m in theirs.finditer(text)]
        assert p.groupindex == theirs.groupindex and p.groups == theirs.groups
    with fastre.patched():
        assert re.compile is fastre.compile
    assert re.compile is not fastre.compile
