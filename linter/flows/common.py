"""Small helpers several adapters share: turning located strings into messages, spotting runtime-only text."""
from __future__ import annotations

import re

from ..model import SourceFile
from .graph import FlowGraph, Message
from .source import unit_for

# A message that is nothing but a parameter or template reference is filled in at run time: it has no words to lint
# and no wording to judge (e.g. "$request.generative.welcome-message", "{{flow.msg}}", "${Greeting()}").
_RUNTIME_ONLY = re.compile(r"^\s*(\$[\w.\-\[\]]+|\{\{[^{}]*\}\}|\$\{[^{}]*\}|\{[\w.]+\})\s*$")


def is_runtime_only(text: str) -> bool:
    return bool(_RUNTIME_ONLY.match(text or ""))


def make_message(graph: FlowGraph, value: str, src: SourceFile | None, key: str, lang: str | None = None,
                 writable: bool = True, register: bool = True) -> Message:
    """A Message with its TextUnit; `lang` None means: decide from the text (graph language as the fallback)."""
    unit = unit_for(value, src, key, lang or "auto", kind="bot", writable=writable)
    msg = Message(text=str(value), key=key, path=src.path if src else graph.path, unit=unit,
                  runtime=is_runtime_only(str(value)))
    if register:
        graph.add_message(msg)
    return msg


# Dialogflow CX: once a page's form is filled (or it has none) its status is FINAL, so this route always fires.
_FORM_DONE = re.compile(r'^\$page\.params\.status\s*=\s*"?FINAL"?$')
_NEG = {"=": "!=", "!=": "=", "==": "!=", "<": ">=", ">=": "<", ">": "<=", "<=": ">"}
_ATOM = re.compile(r"([\w$.\[\]'\"-]+)\s*(!=|==|>=|<=|=|<|>)\s*(\"[^\"]*\"|'[^']*'|[\w$.\-]+)")


def conditions_exhaustive(conditions: list[str]) -> bool:
    """Whether a set of bot-side conditions surely lets one through: one is `true`/empty, or two of them test the
    same thing in opposite ways (x = v / x != v). Anything else may leave the customer stranded."""
    atoms: set[tuple[str, str, str]] = set()
    for cond in conditions:
        c = (cond or "").strip()
        if not c or c.lower() in ("true", "1") or _FORM_DONE.match(c):
            return True
        for m in _ATOM.finditer(c):
            atoms.add((m.group(1), m.group(2).replace("==", "="), m.group(3)))
    for left, op, right in atoms:
        if (left, _NEG.get(op, "").replace("==", "="), right) in atoms:
            return True
    return False


def message_position(msg: Message, offset: int = 0) -> tuple[int, int]:
    """1-based (line, column) of character `offset` of a message, (0, 0) when its file is unknown."""
    unit = msg.unit
    if unit is None or unit.source is None:
        return 0, 0
    offset = max(0, min(offset, len(unit.text)))
    return unit.source.position(unit.file_offset(offset) if unit.text else unit.start)


def describe(graph: FlowGraph, node_id: str) -> str:
    """A short human name for where a transition goes."""
    if node_id == "END":
        return "the end of the conversation"
    node = graph.nodes.get(node_id)
    return f"'{node.label or node.id}'" if node else f"'{node_id}'"
