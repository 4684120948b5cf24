"""bahir's own flow format: bot scripts and phone menus written down before anything is built.

Conversation designers sketch flows long before a platform export exists; auditing the sketch is the cheapest time
to find a menu without a way to a person. The format (docs/flow-format.md) is deliberately small and validated
strictly: a typo in a key would otherwise silently hide a transition and produce a wrong verdict.
"""
from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

from ..model import InputError, SourceFile
from . import lexicon
from .common import make_message
from .graph import END, FlowGraph, Handoff
from .source import load_yaml, read_source

MARKER = "bahir-flow"
TOP_KEYS = {MARKER, "name", "lang", "start", "anywhere", "states", "description", "conversations"}
TURN_ROLES = ("bot", "user", "agent", "event")
STATE_KEYS = {"say", "ask", "options", "next", "branches", "on", "handoff", "end", "code", "question", "hours",
              "voicemail", "description", "greeting"}
HANDOFF_KEYS = {"to", "kind", "context", "transcript", "clears", "description"}
HANDLER_KEYS = {"say", "next", "end"}
EVENTS = {"no-match": "no_match", "no-input": "no_input", "timeout": "timeout", "error": "error",
          "failed": "error", "busy": "error"}


def load(path: Path) -> FlowGraph:
    return load_source(read_source(path))


def load_text(text: str, name: str = "<flow>") -> FlowGraph:
    """Load a flow from a string (rule examples, tests)."""
    return load_source(SourceFile(path=name, text=text))


def load_source(src: SourceFile) -> FlowGraph:
    data = load_yaml(src)
    if not isinstance(data, dict) or MARKER not in data:
        raise InputError(f"not a bahir flow: the top-level '{MARKER}: 1' marker is missing")
    _check_keys(data, TOP_KEYS, "the top level")
    if data[MARKER] != 1:
        raise InputError(f"unsupported {MARKER} version {data[MARKER]!r} (this bahir reads version 1)")
    states = data.get("states")
    graph = FlowGraph(src.path, "native")
    graph.files.append(src.path)
    if data.get("lang") in ("he", "en"):
        graph.lang_hint = data["lang"]
    if "conversations" in data:
        _conversations(graph, src, data["conversations"])
        if states is None:
            return graph
    if not isinstance(states, dict) or not states:
        raise InputError("'states' must be a non-empty mapping of state id to state")
    ids = {str(k): f"state:{k}" for k in states}

    def target(value: Any, where: str) -> str:
        if value is None or value is True or str(value).lower() == "end":
            return END
        if str(value) not in ids:
            hint = difflib.get_close_matches(str(value), list(ids), n=1)
            raise InputError(f"{where}: unknown state {value!r}" + (f" (did you mean {hint[0]!r}?)" if hint else ""))
        return ids[str(value)]

    for sid, st in states.items():
        if not isinstance(st, dict):
            raise InputError(f"state {sid!r} must be a mapping")
        _check_keys(st, STATE_KEYS, f"state {sid!r}")
        nid = ids[str(sid)]
        waits = "ask" in st or "options" in st
        node = graph.add_node(nid, path=src.path, line=getattr(st, "line", 0), label=str(sid),
                              kind="input" if waits else "say", waits=waits)
        node.question = bool(st.get("question", waits and "options" not in st))
        node.greeting = bool(st.get("greeting", False))
        node.hours_gate = bool(st.get("hours", False))
        for text in _texts(st.get("say")):
            node.messages.append(make_message(graph, text, src, nid, graph.lang_hint))
        for text in _texts(st.get("ask")):
            node.messages.append(make_message(graph, text, src, f"{nid}#ask", graph.lang_hint))
        if "handoff" in st:
            h = st["handoff"] if isinstance(st["handoff"], dict) else {}
            _check_keys(h, HANDOFF_KEYS, f"state {sid!r} handoff")
            node.kind = "handoff"
            node.handoff = Handoff(kind=str(h.get("kind", "live_agent")), context=[str(c) for c in h.get("context")
                                   or []], transcript=bool(h.get("transcript", False)), target=str(h.get("to", "")),
                                   dropped=[str(c) for c in h.get("clears") or []])
        if st.get("code"):
            node.kind = "action"
            if lexicon.HANDOFF_ACTION.search(str(st["code"])) and node.handoff is None:
                node.handoff = Handoff(proven=False, transcript=None, context_opaque=True, target=str(st["code"]))
        if st.get("voicemail"):
            node.kind = "voicemail"
        if st.get("end"):
            node.end = "failure" if str(st["end"]).lower() == "failure" else "normal"

    anywhere = data.get("anywhere") or {}
    if not isinstance(anywhere, dict):
        raise InputError("'anywhere' must map an option to a state")

    for sid, st in states.items():
        nid = ids[str(sid)]
        node = graph.nodes[nid]
        line = node.line
        for label, dst in (st.get("options") or {}).items():
            graph.add_edge(nid, target(dst, f"state {sid!r} option {label!r}"), trigger="choice", label=str(label),
                           key=f"{nid}#option:{label}", path=src.path, line=line,
                           human_request=_asks_for_person(str(label)))
        if node.waits:
            for label, dst in anywhere.items():
                graph.add_edge(nid, target(dst, f"anywhere option {label!r}"), trigger="choice", label=str(label),
                               key=f"anywhere:{label}", path=src.path, line=getattr(anywhere, "line", 0),
                               human_request=_asks_for_person(str(label)), scope="flow")
        if "next" in st:
            graph.add_edge(nid, target(st["next"], f"state {sid!r} next"), trigger="input" if node.waits else "always",
                           key=f"{nid}#next", path=src.path, line=line)
        for i, br in enumerate(st.get("branches") or [], 1):
            if not isinstance(br, dict) or not ({"next", "else"} & set(br)):
                raise InputError(f"state {sid!r} branch {i}: needs 'next' (with 'if') or 'else'")
            dst = br["else"] if "else" in br else br["next"]
            cond = "else" if "else" in br else str(br.get("if", ""))
            graph.add_edge(nid, target(dst, f"state {sid!r} branch {i}"), trigger="condition", label=cond,
                           key=f"{nid}#branch:{i}", path=src.path, line=line)
        for event, handler in (st.get("on") or {}).items():
            trig = EVENTS.get(str(event))
            if trig is None:
                raise InputError(f"state {sid!r}: unknown event {event!r} (use one of {', '.join(sorted(EVENTS))})")
            attempts = handler if isinstance(handler, list) else [handler]
            for n, h in enumerate(attempts, 1):
                numbered = isinstance(handler, list)
                key = f"{nid}#on:{event}" + (f"[{n}]" if numbered else "")
                if isinstance(h, dict):
                    _check_keys(h, HANDLER_KEYS, f"state {sid!r} on {event}")
                    msgs = [make_message(graph, t, src, key, graph.lang_hint) for t in _texts(h.get("say"))]
                    dst = END if h.get("end") else (target(h["next"], f"state {sid!r} on {event}")
                                                   if "next" in h else nid)
                else:
                    msgs = []
                    dst = target(h, f"state {sid!r} on {event}")
                # the last attempt of a list repeats while the customer keeps failing, unless it leaves
                attempt = n if numbered and not (n == len(attempts) and dst == nid) else None
                graph.add_edge(nid, dst, trigger=trig, label=str(event), key=key, path=src.path, line=line,
                               attempt=attempt, failure=trig in ("error", "timeout") or (dst == END),
                               messages=msgs)
        if node.end:
            graph.add_edge(nid, END, trigger="always", key=f"{nid}#end", path=src.path, line=line,
                           failure=node.end == "failure")
        if not node.out and node.kind != "handoff":
            node.stuck = True  # nothing follows: the designer forgot where it goes

    start = data.get("start")
    graph.starts.append(target(start, "start") if start is not None else ids[str(next(iter(states)))])
    return graph


def _conversations(graph: FlowGraph, src: SourceFile, convs: Any) -> None:
    """Sample dialogues written with the design (or pasted from tests): graded like transcripts."""
    from .transcripts import _add
    if not isinstance(convs, list):
        raise InputError("'conversations' must be a list of conversations (each a list of turns)")
    for n, conv in enumerate(convs, 1):
        turns = conv.get("turns") if isinstance(conv, dict) else conv
        if not isinstance(turns, list):
            raise InputError(f"conversation {n}: expected a list of turns like '- user: text'")
        out = []
        for t in turns:
            if not isinstance(t, dict) or len(t) != 1 or next(iter(t)) not in TURN_ROLES:
                raise InputError(f"conversation {n}: each turn is one of {', '.join(TURN_ROLES)} with its text")
            role, text = next(iter(t.items()))
            if role == "event":
                out.append({"role": "system", "text": "", "event": str(text), "line": getattr(t, "line", 0)})
            else:
                out.append({"role": role, "text": text if isinstance(text, str) else str(text),
                            "line": getattr(t, "line", 0)})
        cid = str(conv.get("id", n)) if isinstance(conv, dict) else str(n)
        _add(graph, src, cid, out, single=len(convs) == 1)


def _asks_for_person(label: str) -> bool:
    return bool(lexicon.HUMAN_INTENT.search(label) or lexicon.is_human_request_text(label))


def _texts(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return [value] if isinstance(value, str) else []


def _check_keys(mapping: dict, allowed: set[str], where: str) -> None:
    for key in mapping:
        if key not in allowed:
            hint = difflib.get_close_matches(str(key), sorted(allowed), n=1)
            raise InputError(f"{where}: unknown key {key!r}" + (f" (did you mean {hint[0]!r}?)" if hint else ""))
