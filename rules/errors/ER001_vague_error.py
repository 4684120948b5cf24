"""ER001 vague-error: "An error occurred", "Something went wrong", "אירעה שגיאה", "שגיאה כללית"."""
from __future__ import annotations

from linter.rule import Rule
from rules import _errorcues as cues

MSG_HE = ("„{m}” לא אומר מה קרה ומה לעשות עכשיו. כדאי לכתוב מה נכשל (ולמה, אם ידוע), מה לא נפגע, "
          "ומה הצעד הבא.")
MSG_EN = ("“{m}” doesn't say what happened or what to do now. Say what failed (and why, if known), what is safe, "
          "and the next step.")
SUGGEST_HE = ("לא הצלחנו ל[פעולה] כי [סיבה]. [מה לא נפגע, למשל: לא חויבת / הטיוטה נשמרה]. "
              "אפשר [צעד הבא], ואם זה חוזר – [איך לפנות לאדם].")
SUGGEST_EN = ("We couldn't [action] because [cause]. [What is safe, e.g. You weren't charged / Your draft is kept.] "
              "[Next step] — or [how to reach a person] if it keeps happening.")


class VagueError(Rule):
    code = "ER001"
    name = "vague-error"
    category = "unclear-error"
    level = "warning"
    lang = "any"
    kinds = ("ui", "error", "bot")
    summary = "Generic error wording (“An error occurred”, “Something went wrong”, „אירעה שגיאה”, „שגיאה כללית”)."
    why = ("A generic error tells the user neither what failed nor what to do. They retry blindly, give up, or call "
           "support without the detail support needs. Name the action that failed, the cause if known, what is safe "
           "(no data lost, no money charged) and the next step.")
    source = ("GOV.UK Design System – Error message (avoid “An error occurred”; be specific); Google Technical "
              "Writing – Error messages (“Something went wrong” says nothing); Microsoft Win32 Error Message "
              "Guidelines (“Unknown error”)")
    examples = {
        "fail": [
            "An unexpected error occurred.",
            "Something went wrong while loading this component.",
            "Unknown error",
            "Error while validating your second factor",
            "An error occurred. Please try again.",
            {"text": "אירעה שגיאה בלתי צפויה.", "lang": "he"},
            {"text": "משהו השתבש בעת טעינת הרכיב הזה.", "lang": "he"},
            {"text": "שגיאה כללית בזמן גישה להגדרות.", "lang": "he"},
            {"text": "הפעולה נכשלה", "lang": "he"},
            {"text": "טרנזקציה לא בוצעה", "lang": "he"},
            {"text": "Operation failed", "lang": "en"},
            {"text": "שְׁגִיאָה לֹא צְפוּיָה", "lang": "he"},
        ],
        "pass": [
            "We couldn't save your changes because the file is read-only. Save a copy instead.",
            "An error occurred while loading the settings. The app will close. Remove your profile folder and restart.",
            "The reference (cell) in which the error occurred.",
            "Network error",
            {"text": "לא הצלחנו לשמור את השינויים. הטיוטה נשמרה. נסו שוב בעוד דקה.", "lang": "he"},
            {"text": "שגיאה: חלוקה באפס", "lang": "he"},
            {"text": "אירעה שגיאה בלתי ידועה. סביר להניח שמנהל ההתקן פגום.", "lang": "he"},
            {"text": "Something went wrong", "key": "errors.generic.title", "lang": "en"},
        ],
    }

    def check(self, doc):
        if not cues.may_have_error(doc):
            return  # no error sentence possible: nothing to report
        a = cues.analyse(doc)
        if a.heading:
            return
        generic = [s for s in a.sentences if s.generic]
        if not generic or a.has_cause:
            return
        src = a.source
        if src is not None and (src.heading or any(x.cause for x in src.sentences) or (
                a.source_complete and (src.has_cause or not src.error_sentences))):
            return  # the English source explains more than the translation shows, or is no error at all
        for s in generic:
            if s.qualified and a.has_next:
                continue  # "An error occurred while saving the file. Try again." names the action and a step
            start, end = cues.raw_span(doc, s)
            m = doc.text[start:end]
            if len(m) > 60:
                m = m[:57] + "…"
            he = doc.lang == "he"
            yield self.finding(doc, start, end, (MSG_HE if he else MSG_EN).format(m=m),
                               suggestions=[SUGGEST_HE if he else SUGGEST_EN])
            return
