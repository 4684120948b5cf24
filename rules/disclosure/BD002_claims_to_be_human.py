"""BD002: bot copy that claims to be a person."""
from __future__ import annotations

from linter.rule import Rule
from rules.disclosure._persona import BOTTISH_KEY, CLAIM_EN, CLAIM_HE, CLAIM_NOT_BOT_EN, CLAIM_NOT_BOT_HE


class ClaimsToBeHuman(Rule):
    code = "BD002"
    name = "claims-to-be-human"
    category = "bot-disclosure"
    level = "error"
    lang = "any"
    summary = "Bot copy claims to be a person (\"I'm a real person\", \"אני נציגה אנושית\")."
    why = (
        "A bot that says it is human deceives the person it serves; California's SB 1001 forbids it and the EU AI "
        "Act requires the opposite. If the text is meant for a human agent, keep it out of bot messages; if a "
        "person is really joining, say so when the handoff happens. Only bot messages (or keys that look like "
        "bot copy) are checked, so a CAPTCHA's \"I'm not a robot\" is left alone."
    )
    source = ("California Bus. & Prof. Code §17941 (SB 1001); EU AI Act, Regulation (EU) 2024/1689, Art. 50(1); "
              "MITRE Chatbot Accessibility Playbook, Recommendation 4.2.1")
    examples = {
        "fail": [
            {"text": "I am a real person, I can assure you. Anyway, shall I confirm the order?", "kind": "bot"},
            {"text": "Don't worry, I'm not a bot.", "kind": "bot"},
            {"text": "אני נציגה אנושית, אפשר לדבר איתי חופשי.", "kind": "bot"},
            {"text": "I'm a human agent, how can I help?", "key": "bot.greeting", "kind": "ui"},
        ],
        "pass": [
            {"text": "I'm not a human, I'm a bot! 🤖", "kind": "bot"},
            {"text": "אני לא בן אדם, אני בוט! 🤖", "kind": "bot"},
            {"text": "I'm not a robot", "kind": "ui", "key": "captcha.checkbox"},
            {"text": "Wait, I would rather talk to a real person about this.", "kind": "bot"},
            {"text": "I'll connect you to a real person now.", "kind": "bot"},
        ],
    }

    def check(self, doc):
        if doc.kind != "bot" and not (doc.key and BOTTISH_KEY.search(doc.key)):
            return
        he = doc.lang == "he"
        norm = doc.norm
        m = (CLAIM_HE if he else CLAIM_EN).search(norm) or (CLAIM_NOT_BOT_HE if he else CLAIM_NOT_BOT_EN).search(norm)
        if not m:
            return
        start, end = doc.raw_span(m.start(), m.end())
        if he:
            msg = "ההודעה טוענת שהכותב הוא אדם, אבל זו הודעת בוט. צריך לומר בבירור שזה בוט, ולהעביר לנציג כשמבקשים."
            sugg = ["אני בוט, ואפשר להעביר אותך לנציג בכל שלב."]
        else:
            msg = ("The message claims a person is writing, but it is bot copy. Say clearly that this is a bot, and "
                   "hand off to a person when asked.")
            sugg = ["I'm a virtual assistant; I can connect you to a person at any time."]
        yield self.finding(doc, start, end, msg, suggestions=sugg)
