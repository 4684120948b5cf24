"""BD001: bot copy that introduces itself with a human first name without saying it is a bot."""
from __future__ import annotations

from linter.rule import Rule
from rules.disclosure._persona import DISCLOSURE, INTRO_EN, INTRO_HE, persona_names


class HumanPersonaName(Rule):
    code = "BD001"
    name = "human-persona-name"
    category = "bot-disclosure"
    level = "warning"
    lang = "any"
    summary = "Bot copy introduces itself with a human first name and does not say it is a bot."
    why = (
        "People must know when they are talking to a machine. \"Hi, I'm Sarah\" / \"אני דנה\" from a bot leads "
        "them to expect a person – and to share more, or wait for judgement a bot cannot give. A persona name is "
        "fine when the same message says what it is: \"Hi, I'm Sarah, the shop's virtual assistant\" / \"אני דנה, "
        "העוזרת הדיגיטלית\". Saying \"I'm a bot\" only when asked does not count."
    )
    source = ("EU AI Act, Regulation (EU) 2024/1689, Art. 50(1); California Bus. & Prof. Code §17941 (SB 1001); "
              "MITRE Chatbot Accessibility Playbook, Recommendation 4.2.1")
    examples = {
        "fail": [
            {"text": "Hi, I'm Sarah!", "kind": "bot"},
            {"text": "Hey there, my name is Sara.", "kind": "bot"},
            {"text": "My name is Tom. How can I help?", "kind": "bot"},
            {"text": "היי, אני דנה.", "kind": "bot"},
            {"text": "שלום! קוראים לי דנה 🙂", "kind": "bot"},
            {"text": "שלום! אני יעל ממרפאות קלאוד סיטי 😊 כדי שנוכל לעזור לך היום, נא לענות על כמה שאלות.",
             "kind": "bot"},
            "Hi, I'm Emma from the support team. How can I help?",
        ],
        "pass": [
            {"text": "Hi, I'm Sarah, the shop's virtual assistant.", "kind": "bot"},
            {"text": "I'm Sara, the Rasa bot!", "kind": "bot"},
            {"text": "אני דנה, העוזרת הדיגיטלית", "kind": "bot"},
            "I'm sure", "I'm sorry, that didn't work.", "I'm Done", "I'm Ready To Start",
            "Hello, this is Example Bistro calling about your delivery.",
            "This is Sarah's profile.",
            {"text": "אני דנה בבקשה שלך עם הצוות.", "kind": "bot"},
            "Hi, {name}! I'm here to help.",
        ],
    }

    def check(self, doc):
        # the introduction cannot match a masked character, so testing the raw text first is safe and spares the
        # masking of units that introduce nobody
        if not (INTRO_HE if doc.lang == "he" else INTRO_EN).search(doc.text):
            return
        names = persona_names(doc.masked, doc.lang)
        if not names or DISCLOSURE.search(doc.norm):
            return
        start, end, name = names[0]
        if doc.lang == "he":
            msg = (f"הבוט מציג את עצמו בשם אנושי ('{name}') בלי לומר שהוא בוט. כדאי להוסיף באותה הודעה "
                   f"שזה עוזר דיגיטלי.")
            sugg = [f"{name}, העוזרת הדיגיטלית", f"{name}, הבוט של השירות"]
        else:
            msg = (f"The bot introduces itself with a human name ('{name}') without saying it is a bot. Say so in the "
                   f"same message.")
            sugg = [f"{name}, the virtual assistant", f"{name}, an automated assistant"]
        yield self.finding(doc, start, end, msg, suggestions=sugg)
