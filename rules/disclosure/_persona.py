"""Shared cues of the bot-disclosure rules: persona names, disclosure words, claims to be human."""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from rules._channels import HE

# "bot", "virtual assistant", "עוזרת דיגיטלית"… anywhere in the unit clears a persona name
DISCLOSURE = re.compile(
    r"(?i)\b(?:bot|chat\s?bot|robot|virtual\s+(?:assistant|agent|helper|host)|digital\s+(?:assistant|agent|helper)|"
    r"automated\s+(?:assistant|agent|system|service|helper)|ai\s+(?:assistant|agent|helper|model)|an\s+ai\b|"
    r"artificial\s+intelligence|language\s+model|not\s+a\s+(?:real\s+)?(?:person|human))\b"
    rf"|(?<![{HE}])[ובהלמש]{{0,2}}(?:בוט|בוטית|צ'אטבוט|צ'אט\s+בוט|רובוט|רובוטית)(?![{HE}])"
    rf"|(?:עוזר|עוזרת|נציג|נציגה|סוכן|סוכנת|עוזר\s+אישי|עוזרת\s+אישית)\s+(?:ה)?(?:דיגיטלי|דיגיטלית|וירטואלי|וירטואלית|"
    rf"אוטומטי|אוטומטית|ממוחשב|ממוחשבת|חכם|חכמה|מבוסס\s+AI|מבוססת\s+AI)(?![{HE}])"
    rf"|בינה\s+מלאכותית|מערכת\s+אוטומטית|(?<![{HE}])AI(?![A-Za-z])")

# English: strong introductions take any capitalised word; weak ones ("I'm X") only a listed first name
STRONG_EN = re.compile(r"\b(?:[Mm]y\s+name\s+is|[Mm]y\s+name's|[Yy]ou\s+can\s+call\s+me|[Cc]all\s+me)\s+"
                       r"(?P<name>[A-Z][a-z]{1,15})\b")
WEAK_EN = re.compile(r"(?:^|(?<=[\s,.!?;:(\"'-]))(?:I'm|I\s+am|[Tt]his\s+is|[Ii]t's|[Ii]t\s+is)\s+"
                     r"(?P<name>[A-Z][a-z]{1,15})\b(?P<after>.{0,3})", re.S)
STRONG_HE = re.compile(rf"(?<![{HE}])(?:קוראים\s+לי|שמי\s+הוא|שמי\s+היא|שמי|השם\s+שלי(?:\s+הוא|\s+היא)?)\s+"
                       rf"(?P<name>[{HE}]{{2,12}})(?![{HE}])")
WEAK_HE = re.compile(rf"(?<![{HE}])(?:אני|כאן|מדברת|מדבר|זאת|זו)\s+(?P<name>[{HE}]{{2,12}})(?![{HE}])(?P<after>\s*[^\n]{{0,6}})")
# the introductions of STRONG_/WEAK_ EN/HE followed by what their name group needs: no match here, no persona name
INTRO_EN = re.compile(r"(?:[Mm]y\s+name(?:\s+is|'s)|[Cc]all\s+me|I'm|I\s+am|[Tt]his\s+is|[Ii]t's|[Ii]t\s+is)\s+[A-Z][a-z]")
INTRO_HE = re.compile(rf"(?:קוראים\s+לי|שמי|השם\s+שלי|אני|כאן|מדברת|מדבר|זאת|זו)\s+[{HE}]{{2}}")
_NOT_NAMES_EN = frozenset({"Bot", "Assistant", "Here", "Sorry", "Happy", "Glad", "Back", "Done", "Ready", "Afraid",
                           "Not", "Just", "The", "Your", "Our", "Sure", "Still", "Also", "Only", "Now"})
_SEMANTIC_STOP_HE = frozenset({"לא", "כאן", "פה", "רק", "גם", "עדיין", "יכול", "יכולה", "שמח", "שמחה", "מצטער",
                               "מצטערת", "בוט", "עוזר", "עוזרת", "נציג", "נציגה", "הבוט", "העוזר", "העוזרת"})

CLAIM_EN = re.compile(
    r"(?i)\b(?:i'm|i\s+am)\s+(?:a\s+|an\s+)?(?:real|actual|live)\s+(?:person|human|agent|representative|one)\b"
    r"|\b(?:i'm|i\s+am)\s+(?:a\s+)?(?:human(?:\s+being)?|real\s+human|person)\b(?!\s+(?:who|that)\s+\w+\s+(?:bot))"
    r"|\b(?:i'm|i\s+am)\s+(?:a\s+)?human\s+(?:agent|representative|operator)\b"
    r"|\byou(?:'re|\s+are)\s+(?:talking|speaking|chatting)\s+(?:to|with)\s+(?:a\s+)?(?:real\s+)?(?:person|human)\b")
CLAIM_NOT_BOT_EN = re.compile(r"(?i)\b(?:i'm|i\s+am)\s+not\s+(?:a\s+|an\s+)?(?:bot|robot|machine|computer|ai|chat\s?bot|"
                              r"recording|program)\b")
CLAIM_HE = re.compile(
    rf"(?<![{HE}])אני\s+(?:(?:נציג|נציגה)\s+(?:אנושי|אנושית|אמיתי|אמיתית)|(?:בן|בת)\s+אדם|אדם\s+אמיתי|אנושי|אנושית)"
    rf"(?![{HE}])"
    rf"|(?<![{HE}])(?:את|אתה|אתם)\s+(?:מדבר|מדברת|מדברים|משוחח|משוחחת|משוחחים|מתכתב|מתכתבת)\s+(?:עכשיו\s+)?"
    rf"עם\s+(?:נציג|נציגה|אדם|בן\s+אדם)\s+(?:אמיתי|אמיתית|אנושי|אנושית)(?![{HE}])")
CLAIM_NOT_BOT_HE = re.compile(rf"(?<![{HE}])אני\s+(?:לא|אינני|איני)\s+(?:בוט|רובוט|מכונה|הקלטה|מחשב)(?![{HE}])")
BOTTISH_KEY = re.compile(r"(?i)bot|chat|greet|welcome|persona|utter|response|intro|assistant|agent|turn")


@lru_cache(maxsize=1)
def _names() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = resources.files("rules").joinpath("disclosure", "data")
    en = frozenset(line.strip() for line in data.joinpath("names_en.txt").read_text(encoding="utf-8").splitlines()
                   if line.strip() and not line.startswith("#"))
    he, amb = set(), set()
    for line in data.joinpath("names_he.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, flag = line.partition("\t")
        he.add(name.strip())
        if flag.strip() == "ambiguous":
            amb.add(name.strip())
    return en, frozenset(he), frozenset(amb)


def _title_case_label(text: str, names: frozenset[str]) -> bool:
    """'I'm Done', 'I'm Ready To Start': a Title Case label, where capitals say nothing about names.

    Sentence-initial words, "I"/"I'm" and listed first names are left out; if every other word is capitalised,
    the capitals are styling."""
    words = []
    for sent in re.split(r"[.!?\n]+", text):
        ws = re.findall(r"[A-Za-z][A-Za-z']*", sent)
        words += [w for w in ws[1:] if not re.fullmatch(r"I|I'\w+", w) and w.lower() not in names]
    return bool(words) and all(w[0].isupper() for w in words)


def persona_names(text: str, lang: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of human first names the text introduces its speaker with."""
    if not (INTRO_HE if lang == "he" else INTRO_EN).search(text):
        return []
    en_names, he_names, he_amb = _names()
    out = []
    if lang == "he":
        for m in STRONG_HE.finditer(text):
            if m.group("name") in he_names:
                out.append((m.start("name"), m.end("name"), m.group("name")))
        for m in WEAK_HE.finditer(text):
            name, after = m.group("name"), m.group("after")
            if name not in he_names or name in _SEMANTIC_STOP_HE:
                continue
            standalone = re.match(rf"\s*(?:[^\s{HE}\w]|$|ו?מ(?!אוד|די|ידי|מש|עט|אוחר|הר|כדי))", after or "")
            if (name in he_amb or not m.group().startswith("אני")) and not standalone:
                continue  # "אני דנה בבקשה" (I discuss the request), "זו שירה יפה": the name must stand alone
            out.append((m.start("name"), m.end("name"), name))
    else:
        if _title_case_label(text, en_names):
            return []
        for m in STRONG_EN.finditer(text):
            if m.group("name") not in _NOT_NAMES_EN:
                out.append((m.start("name"), m.end("name"), m.group("name")))
        for m in WEAK_EN.finditer(text):
            name = m.group("name")
            if name.lower() in en_names and not m.group("after").startswith(("'s", "’s")):
                out.append((m.start("name"), m.end("name"), name))
    return sorted(set(out))


