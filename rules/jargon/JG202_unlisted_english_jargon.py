"""JG202 unlisted-english-jargon: technical terms no list names, found by their shape (homeserver, preparse)."""
from __future__ import annotations

from linter.rule import Rule

from . import _loanwords as lw

MSG = "'{w}' is a technical term many users will not know. Explain it or use an everyday word."
MSG_ACRONYM = "'{w}' is an unexplained technical abbreviation. Spell out what it is, or use an everyday word."
MSG_IDENT = "'{w}' is a name from the code. Say in everyday words what it means."


def latin_findings(rule: Rule, doc, msg, msg_acronym, msg_ident, english_text: bool):
    """Findings on Latin-letter tokens (shared by the English rule and the Hebrew rule for embedded English)."""
    listed = None
    norm = doc.norm
    for m in lw.LATIN.finditer(norm):
        tok = m.group()
        start, end = doc.raw_span(m.start(), m.end())
        if doc.is_protected(start, end):
            continue
        before = norm[max(0, m.start() - 1):m.start()]
        after = norm[m.end():m.end() + 1]
        if before in ("'", '"', "`", "<", "{", "[") and after in ("'", '"', "`", ">", "}", "]", ""):
            if before != "'" or after != "'":
                continue  # a quoted literal or markup name, not prose
        cue = level = message = None
        if lw.identifier_kind(tok, doc.text):
            cue, level, message = "identifier", "suggestion", msg_ident
        elif lw.acronym_kind(tok, doc.text) and not lw.glossed(norm, m.start(), m.end()) \
                and not lw.format_name(norm, m.start(), m.end()):
            cue, level, message = "acronym", "suggestion", msg_acronym
        elif tok[:1].islower() or (english_text and _sentence_start(norm, m.start())
                                                    and tok[1:].islower()):
            why = lw.tech_compound(tok)
            if why:
                cue, level, message = why, None, msg
        if cue is None:
            continue
        if listed is None:
            listed = lw.listed_spans(doc)
        if lw.overlaps(listed, start, end):
            continue
        yield rule.finding(doc, start, end, message.format(w=doc.text[start:end]), level=level,
                           term=tok.lower(), cue=cue)


def _sentence_start(norm: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and norm[j] in " \t\n\"'(“‘":
        j -= 1
    return j < 0 or norm[j] in ".!?:\n"


class UnlistedEnglishJargon(Rule):
    code = "JG202"
    name = "unlisted-english-jargon"
    category = "jargon"
    level = "warning"
    lang = "en"
    summary = ("Technical terms that no term list names, recognised by their shape: rare tech compounds "
               "(homeserver, autodiscovery, preparse, re-authenticate), unexplained acronyms, camelCase/snake_case.")
    why = ("Term lists never keep up with a product's vocabulary: every app coins its own homeserver, demuxer or "
           "autodiscovery. Words built from technical parts (server, auth, config, parse, mux, sync, token) that are "
           "not everyday English, abbreviations nobody spelled out, and names from the code all make a general user "
           "stop and guess. Explain the term the first time, or say what it does in everyday words. Add product "
           "terms your users do know to the glossary (glossary.accept) and they are no longer reported.")
    source = ("GOV.UK Design System – Error message (\"do not use technical jargon\"); Microsoft Writing Style "
              "Guide – Jargon and Acronyms (spell out an acronym on first use); plainlanguage.gov – Use simple words "
              "and phrases")
    examples = {
        "fail": [
            "Could not reach the webserver.",
            "Autodetection of your mail settings failed.",
            "Choose the demuxer to use.",
            "Failed to re-initialize the player.",
            "No SDBC driver was found for this address.",
            "Set base_url in your settings.",
        ],
        "pass": [
            "Check the box and tap Save.",
            "Switch to fullscreen mode.",
            "Enter your PIN or scan the QR code.",
            "We sent a PDF to your email.",
            "Real Time Streaming Protocol (RTSP) address",
            "Open {fileName} in LibreOffice",
            "WARNING: this cannot be undone.",
        ],
    }

    def check(self, doc):
        yield from latin_findings(self, doc, MSG, MSG_ACRONYM, MSG_IDENT, english_text=True)
