"""Botpress v12 bots (`data/bots/<id>/`): flows/*.flow.json plus content-elements/*.json.

Flow nodes say content elements by reference (`say #!builtin_text-xyz`), so messages live in the content files and
their keys are the element ids (`content:<id>`). A `skill-call` node is a question the customer answers (the
choice skill), whose "On failure" transition fires after the skill's retries; `""` as a target ends the
conversation. Handoffs are module actions (hitl, hitlnext), which is why they are found by action name.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..model import InputError
from . import lexicon
from .common import make_message
from .graph import END, FlowGraph, Handoff, Message
from .source import PStr, load_json, read_source

_SAY = re.compile(r"^say\s+#!([\w\-]+)")
_RET = re.compile(r"""==+\s*["']([^"']+)["']""")
_INTENT = re.compile(r"""intent\.name\s*===?\s*["']([^"']+)["']""")
_PROVEN_HANDOFF = re.compile(r"(?i)^(hitl|hitlnext)/|/(handoff|escalate)\b")


def load(path: Path) -> FlowGraph:
    root = path if path.is_dir() else path.parent.parent if path.parent.name == "flows" else path.parent
    graph = FlowGraph(str(path), "botpress")
    content = _load_content(graph, root)
    flow_dir = root / "flows"
    files = sorted(flow_dir.rglob("*.flow.json")) if flow_dir.is_dir() else [path]
    if path.is_file():
        files = [path]
    if not files:
        raise InputError("no flows/*.flow.json in this Botpress bot")
    flows: dict[str, tuple[Any, Any]] = {}
    for f in files:
        src = read_source(f)
        data = load_json(src)
        if not isinstance(data, dict) or not isinstance(data.get("nodes"), list):
            raise InputError(f"{f.name}: not a Botpress flow (no 'nodes' list)")
        rel = f.relative_to(flow_dir).as_posix() if flow_dir in f.parents else f.name
        flows[rel] = (src, data)
        graph.files.append(str(f))
    for ui in flow_dir.rglob("*.ui.json") if flow_dir.is_dir() else []:
        graph.files.append(str(ui))
    if (root / "bot.config.json").is_file():
        graph.files.append(str(root / "bot.config.json"))

    retries: dict[str, int] = {}

    def nid(rel: str, name: str) -> str:
        return f"{rel}#node:{name}"

    for rel, (src, data) in flows.items():
        if rel.startswith("skills/"):
            continue  # skill internals are summarised on the skill-call node
        for node in data["nodes"]:
            name = str(node.get("name") or node.get("id"))
            waits = node.get("onReceive") is not None or node.get("type") == "skill-call"
            n = graph.add_node(nid(rel, name), path=src.path, line=getattr(node, "line", 0), label=name,
                               kind="input" if waits else "say", waits=waits)
            for action in (node.get("onEnter") or []) + (node.get("onReceive") or []):
                action = str(action)
                m = _SAY.match(action)
                if m:
                    n.messages.extend(content.get(m.group(1), []))
                    continue
                name_part = action.split(" ", 1)[0]
                if name_part.startswith(("builtin/", "basic-skills/")):
                    continue
                if _PROVEN_HANDOFF.search(name_part):
                    n.kind, n.handoff = "handoff", Handoff(kind="live_agent", transcript=True, target=name_part)
                elif lexicon.HANDOFF_ACTION.search(name_part):
                    n.handoff = Handoff(proven=False, transcript=None, context_opaque=True, target=name_part)
            if node.get("type") == "skill-call":
                skill = flows.get(str(node.get("flow", "")), (None, {}))[1]
                sdata = skill.get("skillData") or {} if isinstance(skill, dict) else {}
                n.messages.extend(content.get(str(sdata.get("contentId", "")), []))
                retries[n.id] = int((sdata.get("config") or {}).get("nbMaxRetries", 0) or 0)
                n.question = False

    for rel, (src, data) in flows.items():
        if rel.startswith("skills/"):
            continue
        start = data.get("startNode")
        if rel == "main.flow.json" or (len(flows) == 1 and start):
            graph.starts.append(nid(rel, str(start)))
        catch = [t for t in ((data.get("catchAll") or {}).get("next") or []) if isinstance(t, dict)]
        for node in data["nodes"]:
            name = str(node.get("name") or node.get("id"))
            src_id = nid(rel, name)
            n = graph.nodes[src_id]
            skill = node.get("type") == "skill-call"
            for tr in node.get("next") or []:
                _edge(graph, n, tr, rel, name, flows, skill, src.path, retries.get(n.id))
            if n.waits:
                for tr in catch:
                    _edge(graph, n, tr, rel, name, flows, False, src.path, None, scope="flow")
    if not graph.starts:
        first = next(iter(graph.nodes.values()))
        graph.starts.append(first.id)
    return graph


def _edge(graph: FlowGraph, n, tr: dict, rel: str, name: str, flows: dict, skill: bool, path: str,
          retries: int | None, scope: str = "node") -> None:
    target = str(tr.get("node", ""))
    cond = str(tr.get("condition", ""))
    caption = str(tr.get("caption") or "")
    if target in ("", "#", "END"):
        dst = END
    elif target.endswith(".flow.json") or ".flow.json#" in target:
        flow, _, node_name = target.partition("#")
        fdata = flows.get(flow, (None, {}))[1]
        node_name = node_name or str(fdata.get("startNode", "entry")) if isinstance(fdata, dict) else node_name
        dst = f"{flow}#node:{node_name}"
    else:
        dst = f"{rel}#node:{target}"
    label_part = caption or cond
    key = f"{rel}#node:{name}#next:{label_part}" if scope == "node" else f"{rel}#catchAll:{label_part}"
    line = getattr(tr, "line", 0)
    failure = False
    attempt = None
    human = False
    if skill and (caption.lower().startswith("on failure") or cond.strip() == "true"):
        trigger, failure, attempt, label = "no_match", True, retries or None, "On failure"
    elif skill:
        m = _RET.search(cond)
        label = m.group(1) if m else caption
        trigger = "choice"
        human = bool(lexicon.HUMAN_INTENT.search(label) or lexicon.is_human_request_text(caption))
    elif _INTENT.search(cond):
        label = _INTENT.search(cond).group(1)
        trigger = "intent"
        human = bool(lexicon.HUMAN_INTENT.search(label))
        if label in ("none", "nlu_fallback"):
            trigger = "no_match"
    elif cond.strip() in ("true", ""):
        trigger, label = ("input" if n.waits else "always"), caption
    else:
        trigger, label = "condition", caption or cond
    graph.add_edge(n.id, dst, trigger=trigger, label=label, key=key, path=path, line=line, failure=failure,
                   attempt=attempt, human_request=human, scope=scope)


def _load_content(graph: FlowGraph, root: Path) -> dict[str, list[Message]]:
    """Content elements by id: the texts (and variations, choices, card titles) the bot can say."""
    out: dict[str, list[Message]] = {}
    folder = root / "content-elements"
    if not folder.is_dir():
        return out
    for f in sorted(folder.glob("*.json")):
        src = read_source(f)
        data = load_json(src)
        graph.files.append(str(f))
        if not isinstance(data, list):
            continue
        for el in data:
            if not isinstance(el, dict) or not isinstance(el.get("formData"), dict):
                continue
            cid = str(el.get("id"))
            msgs: list[Message] = []
            for field, value in el["formData"].items():
                base, _, lang = str(field).partition("$")
                lang = "he" if lang in ("he", "iw") else lang if lang in ("en",) else None
                if base in ("text", "title", "subtitle") and isinstance(value, PStr) and value.strip():
                    key = f"content:{cid}" if base == "text" else f"content:{cid}#{base}"
                    msgs.append(make_message(graph, value, src, key, lang))
                elif base == "variations" and isinstance(value, list):
                    for i, v in enumerate(value, 1):
                        if isinstance(v, PStr) and v.strip():
                            msgs.append(make_message(graph, v, src, f"content:{cid}#variation:{i}", lang))
                elif base == "choices" and isinstance(value, list):
                    for ch in value:
                        if isinstance(ch, dict) and isinstance(ch.get("title"), PStr):
                            msgs.append(make_message(graph, ch["title"], src,
                                                     f"content:{cid}#choice:{ch.get('value')}", lang))
                elif base == "items" and isinstance(value, list):
                    for i, item in enumerate(value, 1):
                        if not isinstance(item, dict):
                            continue
                        for sub in ("title", "subtitle"):
                            if isinstance(item.get(sub), PStr) and item[sub].strip():
                                msgs.append(make_message(graph, item[sub], src, f"content:{cid}#item:{i}:{sub}",
                                                         lang))
            out[cid] = msgs
    return out
