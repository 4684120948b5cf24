"""Who does a Hebrew UI string address, and in which form?

One pass over a unit finds every form of address and its style: masculine singular ("m"), feminine singular ("f"),
slash/dot forms ("slash"), plural imperative or 2nd-person plural ("plural") and infinitive instructions ("inf").
The four GA rules read this one analysis (cached on the Doc), so the unit is scanned once.

Hebrew spelling without vowels makes many imperatives homographs of nouns, adjectives or past-tense verbs
(מחק = delete! / he deleted / eraser). Unambiguous forms are reported at the head of a clause; ambiguous ones only in
clearly imperative positions (see _imperative). Every 2nd-person masculine future is also 3rd-person feminine
(תוכל = you can / she can), so it needs a 2nd-person cue (see _future).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ._lexicon import Form, Lexicon, lexicon

MASK = "\ufffc"
_TOKEN = re.compile(
    r"[~_&]?[\u05d0-\u05ea](?:[\u05d0-\u05ea]|[~_&](?=[\u05d0-\u05ea])|[\"'](?=[\u05d0-\u05ea]{2}))*'?"
    r"|[A-Za-z][A-Za-z'\u2019]*|\d+(?:[.,:]\d+)*|" + MASK + "+")
_ACCEL = re.compile(r"[~_&]")
# Punctuation that ends a clause; a plain hyphen attached to a prefix (ו-לחץ) is not one.
_BOUNDARY = re.compile(r"[.!?:;,()\[\]{}<>|/\n\t\u2022\u2013\u2014*=]|\s-\s|^-|\u2026")
_SENTENCE_BREAK = re.compile(r"[.!?\n\u2026]")

STRONG_BEFORE = frozenset({"נא", "אנא", "בבקשה"})
SOFT_BEFORE = frozenset({"רק", "פשוט", "גם", "אז", "ואז", "עכשיו", "כעת", "עתה", "תחילה", "קודם", "מיד", "בנוסף",
                         "לחלופין", "מכן", "כך", "ואחר", "אחר", "כן", "לכן", "ולכן"})
SOFT_OR_STRONG_BEFORE = SOFT_BEFORE | STRONG_BEFORE
STRONG_AFTER = frozenset({"את", "על", "כאן", "שוב", "שנית", "לנו", "איתנו", "אתנו", "אותו", "אותה", "אותם", "אותן",
                          "אותנו", "בבקשה", "מחדש", "עכשיו", "כעת", "למטה", "למעלה", "ימינה", "שמאלה", "לכאן", "אלינו",
                          "בו", "בה", "בהם", "עליו", "עליה", "עליהם", "אל", "לתוך", "פעם", "מכאן", "ממנו", "כדי",
                          "בכדי"})
STRONG_AFTER_HEAD = frozenset({"את", "על", "כאן", "שוב", "שנית", "לנו", "איתנו", "אותנו", "בבקשה", "מחדש", "עכשיו",
                               "כעת", "כדי", "בכדי"})
NOUN_AFTER = frozenset({"של", "לא", "אינו", "אינה", "אינם", "הוא", "היא", "הם", "זה", "זו", "זאת", "הזה", "הזו",
                        "הזאת", "שלך", "שלו", "שלה", "שלנו", "שלהם",
                        "אחד", "אחת", "שעבר", "שעברה", "לאחר", "אחרי", "קודם", "קודמת", "נוכחי", "נוכחית", "חדש",
                        "חדשה", "חדשים", "ראשון", "ראשונה", "ראשי", "ישיר", "כללי", "רב", "כולל", "נמוך", "גבוה",
                        "מלא", "ריק", "נוסף", "בלבד", "הוגדר", "נקבע", "השתנה", "אינן", "הם", "יהיה", "היה"})
DEGREE_AFTER = frozenset({"מדי", "מאוד", "יותר", "פחות", "ביותר"})
# The speaker is the user, talking to the app ("שלח לי התראות", "זכור אותי"): not an address to the reader.
USER_VOICE = frozenset({"לי", "אותי", "אליי", "אלי", "עבורי", "בשבילי", "שלי", "ממני", "אני"})
SECOND_OBJECT = frozenset({"לך", "אותך", "אליך", "עליך", "בשבילך", "ממך", "איתך", "אתך", "עבורך", "בך"})
FUT_PARTICLES = frozenset({"לא", "גם", "עדיין", "כבר", "רק", "אז", "ואז", "עכשיו", "כעת", "מיד", "תמיד", "אולי",
                           "בקרוב", "עוד", "שוב", "כאן", "פה", "לעולם", "בהחלט", "באמת", "בקלות", "מעתה", "אף",
                           "פעם", "לפחות"})
SHE_INTRO = frozenset({"כדי", "בכדי", "ייתכן", "יתכן", "ברגע", "לפני", "אחרי", "לאחר", "עד", "מבלי", "בלי", "בזמן",
                       "אפשר", "ניתן", "כך", "רוצים", "חשוב", "מומלץ", "צריך", "כמו", "לוודא", "מקווים", "מה", "איך",
                       "ודאו", "יש", "נא", "אנא", "מציעים", "ממליצים", "כמובן", "בתנאי"})
SENTENCE_GAP = re.compile(r"[.!?:;,\n\u2026]")
FUT_INTRO = frozenset({"אם", "האם", "כאשר", "אנא", "נא", "בבקשה", "אל", "ואם", "אולי", "כדי", "למה", "מדוע",
                       "איך", "מתי", "היכן", "איפה", "מה", "לאן", "אתה"})
# Verbs whose 3rd-person feminine reading is common with an inanimate subject ("תהיה זמינה", "תאפשר לך").
FUT_THIRD_PRONE = frozenset({"להיות", "להגיע", "לצאת", "להיכנס", "לעלות", "לפעול", "להוביל", "לאפשר", "לעבור",
                             "להציג", "להישאר", "לרדת"})
PRONOUN_PREFIXES = ("", "ו", "ש", "וש", "כש", "וכש")
FUT_PREFIXES = ("", "ו", "ש", "וש", "כש", "וכש")
PARTICIPLE_FOLLOWERS = frozenset({"לא", "כבר", "עדיין", "באמת", "ממש", "גם", "עכשיו", "כעת"})
VOCATIVE_HEADS = frozenset({"משתמש", "משתמשת", "לקוח", "לקוחה", "גולש", "גולשת", "חבר", "חברה", "מנוי", "מנויה"})
NOT_FEM_SUBJECT_NEXT = frozenset({"כל", "זה", "זו", "זאת", "עצמך", "שמך", "כולם", "כולן"})


@dataclass(slots=True)
class Word:
    text: str        # letters only (accelerators removed)
    kind: str        # he, en, num, ph (placeholder/variable), tag (markup)
    ns: int          # offsets into doc.norm
    ne: int
    accel: bool
    clause: int = 0
    initial: bool = False      # first word of its clause
    sentence: int = 0
    ends_question: bool = False


@dataclass(slots=True)
class Hit:
    gender: str      # m, f, slash
    kind: str        # imperative, future, pronoun, participle, vocative, greeting, slash
    ns: int
    ne: int
    word: str        # the surface word(s), letters only
    form: Form | None = None
    prefix: str = ""
    fix: str | None = None          # mechanical replacement for the whole span (plural form), when there is one
    suggestions: list[str] = field(default_factory=list)
    neutral: str = ""               # free-text neutral alternative (address words)


@dataclass(slots=True)
class Analysis:
    words: list[Word]               # empty when the pre-check found nothing to analyse (see _may_address)
    hits: list[Hit]
    styles: dict[str, int]          # style -> number of forms of that style in the unit
    neutral: list[Hit]              # plural ("לחצו") and infinitive ("יש ללחוץ") instructions, for consistency


# tokenising ----------------------------------------------------------------------------------------------------
def _words(doc) -> list[Word]:
    """The unit's words with their clause and sentence numbers, in one pass; markup tags are left out (they are
    transparent: a boundary is punctuation in the gap before a word, wherever the tags are)."""
    norm = doc.norm
    tags = [(s.start, s.end) for s in doc.protected if s.kind == "tag"]
    accel = _ACCEL.search(norm) is not None
    out: list[Word] = []
    clause = sentence = 0
    prev_end = 0
    first_in_clause = True
    seen = False              # a (non-tag) word before this one
    # A "?" that closes clause 0 also marks every word after it (they had no clause number yet when it was seen)
    question_after = False
    for m in _TOKEN.finditer(norm):
        tok = m.group()
        ns, ne = m.span()
        ch = tok[0]
        if "\u05d0" <= ch <= "\u05ea":   # the common case first: a Hebrew word
            text = _ACCEL.sub("", tok) if accel else tok
            kind = "he"
        elif ch == MASK:
            rs, re_ = doc.raw_span(ns, ne)
            kind = "tag" if tags and all(any(a <= i < b for a, b in tags) for i in range(rs, re_)) else "ph"
            text = tok
        elif ch.isdigit():
            text, kind = tok, "num"
        elif ch.isascii() and ch.isalpha():
            text, kind = tok, "en"
        else:
            text, kind = _ACCEL.sub("", tok), "he"
        gap = norm[prev_end:ns]
        prev_end = ne
        if kind == "tag":
            continue
        if seen and gap != " " and _BOUNDARY.search(gap):
            if "?" in gap:
                _mark_question(out, clause)
                if clause == 0:
                    question_after = True
            clause += 1
            first_in_clause = True
            if _SENTENCE_BREAK.search(gap):
                sentence += 1
        out.append(Word(text, kind, ns, ne, text != tok, clause, first_in_clause, sentence, question_after))
        first_in_clause = False
        seen = True
    if "?" in norm[prev_end:]:
        _mark_question(out, clause)
    return out


def _mark_question(words: list[Word], clause: int) -> None:
    for w in words:
        if w.clause == clause and w.kind != "tag":
            w.ends_question = True


# the analysis --------------------------------------------------------------------------------------------------
def analyse(doc) -> Analysis:
    cached = doc.__dict__.get("_bahir_address")
    if cached is not None:
        return cached
    lex = lexicon()
    texts = _word_texts(doc.norm)
    if _may_address(doc.norm, lex, texts):
        result = _Analyser(doc, lex, frozenset(texts)).run()
    else:
        result = Analysis([], [], {}, [])   # no word that any check starts from: nothing to find
    doc.__dict__["_bahir_address"] = result
    return result


# Pre-check. Every hit and neutral form starts from a word _address_word or _verb accepts, from "יש"/"נא" + an
# infinitive (_infinitive_style), or from a slash form. The start words below mirror those methods' first tests;
# some only matter with a cue elsewhere in the text (a "?", "אל" before a future, "יקר" after a vocative head).
_INFINITIVE_HEADS = frozenset(("יש", "נא", "אנא", "בבקשה"))   # _infinitive_style
_INF_STYLE_HEADS = frozenset(("יש", "נא", "אנא"))             # _uses_infinitive_style
_INF_INSTRUCTION = re.compile(r"(?<![\u05d0-\u05ea])(?:יש|נא|אנא)\s+ל[\u05d0-\u05ea]{2,}")
_HE_WORD = re.compile(r"[\u05d0-\u05ea]{2,}")
_FILE_STYLE: dict[tuple[str, int], bool] = {}


def file_prefers_infinitive(source, lex: Lexicon) -> bool:
    """Does the file address the reader with infinitive instructions ("יש ללחוץ") more than with plural
    imperatives ("לחצו")? Counted once per file over its whole text, so a suggestion matches the file's habit."""
    if source is None:
        return False
    key = (source.path, len(source.text))
    found = _FILE_STYLE.get(key)
    if found is None:
        plural_forms = lex.plural_imperatives()
        text = source.text
        infinitive = len(_INF_INSTRUCTION.findall(text))
        plural = sum(1 for w in _HE_WORD.findall(text) if w in plural_forms) if infinitive else 0
        found = infinitive > plural
        if len(_FILE_STYLE) > 64:
            _FILE_STYLE.clear()
        _FILE_STYLE[key] = found
    return found
_PRONOUN_STEMS = ("אתה", "את", "הנך", "הינך", "אינך")        # as in _address_word
_VERB_PREFIXES = ("", "ו", "ש", "וש", "כש", "וכש")           # as in _verb
_FEM_INTRO = frozenset(("האם", "אם", "כי", "כאשר", "אולי", "ואם", "ואת"))   # as in _fem_pronoun
_AL = frozenset(("אל", "ואל"))
_DEAR = frozenset(("יקר", "יקרה"))


@dataclass(frozen=True, slots=True)
class _Starts:
    always: frozenset[str]      # words that may start a hit whatever else the text holds
    after_al: frozenset[str]    # futures marked "never": only right after אל
    question: frozenset[str]    # words that need a "?" (participles asked about; "את" with no intro word)
    fem_intro: frozenset[str]   # "את"/"ואת": need a "?" or an intro word (אם, האם…)
    vocative: frozenset[str]    # vocative heads: need יקר/יקרה
    every: frozenset[str]       # all of the above: a word outside it is neither an address word nor a verb form


_STARTS: list = [None, None]   # (lexicon, its _Starts), built on first use


def _starts(lex: Lexicon) -> _Starts:
    if _STARTS[0] is lex:
        return _STARTS[1]
    always, after_al, question, fem_intro, vocative = set(), set(), set(), set(), set()
    # address words (_address_word): the word itself, or a pronoun after a particle
    readings = [(w, w, "") for w in lex.address]
    readings += [(p + x, x, p) for p in PRONOUN_PREFIXES[1:] for x in _PRONOUN_STEMS if p + x not in lex.address]
    for word, stem, prefix in readings:
        entry = lex.address.get(stem)
        if entry is None:
            continue
        if stem == "אתה" or entry.mode in ("check-next", "always"):
            always.add(word)
        elif stem == "את":
            (always if prefix.endswith("ש") else fem_intro).add(word)
        else:
            if stem in VOCATIVE_HEADS:
                vocative.add(word)
            if entry.mode == "with-pronoun-or-question":
                (always if stem in ("מתבקש", "מוזמן", "מוזמנת") else question).add(word)
    # verb forms (_verb): imperatives and the plural imperative after "" or ו (_imperative drops "never" forms),
    # singular futures after FUT_PREFIXES (a "never" one only right after אל, with no prefix: _future), the
    # plural future after any prefix
    fut_prefixes = [p for p in _VERB_PREFIXES if p in FUT_PREFIXES]
    for stem, forms in lex.forms.items():
        if len(stem) < 2:
            continue
        imp = fut = fut_never = plural = False
        for form in forms:
            slot = form.slot
            if slot in ("imp_ms", "imp_fs"):
                imp = imp or "never" not in form.tags
            elif slot in ("fut_2ms", "fut_2fs"):
                if "never" in form.tags:
                    fut_never = True
                else:
                    fut = True
            elif slot == "imp_pl":
                imp = True
            elif slot == "fut_2mp":
                plural = True
        if plural:
            always.update(p + stem for p in _VERB_PREFIXES)
        if fut:
            always.update(p + stem for p in fut_prefixes)
        if imp:
            always.update((stem, "ו" + stem))
        if fut_never and "" in fut_prefixes:
            after_al.add(stem)
    every = always | after_al | question | fem_intro | vocative
    starts = _Starts(*(frozenset(x) for x in (always, after_al, question, fem_intro, vocative, every)))
    _STARTS[:] = [lex, starts]
    return starts


def _word_texts(norm: str) -> list[str]:
    """The text of every word _words finds (tags and placeholders too), without building Words."""
    words = _TOKEN.findall(norm)
    if _ACCEL.search(norm):
        words = [_ACCEL.sub("", w) for w in words]
    return words


def _may_address(norm: str, lex: Lexicon, words: list[str] | None = None) -> bool:
    """Cheap pre-check: could the analysis find anything at all in this text?"""
    if words is None:
        words = _word_texts(norm)
    st = _starts(lex)
    if not st.every.isdisjoint(words):
        if not st.always.isdisjoint(words):
            return True
        question = "?" in norm
        if question and not st.question.isdisjoint(words):
            return True
        if not st.fem_intro.isdisjoint(words) and (question or not _FEM_INTRO.isdisjoint(words)):
            return True
        if not st.after_al.isdisjoint(words) and not _AL.isdisjoint(words):
            return True
        if not st.vocative.isdisjoint(words) and not _DEAR.isdisjoint(words):
            return True
    if not _INFINITIVE_HEADS.isdisjoint(words) and not lex.infinitives.keys().isdisjoint(words):
        return True
    return SLASH_FORM.search(norm) is not None


class _Analyser:
    def __init__(self, doc, lex: Lexicon, texts: frozenset[str] | None = None) -> None:
        self.doc = doc
        self.lex = lex
        self.words = _words(doc)
        self.texts = texts if texts is not None else frozenset(w.text for w in self.words)   # for pre-checks
        self._inf_style: bool | None = None
        self.hits: list[Hit] = []
        self.styles: dict[str, int] = {}
        self.taken: set[int] = set()   # word indexes already part of a hit
        self.neutral: list[Hit] = []
        self._clauses: dict[int, list[Word]] | None = None
        self._imp_sentences: set[int] = set()   # sentences that already hold a singular imperative

    def run(self) -> Analysis:
        if any(w.kind == "he" for w in self.words):
            self._slashes()
            _infinitive_style(self)
            starts = _starts(self.lex).every
            for i, w in enumerate(self.words):
                if w.kind != "he" or i in self.taken or w.text not in starts:
                    continue   # (a word outside the start words is neither an address word nor a verb form)
                self._address_word(i) or self._verb(i)
        self.hits.sort(key=lambda h: h.ns)
        return Analysis(self.words, self.hits, self.styles, self.neutral)

    # helpers
    def w(self, i: int) -> Word | None:
        return self.words[i] if 0 <= i < len(self.words) else None

    def next_word(self, i: int) -> Word | None:
        nxt = self.w(i + 1)
        return nxt if nxt is not None and nxt.clause == self.words[i].clause else None

    def prev_word(self, i: int) -> Word | None:
        prv = self.w(i - 1)
        return prv if prv is not None and prv.clause == self.words[i].clause else None

    def clause_words(self, i: int) -> list[Word]:
        if self._clauses is None:
            self._clauses = {}
            for w in self.words:
                self._clauses.setdefault(w.clause, []).append(w)
        return self._clauses[self.words[i].clause]

    def style(self, name: str) -> None:
        self.styles[name] = self.styles.get(name, 0) + 1

    def add(self, hit: Hit, *idx: int) -> None:
        self.hits.append(hit)
        self.taken.update(idx)
        self.style(hit.gender)

    # positions
    def position(self, i: int) -> str:
        """'strong' after נא/אנא/בבקשה, 'initial' at the head of a clause (soft particles skipped), else 'mid'."""
        w = self.words[i]
        if w.initial:
            return "initial"
        j = i - 1
        prv = self.prev_word(i)
        if prv is not None and prv.kind == "he" and prv.text in STRONG_BEFORE:
            return "strong"
        while j >= 0 and self.words[j].clause == w.clause and self.words[j].kind == "he" \
                and self.words[j].text in SOFT_OR_STRONG_BEFORE:
            if self.words[j].initial:
                return "initial"
            j -= 1
        return "mid"

    def earlier_imperative(self, i: int) -> bool:
        """An imperative earlier in the same sentence ("בדוק ונסה שוב"); words are visited left to right."""
        return self.words[i].sentence in self._imp_sentences

    # verbs ---------------------------------------------------------------------------------------------------
    def _verb(self, i: int) -> bool:
        w = self.words[i]
        word = w.text
        for prefix in ("", "ו", "ש", "וש", "כש", "וכש"):
            if not word.startswith(prefix) or len(word) - len(prefix) < 2:
                continue
            stem = word[len(prefix):]
            forms = self.lex.forms.get(stem)
            if not forms:
                continue
            for form in forms:
                if form.slot in ("imp_ms", "imp_fs") and prefix in ("", "ו"):
                    if self._imperative(i, form, prefix):
                        return True
                elif form.slot in ("fut_2ms", "fut_2fs") and prefix in FUT_PREFIXES:
                    if self._future(i, form, prefix):
                        return True
                elif form.slot == "imp_pl" and prefix in ("", "ו"):
                    if self.position(i) != "mid" or (prefix == "ו" and self.earlier_imperative(i)):
                        self._neutral("plural", i, i, form)
                        self._imp_sentences.add(w.sentence)
                        return True
                elif form.slot == "fut_2mp":
                    self._neutral("plural", i, i, form)
                    return True
            if prefix == "" and stem in self.lex.forms:
                return False   # the whole word is a known form: no prefix reading
        return False

    def _neutral(self, style: str, i: int, j: int, form: Form) -> None:
        a, b = self.words[i], self.words[j]
        self.style(style)
        self.neutral.append(Hit(style, style, a.ns, b.ne, self.doc.norm[a.ns:b.ne], form))

    def _imperative(self, i: int, form: Form, prefix: str) -> bool:
        tags = set(form.tags)
        if "never" in tags:
            return False
        if "verb-main" in tags:
            tags = set()
        if "conj" in tags:
            tags.add("head-noun")
        fem = form.slot == "imp_fs"
        clause = self.clause_words(i)
        if any(c.kind == "he" and c.text in USER_VOICE for c in clause):
            return False
        nxt = self.next_word(i)
        after = self.next_word(i + 1) if nxt is not None else None
        nt = nxt.text if nxt is not None and nxt.kind == "he" else None
        strong_set = STRONG_AFTER_HEAD if "head-noun" in tags else STRONG_AFTER
        strong_after = nt is not None and (nt in strong_set
                                            or ("imp-before-l" in tags and nt.startswith("ל") and len(nt) > 3)
                                            or ("imp-before-k" in tags and nt.startswith("כ") and len(nt) > 3))
        if nt == "על" and after is not None and after.text in ("ידי", "פי"):
            strong_after = False   # "חתום על ידי": passive, not an instruction
        if prefix == "ו":
            if not tags and not fem:
                pos = "strong"
            elif self.earlier_imperative(i) and ("head-noun" not in tags or strong_after):
                pos = "initial"
            else:
                return False
        else:
            pos = self.position(i)
        if pos == "mid":
            return False
        if "fem-strong" in tags and pos != "strong" and not strong_after:
            return False
        if tags and pos != "strong" and not strong_after:
            if nxt is not None and self._noun_follows(nxt, tags):
                return False
            real = [x for x in self.words if x.kind in ("he", "en")]
            if len(real) == 1:                      # the whole string is this word: a button or a label
                if "solo-noun" in tags:
                    return False
            elif len(clause) == 1:                  # one word between punctuation: "(אמת)", "יום / חודש / שנה"
                return False
            elif "head-noun" in tags:
                return False
        self._imperative_hit(i, form, prefix, "f" if fem else "m")
        return True

    def _noun_follows(self, nxt: Word, tags: set[str]) -> bool:
        if nxt.kind != "he":
            return nxt.kind in ("num",) and False
        t = nxt.text
        if t in NOUN_AFTER:
            return True
        if t in DEGREE_AFTER and tags & {"adj", "adv"}:
            return True   # "קצר מדי", "חשוב מאוד"
        if t.startswith("ה") and len(t) >= 4 and not t.endswith(("ה", "ות")) and t not in ("הכל", "הכול"):
            return True   # the article: "הערך המוחלט", "מספר הערוצים", VS order "מחק המשתמש"
        if t.startswith(("שנ", "שה", "שלא", "שבו", "שבה", "שכבר", "שאינ")) and len(t) >= 4 and \
                not self.lex.forms.get(t):
            return True   # relative clause: "הזמן שנותר", "הקובץ שהועלה"
        if tags & {"adj", "adv"} and t.startswith("ל") and (t in self.lex.infinitives or len(t) >= 5):
            return True   # "חייב להיות", "אפשר לגרור"
        return False

    def _imperative_hit(self, i: int, form: Form, prefix: str, gender: str) -> None:
        w = self.words[i]
        verb = form.verb
        plural = verb.first("imp_pl")
        sugg = []
        if plural:
            sugg.append(prefix + plural)
        if verb.has_infinitive:
            sugg.append(("ו" if prefix else "") + "יש " + verb.infinitive)
        if self._uses_infinitive_style():
            sugg.reverse()
        fix = None if w.accel or not plural else prefix + plural
        self._imp_sentences.add(w.sentence)
        self.add(Hit(gender, "imperative", w.ns, w.ne, w.text, form, prefix, fix, sugg), i)

    def _uses_infinitive_style(self) -> bool:
        """Suggest the infinitive first when this string, or else the rest of its file, instructs that way."""
        if self._inf_style is None:
            ws = self.words
            self._inf_style = not _INF_STYLE_HEADS.isdisjoint(self.texts) and any(
                a.kind == "he" and a.text in _INF_STYLE_HEADS and b.kind == "he" and b.text.startswith("ל")
                and b.text in self.lex.infinitives for a, b in zip(ws, ws[1:])) or file_prefers_infinitive(
                    self.doc.unit.source, self.lex)
        return self._inf_style

    def _future(self, i: int, form: Form, prefix: str) -> bool:
        w = self.words[i]
        fem = form.slot == "fut_2fs"
        tags = form.tags
        prv = self.prev_word(i)
        after_al = prv is not None and prv.kind == "he" and prv.text in ("אל", "ואל") and not prefix
        nxt = self.next_word(i)
        if nxt is not None and nxt.kind == "he" and nxt.text in SECOND_OBJECT:
            return False   # "תאפשר לך": the subject is not the reader
        cue = after_al
        if prefix.endswith("ש"):
            pw = self.prev_word(i)
            cue = pw is not None and pw.kind == "he" and pw.text in SHE_INTRO
            if not cue:
                return False
        if not cue:
            j = i - 1
            while j >= 0 and self.words[j].clause == w.clause and self.words[j].kind == "he" \
                    and self.words[j].text in FUT_PARTICLES:
                j -= 1
            if j < 0 or self.words[j].clause != w.clause:
                head = self.words[j + 1]
                cue = j < 0 or bool(SENTENCE_GAP.search(self.doc.norm[self.words[j].ne:head.ns])) \
                    or self.words[j].sentence != head.sentence   # head of a clause, not after a bracket

            else:
                pw = self.words[j]
                stem = pw.text
                for p in PRONOUN_PREFIXES:
                    if p and stem.startswith(p) and stem[len(p):] in ("אתה", "את"):
                        stem = stem[len(p):]
                cue = pw.kind == "he" and (stem in FUT_INTRO or (fem and stem == "את"))
        if not cue:
            return False
        if "never" in tags and not after_al:
            return False
        if not fem:
            if form.verb.infinitive in FUT_THIRD_PRONE and not after_al and not self._pronoun_before(i, "אתה"):
                return False
            if nxt is not None and nxt.kind == "he" and nxt.text != "את" and nxt.text.startswith("ה") \
                    and len(nxt.text) >= 4 and not nxt.text.endswith(("ה", "ות")):
                return False   # VS order with a definite subject: "תוצג ההודעה"
        verb = form.verb
        plural = verb.first("fut_2mp")
        sugg = [prefix + plural] if plural else []
        if verb.has_infinitive and not after_al:
            sugg.append(f"אפשר {verb.infinitive}" if not prefix else f"{prefix}אפשר יהיה {verb.infinitive}")
        elif not verb.has_infinitive:
            sugg.append("אפשר ל..." if not prefix else f"{prefix}אפשר יהיה ל...")
        fix = None if w.accel or not plural else prefix + plural
        self.add(Hit("f" if fem else "m", "future", w.ns, w.ne, w.text, form, prefix, fix, sugg), i)
        return True

    def _pronoun_before(self, i: int, pronoun: str) -> bool:
        c = self.words[i].clause
        return any(w.clause == c and w.kind == "he" and w.text.endswith(pronoun) and w.text[:-len(pronoun)]
                   in PRONOUN_PREFIXES for w in self.words[:i])

    # address words ---------------------------------------------------------------------------------------------
    def _address_word(self, i: int) -> bool:
        w = self.words[i]
        lex = self.lex
        word = w.text
        stem, prefix = word, ""
        if word not in lex.address:
            for p in PRONOUN_PREFIXES[1:]:
                if word.startswith(p) and word[len(p):] in ("אתה", "את", "הנך", "הינך", "אינך"):
                    stem, prefix = word[len(p):], p
                    break
            else:
                return False
        entry = lex.address.get(stem)
        if entry is None:
            return False
        mode = entry.mode
        nxt = self.next_word(i)
        if stem == "אתה":
            return self._pronoun_hit(i, "m", entry)
        if stem == "את":
            return self._fem_pronoun(i, prefix, entry)
        if mode == "check-next":
            return self._check_next(i, entry)
        if mode == "always":
            if stem in ("ברוך", "ברוכה"):
                if nxt is None or nxt.text not in ("הבא", "הבאה"):
                    return False
                self.add(Hit(entry.gender, "greeting", w.ns, nxt.ne, f"{w.text} {nxt.text}", neutral="ברוכים הבאים",
                             fix="ברוכים הבאים", suggestions=["ברוכים הבאים", "שמחים שהצטרפת"]), i, i + 1)
                return True
            self.add(Hit(entry.gender, "pronoun", w.ns, w.ne, w.text, neutral=entry.neutral,
                         suggestions=_alternatives(entry.neutral)), i)
            return True
        if stem in VOCATIVE_HEADS and w.initial and nxt is not None and nxt.text in ("יקר", "יקרה"):
            g = "f" if nxt.text == "יקרה" or stem.endswith(("ת", "ה")) else "m"
            self.add(Hit(g, "vocative", w.ns, nxt.ne, f"{w.text} {nxt.text}", neutral="(לפנות בלי תואר)",
                         suggestions=["שלום"]), i, i + 1)
            return True
        if mode == "vocative-only":
            return False
        if mode == "with-pronoun-or-question" and w.initial and entry.gender in ("m", "f") and \
                (w.ends_question or (stem in ("מתבקש", "מוזמן", "מוזמנת") and nxt is not None
                                     and nxt.text.startswith("ל"))):
            if w.ends_question and nxt is not None and nxt.kind == "he" and nxt.text.startswith("ש") \
                    and not stem.startswith("בטוח"):
                return False
            self.add(Hit(entry.gender, "participle", w.ns, w.ne, w.text, neutral=entry.neutral,
                         suggestions=_alternatives(entry.neutral)), i)
            return True
        return False

    def _participle_after(self, i: int) -> tuple[int, str] | None:
        """A gendered participle/adjective right after a pronoun (particles skipped): (index, gender)."""
        j = i + 1
        while j < len(self.words) and self.words[j].clause == self.words[i].clause \
                and self.words[j].text in PARTICIPLE_FOLLOWERS:
            j += 1
        if j >= len(self.words) or self.words[j].clause != self.words[i].clause:
            return None
        t = self.words[j].text
        entry = self.lex.address.get(t)
        if entry is not None and entry.gender in ("m", "f"):
            return j, entry.gender
        if self.words[j].kind == "he" and len(t) >= 4 and t[0] in "מנ" and not t.startswith(("מה", "נא")):
            if t.endswith("ת"):
                return j, "f"
            if not t.endswith(("ה", "ים", "ות")):
                return j, "m"
        return None

    def _pronoun_hit(self, i: int, gender: str, entry) -> bool:
        w = self.words[i]
        part = self._participle_after(i)
        end_i = part[0] if part and part[1] == gender and part[0] - i <= 2 else i
        end = self.words[end_i].ne
        text = self.doc.norm[w.ns:end]
        sugg = _pronoun_suggestions(self, i, end_i)
        self.add(Hit(gender, "pronoun", w.ns, end, text, neutral=entry.neutral, suggestions=sugg),
                 *range(i, end_i + 1))
        return True

    def _fem_pronoun(self, i: int, prefix: str, entry) -> bool:
        w = self.words[i]
        nxt = self.next_word(i)
        if nxt is None or nxt.kind != "he":
            return False
        t = nxt.text
        if t.startswith("ה") or t in NOT_FEM_SUBJECT_NEXT:
            return False
        prv = self.prev_word(i)
        intro = prefix.endswith("ש") or (prv is not None and prv.kind == "he" and prv.text in
                                          ("האם", "אם", "כי", "כאשר", "אולי", "ואם", "ואת"))
        if not (intro or (w.initial and w.ends_question)):
            return False
        part = self._participle_after(i)
        fut = any(f.slot == "fut_2fs" for f in self.lex.forms.get(t, ()))
        entry_next = self.lex.address.get(t)
        if not (fut or (part and part[1] == "f") or (entry_next and entry_next.gender in ("f", "mf"))
                or t in ("רוצה", "יודעת", "בטוחה", "יכולה", "צריכה")):
            return False
        end_i = part[0] if part and part[1] == "f" and part[0] - i <= 2 else i
        self.add(Hit("f", "pronoun", w.ns, self.words[end_i].ne, self.doc.norm[w.ns:self.words[end_i].ne],
                     neutral=entry.neutral, suggestions=_pronoun_suggestions(self, i, end_i)),
                 *range(i, end_i + 1))
        return True

    def _check_next(self, i: int, entry) -> bool:
        part = self._participle_after(i)
        if not part:
            return False
        j, gender = part
        if j - i > 2:
            return False
        w = self.words[i]
        text = self.doc.norm[w.ns:self.words[j].ne]
        sugg = _pronoun_suggestions(self, i, j)
        self.add(Hit(gender, "participle", w.ns, self.words[j].ne, text, neutral=entry.neutral, suggestions=sugg),
                 *range(i, j + 1))
        return True

    # slash, dot and parenthesis forms ----------------------------------------------------------------------------
    def _slashes(self) -> None:
        norm = self.doc.norm
        for m in SLASH_FORM.finditer(norm):
            base, alt = m.group("base"), m.group("alt")
            if not _is_gender_pair(base, alt, m.group("sep"), self.lex):
                continue
            idx = [k for k, w in enumerate(self.words) if w.ns < m.end() and m.start() < w.ne]
            hit = _slash_hit(base, m.start("base"), m.end(), self.lex)
            self.add(hit, *idx)


SUFFIXES = ("ית", "ות", "ה", "ת", "י", "ן", "תה")
SLASH_FORM = re.compile(
    r"(?<![\u05d0-\u05ea/])(?P<base>[\u05d0-\u05ea]{2,})"
    r"(?P<sep>\s?/\s?|\.|\()(?P<alt>[\u05d0-\u05ea]{1,8})\)?(?![\u05d0-\u05ea/])")
# Only 2nd-person pairs address the reader; "אליו/אליה" about an object is clumsy but not address.
PRONOUN_PAIRS = {("אתה", "את"), ("את", "אתה")}


def _is_gender_pair(base: str, alt: str, sep: str, lex: Lexicon) -> bool:
    for p in ("", "ו", "ש", "וש", "כש"):
        if base.startswith(p) and (base[len(p):], alt) in PRONOUN_PAIRS | {("את", "ה")}:
            return True
    verbs = [f for f in lex.forms.get(base, ()) if f.slot in ("imp_ms", "fut_2ms")]
    if not verbs and base[:1] == "ו":
        verbs = [f for f in lex.forms.get(base[1:], ()) if f.slot in ("imp_ms", "fut_2ms")]
    if " " in sep and not verbs and base not in ("את", "אתה"):
        return False      # "שם משתמש / ים": spaced slashes join words, not endings
    if alt in ("ה", "ת", "ית"):
        if base == "את" and alt == "ה":
            return True
        # a masculine singular base: not already feminine or plural, and long enough to be a word form
        return len(base) >= 3 and not base.endswith(("ות", "ים", "ה", "ת")) or base in ("את",)
    if alt == "י":
        return bool(verbs)          # לחץ/י, תבחר/י; "משפט(י)" is an adjective ending
    if alt in ("ות", "ן"):
        return base.endswith("ים")  # משתמשים/ות; "השורה/ות" is singular/plural
    if len(alt) >= 2 and alt != base:
        if alt.startswith(base) and alt[len(base):] in ("ה", "ת", "ית", "י"):
            return not base.endswith(("ות", "ים")) and (alt[len(base):] != "י" or bool(verbs))
        return any(alt in f.verb.forms.get("imp_fs" if f.slot == "imp_ms" else "fut_2fs", ()) for f in verbs)
    return False


def _slash_hit(base: str, start: int, end: int, lex: Lexicon) -> Hit:
    prefix = ""
    forms = [f for f in lex.forms.get(base, ()) if f.slot in ("imp_ms", "fut_2ms")]
    if not forms and base.startswith("ו") and len(base) > 3:
        forms = [f for f in lex.forms.get(base[1:], ()) if f.slot in ("imp_ms", "fut_2ms")]
        prefix = "ו"
    if forms:
        f = forms[0]
        slot = "imp_pl" if f.slot == "imp_ms" else "fut_2mp"
        plural = f.verb.first(slot)
        sugg = [prefix + plural] if plural else []
        if f.verb.has_infinitive:
            sugg.append(("ו" if prefix else "") + f"יש {f.verb.infinitive}")
        return Hit("slash", "slash", start, end, base, f, prefix, prefix + plural if plural else None, sugg)
    for p in ("", "ו", "ש", "וש", "כש"):
        if base.startswith(p) and base[len(p):] in ("אתה", "את"):
            return Hit("slash", "slash", start, end, base, suggestions=[p + "אתם"])
    if base in ("הוא", "היא"):
        return Hit("slash", "slash", start, end, base, suggestions=["הם", "(לנסח בלי כינוי גוף)"])
    plural = base[:-1] + "ים" if base.endswith("ה") else base + "ים"
    return Hit("slash", "slash", start, end, base, suggestions=[plural])


def _alternatives(neutral: str) -> list[str]:
    out = []
    for part in re.split(r"\s*/\s*", neutral):
        part = part.strip().strip('"')
        if part and not part.startswith("("):
            out.append(part)
    return out or ([neutral] if neutral else [])


def _pronoun_suggestions(an: _Analyser, i: int, j: int) -> list[str]:
    words = an.words
    prev = words[i - 1].text if i > 0 and words[i - 1].clause == words[i].clause else ""
    nxt = words[j + 1].text if j + 1 < len(words) and words[j + 1].clause == words[i].clause else ""
    last = words[j].text
    if prev == "האם" and last in ("בטוח", "בטוחה"):
        return ["להמשיך?", "האם להמשיך?"]
    if last in ("רוצה",) or nxt == "רוצה":
        return ["אם רוצים", "אם ברצונך"]
    if last in ("מתבקש", "מתבקשת", "נדרש", "נדרשת") and nxt in an.lex.infinitives:
        return [f"יש {nxt}", f"נא {nxt}"]
    entry = an.lex.address.get(last)
    if entry is not None and j > i:
        return ["אתם " + a if a.endswith("ים") and " " not in a else a for a in _alternatives(entry.neutral)][:3]
    return ["אתם"]


# style of neutral address ---------------------------------------------------------------------------------------
def _infinitive_style(an: _Analyser) -> None:
    """Impersonal instructions: "יש ללחוץ", "נא לבחור", "אנא להזין"."""
    if _INFINITIVE_HEADS.isdisjoint(an.texts):
        return
    ws = an.words
    for k, (a, b) in enumerate(zip(ws, ws[1:])):
        if a.kind == "he" and b.kind == "he" and a.clause == b.clause and a.text in _INFINITIVE_HEADS \
                and b.text in an.lex.infinitives:
            verb = an.lex.infinitives[b.text]
            an._neutral("inf", k, k + 1, Form(verb, "inf", frozenset()))
            an._imp_sentences.add(a.sentence)
            an.taken.update((k, k + 1))
