"""FL007: help from a person only in opening hours, and nothing for the customer outside them."""
from __future__ import annotations

from linter.flows import lexicon
from linter.flows.common import describe, message_position
from linter.flows.messages import say
from linter.rule import Rule


class HoursNoAlternative(Rule):
    code = "FL007"
    name = "hours-no-alternative"
    category = "hours-no-alternative"
    level = "warning"
    scope = "flow"
    summary = "Human help is limited to opening hours and the closed branch offers no callback, message or other "\
              "channel."
    why = ("Outside opening hours the customer still has the problem. Israel's telephone-service regulations "
           "require the option to leave a message and a human callback within 3 hours when waits are long, and "
           "Cognigy and Twilio flows check agent availability precisely so the closed branch can offer something. "
           "'Try again during our hours' is not an alternative.")
    source = ("Consumer Protection (Telephone Service) Regulations 2012 (Israel); Israeli Consumer Protection Law "
              "§18ב (amendment 57); Cognigy 'Check Agent Availability'; Twilio Studio office-hours pattern "
              "(techmatters/flex-plugins).")
    examples = {
        "fail": [
            "bahir-flow: 1\nstart: check\nstates:\n  check:\n    hours: true\n    branches:\n"
            "      - if: open\n        next: agent\n      - else: closed\n  agent:\n    handoff: {to: desk, "
            "transcript: true}\n  closed:\n    say: \"Our agents are available Sun-Thu 9:00-17:00. Please try again "
            "then.\"\n    end: true\n",
        ],
        "pass": [
            "bahir-flow: 1\nstart: check\nstates:\n  check:\n    hours: true\n    branches:\n"
            "      - if: open\n        next: agent\n      - else: closed\n  agent:\n    handoff: {to: desk, "
            "transcript: true}\n  closed:\n    say: \"We're closed now. Leave a message after the tone and we will "
            "call you back by 10:00 tomorrow.\"\n    next: record\n  record:\n    voicemail: true\n    end: true\n",
        ],
    }

    def check_flow(self, graph):
        human = graph.human_distance()
        reach = graph.reachable()
        reported: set[str] = set()
        for node in graph.nodes.values():
            if not node.hours_gate or node.id not in reach or node.id not in human:
                continue
            for e in node.out:
                run = list(graph.bot_run(e.dst))
                if any(n.id in human and human[n.id] == 0 for n in run) or e.dst in human and human[e.dst] == 0:
                    continue
                if _offers_alternative(run):
                    continue
                if e.dst in human and human[e.dst] > 0 and not any(n.messages for n in run):
                    continue  # goes on to another check or question that leads to a person
                closed = next((m for n in run for m in n.messages), None)
                data = {"closed_message": closed.key} if closed else {}
                reported.update(m.key for n in run for m in n.messages)
                yield self.flow_finding(node.path, node.key,
                                        say(graph, "FL007.gate", event=e.label or e.trigger,
                                            where=describe(graph, e.dst)), line=node.line, **data)
        for msg in graph.messages:
            if msg.key in reported or msg.runtime:
                continue
            if not (lexicon.HOURS.search(msg.text) and lexicon.HUMAN_WORD.search(msg.text)):
                continue
            if lexicon.ALTERNATIVE.search(msg.text) or _followed_by_alternative(graph, msg):
                continue
            reported.add(msg.key)
            line, col = message_position(msg, lexicon.HOURS.search(msg.text).start())
            yield self.flow_finding(msg.path, msg.key, say(graph, "FL007.message"), line=line, column=col)


def _offers_alternative(run) -> bool:
    for n in run:
        if n.kind == "voicemail" or n.handoff is not None:
            return True
        if any(lexicon.ALTERNATIVE.search(m.text) for m in n.messages):
            return True
    return False


def _followed_by_alternative(graph, msg) -> bool:
    for node in graph.nodes.values():
        if any(m is msg for m in node.messages) or any(m is msg for e in node.out for m in e.messages):
            for e in node.out:
                for n in graph.bot_run(e.dst):
                    if n.waits and any(lexicon.ALTERNATIVE.search(m.text) for m in n.messages):
                        return True
                    if not n.waits and _offers_alternative([n]):
                        return True
    return False
