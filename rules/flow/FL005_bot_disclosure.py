"""FL005: a bot that introduces itself with a human name, or claims to be human, without saying it is a bot."""
from __future__ import annotations

from linter.flows import lexicon
from linter.flows.common import message_position
from linter.flows.messages import say
from linter.rule import Rule


class BotDisclosure(Rule):
    code = "FL005"
    name = "bot-disclosure"
    category = "bot-disclosure"
    level = "error"
    scope = "flow"
    summary = "The bot greets with a human persona name (or claims to be human) and does not say it is a bot."
    why = ("People must know when they talk to a machine: the EU AI Act (Art. 50) requires it from August 2026, "
           "California's SB 1001 forbids bots that mislead about their artificial identity, and Microsoft and "
           "Salesforce guidance asks bots to introduce themselves as virtual assistants and to avoid human names "
           "unless clarified. Saying 'I'm a bot' only when asked does not count. Hebrew personas (אני דנה, קוראים "
           "לי דנה) are recognised too.")
    source = ("EU AI Act, Regulation (EU) 2024/1689, Art. 50(1); California Bus. & Prof. Code §17940-17943 "
              "(SB 1001); Microsoft Writing Style Guide, 'Writing for chatbots'; Salesforce Lightning Design System, "
              "conversation design best practices.")
    examples = {
        "fail": [
            "bahir-flow: 1\nstart: hi\nstates:\n  hi:\n    say: \"Hi, I'm Sara! How can I help?\"\n    next: bye\n"
            "  bye:\n    say: \"Goodbye!\"\n    end: true\n",
            "bahir-flow: 1\nstart: hi\nstates:\n  hi:\n    say: \"שלום, אני דנה. במה אפשר לעזור?\"\n    next: bye\n"
            "  bye:\n    say: \"להתראות!\"\n    end: true\n",
        ],
        "pass": [
            "bahir-flow: 1\nstart: hi\nstates:\n  hi:\n    say: \"Hi, I'm Sara, the shop's virtual assistant.\"\n"
            "    next: bye\n  bye:\n    say: \"Goodbye!\"\n    end: true\n",
            "bahir-flow: 1\nstart: hi\nstates:\n  hi:\n    say: \"שלום, אני דנה, הבוט של החנות.\"\n    next: bye\n"
            "  bye:\n    say: \"להתראות!\"\n    end: true\n",
        ],
    }

    def check_flow(self, graph):
        greeting = graph.greeting_messages()
        greeting_ids = {id(m) for m in greeting}
        spoken = [m for m in greeting if not m.runtime]
        disclosed = bool(spoken) and all(lexicon.DISCLOSURE.search(m.text) for m in spoken)
        seen: set[str] = set()
        for msg in graph.messages:
            if msg.runtime or msg.key in seen:
                continue
            names = lexicon.persona_names(msg.text)
            if not names or lexicon.DISCLOSURE.search(msg.text):
                continue
            if disclosed and id(msg) not in greeting_ids:
                continue
            seen.add(msg.key)
            name, start, _ = names[0]
            line, col = message_position(msg, start)
            gendered = lexicon.HE_FIRST_PERSON_GENDERED.findall(" ".join(m.text for m in graph.messages))
            extra = say(graph, "FL005.gendered") if gendered else ""
            yield self.flow_finding(msg.path, msg.key, say(graph, "FL005.persona", name=name, extra=extra),
                                    line=line, column=col, suggestions=[say(graph, "FL005.suggestion", name=name)],
                                    persona=name)
        if not graph.conversations:  # claims inside conversations are graded by FL008
            for msg in graph.messages:
                m = lexicon.HUMAN_CLAIM.search(msg.text)
                if m and msg.key not in seen:
                    seen.add(msg.key)
                    line, col = message_position(msg, m.start())
                    yield self.flow_finding(msg.path, msg.key, say(graph, "FL005.claim", claim=m.group(0)),
                                            line=line, column=col)
        if not spoken and greeting:
            first = greeting[0]
            line, col = message_position(first)
            yield self.flow_finding(first.path, first.key, say(graph, "FL005.runtime_greeting"), line=line,
                                    column=col, verdict="unknown")
