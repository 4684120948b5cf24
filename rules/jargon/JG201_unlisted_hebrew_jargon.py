"""JG201 unlisted-hebrew-jargon: loanwords and technical terms no list names, found by their shape."""
from __future__ import annotations

from linter.rule import Rule
from linter.text import hebrew

from . import _loanwords as lw
from .JG202_unlisted_english_jargon import latin_findings

MSG = "„{w}” היא מילה לועזית שרבים לא יבינו. כדאי להסביר אותה או לכתוב מילה יומיומית"
MSG_PLAIN = MSG + ", למשל „{s}”."
MSG_LATIN = "„{w}” הוא מונח טכני באנגלית שרבים לא יבינו. כדאי להסביר אותו או לכתוב מילה יומיומית בעברית."
MSG_ACRONYM = "„{w}” הוא ראשי תיבות טכניים בלי הסבר. כדאי לכתוב במילים מה זה, או מילה יומיומית."
MSG_IDENT = "„{w}” הוא שם מתוך הקוד. כדאי לכתוב במילים פשוטות מה הוא אומר."
_SERVER_ENDS = tuple(lw.SERVER_HEADS)
MSG_SERVER = "„{w}” הוא מונח טכני שרבים לא יבינו. כדאי להסביר במילים פשוטות מה השרת הזה עושה."


class UnlistedHebrewJargon(Rule):
    code = "JG201"
    name = "unlisted-hebrew-jargon"
    category = "jargon"
    level = "warning"
    lang = "he"
    summary = ("Loanwords and technical terms that no term list names, recognised by their shape: -ציה/-יזציה, "
               "-ינג, -טיבי/-אלי endings, technical Latin abbreviations and code names, and 'שרת X' roles.")
    why = ("Hebrew UI copy borrows English terms faster than any list can follow: ולידציה, סינכרוניזציה, "
           "סטרימינג, אינטראקטיבי, or an English abbreviation dropped into the sentence (SDBC, JSON). Their endings "
           "give them away. A loanword that is everyday Hebrew (אפליקציה, דיגיטלי, אנימציה) is frequent in general "
           "Hebrew text and is not reported; a rare one makes readers stop. Use the everyday Hebrew word, or "
           "explain the term the first time. Product terms your users know go into glossary.accept.")
    source = ("אפיון השפה של ממשלת ישראל – המילה השימושית ביותר (govextra.gov.il/digital_service_language); "
              "משרד המשפטים – הנגשה לשונית ופישוט לשוני; האקדמיה ללשון העברית – מונחים בתחום המחשוב")
    examples = {
        "fail": [
            "הוולידציה של הטופס נכשלה",
            "שגיאה בסינכרוניזציה של אנשי הקשר",
            "שירות הסטרימינג לא זמין",
            "מצב אינטראקטיבי",
            "לא נמצא מנהל SDBC עבור הכתובת",
            "לא ניתן להתחבר לשרת המתווך",
        ],
        "pass": [
            "הורידו את האפליקציה",
            "לחצו על הכפתור השמאלי",
            "נשלח אליך קוד ב-SMS",
            "אפשר לשמור את הקובץ כ-PDF",
            "השרת לא זמין כרגע",
            "עוד פרטים ב-{link}",
        ],
    }

    def check(self, doc):
        listed = None
        toks = doc.tokens if lw.he_cues(doc.norm) else ()   # no loanword ending, no "שרת X": no Hebrew cue
        for i, tok in enumerate(toks):
            if tok.kind != "he":
                continue
            found = lw.he_loanword(tok.norm)
            cue = None
            if found:
                prefix, stem, cue = found
                plain = lw.HE_PLAIN.get(lw.he_lemma(stem))
                message = MSG_PLAIN.format(w=doc.text[tok.start:tok.end], s=plain) if plain else \
                    MSG.format(w=doc.text[tok.start:tok.end])
                start, end, term = tok.start, tok.end, lw.he_lemma(stem)
                suggestions = [hebrew.attach(prefix, plain)[0]] if plain else []
            else:
                if not tok.norm.endswith(_SERVER_ENDS):
                    continue  # a stem is a suffix of the word: no "שרת" stem
                head = next((s for p, s in hebrew.prefix_splits(tok.norm) if s in lw.SERVER_HEADS), None)
                if head is None or i + 1 >= len(toks) or toks[i + 1].kind != "he":
                    continue
                nxt = toks[i + 1].norm
                role = nxt[1:] if nxt.startswith("ה") and nxt[1:] in lw.SERVER_ROLES else nxt
                if role not in lw.SERVER_ROLES or toks[i + 1].start - tok.end > 2:
                    continue
                cue = "server-role"
                start, end = tok.start, toks[i + 1].end
                term = f"{head} {role}"
                message = MSG_SERVER.format(w=doc.text[start:end])
                suggestions = []
            if listed is None:
                listed = lw.listed_spans(doc)
            if lw.overlaps(listed, start, end):
                continue
            yield self.finding(doc, start, end, message, suggestions=suggestions, term=term, cue=cue)
        yield from latin_findings(self, doc, MSG_LATIN, MSG_ACRONYM, MSG_IDENT, english_text=False)
