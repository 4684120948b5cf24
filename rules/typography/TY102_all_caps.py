"""Runs of ALL-CAPS words (shouting), not acronyms."""
from __future__ import annotations

import re

from linter.rule import Rule

from ._common import is_error

# an all-caps Latin word, not glued to digits, underscores or lower-case letters (CAN_INSTALL, HTTP2, iOS are code)
_CAPS = re.compile(r"(?<![\w\-./\\$%{])[A-Z][A-Z']*[A-Z](?![\w\-/\\}])")
_TWO_CAPS = re.compile(r"[A-Z]'*[A-Z]")  # inside every _CAPS match
_RUN_GAP = re.compile(r"[ \t&\-\u2013\u2014]*\Z")  # what may separate two words of one caps run
# common acronyms that contain a vowel (acronyms without one, like HTTP, SMS, PDF, are recognised by shape)
_ACRONYMS = frozenset("""
AI API APIS ASAP ASCII AUX BIOS CEO CIA CLI CPU CPUS CSV DOI DUI EU EULA FAQ FAQS FIDO FYI GIF GIFS GNU GPU GUI GUID
HDMI ID IDS IMAP IO IOS IP IPS IBAN ISBN ISO ISP IT JPEG JPG JSON LAN LED MAC MIDI MIME MMS NASA NAT NATO OAUTH OCR
OEM OIDC OK OS OSS OTP PIN PINS PNG POP QR RAM RAID ROM RSA RSS RTL SAML SEO SIM SSO SQL SUSE TIFF UI UID UK UN URI
URL URLS USA USB UTC UTF UUID UX VAT VIP VOIP VOD WAN WEBP XML YAML ZIP AJAX IDE PDF AES GPS LTR UPNP ODBC OLE OPUS
DAV GIMP JS EPUB ICAL ICS ONVIF DIY ETA UI TODO NOTE README GNOME KDE AVI MPEG OGG AAC HDR BMP EXIF ICC OGV
""".split())
_VOWELS = set("AEIOUY")
_ROMAN = re.compile(r"[IVXLCDM]+\Z")
# legal disclaimers must be conspicuous (capitals are how licences do it): not shouting
_LEGAL = re.compile(r"WARRANT|LIABILITY|MERCHANTABILITY|\bAS IS\b")
_LITERAL = re.compile(r"%[A-Z][A-Z_ ]*%|[\"'\u201c\u201e\u2018\u201a\u00ab][A-Z][A-Z' ]*[\"'\u201d\u201c\u2019\u00bb]")
_OPEN_QUOTES = "\"'\u201c\u201e\u2018\u201a\u00ab%"
_CLOSE_QUOTES = "\"'\u201d\u201c\u2019\u00bb%"


def is_acronym(word: str) -> bool:
    w = word.replace("'", "")
    if w.endswith("S") and w[:-1] in _ACRONYMS:
        return True
    return w in _ACRONYMS or not (set(w) & _VOWELS) or len(w) <= 1 or _ROMAN.match(w) is not None


def _sentence_case(text: str, first: bool) -> str:
    out = text.lower()
    return out[:1].upper() + out[1:] if first else out


class AllCaps(Rule):
    code = "TY102"
    name = "all-caps"
    category = "typography"
    level = "suggestion"
    lang = "any"
    summary = "Words in ALL CAPS read as shouting; write them in normal case (acronyms are fine)."
    why = (
        "Capitals are harder to read than mixed case and read as shouting, especially in an error. Emphasis "
        "belongs in the wording or the design, not in the letters. Acronyms (PIN, URL, SMS) are not affected."
    )
    source = (
        "GOV.UK style guide – Capitals ('avoid block capitals, they are harder to read'); "
        "Microsoft Writing Style Guide – Capitalization (don't use all caps for emphasis); "
        "Iowa DX writing guide (PLAIN)"
    )
    fix_safety = "Display only: the right case for names inside the run is not known."
    examples = {
        "fail": [
            "DO NOT SHARE THIS CODE with anyone.",
            {"text": "ERROR: FILE NOT FOUND", "key": "errors.file"},
            {"text": "הקוד שגוי. PLEASE TRY AGAIN", "lang": "he"},
        ],
        "pass": [
            "Enter your PIN.",
            "Scan the QR code to sign in.",
            "The CSV and PDF exports are ready.",
            "Copy the file CAN_INSTALL to your config folder.",
            "OK",
            "Send an SMS via HTTP API",
            "The condition \"NOT LIKE\" is too complex.",
            "Text;Number;BLOB;CLOB;REF;OTHER",
            "Roman (III II I)",
            "The menu for %SAVE IN SELECTION% will be reset.",
            "WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PURPOSE.",
        ],
        "fix": [
            {"input": "DO NOT SHARE THIS CODE with anyone.", "output": "Do not share this code with anyone."},
        ],
    }

    def check(self, doc):
        text = doc.masked
        if not _TWO_CAPS.search(text):
            return  # no all-caps word at all (blanking literals below cannot make one)
        if _LEGAL.search(text):
            return
        # quoted literals ("NOT LIKE") and app placeholders (%SAVE IN SELECTION%) are not prose
        text = _LITERAL.sub(lambda m: " " * len(m.group()), text)
        words = [m for m in _CAPS.finditer(text)]
        if len(words) < 2:
            return
        runs: list[list[re.Match[str]]] = []
        for m in words:
            if runs and _RUN_GAP.match(text[runs[-1][-1].end():m.start()]):
                runs[-1].append(m)
            else:
                runs.append([m])
        he = doc.lang == "he"
        error = None
        for run in runs:
            shouty = [m for m in run if not is_acronym(m.group())]
            if len(run) < 2 or len(shouty) < 2:
                continue
            s, e = run[0].start(), run[-1].end()
            if doc.is_protected(s, e):
                continue
            if s > 0 and e < len(text) and text[s - 1] in _OPEN_QUOTES and text[e] in _CLOSE_QUOTES:
                continue  # a quoted literal ("NOT LIKE") or a %PLACEHOLDER%
            before = text[:s].rstrip()
            first = not before or before[-1] in ".!?:\n"
            new = _sentence_case(doc.text[s:e], first)
            # keep acronyms inside the run in capitals
            for m in run:
                if m not in shouty:
                    a, b = m.start() - s, m.end() - s
                    new = new[:a] + m.group() + new[b:]
            if error is None:
                error = is_error(doc)
            msg = ("מילים באותיות גדולות (ALL CAPS) נקראות כמו צעקה; כדאי לכתוב באותיות רגילות." if he else
                   "Words in ALL CAPS read as shouting; write them in normal case.")
            yield self.finding(doc, s, e, msg, suggestions=[new], fix=self.replace(s, e, new, "display"),
                               level="warning" if error else None)
