"""Hebrew messages and fixes for the gendered-address findings (shared by GA001–GA003)."""
from __future__ import annotations

from ._analysis import Hit, analyse

GENDER_WORD = {"m": "בזכר יחיד", "f": "בנקבה יחידה"}


def _quote(s: str) -> str:
    return f"„{s}”"


def message(hit: Hit) -> str:
    alts = [s for s in hit.suggestions if s]
    if hit.gender == "slash":
        head = f"{_quote(hit.word + '/…')} – צורה כפולה (לוכסן, נקודה או סוגריים) קשה לקריאה ולקוראי מסך."
        if alts:
            return head + " עדיף לכתוב " + " או ".join(_quote(a) for a in alts[:2]) + "."
        return head + " עדיף לכתוב ברבים או בניסוח סתמי."
    who = GENDER_WORD[hit.gender]
    if hit.kind == "imperative":
        tail = " או ".join(_quote(a) for a in alts[:2])
        return f"{_quote(hit.word)} פונה לקורא {who}. עדיף לכתוב {tail}, שמתאים לכולם."
    if hit.kind == "future":
        tail = " או ".join(_quote(a) for a in alts[:2])
        return f"{_quote(hit.word)} היא פנייה {who}. עדיף {tail}."
    if hit.kind == "greeting":
        return f"{_quote(hit.word)} פונה לקורא {who}. עדיף {_quote('ברוכים הבאים')}."
    if hit.kind == "vocative":
        return f"הפנייה {_quote(hit.word)} היא {who}. עדיף לפתוח בלי תואר (למשל {_quote('שלום')})."
    tail = " או ".join(_quote(a) for a in alts[:2])
    if tail:
        return f"{_quote(hit.word)} פונה לקורא {who}. עדיף {tail}, או ניסוח בלי כינוי גוף."
    return f"{_quote(hit.word)} פונה לקורא {who}. עדיף לנסח ברבים או בלי כינוי גוף."


def findings(rule, doc, gender: str):
    for hit in analyse(doc).hits:
        if hit.gender != gender:
            continue
        start, end = doc.raw_span(hit.ns, hit.ne)
        if doc.is_protected(start, end):
            continue
        fix = rule.replace(start, end, hit.fix, "unsafe") if hit.fix else None
        yield rule.finding(doc, start, end, message(hit), suggestions=hit.suggestions, fix=fix)
