"""Bot Framework Composer projects: adaptive `.dialog` JSON plus `.lg` language-generation templates.

Dialogs are trees of actions under triggers; the adapter flattens each trigger's actions into a chain of nodes
(branches for IfCondition/SwitchCondition, dialog calls for BeginDialog) that returns to the root dialog's listening
state. Input actions are questions: without `maxTurnCount` they re-prompt without limit. Messages usually live in
`.lg` files (`- variant` lines under `# Template`), read with a minimal parser: no expression evaluation, which copy
checks do not need. `Microsoft.SendHandoffActivity` is the handoff, with its `context` and `transcript`.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..model import InputError, SourceFile, TextUnit
from . import lexicon
from .common import make_message
from .graph import END, FlowGraph, Handoff, Message
from .source import PStr, load_json, read_source

INPUTS = {"Microsoft.TextInput", "Microsoft.NumberInput", "Microsoft.ConfirmInput", "Microsoft.ChoiceInput",
          "Microsoft.DateTimeInput", "Microsoft.AttachmentInput", "Microsoft.OAuthInput"}
_TEMPLATE_REF = re.compile(r"^\s*\$\{\s*([\w.\-]+)\s*\(\s*\)\s*\}\s*$")
_LG_HEADER = re.compile(r"^#\s*([\w.\-]+)")
_LG_CONTROL = re.compile(r"^-\s*(IF|ELSEIF|ELSE|SWITCH|CASE|DEFAULT)\s*:", re.I)
_LG_FIELD = re.compile(r"^\s*(Text|Speak)\s*=\s*(.*)$")


def load(path: Path) -> FlowGraph:
    root = path if path.is_dir() else _project_root(path)
    graph = FlowGraph(str(path), "composer")
    lg = _read_lg(graph, root)
    dialogs: dict[str, tuple[Any, SourceFile]] = {}
    files = [path] if path.is_file() else sorted(root.rglob("*.dialog"))
    for f in files:
        if f.name.endswith(".lu.dialog") or f.name.endswith(".qna.dialog") or "recognizers" in f.parts:
            continue
        src = read_source(f)
        data = load_json(src)
        if not isinstance(data, dict):
            raise InputError(f"{f.name}: a .dialog must be a JSON object")
        dialogs[f.name[: -len(".dialog")]] = (data, src)
        graph.files.append(str(f))
    if not dialogs:
        raise InputError("no .dialog files in this Composer project")
    return _Builder(graph, dialogs, lg, root).build()


def _project_root(path: Path) -> Path:
    for parent in path.parents:
        if any(parent.glob("*.botproj")) or (parent / "settings").is_dir():
            return parent
    return path.parent


def _read_lg(graph: FlowGraph, root: Path) -> dict[str, list[Message]]:
    """Template name -> its variant texts (each a located message keyed `lg:<template>`)."""
    out: dict[str, list[Message]] = {}
    for f in sorted(root.rglob("*.lg")):
        src = read_source(f)
        graph.files.append(str(f))
        name = None
        offset = 0
        in_block = False
        lang = "he" if re.search(r"(^|[./_-])(he|iw)([./_-]|$)", f.name) else None
        for line in src.text.splitlines(keepends=True):
            raw = line.rstrip("\r\n")
            stripped = raw.strip()
            m = _LG_HEADER.match(stripped)
            if m and not in_block:
                name = m.group(1)
                out.setdefault(name, [])
            elif name and stripped.startswith("```"):
                in_block = not in_block
            elif name and not in_block and stripped.startswith("-") and not _LG_CONTROL.match(stripped):
                text = stripped[1:].strip()
                if text and not text.startswith("```"):
                    start = offset + raw.index(text, raw.index("-") + 1)
                    out[name].append(_lg_message(graph, text, src, name, start, lang))
            elif name and not in_block:
                fm = _LG_FIELD.match(raw)
                if fm and fm.group(2).strip():
                    text = fm.group(2).strip()
                    out[name].append(_lg_message(graph, text, src, name, offset + raw.index(text, fm.start(2)), lang))
            offset += len(line)
    return out


def _lg_message(graph: FlowGraph, text: str, src: SourceFile, name: str, start: int, lang: str | None) -> Message:
    unit = TextUnit(text=text, path=src.path, key=f"lg:{name}", lang=lang or "auto", kind="bot", start=start,
                    source=src)
    msg = Message(text=text, key=f"lg:{name}", path=src.path, unit=unit, runtime=bool(_TEMPLATE_REF.match(text)))
    graph.add_message(msg)
    return msg


class _Builder:
    def __init__(self, graph: FlowGraph, dialogs: dict, lg: dict, root: Path) -> None:
        self.graph, self.dialogs, self.lg, self.root = graph, dialogs, lg, root
        self.counter = 0
        self.starts: dict[str, str] = {}
        self.root_name = next((n for n, (d, s) in dialogs.items() if Path(s.path).parent == root), next(iter(dialogs)))
        self.root_intents: list[tuple[str, str, bool]] = []

    def build(self) -> FlowGraph:
        g = self.graph
        for name, (data, src) in self.dialogs.items():
            start = g.add_node(f"dialog:{name}#start", path=src.path, line=1, label=f"dialog {name}", kind="start")
            self.starts[name] = start.id
        listen = g.add_node("listen", path=self.dialogs[self.root_name][1].path, line=1, label="the conversation",
                            kind="listen", waits=True)
        listen.ref = f"dialog:{self.root_name}"
        g.starts.append(self.starts[self.root_name])
        for name, (data, src) in self.dialogs.items():
            for trig in data.get("triggers") or []:
                if not isinstance(trig, dict):
                    continue
                kind = str(trig.get("$kind", ""))
                tkey = f"trigger:{kind}[{_designer_id(trig)}]"
                first = self._chain(trig.get("actions") or [], "listen", src, name)
                line = getattr(trig, "line", 0)
                if kind in ("Microsoft.OnConversationUpdateActivity", "Microsoft.OnBeginDialog"):
                    g.add_edge(self.starts[name], first, trigger="always", key=tkey, path=src.path, line=line)
                    if name == self.root_name:
                        g.greetings.extend(m for n in g.bot_run(first) for m in n.messages)
                elif kind == "Microsoft.OnIntent":
                    intent = str(trig.get("intent", ""))
                    human = bool(lexicon.HUMAN_INTENT.search(intent))
                    g.add_edge("listen", first, trigger="intent", label=intent, key=tkey, path=src.path, line=line,
                               human_request=human)
                    self.root_intents.append((intent, first, human))
                elif kind == "Microsoft.OnUnknownIntent":
                    g.add_edge("listen", first, trigger="no_match", label="unknown intent", key=tkey,
                               path=src.path, line=line)
                elif kind == "Microsoft.OnEscalate" or "Handoff" in kind:
                    g.add_edge("listen", first, trigger="intent", label=kind, key=tkey, path=src.path, line=line,
                               human_request=True)
            if not any(e.src == self.starts[name] for e in g.edges):
                g.add_edge(self.starts[name], "listen", trigger="always", key=f"dialog:{name}")
        # inputs that allow interruptions let the customer switch to any intent of the root dialog
        for node in list(g.nodes.values()):
            if node.waits and node.id != "listen" and node.label != "no-interruptions":
                for intent, first, human in self.root_intents:
                    g.add_edge(node.id, first, trigger="intent", label=intent, key=f"interruption:{intent}",
                               human_request=human, scope="flow")
        return g

    def _chain(self, actions: list, after: str, src: SourceFile, dialog: str) -> str:
        nxt = after
        for act in reversed([a for a in actions if isinstance(a, (dict, str))]):
            nxt = self._action(act, nxt, src, dialog)
        return nxt

    def _action(self, act: Any, nxt: str, src: SourceFile, dialog: str) -> str:
        g = self.graph
        if isinstance(act, str):  # a reference to another dialog file used as an action
            return nxt
        kind = str(act.get("$kind", ""))
        nid = f"action:{kind}[{_designer_id(act) or self._next_id()}]"
        line = getattr(act, "line", 0)
        node = g.add_node(nid, path=src.path, line=line, label=f"{kind.split('.')[-1]} in {dialog}", kind="say")
        if kind == "Microsoft.SendActivity":
            node.messages.extend(self._texts(act.get("activity"), src, nid))
            g.add_edge(nid, nxt, key=nid, path=src.path, line=line)
        elif kind in INPUTS:
            node.waits, node.kind, node.question = True, "input", True
            node.messages.extend(self._texts(act.get("prompt"), src, nid))
            if str(act.get("allowInterruptions", "true")).strip("= ").lower() == "false":
                node.label = "no-interruptions"
            g.add_edge(nid, nxt, trigger="input", key=nid, path=src.path, line=line)
            retry = self._texts(act.get("unrecognizedPrompt") or act.get("invalidPrompt"), src, f"{nid}#unrecognized")
            max_turns = act.get("maxTurnCount")
            try:
                max_turns = int(str(max_turns).lstrip("=")) if max_turns is not None else None
            except ValueError:
                max_turns = 3  # an expression: bounded at run time
            if max_turns:
                default = self._texts(act.get("defaultValueResponse"), src, f"{nid}#default")
                g.add_edge(nid, nxt, trigger="no_match", label="maxTurnCount", key=f"{nid}#maxTurnCount",
                           path=src.path, line=line, attempt=max_turns, messages=default)
            else:
                g.add_edge(nid, nid, trigger="no_match", label="unrecognized", key=f"{nid}#unrecognizedPrompt",
                           path=src.path, line=line, messages=retry)
        elif kind == "Microsoft.IfCondition":
            node.kind = "decision"
            cond = str(act.get("condition", ""))
            node.hours_gate = bool(lexicon.HOURS_CONDITION.search(cond))
            g.add_edge(nid, self._chain(act.get("actions") or [], nxt, src, dialog), trigger="condition",
                       label=cond, key=f"{nid}#if", path=src.path, line=line)
            g.add_edge(nid, self._chain(act.get("elseActions") or [], nxt, src, dialog), trigger="condition",
                       label="else", key=f"{nid}#else", path=src.path, line=line)
        elif kind == "Microsoft.SwitchCondition":
            node.kind = "decision"
            node.hours_gate = bool(lexicon.HOURS_CONDITION.search(str(act.get("condition", ""))))
            for case in act.get("cases") or []:
                g.add_edge(nid, self._chain(case.get("actions") or [], nxt, src, dialog), trigger="condition",
                           label=str(case.get("value", "")), key=f"{nid}#case:{case.get('value')}", path=src.path,
                           line=line)
            g.add_edge(nid, self._chain(act.get("default") or [], nxt, src, dialog), trigger="condition",
                       label="default", key=f"{nid}#default", path=src.path, line=line)
        elif kind in ("Microsoft.BeginDialog", "Microsoft.ReplaceDialog", "Microsoft.RepeatDialog"):
            target = dialog if kind == "Microsoft.RepeatDialog" else str(act.get("dialog", "")).lstrip("=")
            dst = self.starts.get(target)
            if dst is None:
                dst = g.add_node(f"dialog:{target}#start", kind="missing", stuck=True, label=target).id
            g.add_edge(nid, dst, key=nid, path=src.path, line=line)
            if kind == "Microsoft.BeginDialog":
                g.add_edge(nid, nxt, trigger="return", key=nid, path=src.path, line=line)
        elif kind in ("Microsoft.EndDialog", "Microsoft.CancelAllDialogs", "Microsoft.EndTurn",
                      "Microsoft.CancelDialog"):
            g.add_edge(nid, "listen", key=nid, path=src.path, line=line)
        elif kind == "Microsoft.SendHandoffActivity":
            ctx = act.get("context")
            keys = list(ctx) if isinstance(ctx, dict) else ([str(ctx)] if ctx else [])
            node.kind = "handoff"
            node.handoff = Handoff(kind="live_agent", context=keys, transcript=bool(act.get("transcript")))
            g.add_edge(nid, nxt, key=nid, path=src.path, line=line)
        else:
            for field in ("actions", "elseActions"):
                if isinstance(act.get(field), list) and act[field]:
                    g.add_edge(nid, self._chain(act[field], nxt, src, dialog), key=nid, path=src.path, line=line)
                    break
            else:
                g.add_edge(nid, nxt, key=nid, path=src.path, line=line)
        return nid

    def _texts(self, value: Any, src: SourceFile, key: str) -> list[Message]:
        if not isinstance(value, str) or not value.strip():
            return []
        m = _TEMPLATE_REF.match(value)
        if m:
            return list(self.lg.get(m.group(1), []))
        return [make_message(self.graph, value, src, key)] if isinstance(value, PStr) else []

    def _next_id(self) -> str:
        self.counter += 1
        return f"#{self.counter}"


def _designer_id(obj: dict) -> str:
    d = obj.get("$designer")
    return str(d.get("id")) if isinstance(d, dict) and d.get("id") else str(obj.get("id") or "")


__all__ = ["load", "END"]
