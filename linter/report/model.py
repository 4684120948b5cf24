"""What the HTML page shows about one flow, computed once in Python so the page itself stays a dumb drawing.

A finding names the thing it is about by a key (a state, a route, a handler, a message); the page draws states, so
every key is traced back to the state it belongs to. Distances to a person are computed here too (same weights as
`FlowGraph.human_distance`: a turn costs one when the bot waits for the customer), but with the next step kept,
so the page can draw the way to a person and not only its length.
"""
from __future__ import annotations

import importlib
from collections import Counter, deque
from dataclasses import dataclass, field

from ..flows.graph import END, FALLBACK_TRIGGERS, Edge, FlowGraph
from ..model import LEVEL_RANK, Finding
from .collect import FlowAudit

BIG_GRAPH = 300          # above this many states the picture keeps only the problem states and their neighbours
KEEP_PROBLEMS = 60       # problem states kept in a big graph (each with its neighbours)


@dataclass
class NodeView:
    id: str
    label: str
    kind: str
    findings: list[int] = field(default_factory=list)   # indexes into FlowView.findings
    unknown: list[int] = field(default_factory=list)    # indexes into FlowView.unknown
    category: str = ""            # category of the worst finding, "" when clean
    severity: str = ""
    dist: int | None = None       # customer turns to a person (proven handoffs only)
    reachable: bool = True
    start: bool = False
    handoff: bool = False
    no_human: bool = False        # the customer answers here, and no route leads to a person
    maybe_human: bool = False     # only an unproven (custom-code) handoff may be reached
    longest: bool = False         # the state farthest from a person
    hidden_links: int = 0         # neighbours left out of a big graph's picture
    says: str = ""                # the bot's first words here (tooltip)


@dataclass
class EdgeView:
    src: str
    dst: str
    labels: list[str] = field(default_factory=list)
    classes: set[str] = field(default_factory=set)


@dataclass
class ConversationView:
    id: str
    path: str
    counts: dict[str, int]
    turns: list[tuple[str, str, str]]      # (role, text, verdict on this turn or "")
    findings: list[int] = field(default_factory=list)

    @property
    def badness(self) -> int:
        c = self.counts
        return c["deflected"] + c["ignored"] + c["false_claims"]


@dataclass
class FlowView:
    path: str
    fmt: str
    lang: str
    findings: list[Finding]
    unknown: list[Finding]
    nodes: dict[str, NodeView] = field(default_factory=dict)
    edges: list[EdgeView] = field(default_factory=list)
    roots: list[str] = field(default_factory=list)
    loose: list[int] = field(default_factory=list)          # findings not tied to a drawn state
    longest: tuple[str, int] | None = None                  # (state id, turns)
    longest_path: list[str] = field(default_factory=list)
    conversations: list[ConversationView] = field(default_factory=list)
    total_states: int = 0
    no_human: int = 0

    def counts(self) -> Counter:
        return Counter(f.category for f in self.findings)


def worst(findings: list[Finding]) -> Finding | None:
    """The finding that colours a state: highest severity, then flow problems before wording problems."""
    if not findings:
        return None
    return max(findings, key=lambda f: (LEVEL_RANK.get(f.severity, 0), f.rule.startswith("FL"), -ord(f.rule[0])))


# --------------------------------------------------------------------------------------------- distances
def human_paths(graph: FlowGraph, include_unproven: bool = False) -> tuple[dict[str, int], dict[str, Edge]]:
    """Turns to the nearest person from every state, and the first edge of one shortest way there.

    The same 0-1 breadth-first search over reversed edges as `FlowGraph.human_distance`, keeping the edge that
    improved each distance; following those edges from any state walks a shortest way to a handoff."""
    dist: dict[str, int] = {}
    step: dict[str, Edge] = {}
    dq: deque[tuple[int, str]] = deque()
    for node in graph.nodes.values():
        if graph.is_human(node, include_unproven):
            dist[node.id] = 0
            dq.append((0, node.id))
    while dq:
        d, nid = dq.popleft()
        if dist.get(nid, 1 << 30) < d:
            continue
        for e in graph.nodes[nid].inc:
            if not graph.counts_for_reach(e):
                continue
            w = 1 if graph.nodes[e.src].waits else 0
            if d + w < dist.get(e.src, 1 << 30):
                dist[e.src], step[e.src] = d + w, e
                (dq.append if w else dq.appendleft)((d + w, e.src))
    return dist, step


def walk_to_human(start: str, step: dict[str, Edge]) -> list[Edge]:
    """The edges of the shortest way from `start` to a person (empty when it is a handoff or has none)."""
    out: list[Edge] = []
    seen = {start}
    nid = start
    while nid in step:
        e = step[nid]
        out.append(e)
        nid = e.dst
        if nid in seen:      # cannot happen with consistent distances; guards against a loop anyway
            break
        seen.add(nid)
    return out


def farthest_from_human(graph: FlowGraph, dist: dict[str, int], depth: dict[str, int]) -> str | None:
    """The state where the customer is most turns away from a person: among states that wait for an answer (where
    the customer would ask), else among all reachable ones; ties go to the state deepest in the flow."""
    reach = graph.reachable()
    pool = [n.id for n in graph.real_nodes() if n.id in reach and n.id in dist]
    waiting = [nid for nid in pool if graph.nodes[nid].waits]
    pool = waiting or pool
    if not pool:
        return None
    order = {nid: i for i, nid in enumerate(graph.nodes)}
    return max(pool, key=lambda nid: (dist[nid], depth.get(nid, 0), -order[nid]))


def bfs_depth(graph: FlowGraph) -> dict[str, int]:
    depth: dict[str, int] = {}
    queue = deque()
    for s in graph.starts:
        if s in graph.nodes and s not in depth:
            depth[s] = 0
            queue.append(s)
    while queue:
        nid = queue.popleft()
        for e in graph.nodes[nid].out:
            if e.dst not in depth:
                depth[e.dst] = depth[nid] + 1
                queue.append(e.dst)
    return depth


# --------------------------------------------------------------------------------------------- finding -> state
def key_index(graph: FlowGraph) -> dict[str, str]:
    """Every key a finding may carry, mapped to the state it is about (first owner wins for flow-wide handlers)."""
    index: dict[str, str] = {}

    def put(key: str | None, nid: str) -> None:
        if key and key not in index:
            index[key] = nid

    for node in graph.nodes.values():
        put(node.key, node.id)
        put(node.id, node.id)
    for node in graph.nodes.values():
        for m in node.messages:
            put(m.key, node.id)
    starts = set(graph.starts)
    for e in sorted(graph.edges, key=lambda e: e.src not in starts):
        put(e.key, e.src)
        for m in e.messages:
            put(m.key, e.src)
    return index


def owner(key: str | None, index: dict[str, str]) -> str | None:
    """The state a finding key belongs to: an exact key, else the key with its '#…' parts stripped one by one."""
    while key:
        if key in index:
            return index[key]
        if "#" not in key:
            return None
        key = key.rsplit("#", 1)[0]
    return None


# --------------------------------------------------------------------------------------------- building the view
def build(audit: FlowAudit) -> FlowView:
    graph = audit.graph
    view = FlowView(audit.path, audit.fmt, graph.lang, audit.findings, audit.unknown)
    if any(n.id != END for n in graph.nodes.values()):
        _states(view, graph)
    if graph.conversations:
        view.conversations = conversations(graph, audit.findings)
    if not view.nodes:     # transcripts: findings belong to conversations, the rest to the whole file
        placed = {i for c in view.conversations for i in c.findings}
        view.loose = [i for i in range(len(view.findings)) if i not in placed]
    return view


def _states(view: FlowView, graph: FlowGraph) -> None:
    dist, step = human_paths(graph)
    maybe, _ = human_paths(graph, include_unproven=True)
    depth = bfs_depth(graph)
    reach = graph.reachable()
    for node in graph.nodes.values():
        if node.id == END and not node.inc:
            continue
        view.nodes[node.id] = NodeView(
            id=node.id, label=_label(node), kind=node.kind, dist=dist.get(node.id), reachable=node.id in reach,
            start=node.id in graph.starts, handoff=node.handoff is not None and node.handoff.proven,
            no_human=node.waits and node.id in reach and node.id not in maybe,
            maybe_human=node.id in maybe and node.id not in dist,
            says=next((m.text for m in node.messages if not m.runtime), ""))
    view.total_states = sum(1 for _ in graph.real_nodes())
    view.no_human = sum(1 for n in view.nodes.values() if n.no_human)
    view.roots = [s for s in graph.starts if s in view.nodes]
    _attach(view, graph)
    _edges(view, graph, step)
    far = farthest_from_human(graph, dist, depth)
    if far is not None:
        path = walk_to_human(far, step)
        view.longest = (far, dist[far])
        view.longest_path = [far] + [e.dst for e in path]
        view.nodes[far].longest = True
        _mark(view, path, "longest")
    if len(view.nodes) > BIG_GRAPH:
        _shrink(view)


def _label(node) -> str:
    if node.id == END:
        return "END"
    return node.label or node.id


def _attach(view: FlowView, graph: FlowGraph) -> None:
    index = key_index(graph)
    for i, f in enumerate(view.findings):
        nid = owner(f.key, index)
        if nid in view.nodes:
            view.nodes[nid].findings.append(i)
        else:
            view.loose.append(i)
    for i, f in enumerate(view.unknown):
        nid = owner(f.key, index)
        if nid in view.nodes:
            view.nodes[nid].unknown.append(i)
    for node in view.nodes.values():
        w = worst([view.findings[i] for i in node.findings])
        if w is not None:
            node.category, node.severity = w.category, w.severity


def _edges(view: FlowView, graph: FlowGraph, step: dict[str, Edge]) -> None:
    """One drawn edge per (from, to) pair, carrying every label and class of the transitions it stands for."""
    merged: dict[tuple[str, str], EdgeView] = {}
    tree = {id(e) for e in step.values()}
    for e in graph.edges:
        if e.src not in view.nodes or e.dst not in view.nodes:
            continue
        ev = merged.setdefault((e.src, e.dst), EdgeView(e.src, e.dst))
        if e.label and e.label not in ev.labels:
            ev.labels.append(e.label)
        ev.classes.update(_edge_classes(e))
        if id(e) in tree and e.src in graph.reachable():
            ev.classes.add("to-human")
    view.edges = list(merged.values())


def _edge_classes(e: Edge) -> set[str]:
    out = set()
    if e.trigger in FALLBACK_TRIGGERS:
        out.add("fallback")
    if e.failure:
        out.add("failure")
    if e.human_request:
        out.add("asks-human")
    if e.src == e.dst:
        out.add("self")
    return out


def _mark(view: FlowView, path: list[Edge], cls: str) -> None:
    pairs = {(e.src, e.dst) for e in path}
    for ev in view.edges:
        if (ev.src, ev.dst) in pairs:
            ev.classes.add(cls)


def _shrink(view: FlowView) -> None:
    """Keep a big graph readable and the page fast: the worst states, their neighbours, the starts, the handoffs
    and the longest way to a person; every finding stays in the list beside the picture."""
    ranked = sorted((n for n in view.nodes.values() if n.findings or n.no_human),
                    key=lambda n: (-LEVEL_RANK.get(n.severity, -1), -len(n.findings)))
    keep = {n.id for n in ranked[:KEEP_PROBLEMS]}
    near = set()
    for ev in view.edges:
        if ev.src in keep:
            near.add(ev.dst)
        if ev.dst in keep:
            near.add(ev.src)
    keep |= near | set(view.roots) | set(view.longest_path)
    keep |= {n.id for n in view.nodes.values() if n.handoff}
    if len(keep) > BIG_GRAPH:   # neighbourhoods of hubs can be huge: keep the problems and the must-haves
        keep = {n.id for n in ranked[:KEEP_PROBLEMS]} | set(view.roots) | set(view.longest_path)
    for ev in view.edges:
        if (ev.src in keep) != (ev.dst in keep):
            view.nodes[ev.src if ev.src in keep else ev.dst].hidden_links += 1
    for nid in list(view.nodes):
        if nid not in keep:
            node = view.nodes.pop(nid)
            view.loose.extend(node.findings)
    view.edges = [ev for ev in view.edges if ev.src in keep and ev.dst in keep]


# --------------------------------------------------------------------------------------------- transcripts
VERDICTS = ("honored", "deflected", "ignored", "false_claims")


def conversations(graph: FlowGraph, findings: list[Finding]) -> list[ConversationView]:
    """Each conversation graded request by request (FL008's grading), worst first."""
    grade = _grader()
    by_turn: dict[str, int] = {}
    out = []
    for conv in graph.conversations:
        verdicts: dict[int, str] = {}
        counts = dict.fromkeys(VERDICTS, 0)
        for r in grade(conv) if grade else ():
            counts[r["verdict"]] = counts.get(r["verdict"], 0) + 1
            verdicts[id(r["turn"])] = r["verdict"]
            if r["claim"] is not None:
                counts["false_claims"] += 1
                verdicts[id(r["claim"])] = "false_claims"
        counts["requests"] = sum(counts[v] for v in ("honored", "deflected", "ignored"))
        turns = [(t.role, t.text or t.event, verdicts.get(id(t), "")) for t in conv.turns]
        for t in conv.turns:
            by_turn[t.key] = len(out)
        out.append(ConversationView(conv.id, conv.path, counts, turns))
    for i, f in enumerate(findings):
        n = by_turn.get(f.key or "")
        if n is not None:
            out[n].findings.append(i)
    out.sort(key=lambda c: (-c.badness, -c.counts["requests"]))
    return out


def _grader():
    """FL008's own grading, so the page and the findings never disagree (None if the rule pack lacks it)."""
    try:
        return importlib.import_module("rules.flow.FL008_transcript_human_request")._grade
    except (ImportError, AttributeError):
        return None
