"""FL006: handoffs that make the customer start over with the person."""
from __future__ import annotations

from linter.flows import lexicon
from linter.flows.common import describe
from linter.flows.messages import quote_list, say
from linter.rule import Rule


class HandoffNoContext(Rule):
    code = "FL006"
    name = "handoff-no-context"
    category = "handoff-no-context"
    level = "warning"
    scope = "flow"
    summary = "A handoff that passes no conversation context, drops what was collected, or reads a value that "\
              "does not exist."
    why = ("Gartner's advice is that the handoff 'must seamlessly transform into an agent chat that picks up where "
           "the chatbot left off'; Microsoft's handoff protocol carries both routing context and the transcript. A "
           "broken reference in the payload silently loses the contact reason, and asking the customer to repeat "
           "everything undoes the bot's work.")
    source = ("Microsoft Bot Framework, 'Transition conversations from bot to human' (handoff context and "
              "transcript); Gartner customer survey 2024-07-09; Botpress HITL 'Transcript Context'; Voiceflow "
              "handoff step (conversation context).")
    examples = {
        "fail": [
            "bahir-flow: 1\nstart: ask\nstates:\n  ask:\n    ask: \"What is your order number?\"\n    next: agent\n"
            "  agent:\n    handoff: {to: orders}\n",
        ],
        "pass": [
            "bahir-flow: 1\nstart: ask\nstates:\n  ask:\n    ask: \"What is your order number?\"\n    next: agent\n"
            "  agent:\n    handoff: {to: orders, context: [order_number], transcript: true}\n",
        ],
    }

    def check_flow(self, graph):
        reach = graph.reachable()
        for node in graph.real_nodes():
            h = node.handoff
            if h is None or node.id not in reach:
                continue
            where = describe(graph, node.id)
            if not h.proven or h.context_opaque:
                yield self.flow_finding(node.path, node.key, say(graph, "FL006.opaque", where=where),
                                        line=node.line, verdict="unknown")
                continue
            if h.broken_refs:
                msg_id = "FL006.broken_ref" if len(h.broken_refs) == 1 else "FL006.broken_refs"
                yield self.flow_finding(node.path, node.key,
                                        say(graph, msg_id, where=where, refs=quote_list(graph, h.broken_refs)),
                                        line=node.line, refs=h.broken_refs)
            if h.dropped:
                yield self.flow_finding(node.path, node.key,
                                        say(graph, "FL006.dropped", where=where,
                                            dropped=quote_list(graph, h.dropped)),
                                        line=node.line, dropped=h.dropped)
            if not h.context and not h.transcript and not h.broken_refs:
                yield self.flow_finding(node.path, node.key, say(graph, "FL006.none", where=where),
                                        line=node.line)
            for after in _after(graph, node):
                for msg in after.messages:
                    if lexicon.REPEAT_ASK.search(msg.text):
                        yield self.flow_finding(msg.path, msg.key, say(graph, "FL006.repeat_ask"),
                                                line=node.line)


def _after(graph, node):
    for e in node.out:
        if e.dst in graph.nodes and not e.failure:
            yield graph.nodes[e.dst]
