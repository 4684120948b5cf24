"""Rasa projects: 2.x/3.x domain responses, stories and rules, and Rasa Pro CALM flows.

NLU-based Rasa has no state graph: stories and rules are examples of what the bot does after each intent. The
adapter therefore models what they teach: from a listening state (the conversation, or an active form or fallback
loop) every intent handled by a story or rule leads to the actions that follow it, then back to listening. That is
enough to answer "does asking for a person ever lead to a handoff?" and "where does an exhausted fallback go?".
Custom actions are opaque; one whose name suggests a handoff counts only when actions/*.py shows it pausing the
conversation or handing off, otherwise it is "cannot tell".

CALM flows are explicit step lists; `link: pattern_human_handoff` reaches a person only if the project overrides
that pattern with a real handoff, since Rasa's default pattern just says it cannot connect the customer.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..model import InputError, SourceFile
from . import lexicon
from .common import make_message
from .graph import END, FlowGraph, Handoff, Message, Node
from .source import load_yaml, read_source

FALLBACK_INTENTS = {"nlu_fallback", "out_of_scope_fallback"}
FALLBACK_LOOP = re.compile(r"(?i)fallback")
GREETING_RESPONSE = re.compile(r"(?i)^utter_(greet|welcome|intro|hello|hi)\b")
GREETING_INTENT = re.compile(r"(?i)^(greet|hello|hi|start|welcome|session_start)")
DEFAULT_HANDOFF_TEXT = ("I understand you want to be connected to a human agent, but that's something I cannot help "
                        "you with at the moment. Is there something else I can help you with?")
_PAUSE_CODE = re.compile(r"ConversationPaused|\"pause\"|'pause'|handoff|HandoffEvent|live_agent", re.I)


def load(path: Path) -> FlowGraph:
    root = path if path.is_dir() else path.parent
    return _Rasa(root).build()


class _Rasa:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.graph = FlowGraph(str(root), "rasa")
        self.responses: dict[str, list[Message]] = {}
        self.actions: list[tuple[str, SourceFile, int]] = []
        self.stories: list[tuple[str, str, Any, SourceFile]] = []   # (kind, name, block, src)
        self.flows: dict[str, tuple[Any, SourceFile]] = {}
        self.domain_key = "domain.yml#intents"
        self.domain_path = str(root / "domain.yml")
        self.proven_handoffs: set[str] = set()

    def rel(self, p: Path) -> str:
        try:
            return p.relative_to(self.root).as_posix()
        except ValueError:
            return p.name

    # ------------------------------------------------------------------------------------------- reading
    def build(self) -> FlowGraph:
        files = sorted(p for p in self.root.rglob("*") if p.suffix in (".yml", ".yaml") and p.is_file()
                       and not any(part.startswith(".") or part in ("models", "results", "tests", "e2e_tests")
                                   for part in p.relative_to(self.root).parts[:-1]))
        if not files:
            raise InputError("no YAML files in this Rasa project")
        domain_files = [f for f in files if f.name.startswith("domain") or "domain" in f.relative_to(self.root).parts]
        if domain_files:
            self.domain_key = f"{self.rel(domain_files[0])}#intents"
            self.domain_path = str(domain_files[0])
        for f in files:
            src = read_source(f)
            if f.name in ("config.yml", "config.yaml", "endpoints.yml", "credentials.yml"):
                self.graph.files.append(str(f))
                continue
            data = load_yaml(src)
            if not isinstance(data, dict):
                continue
            self.graph.files.append(str(f))
            for name, variants in (data.get("responses") or {}).items():
                self._response(str(name), variants, src)
            for a in data.get("actions") or []:
                if isinstance(a, str):
                    self.actions.append((a, src, getattr(data.get("actions"), "line", 0)))
                elif isinstance(a, dict):
                    for k in a:
                        self.actions.append((str(k), src, getattr(a, "line", 0)))
            for kind in ("stories", "rules"):
                for block in data.get(kind) or []:
                    if isinstance(block, dict):
                        name = str(block.get("story") or block.get("rule") or "")
                        self.stories.append((kind[:-1] if kind == "rules" else "story", name, block, src))
            for fid, flow in (data.get("flows") or {}).items():
                if isinstance(flow, dict):
                    self.flows[str(fid)] = (flow, src)
        self._scan_actions_code()
        g = self.graph
        listen = g.add_node("listen:main", path=self.domain_path, line=1, label="the conversation",
                            kind="listen", waits=True)
        listen.ref = self.domain_key
        g.starts.append(listen.id)
        for name in self.responses:
            if GREETING_RESPONSE.match(name):
                g.greetings.extend(self.responses[name])
        self._stories()
        self._declared_handoffs()
        if self.flows:
            self._calm()
        return g

    def _response(self, name: str, variants: Any, src: SourceFile) -> None:
        msgs: list[Message] = []
        for v in variants if isinstance(variants, list) else []:
            if isinstance(v, dict):
                if isinstance(v.get("text"), str) and v["text"].strip():
                    msgs.append(make_message(self.graph, v["text"], src, f"response:{name}"))
                for b in v.get("buttons") or []:
                    if isinstance(b, dict) and isinstance(b.get("title"), str) and b["title"].strip():
                        msgs.append(make_message(self.graph, b["title"], src, f"response:{name}#button:{b['title']}"))
                tr = v.get("translation")
                if isinstance(tr, dict):
                    for lang, text in tr.items():
                        if isinstance(text, str) and text.strip():
                            msgs.append(make_message(self.graph, text, src, f"response:{name}#{lang}",
                                                     "he" if str(lang).startswith(("he", "iw")) else None))
            elif isinstance(v, str) and v.strip():
                msgs.append(make_message(self.graph, v, src, f"response:{name}"))
        self.responses.setdefault(name, []).extend(msgs)

    def _scan_actions_code(self) -> None:
        """A custom action proves a handoff when its code pauses the conversation or emits a handoff event."""
        for py in sorted(self.root.glob("actions/**/*.py")) + sorted(self.root.glob("actions.py")):
            try:
                text = py.read_text(encoding="utf-8", errors="replace")
            except OSError:
                continue
            self.graph.files.append(str(py))
            for cls in re.split(r"\nclass\s+", text)[1:]:
                m = re.search(r"return\s+[\"']([\w\-]+)[\"']", cls)
                if m and _PAUSE_CODE.search(cls) and lexicon.HANDOFF_ACTION.search(m.group(1)):
                    self.proven_handoffs.add(m.group(1))

    # ------------------------------------------------------------------------------------------- NLU-based
    def _listen(self, ctx: str | None) -> str:
        if not ctx:
            return "listen:main"
        nid = f"listen:{ctx}"
        if nid not in self.graph.nodes:
            node = self.graph.add_node(nid, path=self.domain_path, label=f"active loop {ctx}", kind="listen",
                                       waits=True)
            node.ref = f"form:{ctx}"
        return nid

    def _stories(self) -> None:
        g = self.graph
        for kind, name, block, src in self.stories:
            key = f"{kind}:{name}"
            cond_loop = None
            for c in block.get("condition") or []:
                if isinstance(c, dict) and "active_loop" in c:
                    cond_loop = c["active_loop"]
            ctx = cond_loop
            turns: list[dict] = []
            current: dict | None = None
            for step in block.get("steps") or []:
                if not isinstance(step, dict):
                    continue
                intents = _intents(step)
                if intents:
                    current = {"intents": intents, "actions": [], "loop": ctx, "line": getattr(step, "line", 0),
                               "start_ctx": ctx}
                    turns.append(current)
                    continue
                if current is None:  # actions before any intent: what a loop does when it ends
                    current = {"intents": [], "actions": [], "loop": ctx, "line": getattr(step, "line", 0),
                               "start_ctx": ctx}
                    turns.append(current)
                if "action" in step:
                    current["actions"].append(str(step["action"]))
                if "active_loop" in step:
                    current["loop"] = step["active_loop"]
                    ctx = step["active_loop"]
            for i, t in enumerate(turns):
                nid = f"{key}#{i}"
                node = g.add_node(nid, path=src.path, line=getattr(block, "line", 0), label=key, kind="say")
                node.ref = key
                for a in t["actions"]:
                    self._act(node, a)
                exit_to = END if node.end == "restart" else self._listen(t["loop"])
                src_id = self._listen(t["start_ctx"])
                if t["intents"]:
                    for intent in t["intents"]:
                        fallback = intent in FALLBACK_INTENTS
                        g.add_edge(src_id, nid, trigger="no_match" if fallback else "intent", label=intent, key=key,
                                   path=src.path, line=t["line"], human_request=bool(lexicon.HUMAN_INTENT.search(intent)))
                        if GREETING_INTENT.match(intent):
                            g.greetings.extend(node.messages)
                elif t["start_ctx"] and FALLBACK_LOOP.search(str(t["start_ctx"])):
                    # the fallback loop gave up (the customer failed again): what the rule does next
                    g.add_edge(src_id, nid, trigger="no_match", label="fallback exhausted", key=key, path=src.path,
                               line=t["line"], attempt=2, failure=True)
                else:
                    g.add_edge(src_id, nid, trigger="input", label="loop finished", key=key, path=src.path,
                               line=t["line"])
                g.add_edge(nid, exit_to, trigger="always", key=key, path=src.path, line=t["line"],
                           failure=node.end == "restart" and not t["intents"])
                if t["loop"] and FALLBACK_LOOP.search(str(t["loop"])):
                    g.nodes[self._listen(t["loop"])].question = False

    def _act(self, node: Node, action: str) -> None:
        if action.startswith("utter_"):
            node.messages.extend(self.responses.get(action, []))
            return
        if lexicon.RESTART_ACTION.match(action):
            node.end = "restart"
        # a custom action often utters the response of the same name (action_x -> utter_x)
        node.messages.extend(self.responses.get("utter_" + action[len("action_"):], []) if action.startswith(
            "action_") else [])
        if lexicon.HANDOFF_ACTION.search(action) and not lexicon.RESTART_ACTION.match(action):
            proven = action in self.proven_handoffs
            node.handoff = Handoff(proven=proven, transcript=None, context_opaque=True, target=action)
            node.kind = "handoff"

    def _declared_handoffs(self) -> None:
        """Handoff-like custom actions that are declared: an unused one is a path to a person nobody can take."""
        g = self.graph
        used = {str(a) for _, _, b, _ in self.stories for s in b.get("steps") or [] if isinstance(s, dict)
                for a in [s.get("action")] if a}
        for flow, _ in self.flows.values():   # CALM flows (patterns included) run actions from their steps
            used.update(_flow_actions(flow.get("steps")))
        for name, src, line in self.actions:
            if name.startswith("utter_") or lexicon.RESTART_ACTION.match(name) or \
                    not lexicon.HANDOFF_ACTION.search(name) or name in used:
                continue
            node = g.add_node(f"action:{name}", path=src.path, line=line, label=name, kind="handoff")
            node.handoff = Handoff(proven=name in self.proven_handoffs, transcript=None, context_opaque=True,
                                   target=name)

    # ------------------------------------------------------------------------------------------- CALM
    def _calm(self) -> None:
        """CALM's flow stack. A flow that finishes (its last step, or `next: END`) does not end the conversation:
        Rasa runs pattern_completed ("anything else?") and listens again; a pattern that finishes returns to what it
        interrupted, i.e. to listening. Only restarting the session ends the conversation."""
        g = self.graph
        handoff_id = "pattern:pattern_human_handoff"
        # create every flow's entry first so that links and calls to later flows find a real node
        for fid, (flow, src) in self.flows.items():
            if fid.startswith("pattern_"):
                g.add_node(f"pattern:{fid}", label=fid, kind="say", path=src.path, line=getattr(flow, "line", 0))
            else:
                entry = g.add_node(f"flow:{fid}#entry", label=fid, kind="say", path=src.path,
                                   line=getattr(flow, "line", 0))
                entry.ref = f"flow:{fid}"
        if "pattern_human_handoff" not in self.flows:
            node = g.add_node(handoff_id, label="pattern_human_handoff (Rasa default)", kind="say")
            node.messages.append(Message(text=DEFAULT_HANDOFF_TEXT, key=handoff_id, path="", runtime=True))
            g.add_edge(handoff_id, "listen:main", trigger="always", key=handoff_id)
        if "pattern_cannot_handle" not in self.flows:
            g.add_node("pattern:pattern_cannot_handle", label="pattern_cannot_handle (Rasa default)", kind="say")
            g.add_edge("pattern:pattern_cannot_handle", "listen:main", trigger="always",
                       key="pattern:pattern_cannot_handle")
        for fid, (flow, src) in self.flows.items():
            first = self._calm_steps(fid, flow.get("steps") or [], src, "END")
            first = self._done(fid) if first == "END" else first
            if fid.startswith("pattern_"):
                g.add_edge(f"pattern:{fid}", first, trigger="always", key=f"pattern:{fid}")
            else:
                entry = g.nodes[f"flow:{fid}#entry"]
                g.add_edge(entry.id, first, trigger="always", key=f"flow:{fid}")
                g.add_edge("listen:main", entry.id, trigger="intent", label=fid, key=f"flow:{fid}", path=src.path,
                           line=getattr(flow, "line", 0), human_request=bool(lexicon.HUMAN_INTENT.search(fid)))
        # always available while a CALM assistant waits, inside a flow or not: ask for a person, or not be
        # understood; cancelling only means something while a flow is active (Rasa drops it otherwise)
        for node in list(g.nodes.values()):
            if node.waits and (node.id.startswith("flow:") or node.id == "listen:main"):
                g.add_edge(node.id, handoff_id, trigger="intent", label="human handoff", key=handoff_id,
                           human_request=True, scope="flow")
                if node.id != "listen:main":
                    g.add_edge(node.id, "listen:main", trigger="intent", label="cancel",
                               key="pattern:pattern_cancel_flow", scope="flow")
                g.add_edge(node.id, "pattern:pattern_cannot_handle", trigger="no_match", label="cannot handle",
                           key="pattern:pattern_cannot_handle", scope="flow")

    def _done(self, fid: str, nid: str | None = None) -> str:
        """Where the conversation goes when flow `fid` finishes after step `nid`."""
        if nid is not None and self.graph.nodes[nid].end == "restart":
            return END
        if not fid.startswith("pattern_") and "pattern_completed" in self.flows:
            return "pattern:pattern_completed"
        return "listen:main"

    def _calm_steps(self, fid: str, steps: list, src: SourceFile, after: str) -> str:
        """Add a step list; return the id of its first step (or `after` when empty)."""
        g = self.graph
        prefix = f"pattern:{fid}" if fid.startswith("pattern_") else f"flow:{fid}"
        ids: list[str] = []
        for i, step in enumerate(steps):
            if not isinstance(step, dict):
                continue
            sid = step.get("id") or (f"collect:{step['collect']}" if "collect" in step else
                                     f"action:{step['action']}" if "action" in step else
                                     f"link:{step['link']}" if "link" in step else
                                     f"call:{step['call']}" if "call" in step else str(i))
            nid = f"{prefix}#step:{sid}" if step.get("id") else f"{prefix}#{sid}"
            node = g.add_node(nid, path=src.path, line=getattr(step, "line", 0), label=f"{fid} {sid}", kind="say")
            if "collect" in step:
                node.waits, node.kind, node.question = True, "input", True
                utter = step.get("utter") or f"utter_ask_{step['collect']}"
                node.messages.extend(self.responses.get(str(utter), []))
            if "action" in step:
                self._act(node, str(step["action"]))
            ids.append(nid)
        for i, step in enumerate(s for s in steps if isinstance(s, dict)):
            nid = ids[i]
            default_next = ids[i + 1] if i + 1 < len(ids) else after
            if "link" in step or "call" in step:
                target = str(step.get("link") or step.get("call"))
                dst = f"pattern:{target}" if target.startswith("pattern_") else self._flow_entry(target)
                g.add_edge(nid, dst, trigger="always", key=nid, path=src.path, line=getattr(step, "line", 0))
                if "call" in step:
                    g.add_edge(nid, default_next if default_next != "END" else self._done(fid, nid),
                               trigger="return", key=nid)
                continue
            nxt = step.get("next", None)
            self._calm_next(fid, nid, nxt, default_next, src, getattr(step, "line", 0))
        return ids[0] if ids else after

    def _calm_next(self, fid: str, nid: str, nxt: Any, default_next: str, src: SourceFile, line: int) -> None:
        g = self.graph
        node = g.nodes[nid]
        trig = "input" if node.waits else "always"
        if nxt is None:
            g.add_edge(nid, self._done(fid, nid) if default_next == "END" else default_next, trigger=trig, key=nid,
                       path=src.path, line=line)
        elif isinstance(nxt, str):
            dst = self._done(fid, nid) if nxt == "END" else self._step_ref(fid, nxt)
            g.add_edge(nid, dst, trigger=trig, key=nid, path=src.path, line=line)
        elif isinstance(nxt, list):
            for br in nxt:
                if not isinstance(br, dict):
                    continue
                then = br.get("then", br.get("else"))
                label = "else" if "else" in br else str(br.get("if", ""))
                key = f"{nid}#else" if "else" in br else f"{nid}#if:{label}"
                if isinstance(then, list):
                    dst = self._calm_steps(fid, then, src, default_next)
                elif then == "END" or then is None:
                    dst = "END"
                else:
                    dst = self._step_ref(fid, str(then))
                g.add_edge(nid, dst if dst != "END" else self._done(fid, nid), trigger="condition", label=label,
                           key=key,
                           path=src.path, line=line)

    def _step_ref(self, fid: str, sid: str) -> str:
        prefix = f"pattern:{fid}" if fid.startswith("pattern_") else f"flow:{fid}"
        nid = f"{prefix}#step:{sid}"
        if nid not in self.graph.nodes:
            self.graph.add_node(nid, kind="missing", stuck=True, label=sid)
        return nid

    def _flow_entry(self, fid: str) -> str:
        flow = self.flows.get(fid)
        if not flow:
            nid = f"flow:{fid}"
            if nid not in self.graph.nodes:
                self.graph.add_node(nid, kind="missing", stuck=True, label=fid)
            return nid
        node = self.graph.add_node(f"flow:{fid}#entry", label=fid, kind="say")
        return node.id


def _flow_actions(steps: Any) -> set[str]:
    """Actions a CALM step list runs, including those in `next:` branches with their own steps."""
    found: set[str] = set()
    for step in steps if isinstance(steps, list) else []:
        if not isinstance(step, dict):
            continue
        if step.get("action"):
            found.add(str(step["action"]))
        nxt = step.get("next")
        for br in nxt if isinstance(nxt, list) else []:
            if isinstance(br, dict):
                found |= _flow_actions(br.get("then", br.get("else")))
    return found


def _intents(step: dict) -> list[str]:
    if "intent" in step:
        return [str(step["intent"])]
    if "or" in step and isinstance(step["or"], list):
        return [str(s["intent"]) for s in step["or"] if isinstance(s, dict) and "intent" in s]
    if "user" in step:
        return [str(step.get("intent") or "user_message")]
    return []
