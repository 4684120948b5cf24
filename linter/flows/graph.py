"""The platform-neutral flow graph every adapter produces, and the few graph algorithms the checks need.

Why one model: a check such as "can the customer reach a person from here?" is the same question on Dialogflow CX,
Twilio, Rasa or a phone menu drawn in YAML; only the way the export spells states, answers and handoffs differs.
Adapters translate spelling into this graph; checks only ask the graph.

All algorithms are linear (or E·log V) in the size of the graph: a breadth-first search from the handoff nodes over
reversed edges gives every node's distance to a person at once, Tarjan's algorithm gives the cycles, and one Dijkstra
pass over reversed "failure" edges tells which fallbacks ever end with a person.
"""
from __future__ import annotations

import heapq
from collections import deque
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from ..model import TextUnit
from .lexicon import ESCAPE_KEYS, ESCAPE_LABEL
from ..text.lang import detect_lang, lang_from_text

END = "END"
INF = float("inf")

# Edge triggers. Customer-driven: intent, choice, input, no_match, no_input, timeout. Bot-driven: always, condition,
# error, event, return.
FALLBACK_TRIGGERS = frozenset({"no_match", "no_input"})


@dataclass(slots=True, eq=False)
class Message:
    """One thing the bot says, with the TextUnit that locates it in its file."""

    text: str
    key: str
    path: str
    unit: TextUnit | None = None
    runtime: bool = False  # the text is produced at run time (a parameter, a generator) and not in the export


@dataclass(slots=True)
class Handoff:
    """What a transfer to a person carries. `transcript`/`context_opaque` are None/True when code decides it."""

    kind: str = "live_agent"            # live_agent | phone_transfer | queue
    proven: bool = True                 # False: custom code whose name suggests a handoff (cannot tell)
    context: list[str] = field(default_factory=list)
    transcript: bool | None = False
    context_opaque: bool = False
    broken_refs: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    target: str = ""


@dataclass(slots=True, eq=False)
class Node:
    id: str
    path: str = ""
    line: int = 0
    kind: str = "say"                   # start|say|input|decision|action|handoff|end|listen|voicemail|missing
    waits: bool = False                 # the customer must answer before the bot goes on
    question: bool = False              # asks for one specific answer (a slot, yes/no), not an open menu
    messages: list[Message] = field(default_factory=list)
    handoff: Handoff | None = None
    end: str | None = None              # None, "normal", "failure" (the flow gave up) or "restart"
    stuck: bool = False                 # every way out is a condition that may be false
    hours_gate: bool = False            # branches on opening hours
    greeting: bool = False              # its messages are the bot's first words
    label: str = ""
    ref: str = ""                       # finding key when it differs from the id (CX form and handoff nodes)
    out: list["Edge"] = field(default_factory=list)
    inc: list["Edge"] = field(default_factory=list)

    @property
    def key(self) -> str:
        return self.ref or self.id


@dataclass(slots=True, eq=False)
class Edge:
    src: str
    dst: str
    trigger: str = "always"
    label: str = ""
    key: str = ""                       # where a finding about this transition points (a handler, a route)
    path: str = ""
    line: int = 0
    attempt: int | None = None          # N of no-match-N; None = the default handler
    failure: bool = False               # taken because something failed (error, timeout, retries exhausted)
    human_request: bool = False         # the customer asked for a person
    messages: list[Message] = field(default_factory=list)
    scope: str = "node"                 # "flow": a flow-level handler copied onto every page it covers


@dataclass(slots=True)
class Turn:
    index: int
    role: str                           # user | bot | agent (a person) | system
    text: str
    key: str
    path: str
    line: int = 0
    event: str = ""                     # handoff_requested | handoff_started | handoff_failed | agent_joined | ...
    intent: str = ""
    message: Message | None = None


@dataclass(slots=True)
class Conversation:
    id: str
    turns: list[Turn]
    path: str = ""


class FlowGraph:
    """A bot flow (or a set of transcripts) in one normalised shape."""

    def __init__(self, path: str, fmt: str) -> None:
        self.path = path
        self.format = fmt
        self.nodes: dict[str, Node] = {}
        self.edges: list[Edge] = []
        self.starts: list[str] = []
        self.messages: list[Message] = []   # every bot message, once, in file order
        self.conversations: list[Conversation] = []
        self.files: list[str] = []          # files this graph consumed (the engine skips them for catalogs)
        self.notes: list[str] = []          # adapter remarks (skipped parts), for reports
        self.greetings: list[Message] = []  # first words of the bot that adapters know from the format
        self.lang_hint: str | None = None
        self._lang: str | None = None
        self._cache: dict[str, object] = {}
        self.add_node(END, kind="end", end="normal")

    # ------------------------------------------------------------------------------------------- building
    def add_node(self, node_id: str, **attrs) -> Node:
        node = self.nodes.get(node_id)
        if node is None:
            node = Node(id=node_id, **attrs)
            self.nodes[node_id] = node
        else:
            for k, v in attrs.items():
                setattr(node, k, v)
        return node

    def add_edge(self, src: str, dst: str | None, **attrs) -> Edge:
        edge = Edge(src=src, dst=dst or END, **attrs)
        if edge.dst not in self.nodes:
            self.add_node(edge.dst, kind="missing", stuck=True)
        self.nodes[src].out.append(edge)
        self.nodes[edge.dst].inc.append(edge)
        self.edges.append(edge)
        self._cache.clear()
        return edge

    def absorb(self, other: "FlowGraph", prefix: str = "") -> None:
        """Add another graph's content (several flows or transcripts in one folder); ids get `prefix`."""
        def rename(nid: str) -> str:
            return nid if nid == END or not prefix else f"{prefix}{nid}"

        for node in other.nodes.values():
            if node.id == END:
                continue
            node.id = rename(node.id)
            node.out, node.inc = [], []
            self.nodes[node.id] = node
        for e in other.edges:
            e.src, e.dst = rename(e.src), rename(e.dst)
            self.nodes[e.src].out.append(e)
            self.nodes[e.dst].inc.append(e)
            self.edges.append(e)
        self.starts.extend(rename(s) for s in other.starts)
        self.messages.extend(other.messages)
        self.greetings.extend(other.greetings)
        self.conversations.extend(other.conversations)
        self.files.extend(other.files)
        self.notes.extend(other.notes)
        self.lang_hint = self.lang_hint or other.lang_hint
        self._cache.clear()

    def add_message(self, msg: Message) -> Message:
        self.messages.append(msg)
        return msg

    # ------------------------------------------------------------------------------------------- views
    @property
    def lang(self) -> str:
        if self._lang is None:
            sample = " ".join(m.text for m in self.messages[:300])
            self._lang = self.lang_hint or detect_lang(sample, self.path)
        return self._lang

    def units(self) -> list[TextUnit]:
        """Every bot message as a TextUnit (kind "bot"), once each, for the copy rules."""
        seen: set[int] = set()
        out: list[TextUnit] = []
        for msg in self.messages:
            unit = msg.unit
            if unit is None or msg.runtime or not unit.text.strip() or id(unit) in seen:
                continue
            seen.add(id(unit))
            if not unit.lang or unit.lang == "auto":
                unit.lang = lang_from_text(unit.text, self.lang)
            out.append(unit)
        return out

    def real_nodes(self) -> Iterator[Node]:
        for node in self.nodes.values():
            if node.id != END and node.kind != "missing":
                yield node

    def input_nodes(self) -> Iterator[Node]:
        return (n for n in self.nodes.values() if n.waits)

    def fallback_edges(self, node: Node) -> list[Edge]:
        return [e for e in node.out if e.trigger in FALLBACK_TRIGGERS]

    def is_human(self, node: Node, include_unproven: bool = False) -> bool:
        return node.handoff is not None and (node.handoff.proven or include_unproven)

    # ------------------------------------------------------------------------------------------- algorithms
    def reachable(self) -> set[str]:
        """Nodes reachable from the start nodes (all nodes when the adapter named no start)."""
        if "reach" not in self._cache:
            starts = [s for s in self.starts if s in self.nodes]
            if not starts:
                self._cache["reach"] = set(self.nodes)
            else:
                seen = set(starts)
                queue = deque(starts)
                while queue:
                    for e in self.nodes[queue.popleft()].out:
                        if e.dst not in seen:
                            seen.add(e.dst)
                            queue.append(e.dst)
                self._cache["reach"] = seen
        return self._cache["reach"]  # type: ignore[return-value]

    def human_distance(self, include_unproven: bool = False) -> dict[str, int]:
        """Fewest customer turns from each node to a person (absent = unreachable).

        0-1 BFS over reversed edges: leaving a node that waits for the customer costs one turn, anything the bot does
        on its own costs nothing. One pass answers the question for every node."""
        reaches = self.counts_for_reach
        ck = f"hd{include_unproven}"
        if ck in self._cache:
            return self._cache[ck]  # type: ignore[return-value]
        dist: dict[str, int] = {}
        dq: deque[tuple[int, str]] = deque()
        for node in self.nodes.values():
            if self.is_human(node, include_unproven):
                dist[node.id] = 0
                dq.append((0, node.id))
        while dq:
            d, nid = dq.popleft()
            if dist.get(nid, INF) < d:
                continue
            for e in self.nodes[nid].inc:
                if not reaches(e):
                    continue
                w = 1 if self.nodes[e.src].waits else 0
                nd = d + w
                if nd < dist.get(e.src, INF):
                    dist[e.src] = nd
                    if w:
                        dq.append((nd, e.src))
                    else:
                        dq.appendleft((nd, e.src))
        self._cache[ck] = dist
        return dist

    @staticmethod
    def counts_for_reach(e: Edge) -> bool:
        """Whether a customer looking for help would take this edge.

        A flow-wide intent copied onto every page (e.g. "report graffiti" restarting the task) is a way back into
        the bot's own script, not a way to a person; only flow-wide requests for a person, navigation (menu, back,
        help, start over) and fallbacks count. Page-level routes always count."""
        if e.scope != "flow" or e.human_request or e.trigger in FALLBACK_TRIGGERS:
            return True
        return bool(ESCAPE_LABEL.search(e.label or "")) or (e.label or "").strip() in ESCAPE_KEYS

    def failure_cost(self) -> dict[str, float]:
        """Fewest failed answers after which a customer who keeps failing ends up with a person.

        A customer who is not understood only moves along fallback edges (no-match, no-input, retries exhausted);
        the bot's own steps in between are free. An edge for attempt N costs N failures. Nodes that wait for an
        answer but have no fallback leave the customer where they are, so they pass nothing on, unless they take any
        answer and the bot itself then judges it (a Studio question followed by a split on the reply): failing that
        judgement is failing the question, so the attempts add up along question -> split -> question chains."""
        if "fc" in self._cache:
            return self._cache["fc"]  # type: ignore[return-value]
        max_attempt: dict[tuple[str, str], int] = {}
        has_fallback: set[str] = set()
        for e in self.edges:
            if e.trigger in FALLBACK_TRIGGERS:
                has_fallback.add(e.src)
                if e.attempt:
                    k = (e.src, e.trigger)
                    max_attempt[k] = max(max_attempt.get(k, 0), e.attempt)
        # nodes whose bot-only run (without waiting) leads to a node that judges the answer with a fallback
        judged: set[str] = {n for n in has_fallback if not self.nodes[n].waits}
        queue = deque(judged)
        while queue:
            for e in self.nodes[queue.popleft()].inc:
                src = self.nodes[e.src]
                if e.src not in judged and not src.waits and e.src not in has_fallback and e.trigger == "always":
                    judged.add(e.src)
                    queue.append(e.src)
        cost: dict[str, float] = {}
        heap: list[tuple[float, str]] = []
        for node in self.nodes.values():
            if self.is_human(node):
                cost[node.id] = 0
                heap.append((0, node.id))
        while heap:
            c, nid = heapq.heappop(heap)
            if cost.get(nid, INF) < c:
                continue
            for e in self.nodes[nid].inc:
                src = self.nodes[e.src]
                if e.src in has_fallback:
                    if e.trigger not in FALLBACK_TRIGGERS:
                        continue
                    w = e.attempt or (max_attempt.get((e.src, e.trigger), 0) + 1)
                elif src.waits and not (e.trigger == "input" and nid in judged):
                    continue
                else:
                    w = 0
                nc = c + w
                if nc < cost.get(e.src, INF):
                    cost[e.src] = nc
                    heapq.heappush(heap, (nc, e.src))
        self._cache["fc"] = cost
        return cost

    def bot_run(self, start: str) -> Iterator[Node]:
        """Nodes the bot passes through on its own from `start`, up to and including the first that waits."""
        seen = {start}
        queue = deque([start])
        while queue:
            node = self.nodes[queue.popleft()]
            yield node
            if node.waits:
                continue
            for e in node.out:
                if e.dst not in seen:
                    seen.add(e.dst)
                    queue.append(e.dst)

    def sccs(self) -> list[list[str]]:
        """Strongly connected components with more than one node or a self-loop (iterative Tarjan)."""
        if "scc" in self._cache:
            return self._cache["scc"]  # type: ignore[return-value]
        index: dict[str, int] = {}
        low: dict[str, int] = {}
        on_stack: set[str] = set()
        stack: list[str] = []
        result: list[list[str]] = []
        counter = 0
        for root in self.nodes:
            if root in index:
                continue
            work = [(root, 0)]
            index[root] = low[root] = counter
            counter += 1
            stack.append(root)
            on_stack.add(root)
            while work:
                nid, i = work[-1]
                out = self.nodes[nid].out
                if i < len(out):
                    work[-1] = (nid, i + 1)
                    dst = out[i].dst
                    if dst not in index:
                        index[dst] = low[dst] = counter
                        counter += 1
                        stack.append(dst)
                        on_stack.add(dst)
                        work.append((dst, 0))
                    elif dst in on_stack:
                        low[nid] = min(low[nid], index[dst])
                    continue
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[nid])
                if low[nid] == index[nid]:
                    comp = []
                    while True:
                        w = stack.pop()
                        on_stack.discard(w)
                        comp.append(w)
                        if w == nid:
                            break
                    if len(comp) > 1 or any(e.dst == nid for e in self.nodes[nid].out):
                        result.append(comp)
        self._cache["scc"] = result
        return result

    def greeting_messages(self) -> list[Message]:
        """What the bot says before the customer's first answer, plus messages adapters marked as greetings."""
        out: list[Message] = []
        seen: set[int] = set()

        def take(msgs: Iterable[Message]) -> None:
            for m in msgs:
                if id(m) not in seen:
                    seen.add(id(m))
                    out.append(m)

        for start in self.starts:
            if start not in self.nodes:
                continue
            for node in self.bot_run(start):
                take(node.messages)
                for e in node.out:
                    if not node.waits:
                        take(e.messages)
        for node in self.nodes.values():
            if node.greeting:
                take(node.messages)
        take(self.greetings)
        for conv in self.conversations:
            for turn in conv.turns:
                if turn.role == "user":
                    break
                if turn.role == "bot" and turn.message:
                    take([turn.message])
        return out


def node_messages(graph: FlowGraph, node: Node) -> list[Message]:
    """Messages said at a node and on its bot-driven exits (route fulfillments)."""
    msgs = list(node.messages)
    for e in node.out:
        msgs.extend(e.messages)
    return msgs
