"""English inflection for term entries: one lemma in the data, every form in the matcher.

Regular morphology is generated (utilize → utilizes/utilized/utilizing; session → sessions); irregular forms are
listed by the entry itself. The same function inflects the replacement so a fix keeps the form (utilized → used).
"""
from __future__ import annotations

_VOWELS = set("aeiou")


def _double_final(word: str) -> bool:
    """CVC monosyllables and stressed final syllables double the consonant (stop → stopped)."""
    if len(word) < 3 or word[-1] in "wxy" or word[-1] in _VOWELS:
        return False
    if not (word[-2] in _VOWELS and word[-3] not in _VOWELS):
        return False
    vowel_groups = sum(1 for i, c in enumerate(word) if c in _VOWELS and (i == 0 or word[i - 1] not in _VOWELS))
    return vowel_groups == 1


def verb_forms(verb: str) -> dict[str, str]:
    """tag → form for a (possibly multi-word) verb: the first word inflects ("log in" → "logged in")."""
    head, _, rest = verb.partition(" ")
    tail = f" {rest}" if rest else ""
    if head.endswith("e") and not head.endswith("ee"):
        ed, ing = head + "d", head[:-1] + "ing"
    elif head.endswith("ie"):
        ed, ing = head + "d", head[:-2] + "ying"
    elif head.endswith("y") and len(head) > 1 and head[-2] not in _VOWELS:
        ed, ing = head[:-1] + "ied", head + "ing"
    elif _double_final(head) or head in _DOUBLING:
        ed, ing = head + head[-1] + "ed", head + head[-1] + "ing"
    else:
        ed, ing = head + "ed", head + "ing"
    irregular = _IRREGULAR.get(head)
    if irregular:
        ed = irregular
    return {"base": verb, "s": plural(head) + tail, "ed": ed + tail, "ing": ing + tail}


def plural(noun: str) -> str:
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and len(noun) > 1 and noun[-2] not in _VOWELS:
        return noun[:-1] + "ies"
    return noun + "s"


def noun_forms(noun: str) -> dict[str, str]:
    """The plural inflects the last word of a compound ("identity server" → "identity servers")."""
    head, _, last = noun.rpartition(" ")
    lead = f"{head} " if head else ""
    return {"base": noun, "s": lead + plural(last)}


def forms(term: str, pos: str) -> dict[str, str]:
    if pos == "verb":
        return verb_forms(term)
    if pos == "noun":
        return noun_forms(term)
    return {"base": term}


def match_case(replacement: str, original: str) -> str:
    """Keep the case pattern of what is replaced: "Utilize" → "Use", "UTILIZE" → "USE"."""
    if original.isupper() and len(original) > 1:
        return replacement.upper()
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


_IRREGULAR = {
    "begin": "began", "buy": "bought", "choose": "chose", "do": "did", "find": "found", "get": "got", "give": "gave",
    "go": "went", "keep": "kept", "know": "knew", "leave": "left", "let": "let", "make": "made", "put": "put",
    "send": "sent", "set": "set", "show": "showed", "take": "took", "tell": "told", "hold": "held", "run": "ran",
    "say": "said", "see": "saw", "think": "thought", "put off": "put off", "cut": "cut", "shut": "shut",
    "pay": "paid", "read": "read", "lose": "lost", "meet": "met", "write": "wrote", "quit": "quit",
}

_DOUBLING = {"occur", "refer", "prefer", "transfer", "submit", "permit", "omit", "admit", "commit", "control",
             "compel", "deter", "incur", "recur", "confer", "defer", "expel", "propel", "equip"}
