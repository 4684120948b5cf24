"""Words and patterns the flow checks share, in English and Hebrew.

Platforms rarely say in a machine-readable way that an intent asks for a person, that a message claims to be human
or that a branch is the out-of-hours one, so adapters and checks recognise them by name and wording. Keeping every
list here means a new phrase is added once and reaches every format.
"""
from __future__ import annotations

import re

HE = "\u05d0-\u05ea"
_P = rf"(?<![{HE}])(?:[ובהלמשכ]{{0,3}})"          # Hebrew prefix particles glued to the word
_E = rf"(?![{HE}])"                                  # Hebrew word end

# ------------------------------------------------------------------------------------------- intents & actions
HUMAN_INTENT = re.compile(
    r"(?i)(human_?hand_?off|hand_?off|escalat|live_?(agent|person|chat|support)|real_?person|"
    r"(talk|speak|chat|connect|transfer)_?(to_?|with_?)?(a_?|an_?)?(human|agent|person|operator|representative|"
    r"someone|manager|rep)\b|request_?(a_?)?(human|agent)|OnEscalate|^(agent|human|operator|representative)$)")
HANDOFF_ACTION = re.compile(
    r"(?i)(hand_?off|escalat|human|live_?agent|\bpause|_pause|transfer|hitl|operator|representative)")
RESTART_ACTION = re.compile(r"(?i)^(action_restart\w*|action_session_start|utter_restart\w*)$")
ESCAPE_LABEL = re.compile(
    rf"(?i)(cancel|stop|quit|exit|\bback\b|go_?back|menu|main|help|start[ _-]?over|restart|escalat|agent|human|"
    rf"operator|representative|transfer|speak|talk|live|something[ _]else|other|none of|"
    rf"{_P}(ביטול|לבטל|יציאה|לצאת|חזרה|לחזור|תפריט|עזרה|נציג|נציגה|מחדש|אחר){_E})")
ESCAPE_KEYS = {"0", "*", "#", "9"}
YES_NO_LABEL = re.compile(r"(?i)(confirm|yes|\bno\b|_no$|affirm|deny|agree|correct|true|false|כן|לא)")

# ------------------------------------------------------------------------------------------- customer wording
_ROLE_EN = r"(human|humans|person|people|agent|representative|rep|operator|someone|somebody|manager|supervisor|" \
           r"staff|employee|real one)"
HUMAN_REQUEST = re.compile(
    rf"(?i)\b(talk|speak|chat|connect|transfer|put me through|get me|give me|switch|escalate)\b[^.?!]{{0,40}}\b{_ROLE_EN}\b"
    rf"|\b(real|live|actual)\s+(person|human|agent|people|one)\b"
    rf"|\basked (you )?for (a |an |the |your )?{_ROLE_EN}\b"
    rf"|\b(is there|can i have|i want|i need|i'?d like|let me have)\b[^.?!]{{0,25}}\b(manager|supervisor|human|person|"
    rf"agent|representative|operator)\b"
    rf"|{_P}(נציג|נציגה|נציגים|מוקדן|מוקדנית|בן\s*אדם|בנאדם|אדם\s+אמיתי|מישהו\s+אמיתי|מנהל|מנהלת|אחראי|אחראית)"
    rf"{_E}")
BARE_ROLE = re.compile(
    rf"(?i)^\W*(agent|human|operator|representative|manager|supervisor|person|a person|a human|0|"
    rf"נציג|נציגה|נציג אנושי|בן אדם|מוקדן|מוקדנית)\W*$")
IDENTITY_PROBE = re.compile(
    rf"(?i)\b(are|r) (you|u)\b[^.?!]{{0,25}}\b(human|person|real|bot|robot|machine|ai|computer|recording)\b"
    rf"|(אתה|את|זה)\s+(בוט|רובוט|מכונה|אמיתי|אמיתית|בן\s+אדם|הקלטה)")
FRUSTRATION = re.compile(
    rf"(?i)\b(useless|not helping|doesn'?t help|you don'?t understand|this is ridiculous|stupid bot|"
    rf"waste of time|i already (said|told)|for the (second|third|last) time)\b"
    rf"|לא\s+עוזר|לא\s+הבנת|לא\s+מבין|לא\s+מבינה|כבר\s+אמרתי|חסר\s+תועלת|בזבוז\s+זמן|בוט\s+מטומטם")

# ------------------------------------------------------------------------------------------- bot wording
DISCLOSURE = re.compile(
    rf"(?i)\b(bot|chat\s?bot|virtual\s+(assistant|agent|helper)|digital\s+(assistant|agent|helper)|"
    rf"automated\s+(assistant|agent|system|service|message|reply)|ai|a\.i\.|artificial intelligence|robot|"
    rf"language model|not a (human|person|real person))\b"
    rf"|{_P}(בוט|בוטית|צ['׳]?אט\s?בוט|רובוט|מכונה)(ים|ית)?{_E}"
    rf"|{_P}(עוזר|עוזרת|נציג|נציגה|סוכן|סוכנת)\s+(דיגיטלי|דיגיטלית|וירטואלי|וירטואלית|אוטומטי|אוטומטית|חכם|חכמה)"
    rf"|מערכת\s+אוטומטית|מענה\s+אוטומטי|בינה\s+מלאכותית|\bAI\b")
HUMAN_CLAIM = re.compile(
    rf"(?i)\b(i am|i'm|im)\s+(a\s+|an\s+)?(real|actual|live)\s+(person|human|agent|representative|one)\b"
    rf"|\b(i am|i'm)\s+(a\s+)?(human|human being|person)\b"
    rf"|\b(i am|i'm)\s+not\s+(a\s+|an\s+)?(bot|robot|machine|computer|ai|chat\s?bot|recording)\b"
    rf"|\byou('re| are)\s+(talking|speaking|chatting)\s+(to|with)\s+a\s+(real\s+)?(person|human)\b"
    rf"|אני\s+(לא\s+(בוט|רובוט|מכונה|הקלטה)|בן\s+אדם|בת\s+אדם|אדם\s+אמיתי|נציג\s+אנושי|נציגה\s+אנושית|"
    rf"אנושי|אנושית)(?![{HE}])")

_EN_NAMES = """
aaron abby ada adam alan albert alex alice alicia allison amanda amber amelia amy andrea andrew angela anna anne
annie anthony ava barbara becky ben benjamin beth bill bob brian caroline carl carol catherine charlie charlotte
chloe chris christina claire daniel danny david dean debbie diana diane donna dylan eli elizabeth ella ellie emily
emma eric erica erika ethan eva eve fiona frank gabriel gary george grace hannah harry heather helen henry holly
isabella jack jacob james jamie jane jason jen jenny jennifer jess jessica jill jim joe john jordan joseph josh
julia julie karen kate katie kelly kevin kim laura lauren leah lena leo liam lily linda lisa lucas lucy luke
maggie maria mark martha mary matt max maya megan mel melissa mia michael michelle mike molly nancy natalie nick
nicole nina noah noa olivia oliver pam paul peter rachel rebecca rose ruth ryan sally sam samantha sara sarah
sophia sophie steve susan tara tom tony tyler victoria will zoe
dan dana eden lior noam shira tal yael
"""
_HE_NAMES = """
אביגיל אבי אביב אברהם אהרון אורי אורית אורנה אילנה אילן איתי איתן אלון אלונה אליה אלינור אלנה אמיר אסף אסתר
בתיה גאיה גיא גילה גלית דבורה דוד דור דורית דנה דני דניאל דפנה הדס הדר הילה חגית חיים חן חנה טליה יאיר יהודית
יואב יובל יונתן יוסי יוסף יעל יצחק ירדן כרמית לאה ליאור ליאת ליה ליהי לימור מאיה מור מיכאל מיכל מירב מירי משה
נגה נדב נועה נועם נטע ניר נעמה נתן סיון ספיר עדי עדן עומר עידו עינב ענבל ענת עמית צביה קרן רבקה רונית רוני רותם
רחל רינה רן שגיא שחר שי שירה שירי שלומית שמואל שרה שרון תמר תומר
"""
FIRST_NAMES_EN = frozenset(_EN_NAMES.split())
FIRST_NAMES_HE = frozenset(_HE_NAMES.split())

NAME_CLAIM_ANY = re.compile(
    r"\b(?:[Mm]y name is|[Mm]y name's|[Cc]all me|[Nn]ame's)\s+(?P<name>[A-Z][a-z]+)\b"
    rf"|(?:קוראים\s+לי|שמי|השם\s+שלי(?:\s+הוא|\s+היא)?)\s+(?P<hname>[{HE}]+)")
NAME_CLAIM_LISTED = re.compile(
    r"\b(?:I'm|I am|[Tt]his is|[Ii]t's)\s+(?P<name>[A-Z][a-z]+)\b|\b(?P<name2>[A-Z][a-z]+)\s+here\b"
    rf"|(?:^|[\s,!.:;\-–])(?:אני|כאן|מדברת|מדבר|זאת|זו|זה)\s+(?P<hname>[{HE}]+)(?![{HE}])")
NOT_A_NAME = frozenset({"Bot", "Assistant", "Here", "Sorry", "Happy", "Glad", "Back", "Done", "Ready", "Afraid",
                        "Not", "Just", "The", "Your", "Our", "Example"})

# Feminine/masculine first person (מצטערת, שמחה) only shows a persona's gender; it is reported alongside a name.
HE_FIRST_PERSON_GENDERED = re.compile(
    rf"(?<![{HE}])(מצטערת|שמחה לעזור|מבינה|יכולה|מעבירה|מחברת|מצטער|שמח לעזור|מעביר|מחבר)(?![{HE}])")

# ------------------------------------------------------------------------------------------- hours & alternatives
HOURS = re.compile(
    r"(?i)\b(office|business|opening|working|operating|service)\s+hours\b"
    r"|\b(mon(day)?|sun(day)?)\s*(–|-|—|to|through|until)\s*(fri(day)?|thu(rsday)?|sat(urday)?)\b"
    r"|\b\d{1,2}(:\d{2})?\s*(am|a\.m\.)\s*(–|-|—|to|until)\s*\d{1,2}(:\d{2})?\s*(pm|p\.m\.)"
    r"|\b\d{1,2}:\d{2}\s*(–|-|—|to|until)\s*\d{1,2}:\d{2}\b"
    r"|\b(we are|we're|our (office|team|agents?|staff) (is|are))\s+(closed|only available|available only|open only)"
    r"|\bclosed (now|today|at the moment|for the (day|weekend|holiday))\b|\boutside (of )?(our )?(business|office|opening)"
    r" hours\b"
    rf"|שעות\s+(ה)?(פעילות|פתיחה|עבודה|מענה|קבלה)|{_P}שעות\s+ה(פעילות|פתיחה|עבודה|מענה)"
    rf"|(?<![{HE}])[אב]['׳]\s*[-–—]\s*[הו]['׳]|סגור(ים|ה|ות)?\s+(כעת|עכשיו|כרגע|היום)|מחוץ\s+לשעות")
HUMAN_WORD = re.compile(
    rf"(?i)\b(agents?|representatives?|humans?|person|people|team|staff|operators?|someone|support|office|"
    rf"call cent(er|re)|contact cent(er|re)|customer (service|care))\b"
    rf"|{_P}(נציג|נציגה|נציגים|נציגות|מוקד|צוות|מוקדן|מוקדנים|שירות\s+הלקוחות|שירות\s+לקוחות)")
ALTERNATIVE = re.compile(
    r"(?i)\bleave (us )?(a |your )?(message|voicemail|number|details)\b|\bcall (you )?back\b|\bcall-?back\b"
    r"|\b(us|we) (to )?call you\b"
    r"|\bwe('ll| will) (call|contact|email|text|message) you\b|\be-?mail\b|[\w.+-]+@[\w-]+\.|https?://|\bwww\."
    r"|\bwebsite\b|\bticket\b|\b24/7\b|\b24 hours\b|\bany ?time\b|\bsend us\b|\bwrite to us\b|\bmessage us\b"
    r"|\bwhats ?app\b|\bsms\b|\btext us\b|\bhelp cent(er|re)\b|\bform\b"
    rf"|השאר(ו|י)?\s+(לנו\s+)?(הודעה|פרטים)|להשאיר\s+(הודעה|פרטים)|נחזור\s+אלי|נתקשר\s+אלי|שיחה\s+חוזרת"
    rf"|חזרה\s+טלפונית|{_P}(מייל|דוא\"ל|דוא״ל|אתר|טופס|ווטסאפ|וואטסאפ|פנייה\s+מקוונת){_E}|24/7|מסביב\s+לשעון"
    rf"|בכל\s+שעה|כל\s+שעות\s+היממה")
HOURS_CONDITION = re.compile(
    r"(?i)(office_?hours|business_?hours|opening_?hours|operating_?hours|work(ing)?_?hours|\bhours\b|is_?open|"
    r"\bopen\b|closed|holiday|schedule|\$sys\.func\.NOW|utcNow|now\(\)|time_?of_?day|weekday|day_?of_?week)")

CLOSING = re.compile(
    rf"(?i)\b(bye|goodbye|good-bye|have a (great|good|nice|lovely) (day|evening|weekend)|thanks?|thank you|"
    rf"take care|see you|all set|you'?re welcome|done|completed|confirmed|submitted|received)\b"
    rf"|להתראות|ביי|יום\s+(טוב|נעים)|ערב\s+טוב|תודה|שמחנו\s+לעזור|בהצלחה|נתראה|התקבל|התקבלה|נשלח|נשלחה")

ERROR_COPY = re.compile(
    rf"(?i)\b(error|went wrong|failed|failure|unable to|can(no|')t (process|complete|validate)|problem|"
    rf"try again later|technical (issue|difficult))"
    rf"|שגיאה|תקלה|השתבש|נכשל|נכשלה|לא\s+הצלחנו|לא\s+הצלחתי|בעיה\s+טכנית")

# ------------------------------------------------------------------------------------------- transcripts
TRANSFER_CLAIM = re.compile(
    r"(?i)\b(transfer(ring)?|connect(ing)?|put(ting)?|pass(ing)?)\s+(you|your call)\b"
    r"|\b(let me|i('ll| will)|i'm going to)\s+(get|find|bring|fetch|grab)\s+(you\s+)?(a|an|my|the|our|someone)\b"
    r"[^.?!]{0,25}\b(manager|supervisor|agent|person|human|representative|colleague|team)\b"
    r"|\b(an?|the|my|our)\s+(agent|representative|manager|colleague|person|supervisor|team)\s+will\s+"
    r"(be with you|join|take over|pick up|answer)\b"
    rf"|(מעביר|מעבירה|מעבירים|אעביר|נעביר|מחבר|מחברת|אחבר|נחבר)\s+(אות|את\s+השיחה)"
    rf"|נציג(ה)?\s+(יצטרף|תצטרף|יחזור|יענה|תענה|יתחבר|יהיה\s+איתך)")
HOLD = re.compile(r"(?i)\b(please (hold|wait|stay on the line)|one moment|stay on the line|hold on)\b"
                  r"|המתן|המתיני|המתינו|רגע\s+אחד|הישאר(ו|י)?\s+על\s+הקו|נא\s+להמתין")
REFUSAL = re.compile(
    r"(?i)\b(can(no|')t|unable to|not able to|won'?t be able to)\b[^.?!]{0,40}\b(transfer|connect|human|person|"
    r"agent|manager|representative|speak)\b|\b(no one|nobody|no agents?|no representatives?) (is |are )?available\b"
    r"|\b(isn'?t|aren'?t|is not|are not) available\b"
    r"|\b(call|email|e-mail|visit|contact|write to) us\b|https?://|\bwww\.|[\w.+-]+@[\w-]+\."
    rf"|(לא|אי)\s+(ניתן|אפשר|יכול|יכולה|נוכל)[^.?!]{{0,30}}(להעביר|לחבר|נציג|לדבר)|אין\s+נציג(ים)?\s+זמינ"
    rf"|(התקשר|התקשרו|התקשרי|חייג|חייגו|חייגי)\s|(שלח|שלחו|שלחי|לשלוח)\s+(לנו\s+)?(מייל|אימייל|הודעה)"
    rf"|היכנס(ו|י)?\s+לאתר|{_P}(מייל|אימייל|דוא\"ל|דוא״ל){_E}")


def is_human_request_text(text: str) -> bool:
    """The customer asks for a person (not merely asks whether the bot is one)."""
    if BARE_ROLE.match(text):
        return True
    m = HUMAN_REQUEST.search(text)
    if not m:
        return False
    # "are you a real person?" is an identity probe, not a request, unless a request verb is also present
    if IDENTITY_PROBE.search(text) and not re.search(
            r"(?i)\b(talk|speak|connect|transfer|want|need|let me|asked)\b|לדבר|להעביר|לחבר|רוצה|צריך|צריכה",
            text):
        return False
    return True


def persona_names(text: str) -> list[tuple[str, int, int]]:
    """Human first names the bot introduces itself with: (name, start, end) spans in `text`."""
    found: list[tuple[str, int, int]] = []
    for m in NAME_CLAIM_ANY.finditer(text):
        grp = "name" if m.group("name") else "hname"
        name = m.group(grp)
        if name and name not in NOT_A_NAME:
            found.append((name, m.start(grp), m.end(grp)))
    for m in NAME_CLAIM_LISTED.finditer(text):
        for grp in ("name", "name2", "hname"):
            name = m.group(grp)
            if not name:
                continue
            listed = name.lower() in FIRST_NAMES_EN if grp != "hname" else name in FIRST_NAMES_HE
            if listed and all(s != m.start(grp) for _, s, _ in found):
                found.append((name, m.start(grp), m.end(grp)))
    return found

REPEAT_ASK = re.compile(
    r"(?i)\b(describe|explain|tell (the|our) (agent|representative)|repeat|restate)\b[^.?!]{0,20}\b(your|the)\s+"
    r"(issue|problem|question|request)\b|\bhow can (i|we) help\b"
    rf"|(תאר|תארו|תארי|פרט|פרטו|פרטי|ספר|ספרו|ספרי)\s+(שוב\s+)?(את\s+)?(הבעיה|הפנייה|הבקשה|השאלה)|במה\s+אפשר\s+לעזור")
