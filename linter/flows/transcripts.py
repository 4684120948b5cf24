"""Conversation transcripts: what the bot actually said when a customer asked for a person.

A flow export shows what may happen; a transcript shows what did. Four shapes are read, all into
`FlowGraph.conversations` (no states, no edges):

* bahir's generic JSONL, one turn per line (documented in docs/flow-format.md);
* `{"result": {"transcript": [{"speaker", "text"}]}}` call-agent JSON, where the speaker "agent" is the AI
  agent placing the call and "callee"/"user" is the customer;
* Rasa tracker JSON (`{"events": [...]}` or a list of such trackers, or a bare event list);
* Bot Framework `.transcript` files (a JSON array of activities).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..model import InputError, SourceFile
from . import lexicon
from .common import make_message
from .graph import Conversation, FlowGraph, Turn
from .source import _make_json_decoder, load_json, read_source

BOT_SPEAKERS = {"agent", "assistant", "bot", "ai", "system_agent", "virtual_agent", "voicebot"}
USER_SPEAKERS = {"callee", "caller", "user", "customer", "human", "client", "visitor"}
HANDOFF_EVENTS = {"handoff_started", "agent_joined"}


def load(path: Path) -> FlowGraph:
    src = read_source(path)
    graph = FlowGraph(str(path), "transcript")
    graph.files.append(str(path))
    if path.name.lower().endswith(".jsonl"):
        _load_jsonl(graph, src)
        return graph
    data = load_json(src)
    if isinstance(data, dict) and ("result" in data or "transcript" in data):
        turns = (data.get("result") or {}).get("transcript") if isinstance(data.get("result"), dict) else None
        turns = turns if turns is not None else data.get("transcript")
        if not isinstance(turns, list):
            raise InputError("no transcript list under 'result.transcript' or 'transcript'")
        _add(graph, src, str(data.get("call_id") or data.get("id") or path.stem),
             [_speaker_turn(t) for t in turns if isinstance(t, dict)], single=True)
    elif isinstance(data, dict) and "events" in data:
        _add(graph, src, str(data.get("sender_id") or path.stem), _rasa_turns(data["events"]), single=True)
    elif isinstance(data, list) and data and all(isinstance(t, dict) and "events" in t for t in data):
        for tracker in data:
            _add(graph, src, str(tracker.get("sender_id") or len(graph.conversations)),
                 _rasa_turns(tracker["events"]), single=len(data) == 1)
    elif isinstance(data, list) and data and isinstance(data[0], dict) and "event" in data[0]:
        _add(graph, src, path.stem, _rasa_turns(data), single=True)
    elif isinstance(data, list):
        _add(graph, src, path.stem, _activity_turns(data), single=True)
    else:
        raise InputError("not a transcript this version reads (generic JSONL, result.transcript, Rasa tracker or "
                         "Bot Framework .transcript)")
    return graph


# ------------------------------------------------------------------------------------------- shapes
def _speaker_turn(t: dict) -> dict:
    speaker = str(t.get("speaker") or t.get("role") or "").lower()
    role = "bot" if speaker in BOT_SPEAKERS else "user" if speaker in USER_SPEAKERS else \
        "agent" if speaker in ("human_agent", "live_agent", "operator", "representative") else "system"
    return {"role": role, "text": t.get("text") or t.get("content") or "", "event": t.get("event") or "",
            "line": getattr(t, "line", 0)}


def _rasa_turns(events: Any) -> list[dict]:
    out: list[dict] = []
    for ev in events if isinstance(events, list) else []:
        if not isinstance(ev, dict):
            continue
        kind = ev.get("event")
        line = getattr(ev, "line", 0)
        if kind == "user":
            intent = ((ev.get("parse_data") or {}).get("intent") or {}).get("name") or ""
            out.append({"role": "user", "text": ev.get("text") or "", "intent": intent, "line": line})
        elif kind == "bot":
            out.append({"role": "bot", "text": ev.get("text") or "", "line": line})
        elif kind == "pause":
            out.append({"role": "system", "text": "", "event": "handoff_started", "line": line})
        elif kind == "action" and lexicon.HANDOFF_ACTION.search(str(ev.get("name") or "")) \
                and not str(ev.get("name") or "").startswith("utter_"):
            out.append({"role": "system", "text": "", "event": "handoff_requested", "line": line})
        elif kind == "stack" and "pattern_human_handoff" in json.dumps(ev.get("update", "")):
            out.append({"role": "system", "text": "", "event": "handoff_requested", "line": line})
    return out


def _activity_turns(activities: list) -> list[dict]:
    out: list[dict] = []
    for act in activities:
        if not isinstance(act, dict):
            continue
        role = str(((act.get("from") or {}).get("role")) or "").lower()
        line = getattr(act, "line", 0)
        if act.get("type") == "message":
            out.append({"role": "bot" if role == "bot" else "user" if role == "user" else "agent",
                        "text": act.get("text") or "", "line": line})
        elif act.get("type") == "event" and str(act.get("name", "")).startswith("handoff"):
            ev = "handoff_started" if act.get("name") == "handoff.initiate" else str(act.get("name"))
            out.append({"role": "system", "text": "", "event": ev, "line": line})
    return out


def _load_jsonl(graph: FlowGraph, src: SourceFile) -> None:
    decoder = _make_json_decoder(src.text)
    text = src.text
    groups: dict[str, list[dict]] = {}
    pos = 0
    lineno = 0
    while pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl == -1 else nl
        lineno += 1
        if text[pos:end].strip():
            start = pos + len(text[pos:end]) - len(text[pos:end].lstrip())
            try:
                obj, _ = decoder.raw_decode(text, start)
            except json.JSONDecodeError as exc:
                raise InputError(f"invalid JSON on line {lineno}: {exc.msg}") from None
            if not isinstance(obj, dict):
                raise InputError(f"line {lineno}: each line must be a JSON object")
            role = str(obj.get("role", "")).lower()
            turn = {"role": role if role in ("user", "bot", "agent", "system") else "system",
                    "text": obj.get("text") or "", "event": str(obj.get("event") or ""),
                    "intent": str(obj.get("intent") or ""), "line": lineno}
            groups.setdefault(str(obj.get("conversation_id", "")), []).append(turn)
        pos = end + 1
    for cid, turns in groups.items():
        _add(graph, src, cid, turns, single=len(groups) == 1)


def _add(graph: FlowGraph, src: SourceFile, cid: str, turns: list[dict], single: bool) -> None:
    conv = Conversation(id=cid, turns=[], path=src.path)
    for i, t in enumerate(turns):
        key = f"turn:{i}" if single else f"{cid}#turn:{i}"
        turn = Turn(index=i, role=t["role"], text=str(t.get("text") or ""), key=key, path=src.path,
                    line=t.get("line", 0) or getattr(t.get("text"), "line", 0), event=t.get("event", ""),
                    intent=t.get("intent", ""))
        if turn.role == "bot" and turn.text.strip():
            turn.message = make_message(graph, t["text"], src, key)
        conv.turns.append(turn)
    graph.conversations.append(conv)
