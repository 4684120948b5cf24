"""The page's own words in English and Hebrew. Findings keep the language their rule wrote them in.

The page speaks the language of what it audits: `--lang` when given, else Hebrew when most audited flows are
Hebrew, else English. A Hebrew page is `dir="rtl"` as a whole; user text still carries its own direction.
"""
from __future__ import annotations

EN = {
    "title": "bahir report", "sub": "{flows} flow(s) · {files} catalog file(s) · bahir {version}",
    "footer": "Made by bahir {version}. Self-contained: this page loads nothing from the network.",
    "findings": "findings", "error": "error", "warning": "warning", "suggestion": "suggestion",
    "worst_distance": "Longest way to a person", "no_human_states": "States with no way to a person",
    "cannot_tell": "Cannot tell", "custom_code": "custom code decides", "errors": "Unreadable inputs",
    "filter": "Filter by category:", "show_all": "show all", "catalogs": "Catalogs and other files",
    "states": "states", "no_handoff": "No handoff to a person anywhere in this flow",
    "conversations": "conversations", "shrunk": "large flow: showing {shown} of {total} states (problems and their "
    "neighbours)", "zoom_out": "Zoom out", "zoom_in": "Zoom in", "fit": "Fit to width",
    "click_hint": "Click a state to see its findings.", "graph_aria": "Flow graph of {path}",
    "lg_handoff": "hands over to a person", "lg_path": "shortest way to a person",
    "lg_longest": "longest way to a person", "lg_nohuman": "no way to a person", "lg_unknown": "cannot tell",
    "lg_fallback": "not understood / no answer", "lg_failure": "failure", "end": "end", "missing": "missing state",
    "no_person": "no way to a person", "person_in": "person in {turns}", "turn_one": "1 turn", "turns": "{n} turns",
    "start": "start", "person": "person", "farthest": "farthest: {turns} to a person",
    "no_findings": "No findings in this flow.", "whole_flow": "Whole flow / other", "grading":
    "What happened when customers asked for a person (worst conversations first)", "conversation": "conversation",
    "requests": "requests", "honored": "honoured", "deflected": "deflected", "ignored": "ignored",
    "false_claims": "falsely claimed human", "show_turns": "show turns", "clean_files": "No findings in",
    "files": "files", "where": "where", "rule": "rule", "category": "category", "severity": "severity",
    "message": "message", "suggestion_h": "suggestion", "role_user": "customer", "role_bot": "bot",
    "role_agent": "person", "role_system": "event",
    "kind_say": "bot says", "kind_input": "asks", "kind_decision": "decides", "kind_action": "runs code",
    "kind_start": "start", "kind_listen": "listens", "kind_voicemail": "voicemail",
}

HE = {
    "title": "דוח בהיר", "sub": "{flows} תרשימי שיחה · {files} קובצי מחרוזות · bahir {version}",
    "footer": "נוצר על ידי bahir {version}. הדף עומד בפני עצמו ואינו טוען דבר מהרשת.",
    "findings": "ממצאים", "error": "שגיאה", "warning": "אזהרה", "suggestion": "הצעה",
    "worst_distance": "הדרך הארוכה ביותר לנציג", "no_human_states": "מצבים שאין מהם דרך לנציג",
    "cannot_tell": "אי אפשר לדעת", "custom_code": "קוד מותאם מחליט", "errors": "קבצים שלא נקראו",
    "filter": "סינון לפי קטגוריה:", "show_all": "הצגת הכול", "catalogs": "קובצי מחרוזות וקבצים אחרים",
    "states": "מצבים", "no_handoff": "אין בתרשים הזה שום העברה לנציג", "conversations": "שיחות",
    "shrunk": "תרשים גדול: מוצגים {shown} מתוך {total} מצבים (הבעיות והשכנים שלהן)", "zoom_out": "הקטנה",
    "zoom_in": "הגדלה", "fit": "התאמה לרוחב", "click_hint": "לחיצה על מצב מציגה את הממצאים שלו.",
    "graph_aria": "תרשים השיחה של {path}", "lg_handoff": "מעביר לנציג", "lg_path": "הדרך הקצרה לנציג",
    "lg_longest": "הדרך הארוכה ביותר לנציג", "lg_nohuman": "אין דרך לנציג", "lg_unknown": "אי אפשר לדעת",
    "lg_fallback": "לא הובן / אין תשובה", "lg_failure": "כשל", "end": "סוף", "missing": "מצב חסר",
    "no_person": "אין דרך לנציג", "person_in": "נציג בעוד {turns}", "turn_one": "תור אחד", "turns": "{n} תורות",
    "start": "התחלה", "person": "נציג", "farthest": "הכי רחוק: {turns} לנציג",
    "no_findings": "אין ממצאים בתרשים הזה.", "whole_flow": "כל התרשים / אחר",
    "grading": "מה קרה כשלקוחות ביקשו נציג (השיחות הגרועות קודם)", "conversation": "שיחה", "requests": "בקשות",
    "honored": "נענתה", "deflected": "הוסטה", "ignored": "התעלמות", "false_claims": "התחזות לאדם",
    "show_turns": "הצגת השיחה", "clean_files": "אין ממצאים ב", "files": "קבצים", "where": "מיקום", "rule": "כלל",
    "category": "קטגוריה", "severity": "חומרה", "message": "הודעה", "suggestion_h": "הצעה",
    "role_user": "לקוח", "role_bot": "בוט", "role_agent": "נציג", "role_system": "אירוע",
    "kind_say": "הבוט אומר", "kind_input": "שואל", "kind_decision": "מחליט", "kind_action": "מריץ קוד",
    "kind_start": "התחלה", "kind_listen": "מקשיב", "kind_voicemail": "תא קולי",
}

UI = {"en": EN, "he": HE}
assert set(EN) == set(HE)

CATEGORY_NAMES = {
    "en": {},
    "he": {
        "jargon": "ז'רגון", "bureaucratic": "לשון פקידותית", "unclear-error": "הודעת שגיאה לא ברורה",
        "raw-error-code": "קוד שגיאה גולמי", "blame-user": "האשמת המשתמש", "gendered-address": "פנייה מגדרית",
        "vague-promise": "הבטחה מעורפלת", "deflection": "התחמקות", "no-human-path": "אין דרך לנציג",
        "bot-disclosure": "הבוט לא מזדהה", "dead-end": "מבוי סתום", "loop-no-exit": "לולאה בלי יציאה",
        "fallback-no-escalation": "אי-הבנה בלי הסלמה", "handoff-no-context": "העברה בלי הקשר",
        "hours-no-alternative": "מחוץ לשעות בלי חלופה", "typography": "טיפוגרפיה", "bidi": "כיווניות",
        "readability": "קריאוּת", "consistency": "עקביות", "i18n": "בינאום",
    },
}


def ui_lang(lang: str | None, views, audit) -> str:
    """The page's language: as asked, else the majority language of the audited flows, else English."""
    if lang in UI:
        return lang
    langs = [v.lang for v in views]
    return "he" if langs and langs.count("he") * 2 > len(langs) else "en"
