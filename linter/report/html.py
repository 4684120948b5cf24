"""Render an audit as one self-contained HTML page: inline CSS, inline SVG, a little inline JavaScript.

Nothing is fetched: the page is opened from a CI artifact, an e-mail or a laptop on a train. Every string that
came from a user's file is escaped, marked `dir="auto"` (or `dir="rtl"` when it starts in Hebrew) and ids and
names sit in `<bdi>`, so Hebrew and English mix without the punctuation jumping around.
"""
from __future__ import annotations

import re
from collections import Counter
from html import escape

from ..model import CATEGORIES, LEVEL_RANK, Finding
from . import assets
from .collect import Audit, FileAudit
from .layout import GAP_X, NODE_H, NODE_W, Layout, layout
from .model import ConversationView, FlowView, NodeView, build
from .text import CATEGORY_NAMES, UI, ui_lang

_HEB = re.compile("[\u0590-\u05ff]")
_STRONG = re.compile("[A-Za-z\u00c0-\u024f\u0590-\u05ff\u0600-\u06ff]")
EDGE_LABELS_UP_TO = 80       # above this many states, edge labels would be clutter: they stay in tooltips


# ------------------------------------------------------------------------------------------------ small helpers
def esc(text: object) -> str:
    return escape(str(text), quote=True)


def text_dir(text: str) -> str:
    """'rtl' when the first strong letter is Hebrew, else 'auto' (what the browser would pick, made explicit)."""
    m = _STRONG.search(text or "")
    return "rtl" if m and _HEB.match(m.group(0)) else "auto"


def t_span(text: str, tag: str = "span", cls: str = "") -> str:
    """User text in its own direction."""
    c = f' class="{cls}"' if cls else ""
    return f'<{tag}{c} dir="{text_dir(text)}">{esc(text)}</{tag}>'


def bdi(text: str) -> str:
    return f'<bdi dir="{text_dir(text)}">{esc(text)}</bdi>'


def short(text: str, n: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1] + "…"


class Page:
    """Render state shared by the helpers: the UI language and counters for unique ids."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.ui = UI[lang]

    def t(self, key: str, **kw) -> str:
        return self.ui[key].format(**kw)

    def cat(self, category: str) -> str:
        return CATEGORY_NAMES[self.lang].get(category, category)

    def turns(self, n: int) -> str:
        return self.t("turn_one" if n == 1 else "turns", n=n)


# ------------------------------------------------------------------------------------------------ the page
def render(audit: Audit, title: str | None = None, lang: str | None = None, version: str = "") -> str:
    views = sorted((build(f) for f in audit.flows), key=lambda v: not v.nodes)   # pictures first
    page = Page(ui_lang(lang, views, audit))
    title = title or page.t("title")
    parts = [_head(page, title), "<body>", _header(page, title, views, audit, version), _toc(page, views, audit),
             "<main>"]
    parts += [_flow_section(page, v, i) for i, v in enumerate(views)]
    parts += [_files_section(page, audit.files)] if audit.files else []
    parts += [_errors_section(page, audit)] if audit.errors else []
    parts += ["</main>", f'<footer dir="auto">{esc(page.t("footer", version=version))}</footer>',
              f"<script>{assets.JS}</script>", "</body></html>"]
    return "\n".join(parts)


def _head(page: Page, title: str) -> str:
    direction = "rtl" if page.lang == "he" else "ltr"
    return (f'<!DOCTYPE html>\n<html lang="{page.lang}" dir="{direction}">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<meta name="generator" content="bahir">\n'
            f"<title>{esc(title)}</title>\n<style>{assets.CSS}{assets.category_css()}</style>\n</head>")


def _all_findings(views: list[FlowView], audit: Audit) -> list[Finding]:
    return [f for v in views for f in v.findings] + [f for fa in audit.files for f in fa.findings]


def _header(page: Page, title: str, views: list[FlowView], audit: Audit, version: str) -> str:
    found = _all_findings(views, audit)
    sev = Counter(f.severity for f in found)
    sub = page.t("sub", flows=len(views), files=len(audit.files), version=version)
    cards = [_card(len(found), page.t("findings"), " · ".join(
        f"{sev[s]} {page.t(s)}" for s in sorted(sev, key=lambda s: -LEVEL_RANK[s])), alert=sev["error"] > 0)]
    far = _farthest(views)
    if far is not None:
        i, v = far
        state = v.nodes[v.longest[0]]
        cards.append(
            f'<div class="card far" id="worst-distance"><div class="num">{esc(page.turns(v.longest[1]))}</div>'
            f'<div class="lbl">{esc(page.t("worst_distance"))}: <a href="#flow-{i}" data-goto-flow="flow-{i}" '
            f'data-goto-node="{_nid(v, state.id)}">{bdi(state.label)}</a></div></div>')
    nohuman = sum(v.no_human for v in views)
    if views:
        cards.append(_card(nohuman, page.t("no_human_states"), "", alert=nohuman > 0))
    unknown = sum(len(v.unknown) for v in views)
    if unknown:
        cards.append(_card(unknown, page.t("cannot_tell"), page.t("custom_code")))
    if audit.errors:
        cards.append(_card(len(audit.errors), page.t("errors"), "", alert=True))
    return (f'<header class="top"><h1 dir="{text_dir(title)}">{esc(title)}</h1>'
            f'<p class="sub" dir="auto">{esc(sub)}</p><div class="cards">{"".join(cards)}</div>'
            f"{_chips(page, found)}</header>")


def _card(num: int, label: str, detail: str, alert: bool = False) -> str:
    det = f'<div class="lbl">{esc(detail)}</div>' if detail else ""
    return (f'<div class="card{" alert" if alert else ""}"><div class="num">{num}</div>'
            f'<div class="lbl">{esc(label)}</div>{det}</div>')


def _chips(page: Page, found: list[Finding]) -> str:
    """Counts by category; each chip also switches its category off and on (the filter)."""
    counts = Counter(f.category for f in found)
    if not counts:
        return ""
    chips = [f'<button type="button" class="chip cat-{esc(c)}" data-cat="{esc(c)}" aria-pressed="true">'
             f'<span class="dot"></span>{esc(page.cat(c))} <b>{counts[c]}</b></button>'
             for c in sorted(counts, key=lambda c: (CATEGORIES.index(c) if c in CATEGORIES else 99))]
    return (f'<div class="chips" id="filter"><span class="hint">{esc(page.t("filter"))}</span>{"".join(chips)}'
            f'<button type="button" class="plain" data-filter="all">{esc(page.t("show_all"))}</button></div>')


def _farthest(views: list[FlowView]) -> tuple[int, FlowView] | None:
    best = [(v.longest[1], -i, i, v) for i, v in enumerate(views) if v.longest and v.longest[0] in v.nodes]
    if not best:
        return None
    _, _, i, v = max(best, key=lambda b: (b[0], b[1]))
    return i, v


def _toc(page: Page, views: list[FlowView], audit: Audit) -> str:
    if len(views) + len(audit.files) <= 1:
        return ""
    links = [f'<a href="#flow-{i}">{bdi(v.path)}</a>' for i, v in enumerate(views)]
    if audit.files:
        links.append(f'<a href="#files">{esc(page.t("catalogs"))} ({len(audit.files)})</a>')
    return f'<nav class="toc">{"".join(links)}</nav>'


# ------------------------------------------------------------------------------------------------ one flow
def _nid(view: FlowView, state_id: str) -> str:
    """A short DOM-safe id for a state (state ids may hold any character); the real id is in data-id."""
    if not hasattr(view, "_dom"):
        view._dom = {nid: f"n{k}" for k, nid in enumerate(view.nodes)}  # type: ignore[attr-defined]
    return view._dom.get(state_id, "")  # type: ignore[attr-defined]


def _flow_section(page: Page, view: FlowView, idx: int) -> str:
    sid = f"flow-{idx}"
    head = _flow_head(page, view, sid)
    body = ""
    if view.nodes:
        body = (f'<div class="flow-body">{_graph_pane(page, view, sid)}'
                f'<aside class="findings-pane">{_findings_pane(page, view)}</aside></div>')
    elif not view.conversations:
        pane = _findings_pane(page, view)
        body = f'<div class="flow-body"><div></div><aside class="findings-pane">{pane}</aside></div>'
    convs = _conversations(page, view) if view.conversations else ""
    if convs and not view.nodes and (view.loose or view.unknown):
        convs += f'<div class="convs">{_findings_pane(page, view)}</div>'
    return f'<section class="flow" id="{sid}" data-lang="{esc(view.lang)}">{head}{body}{convs}</section>'


def _flow_head(page: Page, view: FlowView, sid: str) -> str:
    facts = []
    if view.total_states:
        facts.append(f'<span>{esc(page.t("states"))}: <b>{view.total_states}</b></span>')
    facts.append(f'<span>{esc(page.t("findings"))}: <b>{len(view.findings)}</b></span>')
    if view.longest:
        state = view.nodes.get(view.longest[0])
        name = bdi(state.label) if state else ""
        facts.append(f'<span>{esc(page.t("worst_distance"))}: <b>{esc(page.turns(view.longest[1]))}</b> '
                     f"({name})</span>")
    elif view.nodes:
        facts.append(f'<span><b>{esc(page.t("no_handoff"))}</b></span>')
    if view.no_human:
        facts.append(f'<span>{esc(page.t("no_human_states"))}: <b>{view.no_human}</b></span>')
    if view.conversations:
        facts.append(f'<span>{esc(page.t("conversations"))}: <b>{len(view.conversations)}</b></span>')
    return (f'<div class="sec-head"><h2>{bdi(view.path)}</h2><span class="fmt">{esc(view.fmt)}</span>'
            f'<span class="facts">{"".join(facts)}</span></div>')


def _graph_pane(page: Page, view: FlowView, sid: str) -> str:
    lay = layout(list(view.nodes), [(e.src, e.dst) for e in view.edges], view.roots)
    note = ""
    if len(view.nodes) < view.total_states:
        note = f'<span class="note">{esc(page.t("shrunk", shown=len(view.nodes), total=view.total_states))}</span>'
    tools = (f'<div class="graph-tools"><button type="button" data-zoom="out" title="{esc(page.t("zoom_out"))}">−'
             f'</button><button type="button" data-zoom="in" title="{esc(page.t("zoom_in"))}">+</button>'
             f'<button type="button" data-zoom="fit" title="{esc(page.t("fit"))}">⤢</button>'
             f'<span class="zoom-level">100%</span><span>{esc(page.t("click_hint"))}</span>{note}</div>')
    return (f'<div class="graph-pane">{tools}<div class="graph-scroll">{_svg(page, view, lay, sid)}</div>'
            f"{_legend(page, view)}</div>")


def _legend(page: Page, view: FlowView) -> str:
    cats = sorted({n.category for n in view.nodes.values() if n.category},
                  key=lambda c: CATEGORIES.index(c) if c in CATEGORIES else 99)
    items = [f'<span class="cat-{esc(c)}"><span class="sw" style="background:var(--c)"></span>{esc(page.cat(c))}'
             "</span>" for c in cats]
    items += [
        f'<span><span class="sw" style="background:#ebfbee;border:2px solid var(--human)"></span>'
        f'{esc(page.t("lg_handoff"))}</span>',
        f'<span><span class="ln" style="border-color:var(--human)"></span>{esc(page.t("lg_path"))}</span>',
        f'<span><span class="ln" style="border-color:var(--hl);border-top-width:8px;vertical-align:1px"></span>'
        f'{esc(page.t("lg_longest"))}</span>',
        f'<span><span class="sw" style="background:#fff;border:2px solid #e03131;border-radius:50%;width:12px">'
        f'</span>{esc(page.t("lg_nohuman"))}</span>',
        f'<span><span class="sw" style="background:#f1f3f5;border:2px dashed var(--unknown)"></span>'
        f'{esc(page.t("lg_unknown"))}</span>',
        f'<span><span class="ln" style="border-top-style:dashed;border-color:#a3acba"></span>'
        f'{esc(page.t("lg_fallback"))}</span>',
        f'<span><span class="ln" style="border-color:#e8590c"></span>{esc(page.t("lg_failure"))}</span>',
    ]
    return f'<div class="legend">{"".join(items)}</div>'


# ------------------------------------------------------------------------------------------------ the SVG
def _svg(page: Page, view: FlowView, lay: Layout, sid: str) -> str:
    w, h = int(lay.width + 60), int(lay.height)
    marks = "".join(
        f'<marker id="{sid}-{name}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="10" markerHeight="10" '
        'markerUnits="userSpaceOnUse" '
        f'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="{col}"/></marker>'
        for name, col in (("a", "#a3acba"), ("h", assets.HUMAN), ("f", "#e8590c")))
    routes = _routes(view, lay)
    halos = "".join(f'<path class="halo" d="{d}"/>' for e, d, _ in routes if "longest" in e.classes)
    edges = "".join(_edge_svg(view, e, d, sid) for e, d, _ in routes)
    labels = "" if len(view.nodes) > EDGE_LABELS_UP_TO else "".join(
        _edge_label(e, mid) for e, _, mid in routes if e.labels and "self" not in e.classes)
    nodes = "".join(_node_svg(page, view, view.nodes[n], lay.pos[n]) for n in view.nodes)
    aria = esc(page.t("graph_aria", path=view.path))
    return (f'<svg class="graph" xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}"'
            f' role="img" aria-label="{aria}"><defs>{marks}</defs><g class="halos">{halos}</g>'
            f'<g class="edges">{edges}</g><g class="labels">{labels}</g><g class="nodes">{nodes}</g></svg>')


def _edge_svg(view: FlowView, e, d: str, sid: str) -> str:
    arrow = "h" if "to-human" in e.classes else "f" if "failure" in e.classes else "a"
    cls = " ".join(["edge"] + sorted(e.classes))
    tip = f"{view.nodes[e.src].label} → {view.nodes[e.dst].label}"
    if e.labels:
        tip += f" ({', '.join(e.labels)})"
    return (f'<path class="{esc(cls)}" d="{d}" marker-end="url(#{sid}-{arrow})" data-src="{_nid(view, e.src)}" '
            f'data-dst="{_nid(view, e.dst)}"><title>{esc(tip)}</title></path>')


def _edge_label(e, mid: tuple[float, float]) -> str:
    text = short(e.labels[0], 18) + (f" +{len(e.labels) - 1}" if len(e.labels) > 1 else "")
    return (f'<text class="elabel" x="{mid[0]:.1f}" y="{mid[1]:.1f}" text-anchor="middle" '
            f'direction="{"rtl" if text_dir(text) == "rtl" else "ltr"}">{esc(text)}</text>')


def _routes(view: FlowView, lay: Layout) -> list[tuple[object, str, tuple[float, float]]]:
    """A cubic curve per edge: downward edges leave the bottom and enter the top (ports spread so parallel edges
    do not overlap); edges back up or sideways go around the side, bulging more the further they climb."""
    down_out: dict[str, list] = {}
    down_in: dict[str, list] = {}
    for e in view.edges:
        if lay.pos[e.dst][1] > lay.pos[e.src][1]:
            down_out.setdefault(e.src, []).append(e)
            down_in.setdefault(e.dst, []).append(e)
    port: dict[tuple[int, str], float] = {}
    for side, groups, other in (("o", down_out, "dst"), ("i", down_in, "src")):
        for nid, es in groups.items():
            es.sort(key=lambda e: lay.pos[getattr(e, other)][0])
            for k, e in enumerate(es):
                port[(id(e), side)] = NODE_W * (0.5 if len(es) == 1 else 0.2 + 0.6 * k / (len(es) - 1))
    return [_route(e, lay, port) for e in view.edges]


def _route(e, lay: Layout, port: dict) -> tuple[object, str, tuple[float, float]]:
    (sx, sy), (tx, ty) = lay.pos[e.src], lay.pos[e.dst]
    if e.src == e.dst:
        x, y = sx + NODE_W, sy
        return e, (f"M{x:.1f},{y + 14:.1f} C{x + 44:.1f},{y - 8:.1f} {x + 44:.1f},{y + NODE_H + 8:.1f} "
                   f"{x + 1:.1f},{y + NODE_H - 14:.1f}"), (x + 34, y + NODE_H / 2)
    if ty > sy:
        x1, y1 = sx + port[(id(e), "o")], sy + NODE_H
        x2, y2 = tx + port[(id(e), "i")], ty - 2
        dy = (y2 - y1) / 2
        p1, p2 = (x1, y1 + dy), (x2, y2 - dy)
    elif abs(ty - sy) < 1:
        return _same_row(e, sx, sy, tx)
    else:
        right = tx + NODE_W / 2 >= sx + NODE_W / 2
        x1 = sx + (NODE_W if right else 0)
        x2 = tx + (NODE_W + 2 if right else -2)
        y1, y2 = sy + NODE_H / 2, ty + NODE_H / 2
        bulge = min(220, 50 + 0.22 * abs(y1 - y2)) * (1 if right else -1)
        p1, p2 = (x1 + bulge, y1), (x2 + bulge, y2)
    mid = ((x1 + 3 * p1[0] + 3 * p2[0] + x2) / 8, (y1 + 3 * p1[1] + 3 * p2[1] + y2) / 8 + 3)
    d = f"M{x1:.1f},{y1:.1f} C{p1[0]:.1f},{p1[1]:.1f} {p2[0]:.1f},{p2[1]:.1f} {x2:.1f},{y2:.1f}"
    return e, d, mid


def _same_row(e, sx: float, sy: float, tx: float) -> tuple[object, str, tuple[float, float]]:
    """Neighbours in a row: a short straight link between facing sides; farther apart: an arc under the row."""
    left = tx < sx
    if abs(tx - sx) <= NODE_W + GAP_X + 1:
        x1, x2 = (sx, tx + NODE_W + 2) if left else (sx + NODE_W, tx - 2)
        y = sy + NODE_H / 2
        return e, f"M{x1:.1f},{y:.1f} L{x2:.1f},{y:.1f}", ((x1 + x2) / 2, y - 5)
    x1, x2 = sx + NODE_W * (0.3 if left else 0.7), tx + NODE_W * (0.7 if left else 0.3)
    y = sy + NODE_H
    dip = min(60.0, 24 + 0.08 * abs(x2 - x1))
    d = f"M{x1:.1f},{y:.1f} C{x1:.1f},{y + dip:.1f} {x2:.1f},{y + dip:.1f} {x2:.1f},{y + 2:.1f}"
    return e, d, ((x1 + x2) / 2, y + dip * 0.75 + 3)


def _node_classes(n: NodeView) -> str:
    cls = ["node", f"kind-{n.kind}"]
    if n.category:
        cls += [f"cat-{n.category}", f"sev-{n.severity}"]
    flags = {"start": n.start, "handoff": n.handoff, "no-human": n.no_human, "longest": n.longest,
             "unreachable": not n.reachable, "end": n.id == "END", "missing": n.kind == "missing",
             "unknown": bool(n.unknown) and not n.findings, "maybe": n.maybe_human and not n.findings}
    return " ".join(cls + [k for k, v in flags.items() if v])


def _node_svg(page: Page, view: FlowView, n: NodeView, pos: tuple[float, float]) -> str:
    x, y = pos
    label = page.t("end") if n.id == "END" else n.label
    meta = _node_meta(page, n)
    direction = ' direction="rtl"' if text_dir(label) == "rtl" else ""
    tip = f"{label}\n{meta}" + (f"\n{len(n.findings)} {page.t('findings')}" if n.findings else "")
    if n.says:
        tip += f"\n“{short(n.says, 240)}”"
    parts = [f'<g class="{_node_classes(n)}" data-id="{esc(n.id)}" data-category="{esc(n.category)}" '
             f'data-node="{_nid(view, n.id)}" transform="translate({x},{y})" tabindex="0" role="button" '
             f'aria-label="{esc(short(tip, 200))}"><title>{esc(tip)}</title>',
             f'<rect class="ring" x="-3" y="-3" width="{NODE_W + 6}" height="{NODE_H + 6}" rx="12"/>'
             if n.longest else "",
             f'<rect class="box" width="{NODE_W}" height="{NODE_H}" rx="10"/>',
             f'<rect class="accent" x="1" y="1" width="6" height="{NODE_H - 2}" rx="3"/>',
             f'<text class="label" x="{NODE_W / 2 + 3}" y="21" text-anchor="middle"{direction}>{esc(short(label, 22))}'
             "</text>",
             "" if n.longest else
             f'<text class="meta" x="{NODE_W / 2 + 3}" y="38" text-anchor="middle">{esc(short(meta, 30))}</text>']
    parts += _badges(page, n)
    parts.append("</g>")
    return "".join(parts)


def _node_meta(page: Page, n: NodeView) -> str:
    if n.id == "END":
        return ""
    if n.handoff:
        return page.t("lg_handoff")
    if n.kind == "missing":
        return page.t("missing")
    if n.no_human:
        return page.t("no_person")
    if n.maybe_human:
        return page.t("custom_code")
    if n.dist is not None and n.reachable:
        return page.t("person_in", turns=page.turns(n.dist))
    return page.t("kind_" + n.kind) if "kind_" + n.kind in page.ui else n.kind


def _badges(page: Page, n: NodeView) -> list[str]:
    out = []
    if n.findings:
        out.append(f'<g class="count" transform="translate({NODE_W - 2},2)"><circle r="10"/>'
                   f'<text text-anchor="middle" y="4">{len(n.findings)}</text></g>')
    if n.no_human:
        out.append('<g class="badge-nohuman" transform="translate(2,2)"><circle r="8"/>'
                   '<path d="M-5.5,5.5 L5.5,-5.5"/></g>')
    if n.unknown:
        out.append('<g class="badge-unknown" transform="translate(18,2)"><circle r="8"/>'
                   '<text text-anchor="middle" y="4">?</text></g>')
    if n.start:
        out.append(_pill(page.t("start"), 16, -17, "start"))
    if n.handoff:
        out.append(_pill(page.t("person"), NODE_W - 64, -17, "human"))
    if n.longest:
        out.append(_longest_marker(page, n))
    if n.hidden_links:
        out.append(f'<text class="meta" x="{NODE_W - 4}" y="{NODE_H + 14}" text-anchor="end">'
                   f"+{n.hidden_links}</text>")
    return out


def _longest_marker(page: Page, n: NodeView) -> str:
    """Inside the box (a yellow strip in place of the second line), so it never sits on an edge or its label."""
    text = page.t("farthest", turns=page.turns(n.dist or 0))
    return (f'<g class="longest-marker" data-turns="{n.dist or 0}"><rect x="8" y="{NODE_H - 22}" '
            f'width="{NODE_W - 12}" height="18" rx="6"/><text x="{NODE_W / 2 + 3}" y="{NODE_H - 9}" '
            f'text-anchor="middle">{esc(short(text, 32))}</text></g>')


def _pill(text: str, x: float, y: float, cls: str) -> str:
    width = 14 + 6.4 * len(text)
    return (f'<g class="pill {cls}" transform="translate({x},{y})"><rect width="{width:.1f}" height="15" rx="7.5"/>'
            f'<text x="{width / 2:.1f}" y="11" text-anchor="middle">{esc(text.upper())}</text></g>')


# ------------------------------------------------------------------------------------------------ findings list
def _findings_pane(page: Page, view: FlowView) -> str:
    groups = sorted((n for n in view.nodes.values() if n.findings),
                    key=lambda n: (-LEVEL_RANK.get(n.severity, 0), -len(n.findings), _nid(view, n.id)))
    parts = [_group(page, view, n) for n in groups]
    if view.loose:
        parts.append(_loose_group(page, view))
    if not parts:
        parts.append(f'<p class="empty">{esc(page.t("no_findings"))}</p>')
    if view.unknown:
        parts.append(_unknowns(page, view))
    return "".join(parts)


def _group(page: Page, view: FlowView, n: NodeView) -> str:
    cat = f" cat-{esc(n.category)}" if n.category else ""
    meta = _node_meta(page, n)
    items = "".join(_finding(page, view.findings[i]) for i in n.findings)
    label = page.t("end") if n.id == "END" else n.label
    return (f'<section class="group{cat}" data-node="{_nid(view, n.id)}" data-id="{esc(n.id)}">'
            f'<button type="button" class="group-head"><span class="dot"></span>{bdi(label)}'
            f'<span class="gmeta" dir="auto">{esc(meta)}</span><span class="n">{len(n.findings)}</span></button>'
            f"<ul>{items}</ul></section>")


def _loose_group(page: Page, view: FlowView) -> str:
    items = "".join(_finding(page, view.findings[i]) for i in view.loose)
    return (f'<section class="group" data-node=""><div class="group-head"><span>{esc(page.t("whole_flow"))}</span>'
            f'<span class="n">{len(view.loose)}</span></div><ul>{items}</ul></section>')


def _finding(page: Page, f: Finding) -> str:
    quote = ""
    if f.text:
        quote = f'<p class="quote">“<q dir="{text_dir(f.text)}">{esc(short(f.text, 160))}</q>”</p>'
    sugg = ""
    if f.suggestions:
        sugg = (f'<p class="sugg">→ ' + " · ".join(t_span(short(s, 160)) for s in f.suggestions[:3]) + "</p>")
    where = f"{f.path}:{f.line}" if f.line else f.path
    key = f" · {bdi(f.key)}" if f.key else ""
    return (f'<li class="finding cat-{esc(f.category)}" data-category="{esc(f.category)}" '
            f'data-severity="{esc(f.severity)}">'
            f'<div class="f-head"><code class="rule">{esc(f.rule)}</code><span class="chip cat-{esc(f.category)}">'
            f'<span class="dot"></span>{esc(page.cat(f.category))}</span><span class="sev sev-{esc(f.severity)}">'
            f'{esc(page.t(f.severity))}</span></div>{t_span(f.message, "p", "msg")}{quote}{sugg}'
            f'<p class="where">{bdi(where)}{key}</p></li>')


def _unknowns(page: Page, view: FlowView) -> str:
    items = "".join(f'<li>{t_span(f.message)} <span class="where">{esc(f.rule)} · {bdi(f.key or f.path)}</span></li>'
                    for f in view.unknown)
    return (f'<section class="unknowns"><h3 dir="auto">{esc(page.t("cannot_tell"))} '
            f'({esc(page.t("custom_code"))})</h3><ul>{items}</ul></section>')


# ------------------------------------------------------------------------------------------------ transcripts
def _conversations(page: Page, view: FlowView) -> str:
    heads = ["conversation", "requests", "honored", "deflected", "ignored", "false_claims", ""]
    rows = "".join(_conv_row(page, c, view) for c in view.conversations)
    th = "".join(f"<th>{esc(page.t(h)) if h else ''}</th>" for h in heads)
    return (f'<div class="convs"><h3>{esc(page.t("grading"))}</h3><table class="conversations">'
            f"<thead><tr>{th}</tr></thead><tbody>{rows}</tbody></table></div>")


def _conv_row(page: Page, c: ConversationView, view: FlowView) -> str:
    def num(key: str, bad: bool | None) -> str:
        v = c.counts.get(key, 0)
        cls = "num" + ((" bad" if bad else " good") if v and bad is not None else "")
        return f'<td class="{cls}">{v}</td>'

    turns = "".join(
        f'<div class="turn"><span class="role">{esc(page.t("role_" + role) if "role_" + role in page.ui else role)}'
        f'</span>{t_span(short(text, 400))}'
        + (f'<span class="v v-{verdict}">{esc(page.t(verdict))}</span>' if verdict else "") + "</div>"
        for role, text, verdict in c.turns[:80])
    found = "".join(_finding(page, view.findings[i]) for i in c.findings)
    found = f'<ul class="conv-findings">{found}</ul>' if found else ""
    details = f'<details class="turns"><summary>{esc(page.t("show_turns"))}</summary>{turns}{found}</details>'
    return (f'<tr class="conv" data-badness="{c.badness}"><td>{bdi(c.id)}</td>{num("requests", None)}'
            f'{num("honored", False)}{num("deflected", True)}{num("ignored", True)}{num("false_claims", True)}'
            f"<td>{details}</td></tr>")


# ------------------------------------------------------------------------------------------------ catalogs, errors
def _files_section(page: Page, files: list[FileAudit]) -> str:
    with_findings = [fa for fa in files if fa.findings]
    clean = [fa for fa in files if not fa.findings]
    parts = [_file_table(page, fa) for fa in with_findings]
    if clean:
        names = ", ".join(bdi(fa.path) for fa in clean)
        parts.append(f'<p class="empty">{esc(page.t("clean_files"))}: {names}</p>')
    return (f'<section class="files" id="files"><div class="sec-head"><h2>{esc(page.t("catalogs"))}</h2>'
            f'<span class="facts"><span>{esc(page.t("files"))}: <b>{len(files)}</b></span></span></div>'
            f'{"".join(parts)}</section>')


def _file_table(page: Page, fa: FileAudit) -> str:
    heads = ("where", "rule", "category", "severity", "message", "suggestion_h")
    th = "".join(f"<th>{esc(page.t(h))}</th>" for h in heads)
    rows = "".join(
        f'<tr data-category="{esc(f.category)}"><td class="mono">{f.line}:{f.column}'
        f'{"<br>" + bdi(f.key) if f.key else ""}</td><td><code class="rule">{esc(f.rule)}</code></td>'
        f'<td><span class="chip cat-{esc(f.category)}"><span class="dot"></span>{esc(page.cat(f.category))}</span>'
        f'</td><td><span class="sev sev-{esc(f.severity)}">{esc(page.t(f.severity))}</span></td>'
        f'<td>{t_span(f.message, "div")}'
        + (f'<div class="quote">“<q dir="{text_dir(f.text)}">{esc(short(f.text, 120))}</q>”</div>' if f.text else "")
        + f'</td><td>{" · ".join(t_span(short(s, 120)) for s in f.suggestions[:3])}</td></tr>'
        for f in fa.findings)
    return (f'<div class="tablewrap"><h3>{bdi(fa.path)} <span class="fmt">{esc(fa.fmt)}</span></h3>'
            f'<table class="findings-table"><thead><tr>{th}</tr></thead><tbody>{rows}</tbody></table></div>')


def _errors_section(page: Page, audit: Audit) -> str:
    items = "".join(f"<li>{bdi(e.path)}: {t_span(e.message)}</li>" for e in audit.errors)
    return (f'<section class="errors"><div class="sec-head"><h2>{esc(page.t("errors"))}</h2></div>'
            f"<ul>{items}</ul></section>")
