"""Exclamation marks: "!" in an error message, and "!!" / "!!!" anywhere."""
from __future__ import annotations

import re

from linter.rule import Rule

from ._common import is_error

# a run of "!" (possibly mixed with "?", like "?!") that ends a word or sentence, not code like "!=" or "!important"
_BANG = re.compile(r"(?<=[^\s!?])[!?]*![!?]*(?![=\w])|(?<=\s)[!?]*![!?]*(?=\s|$)")


class Exclamation(Rule):
    code = "TY101"
    name = "exclamation-mark"
    category = "typography"
    level = "suggestion"
    lang = "any"
    summary = "No exclamation marks in error messages, and never two or more in a row."
    why = (
        "An exclamation mark in an error reads as alarm or shouting at the moment the user is already stuck, and "
        "'!!!' reads as shouting anywhere. A calm full stop carries the same message."
    )
    source = (
        "Google developer documentation style guide / Material writing: no exclamation marks in errors; "
        "GOV.UK error message guidance (calm, plain tone); NN/g error message guidelines (positive tone)"
    )
    fix_safety = "Safe: only punctuation changes ('!' becomes '.', '!!!' becomes one mark)."
    examples = {
        "fail": [
            {"text": "Upload failed!", "key": "errors.upload"},
            {"text": "ההעלאה נכשלה!", "key": "errors.upload", "lang": "he"},
            "Your message was sent!!!",
            {"text": "Could not save your changes!", "key": "profile.save"},
        ],
        "pass": [
            "Nice, strong password!",
            "Welcome aboard!",
            {"text": "The file could not be uploaded. Check your connection and try again.", "key": "errors.upload"},
            "if (a != b) return",
        ],
        "fix": [
            {"input": "Upload failed!", "key": "errors.upload", "output": "Upload failed."},
            {"input": "Saved!!!", "output": "Saved!"},
        ],
    }

    def check(self, doc):
        text = doc.text
        if "!" not in text:
            return  # every match holds a "!"
        error = None
        for m in _BANG.finditer(text):
            s, e = m.start(), m.end()
            if doc.is_protected(s, e):
                continue
            run = m.group()
            bangs = run.count("!")
            if error is None:
                error = is_error(doc)
            at_end = not text[e:].strip() or text[e:e + 1].isspace()
            he = doc.lang == "he"
            if error:
                new = "." if at_end and "?" not in run else run.replace("!", "")
                if not new:
                    new = "."
                level = "warning" if bangs >= 2 else "suggestion"
                msg = ("סימן קריאה בהודעת שגיאה נשמע כמו צעקה; כדאי לסיים בנקודה." if he else
                       "An exclamation mark in an error message reads as shouting; end with a full stop.")
                yield self.finding(doc, s, e, msg, suggestions=[new], fix=self.replace(s, e, new, "safe"),
                                   level=level)
            elif bangs >= 2:
                new = run.replace("!", "", bangs - 1) if "?" in run else "!"
                msg = ("כמה סימני קריאה ברצף נשמעים כמו צעקה; סימן אחד מספיק." if he else
                       "Several exclamation marks in a row read as shouting; one is enough.")
                yield self.finding(doc, s, e, msg, suggestions=[new], fix=self.replace(s, e, new, "safe"))
