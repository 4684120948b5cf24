"""Small helpers several adapters share: turning located strings into messages, spotting runtime-only text."""
from __future__ import annotations

import re

from ..model import SourceFile
from .graph import FlowGraph, Message
from .messages import NODE_NOUN_HE, NODE_NOUN_HE_DEFAULT, is_hebrew, say
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
    """A short name for a step, in the flow's language: 'billing' / המצב „billing”, the end of the conversation /
    סוף השיחה."""
    if node_id == "END":
        return say(graph, "node.end")
    node = graph.nodes.get(node_id)
    name = (node.label or node.id) if node else node_id
    if not is_hebrew(graph):
        return say(graph, "node", name=name)
    return _hebrew_special(graph.format, node_id, name) or say(
        graph, "node", name=name, noun=NODE_NOUN_HE.get(graph.format, NODE_NOUN_HE_DEFAULT))


# Names adapters make up for steps that have none in the export; in Hebrew they are translated, not quoted.
_HE_LABELS = [
    (("rasa", "composer"), re.compile(r"^the conversation$"), lambda m: "ההמתנה הכללית לבקשה של הלקוח"),
    (("rasa",), re.compile(r"^active loop (.+)$"), lambda m: f"הטופס „{m[1]}”"),
    (("rasa",), re.compile(r"^(.+) \(Rasa default\)$"), lambda m: f"„{m[1]}” (ברירת המחדל של Rasa)"),
    (("dialogflow-cx",), re.compile(r"^previous page$"), lambda m: "הדף הקודם"),
    (("dialogflow-cx",), re.compile(r"^end of flow (.+?)( \(failure\))?$"),
     lambda m: f"סוף הזרימה „{m[1]}”" + (" (כישלון)" if m[2] else "")),
    (("dialogflow-cx",), re.compile(r"^flow (.+)$"), lambda m: f"הזרימה „{m[1]}”"),
    (("composer",), re.compile(r"^dialog (.+)$"), lambda m: f"הדיאלוג „{m[1]}”"),
    (("composer",), re.compile(r"^(\w+) in (.+)$"), lambda m: f"הפעולה „{m[1]}” בדיאלוג „{m[2]}”"),
]


def _hebrew_special(fmt: str, node_id: str, name: str) -> str | None:
    if fmt == "dialogflow-cx" and node_id.endswith("/START_PAGE") and name.endswith(" start"):
        return f"תחילת הזרימה „{name[:-len(' start')]}”"
    for formats, pattern, render in _HE_LABELS:
        if fmt in formats:
            m = pattern.match(name)
            if m:
                return render(m)
    return None
