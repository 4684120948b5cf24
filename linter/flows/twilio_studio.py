"""Twilio Studio flow definitions (the JSON of "Export JSON" or the Flows API `definition`).

Studio is explicit: a state list whose transitions name the next widget, and a transition without `next` ends the
execution. The adapter's judgement calls: which transitions are failures (an ended execution after a failure is a
dead end, after a `sent` closing message it is a normal end), which splits test the customer's answer (only those
are fallbacks; a split on an office-hours function is an hours gate), and what a `send-to-flex` hands over.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from ..model import InputError
from . import lexicon
from .common import make_message
from .graph import END, FlowGraph, Handoff
from .source import PStr, load_json, read_source

INPUT_TYPES = {"send-and-wait-for-reply", "gather-input-on-call"}
HANDOFF_TYPES = {"send-to-flex": "queue", "enqueue-call": "queue", "connect-call-to": "phone_transfer"}
FAILURE_EVENTS = {"failed", "fail", "deliveryFailure", "failedToEnqueue", "callFailure", "error", "timeout",
                  "noMatch", "busy", "noAnswer", "hangup"}
NATURAL_END_EVENTS = {"callComplete", "sent", "success", "next", "completed", "audioComplete", "hangup",
                      "incomingMessage", "incomingCall", "incomingConversationMessage", "incomingRequest",
                      "incomingParent", "return"}
_USER_INPUT_REF = re.compile(r"(inbound\.Body|\.Digits|SpeechResult|trigger\.message\.Body|trigger\.call\.Digits|"
                             r"trigger\.conversation\.Body|\.Body\b)")
_WIDGET_REF = re.compile(r"widgets\.([A-Za-z0-9_\-]+)")
_CONTEXT_WORDS = re.compile(r"(?i)(memory|transcript|history|summary|conversation|context)")


def load(path: Path) -> FlowGraph:
    src = read_source(path)
    data = load_json(src)
    if not isinstance(data, dict) or not isinstance(data.get("states"), list):
        raise InputError("not a Twilio Studio flow: no 'states' list")
    graph = FlowGraph(str(path), "twilio-studio")
    graph.files.append(str(path))
    states = {s.get("name"): s for s in data["states"] if isinstance(s, dict) and s.get("name")}
    sid = {name: f"state:{name}" for name in states}

    for name, st in states.items():
        typ = st.get("type", "")
        props = st.get("properties") or {}
        node = graph.add_node(sid[name], path=src.path, line=getattr(st, "line", 0), label=name, kind="say")
        if typ == "trigger":
            node.kind = "start"
            graph.starts.append(node.id)
        if typ in INPUT_TYPES:
            node.kind, node.waits = "input", True
        for field in ("body", "say"):
            text = props.get(field)
            if isinstance(text, str) and text.strip():
                node.messages.append(make_message(graph, text, src, node.id))
        if typ == "gather-input-on-call" and props.get("play"):
            pass
        if typ in HANDOFF_TYPES:
            node.kind = "handoff"
            node.handoff = _handoff(props, HANDOFF_TYPES[typ], states)
        if typ == "split-based-on":
            node.kind = "decision"
            tested = str(props.get("input", ""))
            if lexicon.HOURS_CONDITION.search(tested) or any(
                    lexicon.HOURS_CONDITION.search(ref) for ref in _WIDGET_REF.findall(tested)):
                node.hours_gate = True
        if typ in ("run-function", "make-http-request") and lexicon.HOURS_CONDITION.search(
                f"{name} {props.get('url', '')} {props.get('function_sid', '')}"):
            node.hours_gate = True
        if typ == "record-voicemail":
            node.kind = "voicemail"

    # A split on the result of an hours function is itself an hours gate.
    for name, st in states.items():
        if st.get("type") == "split-based-on":
            for ref in _WIDGET_REF.findall(str((st.get("properties") or {}).get("input", ""))):
                if ref in states and graph.nodes[sid[ref]].hours_gate:
                    graph.nodes[sid[name]].hours_gate = True

    initial = data.get("initial_state")
    if initial in sid and sid[initial] not in graph.starts:
        graph.starts.insert(0, sid[initial])

    for name, st in states.items():
        typ = st.get("type", "")
        node = graph.nodes[sid[name]]
        props = st.get("properties") or {}
        tests_answer = typ == "split-based-on" and bool(_USER_INPUT_REF.search(str(props.get("input", ""))))
        for tr in st.get("transitions") or []:
            if not isinstance(tr, dict):
                continue
            event = str(tr.get("event", ""))
            nxt = tr.get("next")
            key = f"state:{name}#event:{event}"
            line = getattr(tr, "line", 0)
            trigger = _trigger(typ, event, tests_answer)
            failure = event in FAILURE_EVENTS and not (event == "noMatch" and not tests_answer) \
                and not (event == "timeout" and typ == "send-and-wait-for-reply" and nxt)
            label = event
            conds = tr.get("conditions") or []
            if conds and isinstance(conds[0], dict):
                label = str(conds[0].get("friendly_name") or conds[0].get("value") or event)
            if nxt and nxt in sid:
                graph.add_edge(node.id, sid[nxt], trigger=trigger, label=label, key=key, path=src.path,
                               line=line, failure=failure)
            elif nxt:
                graph.add_edge(node.id, f"state:{nxt}", trigger=trigger, label=label, key=key, path=src.path,
                               line=line, failure=failure)
            else:
                if typ == "trigger":
                    continue  # an unused trigger event starts nothing
                ends_badly = failure or (node.waits and event in ("incomingMessage", "timeout")) or \
                    event not in NATURAL_END_EVENTS
                if node.handoff and event in ("callComplete", "hangup"):
                    ends_badly = False
                graph.add_edge(node.id, END, trigger=trigger, label=label, key=key, path=src.path, line=line,
                               failure=ends_badly)
    return graph


def _trigger(typ: str, event: str, tests_answer: bool) -> str:
    if event == "noMatch":
        return "no_match" if tests_answer else "condition"
    if event == "match":
        return "choice" if tests_answer else "condition"
    if event == "timeout":
        # On a phone gather the caller is on the line and silent: a no-input. In messaging a reply timeout means the
        # customer has gone; it ends or moves the flow but is not a misunderstanding to escalate.
        return "no_input" if typ == "gather-input-on-call" else "timeout"
    if event in ("incomingMessage", "keypress", "speech"):
        return "input"
    if event in FAILURE_EVENTS:
        return "error"
    return "always"


def _handoff(props: dict, kind: str, states: dict) -> Handoff:
    """What the agent receives: the task attributes (Flex) or nothing but the call (transfers)."""
    raw = props.get("attributes")
    keys: list[str] = []
    broken: list[str] = []
    transcript = False
    if isinstance(raw, str) and raw.strip():
        try:
            # Liquid inside the JSON may break parsing ({{ x | to_json }}); fall back to reading keys by pattern.
            parsed = json.loads(re.sub(r"\{\{[^{}]*\}\}", "x", raw))
            keys = [str(k) for k in parsed] if isinstance(parsed, dict) else []
        except ValueError:
            keys = re.findall(r'"([\w.\-]+)"\s*:', raw)
        for ref in _WIDGET_REF.findall(raw):
            if ref not in states:
                broken.append(f"widgets.{ref}")
        transcript = bool(_CONTEXT_WORDS.search(raw))
    elif isinstance(raw, dict):
        keys = list(raw)
    ctx = [k for k in keys if k.lower() not in ("type", "channeltype", "channelsid", "channel", "from", "to")]
    target = str(props.get("workflow") or props.get("to") or props.get("queue_name") or "")
    return Handoff(kind=kind, context=ctx, transcript=transcript, broken_refs=sorted(set(broken)), target=target,
                   proven=True)


__all__ = ["load", "PStr"]
