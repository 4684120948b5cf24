"""Shared helpers for the report tests: audit this folder's fixtures once and render the page."""
from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from linter.engine import Linter, Options
from linter.report import collect, render

FIXTURES = Path(__file__).parent / "fixtures"
AUDIT = FIXTURES / "audit"
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def make_report(paths, **kw) -> str:
    linter = Linter(Options(lang=kw.pop("text_lang", None)))
    return render(collect(linter, [Path(p) for p in paths]), version="test", **kw)


@pytest.fixture(scope="session")
def report_html() -> str:
    return make_report([AUDIT])


class Tree(HTMLParser):
    """A strict-enough parser: every non-void element closed in order; collects elements with their attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.attrs: list[dict] = []
        self.elements: list[tuple[str, dict]] = []
        self.problems: list[str] = []
        self.text: list[tuple[list[tuple[str, dict]], str]] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)
            self.attrs.append(dict(attrs))

    def handle_startendtag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            return
        self.stack.pop()
        self.attrs.pop()

    def handle_data(self, data):
        if data.strip():
            self.text.append((list(zip(self.stack, self.attrs)), data))


def parse(html: str) -> Tree:
    tree = Tree()
    tree.feed(html)
    tree.close()
    return tree
