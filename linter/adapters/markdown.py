"""Markdown help pages and docs: prose only, one TextUnit per paragraph, list item, heading or table cell.

No Markdown library: a line-based block scanner (front matter, blockquotes, list items, fenced and indented
code, ATX/setext headings, thematic breaks, GFM tables, HTML comments and raw <script>/<pre>/<style> blocks,
link reference definitions) plus an inline scanner. A renderer such as markdown-it-py would give line maps but no
per-character source offsets, and the map from every visible character back to the file is the whole point
here; the subset below is small enough to scan exactly.

The inline scanner keeps what a reader sees and drops what they do not: code spans, autolinks and bare URLs,
link targets and reference labels (the link text stays), raw HTML tags and comments, emphasis delimiters,
backslashes of escapes, a trailing hard-break backslash. Entities (&amp; &#1488;) are decoded and map to their
'&'. Lines of a block are joined with "\\n", mapped to the line break. Every kept character maps to the file
offset it came from, so `offsets` simply jumps over what was dropped.

Suppressions: `<!-- bahir: ignore -->` / `<!-- bahir: ignore=CODE,CODE -->` applies to the next block;
`<!-- bahir-disable [CODE,…] -->` … `<!-- bahir-enable [CODE,…] -->` to every block in between. The codes go
into context["suppress"] ("*" for all). context["block"] names the block type. key is None.
"""
from __future__ import annotations

import html
import re

from .. import suppress as inline_directives
from ..model import SourceFile, TextUnit

NAME = "markdown"
PATTERNS = ("*.md", "*.markdown")


def escape(text: str, unit: TextUnit | None = None) -> str:
    """Prose is written back as is (the fixer verifies the slice, so escaped markup is never overwritten)."""
    return text


_LIST_MARKER = re.compile(r"([-*+]|\d{1,9}[.)])(?=[ \t]|$)")
_ATX = re.compile(r"#{1,6}(?=[ \t]|$)")
_ATX_CLOSE = re.compile(r"[ \t]+#+[ \t]*$|^#+[ \t]*$")
_HR = re.compile(r"(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_SETEXT = re.compile(r"(?:=+|-+)[ \t]*$")
_FENCE = re.compile(r"(`{3,}|~{3,})(.*)$")
_RAW_HTML = re.compile(r"<(script|pre|style|textarea)(?=[\s>]|$)", re.IGNORECASE)
_LINK_DEF = re.compile(r"\[[^\]]+\]:[ \t]*\S")
_TABLE_DELIM = re.compile(r"\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_TASK = re.compile(r"\[[ xX]\][ \t]+")
_DISABLE = re.compile(r"bahir-(disable|enable)(?:\s+([A-Za-z0-9_,\- ]+))?")

_AUTOLINK = re.compile(r"<(?:[A-Za-z][A-Za-z0-9+.\-]{1,31}:[^<>\s]*|[^<>\s@]+@[^<>\s@]+)>")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9\-]*(?:\s+[^<>]*?)?/?>|<![A-Za-z][^>]*>|<\?.*?\?>", re.DOTALL)
_URL = re.compile(r"(?:https?://|ftp://|www\.)[^\s<>]*[^\s<>.,:;!?\"')\]}*_~]")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_PUNCT = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def _indent(s: str, i: int, end: int) -> tuple[int, int]:
    """(columns of leading white space, index of the first non-blank char); a tab advances to a multiple of 4."""
    col = 0
    while i < end and s[i] in " \t":
        col = col + 4 - col % 4 if s[i] == "\t" else col + 1
        i += 1
    return col, i


# ---------------------------------------------------------------- inline scanner

def _inline(s: str, segments: list[tuple[int, int, int]]) -> tuple[str, list[int]]:
    """Visible text and offsets of a block given as line segments (start, end, line-break offset)."""
    chars: list[str] = []
    offs: list[int] = []
    for n, (a, b, brk) in enumerate(segments):
        if n:
            chars.append("\n")
            offs.append(segments[n - 1][2])
        chars.extend(s[a:b])
        offs.extend(range(a, b))
    v = "".join(chars)
    end_off = segments[-1][1]

    # emphasis delimiter candidates: keep a lone one literally ("5 * 3", "snake_case")
    delims: dict[int, int] = {}   # start index -> run length to drop
    counts: dict[str, int] = {}
    for m in re.finditer(r"\*+|_+|~~+", v):
        i, j = m.span()
        prev = v[i - 1] if i else " "
        nxt = v[j] if j < len(v) else " "
        left = not nxt.isspace() and (nxt not in _PUNCT or prev.isspace() or prev in _PUNCT)
        right = not prev.isspace() and (prev not in _PUNCT or nxt.isspace() or nxt in _PUNCT)
        if m.group()[0] == "_" and left and right:
            continue  # intraword underscore
        if left or right:
            delims[i] = j - i
            counts[m.group()[0]] = counts.get(m.group()[0], 0) + 1
    delims = {i: k for i, k in delims.items() if counts[v[i]] > 1}

    out: list[str] = []
    out_offs: list[int] = []
    skip_to: dict[int, int] = {}  # "]" of a link -> index after its target
    i = 0
    n = len(v)
    while i < n:
        if i in skip_to:
            i = skip_to.pop(i)
            continue
        c = v[i]
        if c == "\\" and i + 1 < n and (v[i + 1] in _PUNCT or v[i + 1] == "\n"):
            if v[i + 1] != "\n":
                out.append(v[i + 1])
                out_offs.append(offs[i])
            i += 1 if v[i + 1] == "\n" else 2
            continue
        if c == "`":
            j = i
            while j < n and v[j] == "`":
                j += 1
            run = v[i:j]
            k = v.find(run, j)
            while k != -1 and (k + len(run) < n and v[k + len(run)] == "`" or v[k - 1] == "`"):
                k2 = k
                while k2 < n and v[k2] == "`":
                    k2 += 1
                k = v.find(run, k2)
            if k == -1:
                out.extend(run)
                out_offs.extend(offs[i:j])
                i = j
            else:
                i = k + len(run)  # code span: not prose
            continue
        if c == "<":
            if v.startswith("<!--", i):
                k = v.find("-->", i + 4)
                i = n if k == -1 else k + 3
                continue
            m = _AUTOLINK.match(v, i) or _TAG.match(v, i)
            if m:
                i = m.end()
                continue
        if c in "hHfFwW" and (i == 0 or not v[i - 1].isalnum()):
            m = _URL.match(v, i)
            if m:
                i = m.end()
                continue
        if c == "&":
            m = _ENTITY.match(v, i)
            if m:
                dec = html.unescape(m.group())
                if dec != m.group():
                    out.extend(dec)
                    out_offs.extend([offs[i]] * len(dec))
                    i = m.end()
                    continue
        if c == "[" or (c == "!" and v.startswith("[", i + 1)):
            o = i + 1 if c == "[" else i + 2
            close = _match_bracket(v, o - 1)
            if close != -1 and close + 1 < n and v[close + 1] in "([":
                target_end = _match_bracket(v, close + 1)
                if target_end != -1:
                    skip_to[close] = target_end + 1
                    i = o
                    continue
        if i in delims:
            i += delims[i]
            continue
        out.append(c)
        out_offs.append(offs[i])
        i += 1
    # trim white space the dropped markup left at the edges
    lo, hi = 0, len(out)
    while lo < hi and out[lo].isspace():
        lo += 1
    while hi > lo and out[hi - 1].isspace():
        hi -= 1
    text = "".join(out[lo:hi])
    omap = out_offs[lo:hi]
    omap.append(omap[-1] + 1 if omap else end_off)
    return text, omap


def _match_bracket(v: str, i: int) -> int:
    """Index of the bracket closing v[i] ('[' or '('), honouring nesting and backslash escapes; -1 if none."""
    open_c = v[i]
    close_c = "]" if open_c == "[" else ")"
    depth = 0
    j = i
    while j < len(v):
        ch = v[j]
        if ch == "\\":
            j += 2
            continue
        if ch == open_c:
            depth += 1
        elif ch == close_c:
            depth -= 1
            if depth == 0:
                return j
        elif ch == "\n" and j + 1 < len(v) and v[j + 1] == "\n":
            return -1
        j += 1
    return -1


def _split_cells(s: str, a: int, b: int) -> list[tuple[int, int]]:
    """Cell bounds of a table row s[a:b], split on '|' outside code spans and escapes."""
    cells: list[tuple[int, int]] = []
    i = a
    while i < b and s[i] in " \t":
        i += 1
    if i < b and s[i] == "|":
        i += 1
    start = i
    in_code = False
    while i < b:
        ch = s[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "`":
            in_code = not in_code
        elif ch == "|" and not in_code:
            cells.append((start, i))
            start = i + 1
        i += 1
    if s[start:b].strip():
        cells.append((start, b))
    trimmed = []
    for x, y in cells:
        while x < y and s[x] in " \t":
            x += 1
        while y > x and s[y - 1] in " \t":
            y -= 1
        trimmed.append((x, y))
    return trimmed


# ---------------------------------------------------------------- block scanner

def read(source: SourceFile) -> list[TextUnit]:
    s = source.text
    lines: list[tuple[int, int, int]] = []  # (start, end without line break, break offset)
    pos = 0
    n = len(s)
    while pos < n:
        nl = s.find("\n", pos)
        if nl == -1:
            nl = n
        end = nl - 1 if nl > pos and s[nl - 1] == "\r" else nl
        lines.append((pos, end, end))
        pos = nl + 1

    units: list[TextUnit] = []
    pending: set[str] = set()       # bahir: ignore for the next block
    disabled: set[str] = set()      # bahir-disable ranges
    para: list[tuple[int, int, int]] = []
    para_kind = "paragraph"
    para_depth = 0
    list_stack: list[int] = []

    def suppress() -> list[str] | None:
        codes = pending | disabled
        if not codes:
            return None
        return ["*"] if "*" in codes else sorted(codes)

    def emit(segments: list[tuple[int, int, int]], block: str, sup: list[str] | None) -> None:
        text, offs = _inline(s, segments)
        if not text:
            return
        linear = offs[-1] - offs[0] == len(text)
        ctx: dict = {"block": block}
        if sup:
            ctx["suppress"] = sup
        units.append(TextUnit(text=text, path=source.path, key=None, start=offs[0],
                              offsets=None if linear else offs, context=ctx, source=source))

    def flush() -> None:
        nonlocal para, para_kind
        if para:
            emit(para, para_kind, suppress())
            pending.clear()
        para = []
        para_kind = "paragraph"

    def directives(comment: str) -> None:
        for m in inline_directives.IGNORE.finditer(comment):
            pending.update(inline_directives.codes(m.group(1)))
        for m in _DISABLE.finditer(comment):
            codes = inline_directives.codes(m.group(2))
            if m.group(1) == "disable":
                disabled.update(codes)
            elif "*" in codes:
                disabled.clear()
            else:
                disabled.difference_update(codes)

    li = 0
    # front matter
    if lines and s[lines[0][0]:lines[0][1]].rstrip() == "---":
        for k in range(1, len(lines)):
            if s[lines[k][0]:lines[k][1]].rstrip() in ("---", "..."):
                li = k + 1
                break

    fence: tuple[str, int] | None = None
    comment_start: int | None = None
    raw_end: re.Pattern | None = None
    table = False
    while li < len(lines):
        a, e, brk = lines[li]
        li += 1
        line = s[a:e]
        if comment_start is not None:
            k = line.find("-->")
            if k != -1:
                directives(s[comment_start:a + k])
                comment_start = None
            continue
        if raw_end is not None:
            if raw_end.search(line):
                raw_end = None
            continue
        # blockquote markers
        p = a
        depth = 0
        while True:
            col, q = _indent(s, p, e)
            if col <= 3 and q < e and s[q] == ">":
                p = q + 1
                if p < e and s[p] == " ":
                    p += 1
                depth += 1
            else:
                break
        if fence is not None:
            m = _FENCE.match(s, q, e)
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= fence[1] and not m.group(2).strip():
                fence = None
            continue
        col, q = _indent(s, p, e)
        if q >= e:  # blank line
            flush()
            if table:
                table = False
                pending.clear()
            continue
        rest = s[q:e]
        base = list_stack[-1] if list_stack else 0
        lazy = bool(para) and para_kind != "heading" and not table
        if lazy and para_kind != "list_item" and depth == para_depth and 0 <= col - base <= 3 \
                and _SETEXT.match(rest):
            para_kind = "heading"  # setext underline
            flush()
            continue
        marker = _LIST_MARKER.match(rest)
        interrupts = marker and col < base + 4 and (
            para_kind == "list_item" or marker.group(1) in ("1.", "1)") or not marker.group(1)[0].isdigit()) \
            and (para_kind == "list_item" or rest[marker.end():].strip())
        starts_block = bool(
            _ATX.match(rest) or _FENCE.match(rest) or _HR.match(rest) or rest.startswith("<!--")
            or interrupts or (depth > para_depth))
        if lazy and para_depth and depth < para_depth and not starts_block:
            depth = para_depth  # lazy continuation of a quoted paragraph
        if lazy and not starts_block and depth == para_depth:
            para.append((q, e - (len(rest) - len(rest.rstrip())), brk))
            continue
        if para and (starts_block or depth != para_depth):
            flush()
        while list_stack and col < list_stack[-1]:
            list_stack.pop()
        base = list_stack[-1] if list_stack else 0
        rel = col - base
        if table and "|" in rest:
            for x, y in _split_cells(s, q, e):
                emit([(x, y, y)], "table_cell", suppress())
            continue
        if table:
            table = False
            pending.clear()
        if rel >= 4 and not para:
            continue  # indented code
        if _HR.match(rest):
            flush()
            continue
        if marker:
            flush()
            after = q + marker.end()
            sp_col, content = _indent(s, after, e)
            width = col + marker.end() + (sp_col if 1 <= sp_col <= 4 and content < e else 1)
            list_stack.append(width)
            m = _TASK.match(s, content, e)
            if m:
                content = m.end()
            para_kind = "list_item"
            para_depth = depth
            if content < e:
                para.append((content, e - (len(s[content:e]) - len(s[content:e].rstrip())), brk))
            continue
        m = _FENCE.match(rest)
        if m and not (m.group(1)[0] == "`" and "`" in m.group(2)):
            flush()
            fence = (m.group(1)[0], len(m.group(1)))
            continue
        if _ATX.match(rest):
            flush()
            h = _ATX.match(rest).end()
            body = rest[h:]
            close = _ATX_CLOSE.search(body)
            body_end = q + h + (close.start() if close else len(body.rstrip()))
            x = q + h
            while x < body_end and s[x] in " \t":
                x += 1
            if x < body_end:
                emit([(x, body_end, brk)], "heading", suppress())
            pending.clear()
            continue
        if rest.startswith("<!--"):
            flush()
            k = s.find("-->", q + 4, e)
            if k == -1:
                comment_start = q + 4
            else:
                directives(s[q + 4:k])
            continue
        if _RAW_HTML.match(rest):
            flush()
            tag = _RAW_HTML.match(rest).group(1)
            closer = re.compile(rf"</{tag}\s*>", re.IGNORECASE)
            if not closer.search(rest):
                raw_end = closer
            continue
        if not para and _LINK_DEF.match(rest):
            continue
        if not para and "|" in rest and li < len(lines):
            na, ne, _ = lines[li]
            nxt = s[na:ne]
            for _ in range(depth):  # the delimiter row sits in the same blockquote
                nxt = re.sub(r"^ {0,3}> ?", "", nxt)
            if "|" in nxt and _TABLE_DELIM.match(nxt.strip()) and "-" in nxt:
                sup = suppress()
                for x, y in _split_cells(s, q, e):
                    emit([(x, y, y)], "table_cell", sup)
                li += 1
                table = True
                continue
        if not para:
            para_depth = depth
            para_kind = "paragraph" if depth == 0 else "blockquote"
        para.append((q, e - (len(rest) - len(rest.rstrip())), brk))
    flush()
    return units
