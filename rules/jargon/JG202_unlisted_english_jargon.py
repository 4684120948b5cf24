"""JG202 unlisted-english-jargon: technical terms no list names, found by their shape (homeserver, preparse)."""
from __future__ import annotations

import re

from linter.rule import Rule

from . import _loanwords as lw

MSG = "'{w}' is a technical term many users will not know. Explain it or use an everyday word."
MSG_ACRONYM = "'{w}' is an unexplained technical abbreviation. Spell out what it is, or use an everyday word."
MSG_IDENT = "'{w}' is a name from the code. Say in everyday words what it means."


def latin_findings(rule: Rule, doc, msg, msg_acronym, msg_ident, english_text: bool):
    """Findings on Latin-letter tokens (shared by the English rule and the Hebrew rule for embedded English)."""
    norm = doc.norm
    if not _ANY_LATIN.search(norm):
        return  # no Latin letter, no Latin token
    toks = lw.LATIN.findall(norm)
    if _INERT.issuperset(toks) or all(_inert(t) for t in toks):
        return  # no token can carry a cue, wherever it stands
    listed = None
    text = doc.text
    for m in lw.LATIN.finditer(norm):
        tok = m.group()
        first = tok[0]
        # the cue first (cheap shape tests guard the checks that cannot match), then where the token stands
        cue = level = message = None
        if ("_" in tok or (first.islower() and not tok.islower())) and lw.identifier_kind(tok, text):
            cue, level, message = "identifier", "suggestion", msg_ident
        elif first.isupper() and lw.ACRONYM.match(tok) and lw.acronym_kind(tok, text) \
                and not lw.glossed(norm, m.start(), m.end()) and not lw.format_name(norm, m.start(), m.end()):
            cue, level, message = "acronym", "suggestion", msg_acronym
        elif first.islower() or (english_text and tok[1:].islower() and _sentence_start(norm, m.start())):
            why = lw.tech_compound(tok)
            if why:
                cue, level, message = why, None, msg
        if cue is None:
            continue
        start, end = doc.raw_span(m.start(), m.end())
        if doc.is_protected(start, end):
            continue
        before = norm[max(0, m.start() - 1):m.start()]
        after = norm[m.end():m.end() + 1]
        if before in ("'", '"', "`", "<", "{", "[") and after in ("'", '"', "`", ">", "}", "]", ""):
            if before != "'" or after != "'":
                continue  # a quoted literal or markup name, not prose
        if listed is None:
            listed = lw.listed_spans(doc)
        if lw.overlaps(listed, start, end):
            continue
        yield rule.finding(doc, start, end, message.format(w=text[start:end]), level=level,
                           term=tok.lower(), cue=cue)


_ANY_LATIN = re.compile(r"[A-Za-z]")
_INERT: set[str] = set()   # tokens that carry no cue in any text (learnt as the run goes)


def _inert(tok: str) -> bool:
    """True if the token can never be reported: not code-shaped, not an acronym, not a technical word."""
    if tok in _INERT:
        return True
    if "_" in tok or (tok[0].islower() and not tok.islower()) or lw.ACRONYM.match(tok) or lw.tech_compound(tok):
        return False
    if len(_INERT) > 200_000:
        _INERT.clear()
    _INERT.add(tok)
    return True


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
