"""Dialogflow CX agent exports ("JSON package"): an extracted folder or the .zip, read in place.

CX is the richest format semantically and the most spread out: flows, pages, route groups and intents live in
separate files, references are display names, symbolic targets come in two spellings, and handlers exist at flow,
page and form-parameter level with precedence between them. This adapter resolves all of that into the FlowGraph:

* a page is a node (`<Flow>/<Page>`); a page with a form becomes `<Flow>/<Page>#entry` → one node per required
  parameter (`#param:<name>`, each a question) → `<Flow>/<Page>` where its condition routes are evaluated;
* flow-level intent routes and event handlers are copied onto every page of the flow that waits for the customer
  (their finding key stays `<Flow>#route:…` / `<Flow>#event:…`);
* END_FLOW returns to the pages that called the flow; END_FLOW_WITH_FAILURE goes to the callers' `flow-failed`
  handler or ends the conversation; END_FLOW_WITH_HUMAN_ESCALATION, `liveAgentHandoff` and `telephonyTransferCall`
  are handoffs.
"""
from __future__ import annotations

import re
import urllib.parse
import zipfile
from pathlib import Path, PurePosixPath
from typing import Any, Iterator

from ..model import InputError, SourceFile
from . import lexicon
from .common import conditions_exhaustive, is_runtime_only, make_message
from .graph import END, FlowGraph, Handoff, Message, Node
from .source import PStr, load_json, load_json_plain, read_source

SYMBOLIC = {
    "END_FLOW": "END_FLOW", "End Flow": "END_FLOW", "END_SESSION": "END_SESSION", "End Session": "END_SESSION",
    "END_FLOW_WITH_HUMAN_ESCALATION": "ESCALATE", "END_FLOW_WITH_FAILURE": "FAIL",
    "END_FLOW_WITH_CANCELLATION": "CANCEL", "CURRENT_PAGE": "CURRENT", "Current Page": "CURRENT",
    "PREVIOUS_PAGE": "PREVIOUS", "Previous Page": "PREVIOUS", "START_PAGE": "START", "Start Page": "START",
}
_FALLBACK_EVENT = re.compile(r"^sys\.no-(match|input)-(\d+|default)$")
_WELCOME = re.compile(r"(?i)welcome")
_PARAM_REF = re.compile(r"^\s*\$(?:flow|session|page)\.params\.([\w\-]+)\s*$|^\s*\$flow\.([\w\-]+)\s*$|"
                        r"^\s*\$session\.params\.([\w\-]+)\s*$")


MAX_MEMBER_BYTES = 64 << 20  # the same limit as for a file on disk


class _Tree:
    """Files of the export, from a folder or a zip, by POSIX path relative to the agent root."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.zip: zipfile.ZipFile | None = None
        if path.is_file():
            try:
                self.zip = zipfile.ZipFile(path)
            except zipfile.BadZipFile:
                raise InputError("not a valid zip file") from None
            names = [n for n in self.zip.namelist() if not n.endswith("/")]
            agents = sorted((n for n in names if PurePosixPath(n).name == "agent.json"), key=len)
            if not agents:
                raise InputError("no agent.json in this zip: not a Dialogflow CX export")
            self.root = agents[0][: -len("agent.json")]
            self.names = [n[len(self.root):] for n in names if n.startswith(self.root)]
        else:
            self.root = ""
            self.names = sorted(p.relative_to(path).as_posix() for p in path.rglob("*.json") if p.is_file())

    def read(self, rel: str) -> SourceFile:
        if self.zip is not None:
            member = self.root + rel
            try:
                info = self.zip.getinfo(member)
            except KeyError:
                raise InputError(f"missing {rel} in the zip") from None
            # a zip bomb: judge by the declared size, then never read more than the limit
            if info.file_size > MAX_MEMBER_BYTES:
                raise InputError(f"{rel} in the zip is too large ({info.file_size // (1 << 20)} MB)")
            with self.zip.open(info) as fh:
                data = fh.read(MAX_MEMBER_BYTES + 1)
            if len(data) > MAX_MEMBER_BYTES:
                raise InputError(f"{rel} in the zip is too large")
            return read_source(member, data=data, name=f"{self.path}!/{member}")
        return read_source(self.path / rel)

    def display(self, rel: str) -> str:
        return f"{self.path}!/{self.root}{rel}" if self.zip is not None else str(self.path / rel)


def load(path: Path) -> FlowGraph:
    tree = _Tree(path)
    try:
        return _Builder(tree, path).build()
    finally:
        if tree.zip is not None:
            tree.zip.close()


class _Builder:
    def __init__(self, tree: _Tree, path: Path) -> None:
        self.tree = tree
        self.graph = FlowGraph(str(path), "dialogflow-cx")
        self.flows: dict[str, dict] = {}          # flow name -> {"data", "src", "pages": {name: (data, src)}}
        self.groups: dict[str, list] = {}         # route group name -> routes (with their source)
        self.human_intents: set[str] = set()
        self.spoken_params: set[str] = set()
        self.callers: dict[str, set[str]] = {}     # flow -> nodes that entered it from outside
        self.pending_prev: list[tuple[str, dict]] = []

    # ------------------------------------------------------------------------------------------- reading
    def build(self) -> FlowGraph:
        g = self.graph
        tree = self.tree
        if "agent.json" not in tree.names:
            raise InputError("no agent.json: not a Dialogflow CX export")
        agent_src = tree.read("agent.json")
        agent = load_json_plain(agent_src)
        g.files.extend(tree.display(n) for n in tree.names)
        lang = str(agent.get("defaultLanguageCode") or "")
        g.lang_hint = "he" if lang.startswith(("he", "iw")) else "en" if lang.startswith("en") else None
        start_flow = str(agent.get("startFlow") or "Default Start Flow")
        self._read_intents()
        for rel in tree.names:
            parts = rel.split("/")
            if parts[0] == "flows" and len(parts) == 3 and parts[2].endswith(".json"):
                src = tree.read(rel)
                data = load_json(src)
                name = str(data.get("displayName") or urllib.parse.unquote(parts[1]))
                self.flows.setdefault(name, {"pages": {}})
                self.flows[name].update(data=data, src=src, dir=parts[1])
        for rel in tree.names:
            parts = rel.split("/")
            if parts[0] == "flows" and len(parts) == 4 and parts[2] == "pages":
                flow = next((f for f, v in self.flows.items() if v.get("dir") == parts[1]),
                            urllib.parse.unquote(parts[1]))
                src = tree.read(rel)
                data = load_json(src)
                pname = str(data.get("displayName") or urllib.parse.unquote(parts[3][:-5]))
                self.flows.setdefault(flow, {"pages": {}})["pages"][pname] = (data, src)
            elif rel.endswith(".json") and "transitionRouteGroups" in parts[:-1]:
                src = tree.read(rel)
                data = load_json(src)
                gname = str(data.get("displayName") or urllib.parse.unquote(parts[-1][:-5]))
                self.groups[gname] = [(r, src) for r in data.get("transitionRoutes") or []]
        if not self.flows:
            raise InputError("no flows/ in this Dialogflow CX export")
        self._find_spoken_params()
        for flow in self.flows:
            self._nodes_for_flow(flow)
        for flow in self.flows:
            self._edges_for_flow(flow)
        self._flow_exits(start_flow)
        self._previous_pages()
        start = f"{start_flow}/START_PAGE"
        g.starts.append(start if start in g.nodes else next(iter(g.nodes)))
        return g

    def _read_intents(self) -> None:
        for rel in self.tree.names:
            parts = rel.split("/")
            if parts[0] != "intents" or len(parts) != 4 or parts[2] != "trainingPhrases":
                continue
            name = urllib.parse.unquote(parts[1])
            if lexicon.HUMAN_INTENT.search(name):
                self.human_intents.add(name)
                continue
            try:
                data = load_json_plain(self.tree.read(rel))
            except InputError:
                continue
            phrases = [" ".join(str(p.get("text", "")) for p in tp.get("parts") or [])
                       for tp in data.get("trainingPhrases") or [] if isinstance(tp, dict)]
            hits = sum(1 for p in phrases if lexicon.is_human_request_text(p))
            if phrases and (hits >= 3 or hits * 3 >= len(phrases)):
                self.human_intents.add(name)

    def _find_spoken_params(self) -> None:
        """Parameters whose whole value is spoken as a message ($flow.failure_msg): their assigned texts are copy."""
        for flow in self.flows.values():
            blobs = [flow.get("data") or {}] + [d for d, _ in flow["pages"].values()]
            for blob in blobs:
                for text in _all_texts(blob):
                    m = _PARAM_REF.match(text)
                    if m:
                        self.spoken_params.add(next(x for x in m.groups() if x))

    # ------------------------------------------------------------------------------------------- nodes
    def _nodes_for_flow(self, flow: str) -> None:
        g = self.graph
        info = self.flows[flow]
        fsrc = info.get("src")
        g.add_node(f"{flow}/START_PAGE", path=fsrc.path if fsrc else "", line=1, label=f"{flow} start",
                   kind="start", waits=True)
        for pname, (data, src) in info["pages"].items():
            pid = f"{flow}/{pname}"
            params = [p for p in (data.get("form") or {}).get("parameters") or [] if isinstance(p, dict)]
            required = [p for p in params if p.get("required", True)]
            entry_id = f"{pid}#entry" if required else pid
            entry = g.add_node(entry_id, path=src.path, line=1, label=pname, kind="say")
            entry.ref = pid
            ef = data.get("entryFulfillment")
            if ef:
                entry.messages.extend(self._fulfillment_messages(ef, src, f"{pid}#entry"))
                self._fulfillment_handoff(entry, ef)
            if required:
                g.add_node(pid, path=src.path, line=1, label=pname, kind="say")
                for p in required:
                    pname2 = str(p.get("displayName"))
                    qn = g.add_node(f"{pid}#param:{pname2}", path=src.path, line=getattr(p, "line", 0),
                                    label=f"{pname} ({pname2})", kind="input", waits=True)
                    qn.question = str(p.get("entityType", "")) != "@sys.any"
                    fb = p.get("fillBehavior") or {}
                    ipf = fb.get("initialPromptFulfillment")
                    if ipf:
                        qn.messages.extend(self._fulfillment_messages(ipf, src, f"{pid}#param:{pname2}"))

    def _page_routes(self, data: dict, src: SourceFile) -> list[tuple[dict, SourceFile, str]]:
        routes = [(r, src, "") for r in data.get("transitionRoutes") or [] if isinstance(r, dict)]
        for gname in data.get("transitionRouteGroups") or []:
            gname = str(gname).rsplit("/", 1)[-1]
            for r, gsrc in self.groups.get(gname, []):
                routes.append((r, gsrc, gname))
        return routes

    # ------------------------------------------------------------------------------------------- edges
    def _edges_for_flow(self, flow: str) -> None:
        g = self.graph
        info = self.flows[flow]
        fdata = info.get("data") or {}
        fsrc = info.get("src")
        flow_routes = self._page_routes(fdata, fsrc) if fsrc else []
        flow_intents = [(r, s, gr) for r, s, gr in flow_routes if r.get("intent")]
        flow_events = [h for h in fdata.get("eventHandlers") or [] if isinstance(h, dict)]
        start = g.nodes[f"{flow}/START_PAGE"]

        # the start page evaluates every flow route; intent routes are also live on every page of the flow
        for r, rsrc, _ in flow_routes:
            self._route_edge(flow, start, r, rsrc, f"{flow}#route:{_route_label(r)}", scope="node")
        self._fallbacks(flow, start, [], flow_events, fsrc, self_key=f"{flow}")
        conds = [str(r.get("condition", "")) for r, _, _ in flow_routes if not r.get("intent") and _target(r)]
        if not [r for r, _, _ in flow_routes if r.get("intent")] and conditions_exhaustive(conds):
            start.waits = False
        for pname, (data, src) in info["pages"].items():
            pid = f"{flow}/{pname}"
            page = g.nodes[pid]
            entry = g.nodes.get(f"{pid}#entry")
            routes = self._page_routes(data, src)
            page_intents = [x for x in routes if x[0].get("intent")]
            events = [h for h in data.get("eventHandlers") or [] if isinstance(h, dict)]
            params = [p for p in (data.get("form") or {}).get("parameters") or []
                      if isinstance(p, dict) and p.get("required", True)]
            # form: entry -> params in order -> page
            if entry is not None:
                prev = entry.id
                for p in params:
                    qid = f"{pid}#param:{p.get('displayName')}"
                    g.add_edge(prev, qid, trigger="always" if prev == entry.id else "input", path=src.path,
                               key=qid)
                    prev = qid
                g.add_edge(prev, pid, trigger="input", path=src.path, key=f"{pid}#form")
                for p in params:
                    qn = g.nodes[f"{pid}#param:{p.get('displayName')}"]
                    reprompts = [h for h in (p.get("fillBehavior") or {}).get("repromptEventHandlers") or []
                                 if isinstance(h, dict)]
                    for r, rsrc, gr in page_intents:
                        self._route_edge(flow, qn, r, rsrc, _route_key(pid, r, gr))
                    self._fallbacks(flow, qn, reprompts + events, flow_events, src,
                                    self_key=qn.id, param_handlers=len(reprompts))
                    for r, rsrc, gr in flow_intents:
                        self._route_edge(flow, qn, r, rsrc, f"{flow}#route:{_route_label(r)}", scope="flow")
            moving_conds = [str(r.get("condition", "")) for r, _, _ in routes if not r.get("intent") and _target(r)]
            page.waits = bool(page_intents)
            if page.waits:
                page.kind = "input"
                labels = [str(r.get("intent")) for r, _, _ in page_intents]
                page.question = all(lexicon.YES_NO_LABEL.search(lb) for lb in labels)
            elif not conditions_exhaustive(moving_conds):
                page.stuck = True
            for r, rsrc, gr in routes:
                self._route_edge(flow, page, r, rsrc, _route_key(pid, r, gr))
            holder = entry or page
            for h in events:
                ev = str(h.get("event", ""))
                if _FALLBACK_EVENT.match(ev):
                    continue
                self._handler_edge(flow, holder, h, src, f"{pid}#event:{ev}")
            if page.waits:
                self._fallbacks(flow, page, events, flow_events, src, self_key=pid)
                for r, rsrc, gr in flow_intents:
                    self._route_edge(flow, page, r, rsrc, f"{flow}#route:{_route_label(r)}", scope="flow")
        # flow-level non-fallback events (webhook errors) apply to pages that call webhooks
        for h in flow_events:
            ev = str(h.get("event", ""))
            if _FALLBACK_EVENT.match(ev) or not ev.startswith("webhook"):
                continue
            for pname, (data, src) in info["pages"].items():
                pid = f"{flow}/{pname}"
                holder = g.nodes.get(f"{pid}#entry") or g.nodes[pid]
                if (data.get("entryFulfillment") or {}).get("webhook") and not any(
                        str(x.get("event")) == ev for x in data.get("eventHandlers") or []):
                    self._handler_edge(flow, holder, h, fsrc, f"{flow}#event:{ev}", scope="flow")

    def _fallbacks(self, flow: str, node: Node, handlers: list[dict], flow_handlers: list[dict], src: SourceFile,
                   self_key: str, param_handlers: int = 0) -> None:
        """No-match / no-input handling for a node that waits: param > page > flow precedence, per event kind."""
        fsrc = self.flows[flow].get("src")
        for kind in ("match", "input"):
            chosen: list[tuple[dict, str, SourceFile, str]] = []
            for level, hs, hsrc in (("param", handlers[:param_handlers], src),
                                    ("page", handlers[param_handlers:], src), ("flow", flow_handlers, fsrc)):
                mine = [h for h in hs if _fallback_kind(h) == kind]
                if mine:
                    chosen = [(h, level, hsrc, str(h.get("event"))) for h in mine]
                    break
            trig = f"no_{kind}"
            if not chosen:
                if kind == "match":
                    # no handler anywhere: CX stays on the page and waits again, without limit
                    self.graph.add_edge(node.id, node.id, trigger=trig, label="no handler",
                                        key=f"{self_key}#no-match (no handler)", path=src.path if src else "")
                continue
            for h, level, hsrc, ev in chosen:
                n = _FALLBACK_EVENT.match(ev).group(2)
                attempt = None if n == "default" else int(n)
                if level == "param":
                    key = f"{self_key}#event:{ev}"
                elif level == "page":
                    key = f"{self_key.split('#param:')[0]}#event:{ev}"
                else:
                    key = f"{flow}#event:{ev}"
                self._handler_edge(flow, node, h, hsrc, key, trigger=trig, attempt=attempt,
                                   scope="flow" if level == "flow" else "node")

    def _handler_edge(self, flow: str, node: Node, h: dict, src: SourceFile, key: str, trigger: str | None = None,
                      attempt: int | None = None, scope: str = "node") -> None:
        ev = str(h.get("event", ""))
        ff = h.get("triggerFulfillment") or {}
        msgs = self._fulfillment_messages(ff, src, key)
        dst = self._resolve(flow, node, h)
        if trigger is None:
            trigger = "error" if ev.startswith("webhook") or "failed" in ev or "error" in ev else "event"
        failure = trigger == "error" or (trigger.startswith("no_") and dst != node.id)
        edge = self.graph.add_edge(node.id, dst, trigger=trigger, label=ev, key=key, path=src.path if src else "",
                                   line=getattr(h, "line", 0), attempt=attempt, failure=failure, messages=msgs,
                                   scope=scope)
        self._maybe_handoff_edge(edge, ff)

    def _route_edge(self, flow: str, node: Node, r: dict, src: SourceFile, key: str, scope: str = "node") -> None:
        ff = r.get("triggerFulfillment") or {}
        msgs = self._fulfillment_messages(ff, src, key)
        intent = r.get("intent")
        dst = self._resolve(flow, node, r)
        label = str(intent or r.get("condition") or "")
        if intent and _WELCOME.search(str(intent)):
            self.graph.greetings.extend(msgs)
        trigger = "intent" if intent else "condition"
        edge = self.graph.add_edge(node.id, dst, trigger=trigger, label=label, key=key, path=src.path if src else "",
                                   line=getattr(r, "line", 0), human_request=bool(intent) and str(intent) in
                                   self.human_intents, messages=msgs, scope=scope)
        if lexicon.HOURS_CONDITION.search(str(r.get("condition") or "")):
            node.hours_gate = True
        dropped = [str(p.get("parameter")) for p in ff.get("setParameterActions") or []
                   if isinstance(p, dict) and p.get("value") is None]
        if self.graph.nodes[dst].handoff is not None and dst.endswith("#escalation"):
            self.graph.nodes[dst].handoff.dropped.extend(d for d in dropped
                                                         if d not in self.graph.nodes[dst].handoff.dropped)
        self._maybe_handoff_edge(edge, ff)

    def _maybe_handoff_edge(self, edge, ff: dict) -> None:
        """A fulfillment with liveAgentHandoff or telephonyTransferCall hands over on this transition."""
        h = _handoff_in(ff)
        if h is None:
            return
        g = self.graph
        hid = f"{edge.key}#handoff"
        node = g.add_node(hid, path=edge.path, line=edge.line, label=edge.key, kind="handoff", handoff=h)
        node.ref = edge.key
        old_dst = edge.dst
        g.nodes[old_dst].inc.remove(edge)
        edge.dst = hid
        node.inc.append(edge)
        g.add_edge(hid, old_dst, trigger="always", key=hid, path=edge.path)

    def _fulfillment_handoff(self, node: Node, ff: dict) -> None:
        h = _handoff_in(ff)
        if h is not None:
            node.handoff, node.kind = h, "handoff"

    # ------------------------------------------------------------------------------------------- targets
    def _resolve(self, flow: str, node: Node, r: dict) -> str:
        g = self.graph
        page = r.get("targetPage")
        tflow = r.get("targetFlow")
        if tflow:
            tflow = str(tflow).rsplit("/", 1)[-1]
            dst = f"{tflow}/START_PAGE"
            if dst not in g.nodes:
                g.add_node(dst, kind="missing", stuck=True, label=f"flow {tflow}")
            if tflow != flow:
                self.callers.setdefault(tflow, set()).add(node.id)
            return dst
        if not page:
            return node.id  # a route without a target stays on the page
        page = str(page).rsplit("/", 1)[-1]
        sym = SYMBOLIC.get(page)
        if sym == "CURRENT":
            return node.id
        if sym == "START":
            return f"{flow}/START_PAGE"
        if sym == "END_SESSION":
            return END
        if sym == "PREVIOUS":
            pid = f"{flow}/PREVIOUS_PAGE@{node.id}"
            g.add_node(pid, label="previous page", kind="say")
            self.pending_prev.append((pid, {"page": node.id.split("#")[0]}))
            return pid
        if sym in ("END_FLOW", "FAIL", "CANCEL"):
            name = {"END_FLOW": "END_FLOW", "FAIL": "END_FLOW_WITH_FAILURE", "CANCEL": "END_FLOW_WITH_CANCELLATION"}[sym]
            nid = f"{flow}#{name}"
            g.add_node(nid, label=f"end of flow {flow}" + (" (failure)" if sym == "FAIL" else ""), kind="say")
            return nid
        if sym == "ESCALATE":
            base = node.id.split("#")[0]
            hid = f"{base}#escalation"
            hn = g.add_node(hid, label=base, kind="handoff")
            hn.ref = base
            if hn.handoff is None:
                # a liveAgentHandoff message on the same page carries the context; without one there is none
                entry = g.nodes.get(f"{base}#entry") or g.nodes.get(base)
                hn.handoff = entry.handoff if entry is not None and entry.handoff is not None else \
                    Handoff(kind="live_agent", context=[], transcript=False)
            return hid
        if page in self.flows.get(flow, {}).get("pages", {}):
            pid = f"{flow}/{page}"
            return f"{pid}#entry" if f"{pid}#entry" in g.nodes else pid
        missing = f"{flow}/{page}"
        if missing not in g.nodes:
            g.add_node(missing, kind="missing", stuck=True, label=page)
        return missing

    def _flow_exits(self, start_flow: str) -> None:
        """Where END_FLOW / END_FLOW_WITH_FAILURE lead: back to the callers, their handlers, or the end."""
        g = self.graph
        for flow, info in self.flows.items():
            callers = sorted(self.callers.get(flow, set())) if flow != start_flow else []
            for kind in ("END_FLOW", "END_FLOW_WITH_FAILURE", "END_FLOW_WITH_CANCELLATION"):
                nid = f"{flow}#{kind}"
                if nid not in g.nodes:
                    continue
                event = {"END_FLOW_WITH_FAILURE": "flow-failed", "END_FLOW_WITH_CANCELLATION": "flow-cancelled"}.get(kind)
                handled = False
                for c in callers:
                    if event:
                        h, hsrc = self._caller_handler(c, event)
                        if h is not None:
                            cflow = c.split("/", 1)[0]
                            self._handler_edge(cflow, g.nodes[nid], h, hsrc, f"{c.split('#')[0]}#event:{event}",
                                               trigger="error")
                            handled = True
                            continue
                    if kind != "END_FLOW_WITH_FAILURE":
                        g.add_edge(nid, c, trigger="return", label=f"return from {flow}", key=nid)
                        handled = True
                if not handled:
                    g.add_edge(nid, END, trigger="always", key=nid)
        # a page whose every way out is a failure end of its flow gives up
        for node in list(g.nodes.values()):
            if node.out and not node.waits and all(
                    e.dst.endswith("#END_FLOW_WITH_FAILURE") for e in node.out if e.dst != node.id):
                failing = [e for e in node.out if e.dst != node.id]
                if failing and all(any(x.dst == END for x in g.nodes[e.dst].out) for e in failing):
                    node.end = "failure"

    def _caller_handler(self, caller: str, event: str) -> tuple[dict | None, SourceFile | None]:
        flow, _, rest = caller.partition("/")
        page = rest.split("#")[0]
        info = self.flows.get(flow, {})
        pdata = info.get("pages", {}).get(page)
        if pdata:
            for h in pdata[0].get("eventHandlers") or []:
                if h.get("event") == event:
                    return h, pdata[1]
        for h in (info.get("data") or {}).get("eventHandlers") or []:
            if h.get("event") == event:
                return h, info.get("src")
        return None, None

    def _previous_pages(self) -> None:
        g = self.graph
        for pid, spec in self.pending_prev:
            page = spec["page"]
            sources = {e.src.split("#")[0] for nid in (page, f"{page}#entry") if nid in g.nodes
                       for e in g.nodes[nid].inc if e.src.split("#")[0] != page}
            targets = [s for s in sources if s in g.nodes] or [END]
            for t in sorted(targets):
                g.add_edge(pid, t, trigger="return", key=pid)

    # ------------------------------------------------------------------------------------------- messages
    def _fulfillment_messages(self, ff: dict, src: SourceFile, key: str) -> list[Message]:
        out: list[Message] = []
        for msg in _iter_messages(ff):
            lang = _lang(msg.get("languageCode"))
            text = msg.get("text")
            if isinstance(text, dict):
                for t in text.get("text") or []:
                    if isinstance(t, str) and t.strip():
                        out.append(make_message(self.graph, t, src, key, lang))
            oat = msg.get("outputAudioText")
            if isinstance(oat, dict):
                for field in ("text", "ssml"):
                    if isinstance(oat.get(field), str) and oat[field].strip():
                        out.append(make_message(self.graph, oat[field], src, key, lang))
            payload = msg.get("payload")
            if isinstance(payload, dict):
                for t in _payload_texts(payload):
                    out.append(make_message(self.graph, t, src, f"{key}#chip", lang))
        for p in ff.get("setParameterActions") or []:
            if not isinstance(p, dict):
                continue
            name = str(p.get("parameter", "")).split(".")[-1]
            value = p.get("value")
            if name in self.spoken_params and isinstance(value, PStr) and value.strip() \
                    and not is_runtime_only(value):
                out.append(make_message(self.graph, value, src, key))
        return out


# ----------------------------------------------------------------------------------------------- helpers
def _fallback_kind(h: dict) -> str | None:
    m = _FALLBACK_EVENT.match(str(h.get("event", "")))
    return m.group(1) if m else None


def _target(r: dict) -> bool:
    return bool(r.get("targetPage") or r.get("targetFlow"))


def _route_label(r: dict) -> str:
    return str(r.get("intent") or r.get("condition") or "")


def _route_key(pid: str, r: dict, group: str) -> str:
    return f"{pid}#route:{_route_label(r)}" if not group else f"{pid}#group:{group}#route:{_route_label(r)}"


def _lang(code: Any) -> str | None:
    code = str(code or "")
    return "he" if code.startswith(("he", "iw")) else "en" if code.startswith("en") else None


def _iter_messages(ff: dict) -> Iterator[dict]:
    for m in ff.get("messages") or []:
        if isinstance(m, dict):
            yield m
    for cc in ff.get("conditionalCases") or []:
        yield from _iter_cases(cc)


def _iter_cases(cc: Any) -> Iterator[dict]:
    if not isinstance(cc, dict):
        return
    for case in cc.get("cases") or []:
        for content in case.get("caseContent") or []:
            if isinstance(content.get("message"), dict):
                yield content["message"]
            if isinstance(content.get("additionalCases"), dict):
                yield from _iter_cases(content["additionalCases"])


def _payload_texts(payload: Any) -> Iterator[str]:
    rich = payload.get("richContent") if isinstance(payload, dict) else None
    for row in rich or []:
        for item in row if isinstance(row, list) else [row]:
            if not isinstance(item, dict):
                continue
            for opt in item.get("options") or []:
                if isinstance(opt, dict) and isinstance(opt.get("text"), str) and opt["text"].strip():
                    yield opt["text"]
            for field in ("title", "subtitle", "text"):
                v = item.get(field)
                if isinstance(v, str) and v.strip():
                    yield v


def _handoff_in(ff: dict) -> Handoff | None:
    for m in _iter_messages(ff):
        if "liveAgentHandoff" in m:
            meta = (m.get("liveAgentHandoff") or {}).get("metadata") or {}
            keys = list(meta) if isinstance(meta, dict) else []
            text = str(meta).lower()
            return Handoff(kind="live_agent", context=keys,
                           transcript=any(w in text for w in ("transcript", "history", "summary")))
        if "telephonyTransferCall" in m:
            t = m.get("telephonyTransferCall") or {}
            # a phone transfer may carry SIP headers set by the integration: what reaches the person is unknown
            return Handoff(kind="phone_transfer", target=str(t.get("phoneNumber", "")), context=[],
                           transcript=None, context_opaque=True)
    hook = str(ff.get("webhook") or "") + " " + str(ff.get("tag") or "")
    if hook.strip() and lexicon.HANDOFF_ACTION.search(hook):
        return Handoff(proven=False, transcript=None, context_opaque=True, target=hook.strip())
    return None


def _all_texts(blob: Any) -> Iterator[str]:
    if isinstance(blob, dict):
        for k, v in blob.items():
            if k == "text" and isinstance(v, list):
                for t in v:
                    if isinstance(t, str):
                        yield t
            else:
                yield from _all_texts(v)
    elif isinstance(blob, list):
        for v in blob:
            yield from _all_texts(v)
