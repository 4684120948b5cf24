"""Inline suppression comments, one syntax for every format that has comments:

    # bahir: ignore              (YAML, PO: this entry / the next value)
    # bahir: ignore=JG101,GA     (codes, prefixes, names or categories)
    <!-- bahir: ignore -->       (Markdown: the next block; bahir-disable / bahir-enable for ranges)

Adapters put the parsed selectors in unit.context["suppress"]; the engine drops matching findings.
"""
from __future__ import annotations

import re

IGNORE = re.compile(r"\bbahir:\s*ignore(?:\s*=\s*([A-Za-z0-9_,\- ]+))?")
_YAML_COMMENT = re.compile(r"(?:^|\s)#[^\n]*?\bbahir:\s*ignore(?:\s*=\s*([A-Za-z0-9_,\- ]+))?")


def codes(raw: str | None) -> set[str]:
    """Selectors of one directive; a bare `ignore` means everything ("*")."""
    if not raw:
        return {"*"}
    return {c.strip() for c in raw.split(",") if c.strip()} or {"*"}


def normalized(found: set[str]) -> list[str]:
    return ["*"] if "*" in found else sorted(found)


def apply_line_comments(units, source) -> None:
    """YAML: a directive at the end of a value's line covers that value; alone on a line, the next value."""
    if "bahir" not in source.text:
        return
    by_line: dict[int, set[str]] = {}
    lines = source.text.split("\n")
    for n, line in enumerate(lines, 1):
        m = _YAML_COMMENT.search(line)
        if not m:
            continue
        target = n
        if not line[:m.start()].strip():  # a comment line: it covers the next non-blank, non-comment line
            target = next((k for k in range(n + 1, len(lines) + 1)
                           if lines[k - 1].strip() and not lines[k - 1].lstrip().startswith("#")), n)
        by_line.setdefault(target, set()).update(codes(m.group(1)))
    if not by_line:
        return
    for unit in units:
        line = source.position(unit.file_offset(0))[0]
        found = by_line.get(line)
        if found is None and unit.text:
            # a block scalar starts on the line after its key: the directive sits on the key's line
            found = by_line.get(line - 1) if unit.context.get("style") in ("|", ">") else None
        if found:
            unit.context["suppress"] = normalized(found | set(unit.context.get("suppress", ())))
