"""FL008: in real conversations, what happened each time the customer asked for a person."""
from __future__ import annotations

from linter.flows import lexicon
from linter.flows.messages import say
from linter.rule import Rule

WINDOW = 2  # bot turns after a request that may honour it (plus the conversation's last bot turn)


class TranscriptHumanRequest(Rule):
    code = "FL008"
    name = "transcript-human-request"
    category = "no-human-path"
    level = "error"
    scope = "flow"
    summary = "In a transcript, the customer asked for a person and was deflected or ignored (or the bot claimed to "\
              "be human)."
    why = ("A transcript shows what customers actually got. Each request for a person (agent, human, manager, "
           "נציג, בן אדם, or repeated frustration) is graded as honoured, deflected (a refusal, another channel, or "
           "a 'transfer' followed by more bot business), ignored, or answered with a false claim to be human. A "
           "false claim is reported under bot-disclosure; deflected and ignored requests under no-human-path.")
    source = ("CALLE-AI awesome-phone-call-agents, call-human-escalation-request-auditor (HONORED / DEFLECTED / "
              "IGNORED / FALSE_HUMAN_CLAIM grading, MIT); CFPB 'Chatbots in Consumer Finance' (2023); California "
              "SB 1001; EU AI Act Art. 50.")
    examples = {
        "fail": [
            "bahir-flow: 1\nconversations:\n  - - bot: \"Hi, this is Example Clinic's virtual assistant.\"\n"
            "    - user: \"Can I talk to a real person please?\"\n    - bot: \"Your appointment is on Monday.\"\n",
            "bahir-flow: 1\nconversations:\n  - - bot: \"שלום, כאן העוזר הדיגיטלי של המרפאה.\"\n"
            "    - user: \"אני רוצה לדבר עם נציג\"\n    - bot: \"אפשר לשלוח לנו מייל.\"\n",
        ],
        "pass": [
            "bahir-flow: 1\nconversations:\n  - - bot: \"Hi, this is Example Clinic's virtual assistant.\"\n"
            "    - user: \"Can I talk to a real person please?\"\n"
            "    - bot: \"Of course, let me transfer you to our front desk. Please stay on the line.\"\n"
            "    - agent: \"Hi, this is Dana from the front desk.\"\n",
        ],
    }

    def check_flow(self, graph):
        if not graph.conversations:
            return
        graded = [(conv, _grade(conv)) for conv in graph.conversations]
        graded.sort(key=lambda cg: -sum(1 for r in cg[1] if r["verdict"] != "honored"))
        for conv, requests in graded:
            counts = {v: sum(1 for r in requests if r["verdict"] == v) for v in ("honored", "deflected", "ignored")}
            counts["false_claims"] = sum(1 for r in requests if r["claim"])
            counts["requests"] = len(requests)
            for r in requests:
                turn = r["turn"]
                if r["verdict"] in ("deflected", "ignored"):
                    again = say(graph, "FL008.again") if r["repeat"] else ""
                    why = say(graph, f"FL008.why.{r['why']}") if r["why"] else ""
                    yield self.flow_finding(turn.path, turn.key,
                                            say(graph, f"FL008.{r['verdict']}", again=again, why=why),
                                            line=turn.line, verdict=r["verdict"], reply=r.get("reply"),
                                            conversation=conv.id, counts=counts)
                if r["claim"]:
                    bot = r["claim"]
                    f = self.flow_finding(bot.path, bot.key,
                                          say(graph, "FL008.claim_on_request",
                                              claim=lexicon.HUMAN_CLAIM.search(bot.text).group(0)), line=bot.line,
                                          verdict="false_human_claim", conversation=conv.id, counts=counts)
                    f.category = "bot-disclosure"
                    yield f
            for turn in conv.turns:
                if turn.role == "bot" and lexicon.HUMAN_CLAIM.search(turn.text) and \
                        not any(r["claim"] is turn for r in requests):
                    f = self.flow_finding(turn.path, turn.key,
                                          say(graph, "FL008.claim",
                                              claim=lexicon.HUMAN_CLAIM.search(turn.text).group(0)), line=turn.line,
                                          verdict="false_human_claim", conversation=conv.id)
                    f.category = "bot-disclosure"
                    yield f


def _grade(conv) -> list[dict]:
    turns = conv.turns
    out: list[dict] = []
    frustrated = 0
    for i, turn in enumerate(turns):
        if turn.role != "user":
            continue
        asked = lexicon.is_human_request_text(turn.text) or bool(turn.intent and
                                                                   lexicon.HUMAN_INTENT.search(turn.intent))
        if lexicon.FRUSTRATION.search(turn.text):
            frustrated += 1
            asked = asked or frustrated >= 2
        if not asked:
            continue
        later = turns[i + 1:]
        bots = [t for t in later if t.role == "bot"][:WINDOW]
        last_bot = next((t for t in reversed(later) if t.role == "bot"), None)
        if last_bot is not None and last_bot not in bots:
            bots.append(last_bot)
        nxt_user = next((j for j, t in enumerate(later) if t.role == "user"), len(later))
        claim = next((t for t in bots if lexicon.HUMAN_CLAIM.search(t.text)), None)
        verdict, why, reply = _handoff_verdict(later, bots, nxt_user)
        out.append({"turn": turn, "verdict": verdict, "why": why, "reply": reply, "claim": claim,
                    "repeat": bool(out)})
    return out


def _handoff_verdict(later, bots, nxt_user):
    """(verdict, why, key of the deciding turn); `why` is a message id under FL008.why (or "")."""
    # strongest evidence first: a person or a platform handoff event
    for t in later:
        if t.role == "agent" or t.event in ("handoff_started", "agent_joined"):
            return "honored", "", t.key
        if t.event == "handoff_failed":
            return "deflected", "handoff_failed", t.key
    for n, t in enumerate(bots):
        m = lexicon.TRANSFER_CLAIM.search(t.text)
        if m:
            rest = t.text[m.end():]
            if "?" in rest and not lexicon.HOLD.search(rest):
                return "deflected", "carries_on_asking", t.key
            for after in bots[n + 1:]:
                if not (lexicon.CLOSING.search(after.text) or lexicon.HOLD.search(after.text)) \
                        and not lexicon.TRANSFER_CLAIM.search(after.text):
                    return "deflected", "carries_on", t.key
            return "honored", "", t.key
        if lexicon.REFUSAL.search(t.text):
            return "deflected", "refuses", t.key
    return "ignored", "", bots[0].key if bots else None
