"""FL002: not being understood never ends with a person."""
from __future__ import annotations

from linter.flows.common import describe
from linter.flows.messages import say
from linter.flows.graph import END
from linter.rule import Rule


class FallbackNoEscalation(Rule):
    code = "FL002"
    name = "fallback-no-escalation"
    category = "fallback-no-escalation"
    level = "error"
    scope = "flow"
    summary = "No-match / no-input handling that does not reach a person within N failed attempts (default 3)."
    why = ("A customer the bot does not understand is the customer who most needs a person. Google's voice-agent "
           "design guide says to escalate to a human after at most three no-match or no-input attempts, and Genesys "
           "warns that without a retry limit in the bot 'the same fallback response may repeat indefinitely'. "
           "Only the path a customer takes by failing again is followed: being able to say 'agent' does not help "
           "someone whose words the bot cannot match.")
    source = ("Google Dialogflow CX voice agent design ('escalate to a human after a maximum of three attempts'); "
              "Google Conversation Design, 'Errors'; Genesys Cloud, 'Google Cloud Dialogflow CX no match behavior'; "
              "Microsoft Bot Framework, 'Transition conversations from bot to human'.")
    options_doc = {"max_attempts": "failed attempts allowed before a person must be reached (default 3)"}
    examples = {
        "fail": [
            "bahir-flow: 1\nstart: ask_id\nstates:\n  ask_id:\n    ask: \"What is your order number?\"\n"
            "    next: found\n    on:\n      no-match: {say: \"Sorry, I didn't get that. What is your order number?\"}\n"
            "  found:\n    say: \"Found it, thanks!\"\n    end: true\n",
            "bahir-flow: 1\nstart: menu\nstates:\n  menu:\n    ask: \"Billing or sales?\"\n"
            "    options: {billing: bye, sales: bye, agent: agent}\n    on:\n      no-match:\n"
            "        - say: \"Sorry?\"\n        - say: \"Please say billing or sales.\"\n        - end: true\n"
            "  bye:\n    say: \"Done. Goodbye!\"\n    end: true\n  agent:\n    handoff: {to: desk, transcript: true}\n",
        ],
        "pass": [
            "bahir-flow: 1\nstart: ask_id\nstates:\n  ask_id:\n    ask: \"What is your order number?\"\n"
            "    next: found\n    on:\n      no-match:\n        - say: \"Sorry, what is the order number?\"\n"
            "        - say: \"It has 8 digits, like 12345678.\"\n        - say: \"Let me get you to a person.\"\n"
            "          next: agent\n  found:\n    say: \"Found it, thanks!\"\n    end: true\n"
            "  agent:\n    handoff: {to: orders, context: [order_number], transcript: true}\n",
        ],
    }

    def check_flow(self, graph):
        limit = int(self.options.get("max_attempts", 3))
        cost = graph.failure_cost()
        reach = graph.reachable()
        reported: set[str] = set()
        for node in graph.nodes.values():
            fallbacks = graph.fallback_edges(node)
            if not fallbacks or node.id not in reach:
                continue
            c = cost.get(node.id)
            if c is not None and c <= limit:
                continue
            leaving = [e for e in fallbacks if e.dst != node.id]
            repeating = [e for e in fallbacks if e.dst == node.id and e.attempt is None]
            for e in leaving + repeating:
                if e.key in reported:
                    continue
                reported.add(e.key)
                if e.dst == node.id:
                    what = say(graph, "FL002.repeat")
                elif e.dst == END:
                    what = say(graph, "FL002.ends")
                else:
                    what = say(graph, "FL002.goes", where=describe(graph, e.dst))
                when = say(graph, "FL002.when_no_input" if e.trigger == "no_input" else "FL002.when_no_match",
                           event=e.label or e.trigger)
                if c is None:
                    msg = say(graph, "FL002.never", when=when, what=what, limit=limit)
                else:
                    msg = say(graph, "FL002.late", when=when, what=what, attempts=int(c), limit=limit)
                yield self.flow_finding(e.path, e.key, msg, line=e.line,
                                        attempts=None if c is None else int(c), state=node.key)
