"""What the flow checks (FL001–FL008) say, in English and in Hebrew, in one place.

bahir's rule for every finding: say what to do, in the language of the text. A flow's language is `graph.lang`; a
Hebrew flow gets plain, gender-neutral Hebrew (plural or impersonal address: "כדאי להוסיף…", "אפשר…"), everything
else gets English. Each message names the problem and then the fix.

Templates are `str.format` strings. Quoting is part of the template: English quotes ids and bot text with '…', Hebrew
with „…”; the quoted text itself is passed as is. Fields that are lists of ids go through `quote_list()` first.
"""
from __future__ import annotations

from typing import Any

# message id -> (English, Hebrew)
MESSAGES: dict[str, tuple[str, str]] = {
    # ------------------------------------------------------------------------------------- FL001 no-human-path
    "FL001.too_far": (
        "A person is {turns} customer turns away from here (more than {limit}). Offer a shorter way to a person, "
        "e.g. an 'agent' option in this question.",
        "מכאן צריך לענות {turns} פעמים עד שמגיעים לנציג (יותר מ-{limit}). כדאי לקצר את הדרך, למשל להוסיף לשאלה "
        "הזאת אפשרות „נציג”."),
    "FL001.unknown": (
        "Cannot tell whether a person is reachable from here: custom code decides. Make sure that code can hand "
        "over, or add an explicit option to talk to a person.",
        "אי אפשר לדעת אם מכאן אפשר להגיע לנציג, כי קוד מותאם מחליט מה קורה. כדאי לוודא שהקוד יכול להעביר לנציג, "
        "או להוסיף כאן אפשרות מפורשת לדבר עם נציג."),
    "FL001.no_route": (
        "No route to a person from here: whatever the customer answers, the bot never hands over to a human. Add an "
        "option to talk to a person (e.g. 'agent' or 0) that leads to a handoff.",
        "מכאן אין דרך להגיע לנציג: לא משנה מה הלקוח עונה, הבוט אף פעם לא מעביר לאדם. כדאי להוסיף אפשרות לדבר עם "
        "נציג (למשל „נציג” או 0) שמובילה להעברה לנציג."),
    "FL001.request_unknown": (
        "The customer asks for a person here; custom code decides what happens, so bahir cannot tell whether they "
        "get one. Make sure this request ends in a handoff.",
        "כאן הלקוח מבקש נציג, אבל קוד מותאם מחליט מה קורה, ולכן אי אפשר לדעת אם הבקשה נענית. כדאי לוודא שהבקשה "
        "מסתיימת בהעברה לנציג."),
    "FL001.request_text": (
        "The customer asks for a person here, but the bot answers with '{text}' instead of a handoff. Hand over to "
        "a person here, or at least offer a callback from one.",
        "כאן הלקוח מבקש נציג, אבל הבוט עונה „{text}” במקום להעביר לנציג. כדאי להעביר כאן לנציג, או לפחות להציע "
        "שנציג יחזור ללקוח."),
    "FL001.request_node": (
        "The customer asks for a person here, but the bot answers with {where} instead of a handoff. Hand over to "
        "a person here, or at least offer a callback from one.",
        "כאן הלקוח מבקש נציג, אבל הבוט ממשיך אל {where} במקום להעביר לנציג. כדאי להעביר כאן לנציג, או לפחות "
        "להציע שנציג יחזור ללקוח."),
    "FL001.orphan_handoff": (
        "{where} would hand over to a person, but nothing in the flow ever leads to it. Link it from the questions "
        "where customers need help (an 'agent' option, or after repeated misunderstandings).",
        "{where} אמור להעביר לנציג, אבל אף שלב בשיחה לא מוביל אליו. כדאי לקשר אליו מהשאלות שבהן לקוחות צריכים "
        "עזרה (אפשרות „נציג”, או אחרי כמה תשובות שהבוט לא הבין)."),
    "FL001.orphan_maybe": (
        "{where} looks like a handoff, but nothing in the flow ever leads to it. Link it from the questions where "
        "customers need help (an 'agent' option, or after repeated misunderstandings).",
        "{where} נראה כמו העברה לנציג, אבל אף שלב בשיחה לא מוביל אליו. כדאי לקשר אליו מהשאלות שבהן לקוחות "
        "צריכים עזרה (אפשרות „נציג”, או אחרי כמה תשובות שהבוט לא הבין)."),
    # ------------------------------------------------------------------------------------- FL002 fallback
    "FL002.repeat": ("the bot asks again, with no limit", "הוא שואל שוב ושוב, בלי הגבלה"),
    "FL002.ends": ("the conversation ends", "השיחה נגמרת"),
    "FL002.goes": ("it goes to {where}", "השיחה עוברת אל {where}"),
    "FL002.when_no_match": ("When the customer is not understood ({event})", "כשהבוט לא מבין את הלקוח („{event}”)"),
    "FL002.when_no_input": ("When the customer does not answer ({event})", "כשהלקוח לא עונה („{event}”)"),
    "FL002.never": (
        "{when}, {what}; failing again never leads to a person. After at most {limit} failed attempts, offer a "
        "person.",
        "{when}, {what}, ושום רצף של ניסיונות כושלים לא מוביל לנציג. כדאי להגביל ל-{limit} ניסיונות לכל היותר "
        "ואז להציע נציג."),
    "FL002.late": (
        "{when}, {what}; a person is reached only after {attempts} failed attempts (limit {limit}). Offer a person "
        "after at most {limit} failed attempts.",
        "{when}, {what}, והלקוח מגיע לנציג רק אחרי {attempts} ניסיונות שנכשלו (המגבלה היא {limit}). כדאי להציע "
        "נציג אחרי {limit} ניסיונות לכל היותר."),
    # ------------------------------------------------------------------------------------- FL003 dead end
    "FL003.missing": (
        "Leads to '{target}', which does not exist: the conversation stops here. Point it to an existing step, or "
        "create '{target}'.",
        "המעבר מוביל אל „{target}”, שלא קיים, ולכן השיחה נעצרת כאן. כדאי לכוון אותו לשלב קיים, או ליצור את "
        "„{target}”."),
    "FL003.failure_ends": (
        "After '{event}' the conversation just ends: no message that helps, no retry, no person. Say what happened "
        "and offer to try again or to talk to a person.",
        "אחרי „{event}” השיחה פשוט נגמרת: בלי הודעה שעוזרת, בלי ניסיון נוסף ובלי נציג. כדאי לומר ללקוח מה קרה "
        "ולהציע לנסות שוב או לדבר עם נציג."),
    "FL003.failure_ends_here": (
        "Here the conversation just ends in failure: no message that helps, no retry, no person. Say what happened "
        "and offer to try again or to talk to a person.",
        "כאן השיחה פשוט נגמרת בכישלון: בלי הודעה שעוזרת, בלי ניסיון נוסף ובלי נציג. כדאי לומר ללקוח מה קרה "
        "ולהציע לנסות שוב או לדבר עם נציג."),
    "FL003.gives_up": (
        "{where} ends the attempt in failure without offering a person or another way. Before it ends, offer a "
        "person or another channel (phone, email, a message).",
        "{where} מסיים את הניסיון בכישלון בלי להציע נציג או דרך אחרת. כדאי להציע לפני הסיום נציג או ערוץ אחר "
        "(טלפון, מייל, הודעה)."),
    "FL003.nothing_follows": (
        "Nothing follows {where}: the conversation stops here. Add the next step, a proper ending with a closing "
        "message, or a handoff.",
        "אחרי {where} לא בא כלום, והשיחה נעצרת. כדאי להוסיף את השלב הבא, סיום עם הודעת פרידה, או העברה לנציג."),
    "FL003.stuck": (
        "{where} moves on only when a condition holds; when none does, the customer is stuck. Add a default route "
        "for when no condition holds.",
        "{where} ממשיך רק כשמתקיים תנאי, וכשאף תנאי לא מתקיים הלקוח תקוע. כדאי להוסיף מסלול ברירת מחדל למקרה "
        "שאף תנאי לא מתקיים."),
    "FL003.choice_silent": (
        "Choosing '{label}' ends the conversation without a word. Say what happens next and offer a way back to the "
        "menu.",
        "כשהלקוח בוחר „{label}”, השיחה נגמרת בלי מילה. כדאי לומר מה קורה עכשיו ולהציע לחזור לתפריט."),
    "FL003.choice_no_way_back": (
        "Choosing '{label}' ends the conversation with no way back to the menu. After the answer, offer a way back "
        "to the menu or to a person.",
        "כשהלקוח בוחר „{label}”, השיחה נגמרת בלי אפשרות לחזור לתפריט. כדאי להציע אחרי התשובה לחזור לתפריט או "
        "לדבר עם נציג."),
    # ------------------------------------------------------------------------------------- FL004 loop
    "FL004.retry_forever": (
        "When the answer is not understood, this question is asked again and again, with no retry limit. There is "
        "no cancel, back, help or person: only the exact answer gets the customer out. Cap retries at {limit} and "
        "then offer a person, or add a cancel or back option.",
        "כשהתשובה לא מובנת, השאלה הזאת נשאלת שוב ושוב, בלי הגבלה. אין ביטול, חזרה, עזרה או נציג, ורק התשובה "
        "המדויקת מוציאה את הלקוח. כדאי להגביל ל-{limit} ניסיונות ואז להציע נציג, או להוסיף אפשרות לבטל או "
        "לחזור."),
    "FL004.cycle": (
        "These steps form a cycle nothing leaves: {names}. Add a way out: a cancel or back option, a retry limit, "
        "or a person.",
        "השלבים האלה יוצרים מעגל שאין ממנו יציאה: {names}. כדאי להוסיף דרך החוצה: ביטול או חזרה, הגבלת ניסיונות, "
        "או נציג."),
    # ------------------------------------------------------------------------------------- FL005 disclosure
    "FL005.persona": (
        "The bot introduces itself as '{name}', a human name, without saying it is a bot or virtual assistant."
        "{extra} Say in the same message that this is a virtual assistant.",
        "הבוט מציג את עצמו בשם „{name}”, שם של אדם, בלי לומר שהוא בוט או עוזר דיגיטלי.{extra} כדאי לומר באותה "
        "הודעה שמדובר בבוט."),
    "FL005.gendered": (
        " It keeps the persona in gendered first person.",
        " הבוט גם מדבר על עצמו בלשון זכר או נקבה, כמו אדם."),
    "FL005.suggestion": ("{name}, the virtual assistant", "{name}, הבוט של השירות"),
    "FL005.claim": (
        "The bot claims to be human: '{claim}'. Remove the claim and say that this is a virtual assistant.",
        "הבוט טוען שהוא אדם: „{claim}”. כדאי למחוק את הטענה ולומר שמדובר בבוט."),
    "FL005.runtime_greeting": (
        "The greeting is produced at run time, so bahir cannot tell whether it says the customer is talking to a "
        "bot. Make sure it says so.",
        "הודעת הפתיחה נוצרת בזמן ריצה, ולכן אי אפשר לדעת מהקובץ אם היא מבהירה שהשיחה היא עם בוט. כדאי לוודא "
        "שהיא אומרת את זה."),
    # ------------------------------------------------------------------------------------- FL006 handoff context
    "FL006.opaque": (
        "{where}: custom code performs the handoff, so bahir cannot tell what context reaches the person. Make sure "
        "it passes the transcript or a summary, and the customer's answers.",
        "{where} מעביר לנציג באמצעות קוד מותאם, ולכן אי אפשר לדעת מהקובץ איזה מידע מגיע לנציג. כדאי לוודא "
        "שהקוד מעביר את תמליל השיחה או סיכום שלה, ואת התשובות של הלקוח."),
    "FL006.broken_ref": (
        "{where} passes {refs}, which nothing in the flow sets: that part of the context (often the contact reason) "
        "never reaches the person. Set it before the handoff, or pass what the flow does collect.",
        "{where} מעביר לנציג את {refs}, אבל אף שלב בשיחה לא קובע את הערך הזה. לכן החלק הזה של המידע (לרוב "
        "סיבת הפנייה) לא מגיע לנציג. כדאי לקבוע אותו לפני ההעברה, או להעביר במקומו את מה שהבוט כן אסף."),
    "FL006.broken_refs": (
        "{where} passes {refs}, which nothing in the flow sets: that part of the context (often the contact reason) "
        "never reaches the person. Set them before the handoff, or pass what the flow does collect.",
        "{where} מעביר לנציג את {refs}, אבל אף שלב בשיחה לא קובע את הערכים האלה. לכן החלק הזה של המידע (לרוב "
        "סיבת הפנייה) לא מגיע לנציג. כדאי לקבוע אותם לפני ההעברה, או להעביר במקומם את מה שהבוט כן אסף."),
    "FL006.dropped": (
        "{where} clears {dropped} before handing over, so the person does not see what the customer already gave. "
        "Keep it until the handoff and pass it on.",
        "{where} מוחק את {dropped} לפני ההעברה, ולכן הנציג לא רואה את מה שהלקוח כבר מסר. כדאי לשמור את המידע "
        "הזה עד ההעברה ולהעביר אותו לנציג."),
    "FL006.none": (
        "{where} hands over without any context: no transcript and none of the customer's answers. Pass the "
        "transcript or a summary, and what the customer already said, in the handoff.",
        "{where} מעביר לנציג בלי שום מידע: בלי תמליל השיחה ובלי אף אחת מהתשובות של הלקוח. כדאי להעביר יחד עם "
        "השיחה את התמליל או סיכום שלו, ואת מה שהלקוח כבר מסר."),
    "FL006.repeat_ask": (
        "After the handoff the customer is asked to describe the issue again. Pass the transcript or a summary to "
        "the person so they can go on from there.",
        "אחרי ההעברה מבקשים מהלקוח לתאר שוב את הבעיה. כדאי להעביר לנציג את תמליל השיחה או סיכום שלה, כדי "
        "שאפשר יהיה להמשיך מאותה נקודה בלי לשאול שוב."),
    # ------------------------------------------------------------------------------------- FL007 opening hours
    "FL007.gate": (
        "Outside opening hours ({event}) the customer gets {where} and no callback, message or other way to get "
        "help. Offer a callback, a way to leave a message, or another channel that works now.",
        "מחוץ לשעות הפעילות („{event}”) הלקוח מגיע אל {where}, בלי אפשרות לשיחה חוזרת, להשארת הודעה או לדרך "
        "אחרת לקבל עזרה. כדאי להציע שיחה חוזרת, השארת הודעה, או ערוץ אחר שזמין גם עכשיו."),
    "FL007.message": (
        "Human help is offered only in opening hours, with no callback, message or other channel for the rest of "
        "the time. Say what to do outside those hours: ask for a callback, leave a message, or use another channel.",
        "עזרה מנציג מוצעת רק בשעות הפעילות, בלי שיחה חוזרת, הודעה או ערוץ אחר לשאר הזמן. כדאי לכתוב מה אפשר "
        "לעשות מחוץ לשעות האלה: לבקש שיחה חוזרת, להשאיר הודעה, או לפנות בערוץ אחר."),
    # ------------------------------------------------------------------------------------- FL008 transcripts
    "FL008.deflected": (
        "The customer asked for a person{again} and was deflected ({why}). When a customer asks for a person, hand "
        "over, or say honestly when one is available and offer a callback.",
        "הלקוח ביקש נציג{again}, והבקשה נדחתה ({why}). כשמבקשים נציג, כדאי להעביר לנציג, או לומר בכנות מתי "
        "נציג יהיה זמין ולהציע שיחה חוזרת."),
    "FL008.ignored": (
        "The customer asked for a person{again} and was ignored. When a customer asks for a person, hand over, or "
        "say honestly when one is available and offer a callback.",
        "הלקוח ביקש נציג{again}, והבוט התעלם מהבקשה. כשמבקשים נציג, כדאי להעביר לנציג, או לומר בכנות מתי "
        "נציג יהיה זמין ולהציע שיחה חוזרת."),
    "FL008.again": (" again", " שוב"),
    "FL008.why.handoff_failed": ("the handoff failed", "ההעברה לנציג נכשלה"),
    "FL008.why.carries_on_asking": (
        "a transfer is announced but the bot carries on with its own questions",
        "הבוט הודיע על העברה לנציג אבל המשיך לשאול שאלות משלו"),
    "FL008.why.carries_on": (
        "a transfer is announced but the bot carries on",
        "הבוט הודיע על העברה לנציג אבל המשיך בשיחה בעצמו"),
    "FL008.why.refuses": (
        "the bot refuses or points to another channel",
        "הבוט סירב או הפנה לערוץ אחר"),
    "FL008.claim_on_request": (
        "Asked for a person, the bot claims to be human: '{claim}'. Say honestly that this is a bot, and hand over "
        "to a person.",
        "כשביקשו נציג, הבוט טען שהוא אדם: „{claim}”. כדאי לומר בכנות שמדובר בבוט, ולהעביר לנציג."),
    "FL008.claim": (
        "The bot claims to be human: '{claim}'. Remove the claim and say that this is a virtual assistant.",
        "הבוט טוען שהוא אדם: „{claim}”. כדאי למחוק את הטענה ולומר שמדובר בבוט."),
    # ------------------------------------------------------------------------------------- describe()
    "node.end": ("the end of the conversation", "סוף השיחה"),
    "node": ("'{name}'", "{noun} „{name}”"),
}

# What a step is called in each format, for Hebrew node descriptions ("המצב „billing”", "הדף „Billing”").
NODE_NOUN_HE = {"native": "המצב", "dialogflow-cx": "הדף", "botpress": "הצומת"}
NODE_NOUN_HE_DEFAULT = "השלב"


def is_hebrew(graph) -> bool:
    return getattr(graph, "lang", "en") == "he"


def say(graph, msg_id: str, **fields: Any) -> str:
    """The message `msg_id` in the flow's language, with `fields` filled in."""
    en, he = MESSAGES[msg_id]
    return (he if is_hebrew(graph) else en).format(**fields)


def quote(graph, text: str) -> str:
    """One id or piece of bot text, quoted the way the flow's language quotes."""
    return f"„{text}”" if is_hebrew(graph) else f"'{text}'"


def quote_list(graph, items) -> str:
    """Ids joined for a message: 'a', 'b' (English keeps the old bare "a, b" form) / „a”, „b”."""
    items = [str(i) for i in items]
    if is_hebrew(graph):
        return ", ".join(f"„{i}”" for i in items)
    return ", ".join(items)


def clip(text: str, limit: int = 80) -> str:
    """Bot text shortened for a message, on one line."""
    text = (text or "").strip().replace("\n", " ")
    return text[:limit] + ("…" if len(text) > limit else "")
