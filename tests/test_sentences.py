"""Sentence splitting: cheap regex first, spaCy only for text that really holds several sentences."""
from __future__ import annotations

import subprocess
import sys

from linter.text.sentences import may_have_several, quick_split, split


def spans(text, fn=split, lang="en"):
    return [text[s:e] for s, e in (fn(text, lang) if fn is split else fn(text))]


def test_single_sentence_needs_no_spacy():
    code = ("import sys; from linter.text.sentences import split; "
            "r = split('Upload failed. ', 'en') + split('שגיאה: הקובץ לא נמצא', 'he'); "
            "print('spacy' in sys.modules, r)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.startswith("False")


def test_cheap_check():
    assert not may_have_several("Version 1.2.3 is out.")
    assert not may_have_several("Open example.com now")
    assert may_have_several("Saved. Close the window.")
    assert may_have_several("שמרנו. אפשר לסגור את החלון.")
    assert may_have_several("line one\nline two")


def test_split_english_and_hebrew():
    assert spans("Saved. Close the window now.") == ["Saved.", "Close the window now."]
    assert spans("שמרנו! אפשר לסגור את החלון?", lang="he") == ["שמרנו!", "אפשר לסגור את החלון?"]


def test_lines_are_sentence_boundaries():
    assert spans("First item\n\nSecond item") == ["First item", "Second item"]


def test_quick_split_matches_on_simple_text_and_handles_bidi_marks():
    text = "נא להקליד את המידע.\u200f נא להתייעץ עם מנהל המערכת."
    assert len(quick_split(text)) == 2
    assert spans("Saved. Close it.", fn=quick_split) == ["Saved.", "Close it."]


def test_offsets_are_raw_and_trimmed():
    text = "  Hello there.   How are you?  "
    for s, e in split(text, "en"):
        assert text[s:e] == text[s:e].strip()
