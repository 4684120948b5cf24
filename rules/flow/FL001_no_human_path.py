"""FL001: places where the customer can no longer reach a person."""
from __future__ import annotations

from linter.flows.common import describe
from linter.rule import Rule


class NoHumanPath(Rule):
    code = "FL001"
    name = "no-human-path"
    category = "no-human-path"
    level = "error"
    scope = "flow"
    summary = "A point in the flow where the customer can answer but no route leads to a person."
    why = ("60% of customers fear AI will make it harder to reach a person (Gartner, 2024), the CFPB calls bots "
           "without a way out 'doom loops', and Israel's consumer protection law requires a human answer for faults, "
           "bills and cancellations. A customer who asks for help must be able to get to someone from every question "
           "the bot asks. Distance is counted in customer turns; 'cannot tell' (custom code decides) is reported "
           "separately and never as a finding.")
    source = ("Microsoft Writing Style Guide, 'Writing for chatbots' (escalate to a human at key points); "
              "Microsoft Bot Framework, 'Transition conversations from bot to human'; Gartner customer survey "
              "2024-07-09; CFPB 'Chatbots in Consumer Finance' (2023); Israeli Consumer Protection Law §18ב.")
    options_doc = {"max_turns": "also flag states from which a person is more than this many customer turns away "
                                "(default: off)"}
    examples = {
        "fail": [
            "bahir-flow: 1\nstart: menu\nstates:\n  menu:\n    ask: \"Track an order or return an item?\"\n"
            "    options:\n      track: track\n      return: done\n  track:\n    say: \"Your order is on its way.\"\n"
            "    end: true\n  done:\n    say: \"Return label sent. Goodbye!\"\n    end: true\n",
        ],
        "pass": [
            "bahir-flow: 1\nstart: menu\nstates:\n  menu:\n    ask: \"Track an order, or talk to an agent?\"\n"
            "    options:\n      track: track\n      agent: agent\n  track:\n    say: \"Your order is on its way.\"\n"
            "    end: true\n  agent:\n    handoff:\n      to: support\n      transcript: true\n",
        ],
    }

    def check_flow(self, graph):
        if not graph.nodes or len(graph.nodes) <= 1:
            return
        dist = graph.human_distance()
        maybe = graph.human_distance(include_unproven=True)
        reach = graph.reachable()
        max_turns = self.options.get("max_turns")
        for node in graph.input_nodes():
            if node.id not in reach:
                continue
            if node.id in dist:
                if max_turns and dist[node.id] > int(max_turns):
                    yield self.flow_finding(node.path, node.key,
                                            f"A person is {dist[node.id]} customer turns away from here "
                                            f"(more than {max_turns}).", line=node.line, level="suggestion",
                                            turns=dist[node.id])
                continue
            if node.id in maybe:
                yield self.flow_finding(node.path, node.key,
                                        "Cannot tell whether a person is reachable from here: custom code decides.",
                                        line=node.line, verdict="unknown", turns=maybe[node.id])
                continue
            yield self.flow_finding(node.path, node.key,
                                    "No route to a person from here: whatever the customer answers, the bot never "
                                    "hands over to a human.", line=node.line, turns=None)
        seen: set[str] = set()
        for edge in graph.edges:
            if not edge.human_request or edge.key in seen:
                continue
            seen.add(edge.key)
            if edge.dst in dist and dist[edge.dst] <= 1:  # a confirmation question before the handoff is fine
                continue
            if edge.dst in maybe:
                yield self.flow_finding(edge.path, edge.key, "The customer asks for a person here; custom code "
                                        "decides what happens, so bahir cannot tell whether they get one.",
                                        line=edge.line, verdict="unknown")
                continue
            what = _what_happens(graph, edge.dst)
            yield self.flow_finding(edge.path, edge.key,
                                    f"The customer asks for a person here, but the bot answers with {what} "
                                    "instead of a handoff.", line=edge.line, turns=dist.get(edge.dst))
        for node in graph.real_nodes():
            if node.handoff is None or node.inc or node.id in graph.starts:
                continue
            # whether it would really hand over may be unknowable; that nothing runs it is not
            what = "would hand over to a person" if node.handoff.proven else "looks like a handoff"
            yield self.flow_finding(node.path, node.key,
                                    f"{describe(graph, node.id)} {what}, but nothing in the flow ever leads to it.",
                                    line=node.line)


def _what_happens(graph, node_id: str) -> str:
    msgs = []
    for node in graph.bot_run(node_id):
        msgs.extend(m for m in node.messages if not m.runtime)
        if len(msgs) >= 1:
            break
    if msgs:
        text = msgs[0].text.strip().replace("\n", " ")
        return f"'{text[:80]}{'…' if len(text) > 80 else ''}'"
    return describe(graph, node_id)
