"""Protected spans: the parts of a UI string that are code, not words.

Placeholders, ICU plural/select syntax, HTML tags and entities, URLs, e-mail addresses and numbers with units are
found here once per unit. Rules never match inside them and fixes never edit them.
"""
from __future__ import annotations

import re
from typing import NamedTuple


class Span(NamedTuple):
    start: int
    end: int
    kind: str  # placeholder | icu | tag | entity | url | email | number


_SIMPLE = re.compile(
    r"""
      (?P<url>(?:https?|ftp)://[^\s<>"'\])}]+[^\s<>"'\]).,;:!?}]|www\.[\w-]+\.[^\s<>"']+[^\s<>"'.,;:!?)])
    | (?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
    | (?P<tag></?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>|<\d+>|</\d+>)
    | (?P<entity>&(?:[A-Za-z]+|\#\d+|\#x[0-9A-Fa-f]+);)
    | (?P<placeholder>
          \{\{[^{}]*\}\}                # {{x}} mustache / i18next
        | \$\{[^{}]*\}                  # ${x}
        | %\{[^{}]*\}                   # %{x} Rails
        | %\([\w.-]+\)[-+ #0]*\d*(?:\.\d+)?[sdifrxXeEgGc] # %(x)s
        | %\d+\$[-+ #0]*\d*(?:\.\d+)?[sdifuxXeEgGc@]      # %1$s
        | %[-+ #0]*\d*(?:\.\d+)?(?:l{1,2}|h|z)?[sdifuxXeEgGc@](?![A-Za-z\u05d0-\u05ea])   # %s %d %.2f %@
        | %\d(?!\d)                     # %1 (Qt)
        | \$t\([^()]*\)                 # i18next nesting
        | @:[\w.]+                      # vue-i18n linked message
        | \{[\w.$-]+(?:\s*,\s*(?:number|date|time)[^{}]*)?\}   # {x} {0} {x, number}
        | \[\[[\w.]+\]\]                # [[x]]
        | \$[A-Za-z_]\w*\$|\$\([A-Za-z_]\w*\)|\$[a-z_]+(?=\W|$)  # $VAR$ $(ARG1) $name
      )
    | (?P<number>(?<![\w.])\d+(?:[.,:]\d+)*\s?(?:%|[KMGT]i?B\b|[kKMG]?bps\b|px\b|ms\b|MB\b|GB\b|KB\b|TB\b)?)
    """,
    re.VERBOSE,
)
_ICU_HEAD = re.compile(r"\{\s*[\w.]+\s*,\s*(?:plural|select|selectordinal)\s*,\s*(?:offset:\d+\s*)?")
_ICU_CASE = re.compile(r"\s*(?:=\d+|zero|one|two|few|many|other|[\w-]+)\s*\{")


def _icu_spans(text: str) -> list[Span]:
    """Protect ICU plural/select syntax but keep the text of its branches, which users do read."""
    spans: list[Span] = []
    pos = 0
    while True:
        m = _ICU_HEAD.search(text, pos)
        if not m:
            return spans
        spans.append(Span(m.start(), m.end(), "icu"))
        i = m.end()
        depth = 1  # inside the ICU argument
        while i < len(text) and depth:
            if depth == 1:
                case = _ICU_CASE.match(text, i)
                if case:
                    spans.append(Span(case.start(), case.end(), "icu"))
                    i = case.end()
                    depth = 2
                    continue
                if text[i] == "}":
                    spans.append(Span(i, i + 1, "icu"))
                    depth = 0
                    i += 1
                    break
                i += 1
                continue
            ch = text[i]
            if ch == "{":
                inner = _ICU_HEAD.match(text, i)
                if inner:  # nested select inside a branch: handled by the outer loop later
                    depth += 1
                    spans.append(Span(inner.start(), inner.end(), "icu"))
                    i = inner.end()
                    continue
                close = text.find("}", i)
                if close == -1:
                    break
                spans.append(Span(i, close + 1, "placeholder"))
                i = close + 1
                continue
            if ch == "}":
                spans.append(Span(i, i + 1, "icu"))
                depth -= 1
            elif ch == "#" and depth >= 2:
                spans.append(Span(i, i + 1, "icu"))
            i += 1
        pos = max(i, m.end())


def protected_spans(text: str) -> list[Span]:
    """All protected spans of `text`, sorted and non-overlapping."""
    if not any(c in text for c in "{}%$<&@:/[0123456789w"):
        return []
    spans = _icu_spans(text) if "{" in text else []
    taken = [False] * len(text) if spans else None
    if taken is not None:
        for s in spans:
            for i in range(s.start, s.end):
                taken[i] = True
    for m in _SIMPLE.finditer(text):
        if taken is not None and any(taken[m.start():m.end()]):
            continue
        spans.append(Span(m.start(), m.end(), m.lastgroup or "placeholder"))
    spans.sort()
    return spans
