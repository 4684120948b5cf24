"""Helpers for JG201/JG202: spotting technical terms and transliterated loanwords that no term list names.

The cues are morphological (Hebrew -ציה/-ינג/-טיבי/-אלי loanword endings, English tech compounds such as
home+server, auto+discovery, re+authenticate), typographic (acronyms, camelCase, snake_case) and statistical (a
word that is frequent in general text is familiar, whatever its origin). The frequency data (data/common_en.txt,
data/familiar_loanwords_he.tsv) is loaded on first use only, so importing the rules stays cheap.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from importlib import resources

from linter.cache import cached_data
from linter.text import hebrew

# ------------------------------------------------------------------------------------------------------------------
# data (lazy)


def _read(name: str) -> str:
    return resources.files("rules").joinpath("jargon", "data", name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def en_rank() -> dict[str, int]:
    """The most frequent English words (lowercase) and their frequency rank (0 = most frequent)."""
    def build() -> dict[str, int]:
        words = (line.strip() for line in _read("common_en.txt").splitlines())
        return {w: i for i, w in enumerate(w for w in words if w and not w.startswith("#"))}
    return cached_data("en-rank", ["jargon/data/common_en.txt"], build)


def common_en() -> dict[str, int]:
    return en_rank()


@lru_cache(maxsize=1)
def familiar_he() -> dict[str, float]:
    """Zipf frequency of each loanword-shaped Hebrew lemma in general Hebrew text, summed over its forms
    (הרזולוציה, ברזולוציה, רזולוציות all count for רזולוציה)."""
    def build() -> dict[str, float]:
        total: dict[str, float] = {}
        for line in _read("familiar_loanwords_he.tsv").splitlines():
            if line and not line.startswith("#"):
                word, _, zipf = line.partition("\t")
                per_billion = 10 ** float(zipf)
                for key in {he_key(stem) for _p, stem in hebrew.prefix_splits(word)}:
                    total[key] = total.get(key, 0.0) + per_billion
        return {k: math.log10(v) for k, v in total.items()}
    return cached_data("familiar-he", ["jargon/data/familiar_loanwords_he.tsv"], build)


@lru_cache(maxsize=2)
def listed_terms(lang: str):
    """The term index of JG101/JG102 (the very same object), so a term those rules report is not reported twice."""
    from linter.registry import load_registry  # noqa: PLC0415
    rule = load_registry().get("JG101" if lang == "he" else "JG102")
    try:
        return rule.index if rule is not None else None
    except Exception:  # noqa: BLE001 - another rule's data being broken must not break this one
        return None


def listed_spans(doc) -> list[tuple[int, int]]:
    """Raw spans of terms that JG101/JG102 report in this unit."""
    index = listed_terms(doc.lang)
    if index is None:
        return []
    if not index.may_match(doc):
        return []
    toks = doc.tokens
    return [(toks[m.start].start, toks[m.end - 1].end) for m in index.match(toks)]


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


# ------------------------------------------------------------------------------------------------------------------
# English

# Morphemes that only occur in technical vocabulary. A rare word built from one of them (homeserver, autodiscovery,
# preparse, demuxer, misconfigured, re-authenticate) is technical; a rare compound of everyday words (checkbox,
# fullscreen, grayscale) is not.
TECH_STEMS = frozenset("""
server host localhost proxy cache codec mux demux multiplex demultiplex parse config configure configuration
auth authenticate authentication authorize authorization token daemon kernel buffer packet packetize socket endpoint
stdin stdout stderr syslog sys std db regex hash checksum cipher query
async metadata queue enqueue dequeue interlace deinterlace quantize transcode multicast unicast
provision provisioning deploy webhook hook backend frontend middleware firmware runtime
framebuffer bitrate bitstream framerate keystore keyfile keyring homedir dir repo instance federate federation
fediverse namespace hostname uid gid guid uuid url uri api sdk dns ssl tls http smtp imap
render renderer serialize deserialize validate validator verify initialize instantiate compile compiler debug
debugger redirect subnet netmask
""".split())
# what "auto" makes technical: autodiscovery, autodetect, autoconfiguration (not autosave, autoplay)
AUTO_STEMS = frozenset("discover discovery detect detection configure configuration provision scale scaling "
                       "negotiate negotiation".split())
_EN_PREFIXES = ("re", "pre", "de", "un", "auto", "mis", "multi", "sub", "post", "non", "meta", "inter", "trans",
                "home", "web", "self", "cross", "co", "dis")
_EN_SUFFIXES = ("", "s", "es", "er", "ers", "ed", "d", "ing", "ion", "ions", "ation", "ations", "able", "ability",
                "izer", "izers", "ization", "ity", "y", "ies", "ry")
# Clipped developer words that general users do not know, even when short
CLIPPED = frozenset("auth authn authz config conf repo env var vars param params args arg async impl util utils "
                    "prefs creds init sudo cron regex".split())

# Acronyms that everybody knows or that name a thing, not a technical concept
EVERYDAY_ACRONYMS = frozenset("""
OK ID PIN URL SMS MMS PDF QR USB TV DVD CD GPS HD UHD AM PM US USA UK EU UN FAQ VIP CEO CV PC IT AI TM PS NB IQ AC DC
MB GB KB TB KM CM MM KG MP MPH KPH FM AV UV ATM DIY RSVP ASAP FYI BTW LOL ETA RIP ABC VAT IBAN SWIFT SSN ZIP APP
JPG JPEG PNG GIF MP3 MP4 WAV RSS HTML CSV DOC DOCX XLS XLSX PPT TXT ZIP RAR ISO LTE WIFI WI NFC TTS EMAIL SOS LED
LCD CPU RAM VR AR NEW OFF ON A B C D E F X Y Z
""".split())
# Acronyms that are the name of a product or organisation (a name is not jargon)
# Abbreviations that are technical wherever they appear (protocols, data formats, developer terms).
TECH_ACRONYMS = frozenset("""
API SDK JSON XML YAML SOAP REST RPC GRPC HTTP HTTPS FTP SFTP SSH SSL TLS DNS DHCP TCP UDP IP IPV4 IPV6 NAT VPN LAN WAN
MTU RTSP RTP RTMP HLS SIP SMTP IMAP POP3 LDAP SAML OAUTH OIDC JWT SSO MFA 2FA OTP TOTP CSRF XSS CORS CDN URI UUID GUID
MIME SQL ODBC JDBC SDBC DDE OLE COM CLI GUI IDE JRE JVM JDK CPU GPU RAM ROM BIOS UEFI OS VM DB DBMS CSS DOM AJAX
SMB NFS CIFS NTP SNMP ICMP ARP MAC PGP GPG RSA AES SHA MD5 CRC HMAC PKCS X509 CSR CA CRL OCSP HSTS ACL RBAC IAM
ALSA PULSE VDPAU VAAPI DVB UPNP DLNA MMS RTCP ASF MKV FLV OGG FLAC AAC H264 H265 HEVC AV1 VP8 VP9 CODEC MPEG
REGEX EOF EOL UTF ASCII ANSI UNICODE STDIN STDOUT STDERR PID UID GID TTL SLA KYC AML EDI SEPA MSISDN IMEI IMSI ICCID
""".split())
# Words around an unknown abbreviation that show the text is technical (not a product card or a slogan)
TECH_CONTEXT = re.compile(
    r"\b(?:error|failed|failure|invalid|connect\w*|server|protocol|driver|format|encod\w*|decod\w*|codec|stream\w*|"
    r"port|network|database|config\w*|certificate|module|plugin|plug-in|library|interface|request|response|"
    r"data|file|packet|socket|api|version|support\w*|enable\w*|disable\w*|output|input|device|host|"
    r"settings?|option|parameter|value|field|variable|property|key)\b"
    r"|שגיאה|נכשל|שרת|פרוטוקול|מנהל התקן|תבנית|קידוד|חיבור|התחברות|רשת|מסד|תצורה|הגדר|מודול|תוסף|ספריי|ממשק|קובץ|"
    r"קבצים|נתונים|גרסה|תמיכה|הפעל|התקן|פלט|קלט", re.IGNORECASE)
BRAND_ACRONYMS = frozenset("VLC GIMP KDE GNOME GNU IBM HP MSN AOL BBC CNN NASA LG AMD BMW MS".split())
# An abbreviation is unfamiliar when it is not among this many most frequent English "words" (json, sdbc are not)
ACRONYM_RANK = 30000
_ROMAN = re.compile(r"^(?=[MDCLXVI]+$)M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")

# Latin tokens: words with inner hyphens/underscores/dots (re-authenticate, user_id, homeServer)
LATIN = re.compile(r"(?<![\w$%&@/\\.#:-])[A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)*(?![\w$%@/\\]|\.[A-Za-z]|[-:]\w)")
CAMEL = re.compile(r"^[a-z]{2,}(?:[A-Z][a-z0-9]+)+$")
SNAKE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$")
ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,5}s?$")


def _derived(word: str, stems=TECH_STEMS) -> str | None:
    """The tech stem a word is an inflection or derivation of (parsers → parse, demuxer → demux), or None."""
    if word in stems:
        return word
    for suf in _EN_SUFFIXES[1:]:
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            base = word[: -len(suf)]
            for cand in (base, base + "e", base[:-1] if len(base) > 3 and base[-1] == base[-2] else None):
                if cand and cand in stems:
                    return cand
    return None


@lru_cache(maxsize=65536)
def tech_compound(word: str) -> str | None:
    """Why a rare English word is technical ("auto+discovery"), or None if it does not look technical.

    A function of the word alone (the frequency list is fixed), so it is cached: words repeat across a catalog."""
    low = word.lower()
    parts = [p for p in re.split(r"[-_]", low) if p]
    if len(parts) > 1:
        # re-authenticate, pre-parse, auto-discovery: a prefix glued with a hyphen
        if len(parts) == 2 and parts[0] in _EN_PREFIXES and _derived(parts[1]):
            return f"{parts[0]}+{parts[1]}"
        return None
    common = common_en()
    if low in common:
        return None
    for pre in _EN_PREFIXES:
        if low.startswith(pre) and len(low) - len(pre) >= 4:
            rest = low[len(pre):]
            if _derived(rest) or (pre == "auto" and _derived(rest, AUTO_STEMS)):
                return f"{pre}+{rest}"
    stem = _derived(low)
    if stem:
        return stem
    # closed compounds: home+server, bit+rate, key+store (one half technical, the other a word)
    for i in range(3, len(low) - 2):
        a, b = low[:i], low[i:]
        if _derived(b) and (a in common or a in TECH_STEMS) and len(a) >= 3:
            return f"{a}+{b}"
        if a in TECH_STEMS and len(a) >= 3 and (b in common or _derived(b)) and len(b) >= 3:
            return f"{a}+{b}"
    return None


def expanded(text: str, acronym: str) -> bool:
    """Is the acronym spelled out in the same text ("Real Time Protocol (RTP)")?"""
    letters = acronym.rstrip("s").upper()
    words = re.findall(r"[A-Za-z]+", text)
    initials = "".join(w[0].upper() for w in words)
    return len(letters) >= 2 and letters in initials and initials.count(letters) >= 1 and \
        any(w.upper() != letters for w in words)


_FORMAT_BEFORE = frozenset("קובץ קבצי קבצים תמונת תמונות מסוג פורמט בפורמט תבנית בתבנית מסמך מסמכי as to".split())
_FORMAT_AFTER = frozenset("file files image images format formats document documents".split())


def glossed(norm: str, start: int, end: int) -> bool:
    """The acronym is explained where it stands: "(JRE)" after its meaning, or "RTP (…)" before one."""
    before, after = norm[:start].rstrip(" \u200e\u200f\u202a-\u202e"), norm[end:].lstrip(" \u200e\u200f")
    return (before.endswith("(") and after.startswith(")")) or (after.startswith("(") and
                                                                 bool(re.match(r"\(\s*\w+\s+\w+", after)))


def format_name(norm: str, start: int, end: int) -> bool:
    """A file format named where the user picks or reads a file type (תמונת SVG, M3U file): a name, not jargon."""
    prev = re.findall(r"[\w]+", norm[max(0, start - 20):start])
    nxt = re.findall(r"[\w]+", norm[end:end + 20])
    prev_word = prev[-1].lower() if prev else ""
    stems = {prev_word} | {s for _p, s in hebrew.prefix_splits(prev_word)} if prev_word else set()
    return bool(stems & _FORMAT_BEFORE) or (bool(nxt) and nxt[0].lower() in _FORMAT_AFTER)


def acronym_kind(token: str, text: str) -> bool:
    """An unexplained technical acronym (SDBC, RTSP, JSON), not an everyday one (PDF, SMS) or a Roman numeral."""
    if not ACRONYM.match(token):
        return False
    core = token[:-1] if token.endswith("s") and token[:-1].isupper() else token
    if len(core) < 2 or core in EVERYDAY_ACRONYMS or _ROMAN.match(core):
        return False
    if not any(c.isalpha() for c in core[1:]) and len(core) < 3:
        return False
    if core in BRAND_ACRONYMS:
        return False
    low = core.lower()
    rank = common_en().get(low, 10**9)
    if rank < 5000 and re.search("[aeiouy]", low) and low not in TECH_STEMS:
        return False  # an everyday word in capitals (NOTE, WARNING, ALL), not an abbreviation
    if rank < ACRONYM_RANK:
        return False  # an abbreviation common enough in general English that readers have met it (HTML, SQL)
    if re.fullmatch(r"[DMY]+|[HMS]+", core):
        return False  # a date or time format (DMY, YYYY, HH), shown so the user can pick one
    if any(c.isdigit() for c in core) and core not in TECH_ACRONYMS:
        return False  # a model or standard number (D133, A4), not a term to explain
    if core not in TECH_ACRONYMS and not TECH_CONTEXT.search(text):
        return False  # a rare capitalised token in marketing or product copy (CPSIA, BPA) is a name, not jargon
    return not expanded(text, core)


def identifier_kind(token: str, text: str = "") -> bool:
    """camelCase or snake_case: a name from the code (not a word with a menu accelerator, wor_ds).

    A single-hump camelCase word outside technical text is more often a product or variant name (linerDouble)."""
    if SNAKE.match(token):
        parts = token.split("_")
        return min(map(len, parts)) >= 2 and "".join(parts) not in common_en()
    if not CAMEL.match(token):
        return False
    humps = sum(1 for a, b in zip(token, token[1:]) if a.islower() and b.isupper())
    return humps >= 2 or bool(TECH_CONTEXT.search(text))


# ------------------------------------------------------------------------------------------------------------------
# Hebrew

HE = "\u05d0-\u05ea"
# Loanword endings: English -tion/-ization (ולידציה), -ing (סטרימינג), -tive/-sive (אינטראקטיבי), -al (ויזואלי,
# פונקציונלי). Native Hebrew words of these shapes are frequent and so end up in the familiar list.
HE_SHAPE = re.compile(
    r"(?P<zia>[{he}]{{3,}}(?:ציה|ציות|ציית))$|"
    r"(?P<ing>[{he}]{{3,}}(?<!ר)ינג)$|"
    r"(?P<tive>[{he}]{{3,}}[טס]יב(?:י|ית|יים|יות))$|"
    r"(?P<al>[{he}]{{3,}}(?:[ויטנמר]א|יונ|ונ)ל(?:י|ית|יים|יות))$".format(he=HE))
FAMILIAR_ZIPF = 3.6

# -ציה nouns and their everyday Hebrew word, where there is an obvious one
HE_PLAIN = {
    "ולידציה": "בדיקה", "סינכרוניזציה": "סנכרון", "סנכרוניזציה": "סנכרון", "איטרציה": "חזרה",
    "אופרציה": "פעולה", "אינטרפולציה": "השלמה", "טרנספורמציה": "המרה", "לוקליזציה": "תרגום",
    "קומפילציה": "הידור", "מיגרציה": "העברה", "ספציפיקציה": "מפרט", "רגולציה": "פיקוח",
    "אוטנטיקציה": "אימות", "נורמליזציה": "נרמול", "פרגמנטציה": "פיצול", "סגמנטציה": "חלוקה",
    "אינטראקטיבי": "מתעדכן לפי הפעולות שלך", "דיפולטיבי": "ברירת מחדל",
}


def he_key(stem: str) -> str:
    """A lemma with spelling variation folded (ווירטואלי = וירטואלי), for frequency lookups."""
    return re.sub("וו", "ו", re.sub("יי", "י", he_lemma(stem)))


def he_lemma(stem: str) -> str:
    for suf, rep in (("ציות", "ציה"), ("ציית", "ציה"), ("יים", "י"), ("יות", "י"), ("ית", "י")):
        if stem.endswith(suf) and len(stem) > len(suf) + 2:
            return stem[: -len(suf)] + rep
    return stem


def he_loanword(word: str) -> tuple[str, str, str] | None:
    """(prefix, stem, cue) if a Hebrew word has an unfamiliar loanword ending, else None.

    A word that is familiar in any reading (שמאלית as a whole word, האפליקציה as ה + אפליקציה) is not flagged.
    """
    if HE_SHAPE.search(word) is None:
        return None  # every stem is a suffix of the word: no loanword ending on the word, none on a stem
    fam = familiar_he()
    splits = hebrew.prefix_splits(word)
    found = None
    for prefix, stem in reversed(splits):  # the whole word first, then ever longer prefixes
        lemma = he_lemma(stem)
        if fam.get(he_key(stem), 0.0) >= FAMILIAR_ZIPF:
            return None
        m = HE_SHAPE.search(stem)
        if m and (found is None or lemma in HE_PLAIN):
            found = (prefix, stem, m.lastgroup)
    return found


# "שרת" + a word that makes it a technical role (שרת זהות, שרת מתווך): a server of some kind the user must know
SERVER_ROLES = frozenset("""
זהות זיהוי אימות בית מתווך פרוקסי הזרמה תזמון עיבוד שמות הפצה יישומים דואר-יוצא מדיה ממסר גיבוי מפתחות
""".split())
SERVER_HEADS = frozenset(("שרת", "שרתי"))


def he_cues(norm: str) -> bool:
    """Cheap pre-check for JG201: a word with a loanword ending (HE_SHAPE's endings), or "שרת" and a role word
    somewhere in the text. Without them no Hebrew token can be reported."""
    return _LOAN_ENDING.search(norm) is not None or ("שרת" in norm and _SERVER_ROLE.search(norm) is not None)


_LOAN_ENDING = re.compile(r"צי(?:ה|ות|ית)|ינג|[טס]יב(?:י|ית|יים|יות)|(?:[ויטנמר]א|יונ|ונ)ל(?:י|ית|יים|יות)")
_SERVER_ROLE = re.compile("|".join(sorted(SERVER_ROLES)))
