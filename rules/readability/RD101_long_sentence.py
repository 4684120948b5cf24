"""Sentences too long for UI copy and bot turns."""
from __future__ import annotations

from linter.rule import Rule

from ._words import count_words, sentences

LIMITS = {"en": 25, "he": 20}


class LongSentence(Rule):
    code = "RD101"
    name = "long-sentence"
    category = "readability"
    level = "suggestion"
    options_doc = {"max_words_en": f"words per English sentence before it is flagged (default {LIMITS['en']})",
                   "max_words_he": f"words per Hebrew sentence before it is flagged (default {LIMITS['he']})"}
    lang = "any"
    summary = "A sentence longer than 25 words (English) or 20 words (Hebrew) is hard to take in on a screen."
    why = (
        "Plain-language guides ask for sentences under about 20 words, one idea each; on a screen, in a dialog "
        "or a chat bubble people skim, so a long sentence gets half-read. Hebrew packs prefixes and pronouns into "
        "words, so the same idea takes fewer words and the Hebrew limit is lower. Split the sentence, or move "
        "details to a link."
    )
    source = (
        "Iowa DX writing guide, derived from the US Federal Plain Language Guidelines (PLAIN): sentences under 20 "
        "words, one idea per sentence; Israeli Ministry of Justice / Commission for Equal Rights of Persons with "
        "Disabilities – הנגשה לשונית ופישוט לשוני (short sentences); Israeli Government digital language spec"
    )
    examples = {
        "fail": [
            "If you are not trying to set up a new device or app, someone is trying to trick you into granting "
            "them access to your data, so do not proceed and contact your administrator.",
            "אם אינך מנסה להגדיר מכשיר חדש או אפליקציה חדשה, מישהו מנסה לרמות אותך כדי לקבל גישה לנתונים שלך, "
            "ולכן במקרה הזה אל תמשיכו ופנו מיד למנהל המערכת שלכם.",
        ],
        "pass": [
            "The file could not be uploaded. Check your connection and try again.",
            "הקובץ לא הועלה. כדאי לבדוק את החיבור ולנסות שוב.",
            "You can log in, but some features will be unavailable until the identity server is back online. "
            "If you keep seeing this warning, check your settings.",
            "Unknown;Text;Number;Date;Time;Yes/No;Currency;Memo;Counter;Image;Decimal;Binary;BigInt;Double;Float;"
            "Real;Integer;Small Integer;Tiny Integer;Null;Object;Distinct;Structure;Field;BLOB;CLOB;REF;OTHER",
        ],
    }

    def __init__(self, options=None) -> None:
        super().__init__(options)
        self._limits: dict[str, int] = {}   # language -> word limit (from the options)

    def check(self, doc):
        limit = self._limits.get(doc.lang)
        if limit is None:
            limit = self._limits[doc.lang] = int(self.options.get(f"max_words_{doc.lang}", LIMITS.get(doc.lang, 25)))
        if len(doc.text) <= 2 * limit or len(doc.masked.split()) <= limit \
                or count_words(doc, 0, len(doc.text)) <= limit:
            return  # no sentence can be too long (words are whitespace chunks): no splitting at all
        he = doc.lang == "he"
        for s, e in sentences(doc):
            n = count_words(doc, s, e)
            if n <= limit:
                continue
            if he:
                msg = f"משפט ארוך ({n} מילים; עד {limit} קל יותר לקרוא). כדאי לפצל לשני משפטים או יותר."
            else:
                msg = f"Long sentence ({n} words; up to {limit} is easier to read). Split it into two or more."
            yield self.finding(doc, s, e, msg, words=n, limit=limit)
