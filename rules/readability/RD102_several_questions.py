"""More than one question in one bot turn."""
from __future__ import annotations

import re

from linter.rule import Rule

_QUESTION = re.compile(r"[?\u061f]+")


class SeveralQuestions(Rule):
    code = "RD102"
    name = "several-questions-in-turn"
    category = "readability"
    level = "suggestion"
    lang = "any"
    kinds = ("bot",)
    summary = "A bot turn asks more than one question; ask one at a time."
    why = (
        "When a bot asks two things at once, people answer one of them (usually the last) and the bot "
        "misreads the reply. One question per turn keeps the answer easy to give and easy to understand."
    )
    source = (
        "Google Conversation Design – 'Prompts' / 'Errors' (ask one question at a time, focus on missing "
        "information); cxlint R001–R003 (question placement in prompts)"
    )
    examples = {
        "fail": [
            {"text": "What is your order number? And when did you place it?", "kind": "bot"},
            {"text": "מה מספר ההזמנה? ומתי ביצעת אותה?", "kind": "bot", "lang": "he"},
        ],
        "pass": [
            {"text": "What is your order number?", "kind": "bot"},
            {"text": "I can help with orders and returns. Which one do you need?", "kind": "bot"},
            "Are you sure? Do you want to delete this file?",
        ],
    }

    def check(self, doc):
        marks = [m for m in _QUESTION.finditer(doc.text) if not doc.is_protected(m.start(), m.end())]
        if len(marks) < 2:
            return
        start = marks[0].end()
        while start < marks[1].start() and doc.text[start].isspace():
            start += 1
        if doc.lang == "he":
            msg = f"בתור הזה יש {len(marks)} שאלות; כדאי לשאול שאלה אחת בכל פעם."
        else:
            msg = f"This turn asks {len(marks)} questions; ask one at a time."
        yield self.finding(doc, start, marks[1].end(), msg, questions=len(marks))
