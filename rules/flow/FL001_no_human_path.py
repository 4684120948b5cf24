"""FL001: places where the customer can no longer reach a person."""
from __future__ import annotations

from linter.flows.common import describe
from linter.flows.messages import clip, say
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
                                            say(graph, "FL001.too_far", turns=dist[node.id], limit=max_turns),
                                            line=node.line, level="suggestion", turns=dist[node.id])
                continue
            if node.id in maybe:
                yield self.flow_finding(node.path, node.key, say(graph, "FL001.unknown"), line=node.line,
                                        verdict="unknown", turns=maybe[node.id])
                continue
            yield self.flow_finding(node.path, node.key, say(graph, "FL001.no_route"), line=node.line, turns=None)
        seen: set[str] = set()
        for edge in graph.edges:
            if not edge.human_request or edge.key in seen:
                continue
            seen.add(edge.key)
            if edge.dst in dist and dist[edge.dst] <= 1:  # a confirmation question before the handoff is fine
                continue
            if edge.dst in maybe:
                yield self.flow_finding(edge.path, edge.key, say(graph, "FL001.request_unknown"),
                                        line=edge.line, verdict="unknown")
                continue
            yield self.flow_finding(edge.path, edge.key, _what_happens(graph, edge.dst), line=edge.line,
                                    turns=dist.get(edge.dst))
        for node in graph.real_nodes():
            if node.handoff is None or node.inc or node.id in graph.starts:
                continue
            # whether it would really hand over may be unknowable; that nothing runs it is not
            msg_id = "FL001.orphan_handoff" if node.handoff.proven else "FL001.orphan_maybe"
            yield self.flow_finding(node.path, node.key, say(graph, msg_id, where=describe(graph, node.id)),
                                    line=node.line)


def _what_happens(graph, node_id: str) -> str:
    """The message for a request for a person that the bot answers with something else."""
    msgs = []
    for node in graph.bot_run(node_id):
        msgs.extend(m for m in node.messages if not m.runtime)
        if len(msgs) >= 1:
            break
    if msgs:
        return say(graph, "FL001.request_text", text=clip(msgs[0].text))
    return say(graph, "FL001.request_node", where=describe(graph, node_id))
