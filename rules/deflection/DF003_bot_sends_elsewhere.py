"""DF003: a bot answer that refuses help in the conversation and sends the person to another channel."""
from __future__ import annotations

import re

from linter.rule import Rule
from rules._channels import HE, PV, channels

REFUSE_EN = re.compile(
    r"(?i)\b(?:can(?:no|['’])t|unable\s+to|not\s+able\s+to|couldn['’]?t|could\s+not|won['’]?t\s+be\s+able\s+to|"
    r"isn['’]?t\s+possible\s+to|is\s+not\s+possible\s+to|no\s+way\s+to)\s+(?:\w+\s+){0,3}?"
    r"(?:speak|talk|chat|connect|transfer|help|assist|answer|handle|support|reach)\b"
    r"|\b(?:no\s+(?:one|agents?|humans?|representatives?)\s+(?:is|are)\s+available)\b")
REDIRECT_EN = re.compile(
    r"(?i)\b(?:contact|e-?mail|call|phone|write\s+to|reach\s+out\s+to|reach|message|text)\s+(?:us|our\s+\w+|sales|"
    r"support|the\s+\w+\s+team)\b"
    r"|\b(?:head|go)\s+(?:over\s+)?to\s+(?:our|the)\b|\bvisit\s+(?:our|the)\s+(?:website|site|forum|page|help)\b"
    r"|\b(?:ask|post)\s+(?:it\s+|your\s+question\s+)?(?:on|in)\s+(?:our|the)\s+(?:forum|community)\b"
    r"|\bemail\s+us\b|\bcall\s+us\b|\bget\s+in\s+touch\b")
REFUSE_HE = re.compile(
    rf"(?<![{HE}])(?:ש|ו|וש)?(?:אי\s+אפשר|לא\s+ניתן|אין\s+(?:לי\s+|לנו\s+)?אפשרות|לא\s+אוכל|לא\s+נוכל|איני\s+יכול(?:ה)?|"
    rf"אינני\s+יכול(?:ה)?|אני\s+לא\s+יכול(?:ה)?|אנחנו\s+לא\s+יכולים|לא\s+הצלחתי|לא\s+הצלחנו|אין\s+נציג(?:ים)?\s+זמינ)"
    rf"(?:\s+[{HE}]+){{0,2}}?\s*(?:ל|ש)?(?:דבר|עזור|העביר|חבר|טפל|ענות|סייע|עזר)")
# imperatives, or infinitives after "אפשר / ניתן / נא / מוזמנים…" (not "כדי ליצור קשר", which is our own action)
_MODAL_HE = rf"(?:אפשר|ניתן|נא|אנא|מוזמנים|מוזמן|מוזמנת|כדאי|יש|תוכלו|תוכל|תוכלי|אפשר\s+גם|ניתן\s+גם)\s+(?:[{HE}]+\s+){{0,2}}?"
REDIRECT_HE = re.compile(
    rf"{PV}(?:(?:שלחו|שלח|שלחי)\s+(?:לנו\s+)?(?:מייל|דוא\"ל|הודעה)|(?:כתבו|כתוב|כתבי)\s+לנו"
    rf"|(?:פנו|פנה|פני)\s+(?:אלינו\s+)?(?:ל|ב|דרך)|(?:התקשרו|התקשר|התקשרי)|(?:צרו|צור)\s+קשר"
    rf"|(?:היכנסו|היכנס)\s+ל(?:אתר|פורום)|בקרו\s+ב)"
    rf"|(?<![{HE}]){_MODAL_HE}(?:לשלוח\s+(?:לנו\s+)?(?:מייל|דוא\"ל|הודעה)|לכתוב\s+לנו|לפנות\s+(?:אלינו\s+)?(?:ל|ב|דרך)"
    rf"|להתקשר|ליצור\s+קשר|להיכנס\s+ל(?:אתר|פורום)|לבקר\s+ב)")
# a card of off-channel contact details ("Contact us – Email: … Phone: …")
CONTACT_CARD = re.compile(
    rf"(?i)\b(?:contact\s+us|reach\s+out|get\s+in\s+touch|email\s+us|call\s+us|write\s+to\s+us)\b"
    rf"|{PV}(?:צרו\s+קשר|צור\s+קשר|פנו\s+אלינו|כתבו\s+לנו|התקשרו\s+אלינו|שלחו\s+לנו)")
_IN_CHAT = re.compile(
    r"(?i)\b(?:connect(?:ing)?|transfer(?:ring)?|put(?:ting)?|pass(?:ing)?)\s+you\b|\b(?:an?\s+)?(?:agent|person)\s+"
    r"will\s+(?:join|be\s+with\s+you)\b"
    rf"|(?:מעביר|מעבירה|מעבירים|נעביר|אעביר|מחבר|מחברת|נחבר)\s+(?:אותך|אותכם)")


class BotSendsElsewhere(Rule):
    code = "DF003"
    name = "bot-sends-elsewhere"
    category = "deflection"
    level = "warning"
    lang = "any"
    kinds = ("bot",)
    summary = "A bot answer that refuses help in the conversation and sends the person to email, phone or a website."
    why = (
        "When someone asks a bot for help or for a person, \"I can't do that here, email us\" makes them start "
        "over in another channel, repeat everything, and wait without a time. Hand the conversation to a person "
        "with its context, or – if that is truly impossible – say when a reply will come and carry the details "
        "over (\"I've sent this chat to our team; they will email you within 4 hours\")."
    )
    source = ("Chatbot escalation practice (hand off with context, do not make the customer switch channels); "
              "Israeli Consumer Protection Law §18B, amendment 57 (a human answer for faults, billing and "
              "cancellation)")
    examples = {
        "fail": [
            {"text": "You can't speak to a human directly in this chat, but you can email us at hi@example.com.",
             "kind": "bot"},
            {"text": "I'm sorry I couldn't help you. Please head to our forum, otherwise contact us at "
                     "hi@example.com.", "kind": "bot"},
            {"text": "Contact Us\nEmail: support@example.com\nPhone: (123) 456-7890\nFeel free to reach out!",
             "kind": "bot", "lang": "en"},
            {"text": "אי אפשר לדבר עם נציג אנושי ישירות בצ'אט הזה, אבל אפשר לשלוח לנו מייל ל-hi@example.com.",
             "kind": "bot"},
        ],
        "pass": [
            {"text": "I can't answer that myself, so I'm connecting you to an agent now.", "kind": "bot"},
            {"text": "In case we need to follow up, we will call you on this number.", "kind": "bot"},
            {"text": "פנו אלינו שוב בשעות הפעילות.", "kind": "bot"},
            {"text": "Contact us at hi@example.com.", "kind": "ui"},
            {"text": "Sorry, I didn't get that. Can you rephrase?", "kind": "bot"},
        ],
    }

    def check(self, doc):
        he = doc.lang == "he"
        norm = doc.norm
        if _IN_CHAT.search(norm):
            return
        refuse = (REFUSE_HE if he else REFUSE_EN).search(norm)
        redirect = (REDIRECT_HE if he else REDIRECT_EN).search(norm)
        span = None
        if refuse and redirect and redirect.start() > refuse.start():
            span = (min(refuse.start(), redirect.start()), max(refuse.end(), redirect.end()))
        else:
            card = CONTACT_CARD.search(norm)
            offchannel = [c for c in channels(doc.text) if c.kind in ("email", "phone", "url")]
            if card and offchannel:
                span = (card.start(), card.end())
        if span is None:
            return
        start, end = doc.raw_span(*span)
        if he:
            msg = ("הבוט מסרב לעזור כאן ושולח לערוץ אחר (מייל, טלפון, אתר), והקורא צריך להתחיל מחדש. עדיף להעביר "
                   "לנציג עם השיחה, או לומר מתי תגיע תשובה.")
            sugg = ["מעבירים אותך עכשיו לנציג, והוא יראה את מה שכתבת.",
                    "שלחנו את השיחה לצוות שלנו. תשובה תגיע במייל תוך 4 שעות."]
        else:
            msg = ("The bot declines to help here and sends the person to another channel (email, phone, website), "
                   "where they must start over. Hand off to a person with the conversation, or say when a reply "
                   "will come.")
            sugg = ["I'm connecting you to an agent now; they will see this conversation.",
                    "I've sent this conversation to our team; they will email you within 4 hours."]
        yield self.finding(doc, start, end, msg, suggestions=sugg)
