"""FL003: places where the conversation stops with no way forward."""
from __future__ import annotations

from linter.flows import lexicon
from linter.flows.common import describe
from linter.flows.messages import say
from linter.flows.graph import END
from linter.rule import Rule

CUSTOMER_CHOICE = ("choice", "intent")


class DeadEnd(Rule):
    code = "FL003"
    name = "dead-end"
    category = "dead-end"
    level = "error"
    scope = "flow"
    summary = "A state with no way forward, or a failure that simply ends the conversation."
    why = ("When a transfer fails, a reply times out or a menu branch just stops, the customer is left in silence "
           "with nothing to do and nobody to ask. Google's conversation design guidance treats unrecoverable errors "
           "as endings that must still tell people what to do next. A completed task that ends is fine; a failure, "
           "a silent stop or an information branch that drops the customer is not.")
    source = ("Google Conversation Design, 'Errors' and 'Endings'; cxlint R013 dangling pages and dfcx-agent-linter "
              "'stuck pages'; Twilio Studio flow definition (a transition without 'next' ends the execution).")
    examples = {
        "fail": [
            "bahir-flow: 1\nstart: transfer\nstates:\n  transfer:\n    handoff: {to: desk, transcript: true}\n"
            "    on:\n      failed: {end: true}\n",
            "bahir-flow: 1\nstart: menu\nstates:\n  menu:\n    ask: \"About us, or talk to someone?\"\n"
            "    options: {about: about, someone: agent}\n  about:\n    say: \"We make mugs since 1990.\"\n"
            "    end: true\n  agent:\n    handoff: {to: desk, transcript: true}\n",
        ],
        "pass": [
            "bahir-flow: 1\nstart: transfer\nstates:\n  transfer:\n    handoff: {to: desk, transcript: true}\n"
            "    on:\n      failed: sorry\n  sorry:\n    ask: \"All agents are busy. Shall we call you back within "
            "2 hours?\"\n    options: {yes: booked, no: bye}\n  booked:\n    say: \"Booked. Thanks, goodbye!\"\n"
            "    end: true\n  bye:\n    say: \"Thanks, goodbye!\"\n    end: true\n",
        ],
    }

    def check_flow(self, graph):
        if len(graph.nodes) <= 1:
            return
        reach = graph.reachable()
        human = graph.human_distance(include_unproven=True)
        seen: set[str] = set()

        def emit(path, key, message, line, **data):
            if key in seen:
                return None
            seen.add(key)
            return self.flow_finding(path, key, message, line=line, **data)

        for node in graph.nodes.values():
            if node.id not in reach or node.id == END:
                continue
            if node.kind == "missing":
                for e in node.inc:
                    f = emit(e.path, e.key, say(graph, "FL003.missing", target=node.id), e.line)
                    if f:
                        yield f
                continue
            # (1) a failure taken from here that just ends
            for e in node.out:
                if not e.failure:
                    continue
                if _bot_path_continues(graph, e.dst, human):
                    continue
                if e.label or e.trigger != "always":
                    msg = say(graph, "FL003.failure_ends", event=e.label or e.trigger)
                else:
                    msg = say(graph, "FL003.failure_ends_here")
                f = emit(e.path, e.key, msg, e.line, event=e.label)
                if f:
                    yield f
            # (2) a step that gives up
            if node.end == "failure" or (node.end == "restart" and any(e.failure for e in node.inc)):
                f = emit(node.path, node.key, say(graph, "FL003.gives_up", where=describe(graph, node.id)),
                         node.line)
                if f:
                    yield f
            # (3) stuck: nothing follows, or only conditions that may all be false
            if node.handoff is None and node.end is None and node.kind != "end":
                if not node.out:
                    f = emit(node.path, node.key, say(graph, "FL003.nothing_follows",
                                                      where=describe(graph, node.id)), node.line)
                    if f:
                        yield f
                elif node.stuck:
                    f = emit(node.path, node.key, say(graph, "FL003.stuck", where=describe(graph, node.id)),
                             node.line)
                    if f:
                        yield f
            # (4) a menu choice that ends the conversation without a word or a way back
            if not node.waits:
                continue
            for e in node.out:
                if e.trigger not in CUSTOMER_CHOICE or e.failure or e.dst == node.id or e.human_request:
                    continue
                said = _drops_after_choice(graph, e)
                if said is None:
                    continue
                dst = graph.nodes[e.dst]
                where = (dst.path, dst.key, dst.line) if dst.messages else (e.path, e.key, e.line)
                msg_id = "FL003.choice_no_way_back" if said else "FL003.choice_silent"
                f = emit(*where[:2], say(graph, msg_id, label=e.label), where[2])
                if f:
                    yield f


def _bot_path_continues(graph, start: str, human: dict) -> bool:
    """Whether what the bot does on its own from `start` reaches a person or gives the customer something to do."""
    for node in graph.bot_run(start):
        if node.waits or node.id in human and human[node.id] == 0 or node.handoff is not None \
                or node.kind == "voicemail":
            return True
        if node.stuck and node.out:
            return True  # reported as stuck itself
    return False


def _drops_after_choice(graph, edge) -> list[str] | None:
    """What the bot says after a menu choice that only informs and then ends (None when it does not end so, or
    ends with closing words such as thanks or goodbye)."""
    texts = [m.text for m in edge.messages if not m.runtime]
    for node in graph.bot_run(edge.dst):
        if node.waits or node.handoff is not None or node.stuck or node.end == "failure":
            return None
        texts.extend(m.text for m in node.messages if not m.runtime)
        for e in node.out:
            if e.failure:
                return None
            texts.extend(m.text for m in e.messages if not m.runtime)
    if any(lexicon.CLOSING.search(t) for t in texts):
        return None
    return texts
