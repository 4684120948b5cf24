"""FL004: questions and cycles the customer can only leave by giving the one answer the bot wants."""
from __future__ import annotations

from linter.flows import lexicon
from linter.flows.graph import END, FALLBACK_TRIGGERS
from linter.flows.messages import quote_list, say
from linter.rule import Rule

RETRY_LIMIT = 3  # the retry cap the message recommends (FL002's default max_attempts)


class LoopNoExit(Rule):
    code = "FL004"
    name = "loop-no-exit"
    category = "loop-no-exit"
    level = "error"
    scope = "flow"
    summary = "A question re-asked without limit, or a cycle, with no cancel, back, help or human way out."
    why = ("The CFPB names 'doom loops' as a core harm of customer-service chatbots: the customer cannot move on "
           "without the exact answer the bot wants. Genesys notes that without a retry limit in the bot definition "
           "the same fallback may repeat indefinitely. An open menu whose no-match repeats is reported by FL002; "
           "this rule is about a single question or a closed cycle.")
    source = ("CFPB 'Chatbots in Consumer Finance' (2023, 'doom loops'); Genesys Cloud, 'Google Cloud Dialogflow CX "
              "no match behavior'; Microsoft Writing Style Guide, 'Writing for chatbots' (recognise help, start over, "
              "stop).")
    examples = {
        "fail": [
            "bahir-flow: 1\nstart: dob\nstates:\n  dob:\n    ask: \"What is your date of birth?\"\n    next: ok\n"
            "    on:\n      no-match: {say: \"Please say your date of birth.\"}\n"
            "  ok:\n    say: \"Thanks, goodbye!\"\n    end: true\n",
        ],
        "pass": [
            "bahir-flow: 1\nstart: dob\nstates:\n  dob:\n    ask: \"What is your date of birth?\"\n    next: ok\n"
            "    options: {cancel: ok, agent: agent}\n    question: true\n"
            "    on:\n      no-match: {say: \"Please say your date of birth, or say agent.\"}\n"
            "  ok:\n    say: \"Thanks, goodbye!\"\n    end: true\n  agent:\n    handoff: {to: desk, transcript: true}\n",
        ],
    }

    def check_flow(self, graph):
        if len(graph.nodes) <= 1:
            return
        reach = graph.reachable()
        for node in graph.nodes.values():
            if not (node.waits and node.question) or node.id not in reach:
                continue
            fallbacks = [e for e in node.out if e.trigger in FALLBACK_TRIGGERS]
            if not fallbacks:
                continue
            repeats = [e for e in fallbacks if e.dst == node.id and e.attempt is None]
            leaves = [e for e in fallbacks if e.dst != node.id]
            if not repeats or leaves:
                continue
            if any(_is_exit(graph, e) for e in node.out if e.trigger not in FALLBACK_TRIGGERS and e.dst != node.id):
                continue
            yield self.flow_finding(node.path, node.key, say(graph, "FL004.retry_forever", limit=RETRY_LIMIT),
                                    line=node.line, handler=repeats[0].key)
        for comp in graph.sccs():
            members = set(comp)
            if not members & reach:
                continue
            nodes = [graph.nodes[n] for n in comp]
            if any(n.handoff is not None or n.id == END for n in nodes):
                continue
            # the bot's open listening loop (a menu, "anything else?") is not a trap; a ring of questions is
            waiting = [n for n in nodes if n.waits]
            if not waiting or not all(n.question for n in waiting):
                continue
            if any(e.dst not in members for n in nodes for e in n.out):
                continue
            first = min(nodes, key=lambda n: (n.path, n.line, n.id))
            names = quote_list(graph, sorted(n.key for n in nodes)[:6])
            yield self.flow_finding(first.path, first.key, say(graph, "FL004.cycle", names=names),
                                    line=first.line, members=sorted(members))


def _is_exit(graph, edge) -> bool:
    """An answer that gets the customer out of the question rather than answering it."""
    if edge.human_request or edge.dst == END and edge.trigger in ("choice", "intent"):
        return bool(edge.human_request or lexicon.ESCAPE_LABEL.search(edge.label or ""))
    label = edge.label or ""
    if label.strip() in lexicon.ESCAPE_KEYS or lexicon.ESCAPE_LABEL.search(label):
        return True
    dst = graph.nodes.get(edge.dst)
    return bool(dst and dst.handoff is not None)
