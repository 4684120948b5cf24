"""ER002 failure-without-next-step: "Upload failed.", "Could not open the document.", "לא ניתן לפתוח את המסמך"."""
from __future__ import annotations

from linter.rule import Rule
from rules import _errorcues as cues

MSG_HE = ("ההודעה אומרת שמשהו נכשל, אבל לא למה ומה אפשר לעשות עכשיו. כדאי להוסיף את הסיבה (אם ידועה), "
          "מה לא נפגע, ואת הצעד הבא.")
MSG_EN = ("This says what failed but not why or what to do now. Add the cause (if known), what is safe, "
          "and the next step.")
SUGGEST_HE = "{m} כי [סיבה]. [מה לא נפגע]. אפשר [צעד הבא], ואם זה חוזר – [איך לפנות לאדם]."
SUGGEST_EN = "{m} because [cause]. [What is safe.] [Next step] — or [how to reach a person] if it keeps happening."


class FailureWithoutNextStep(Rule):
    code = "ER002"
    name = "failure-without-next-step"
    category = "unclear-error"
    level = "warning"
    lang = "any"
    kinds = ("ui", "error", "bot")
    summary = "A failure stated with no cause and no next step (“Upload failed.”, „לא ניתן לפתוח את המסמך”)."
    why = ("“X failed” tells the user that something broke but leaves them guessing why and what to do: retry, "
           "wait, change something, or ask someone. A cause or a next step (retry with a time, a setting to check, "
           "a link, a contact) turns a dead end into a way forward.")
    source = ("GOV.UK Design System – Error message (explain what went wrong and how to fix it); Nielsen Norman "
              "Group – Error-Message Guidelines (constructive advice); Microsoft Win32 Error Message Guidelines "
              "(give a solution)")
    examples = {
        "fail": [
            "Upload failed.",
            "Cannot open document.",
            "Failed to re-authenticate",
            "The document format could not be set on the specified printer.",
            "Data of $(ARG1) could not be read.",
            {"text": "לא ניתן לפתוח את המסמך.", "lang": "he"},
            {"text": "בדיקת העדכונים נכשלה.", "lang": "he"},
            {"text": "והעלאת הקובץ נכשלה", "lang": "he"},
            {"text": "לא הצלחנו לשמור את {{name}}", "lang": "he"},
        ],
        "pass": [
            "Could not connect to the server. Please try again.",
            "The row could not be deleted. It is already deleted.",
            "This function cannot be run with the selected objects.",
            "This action cannot be undone.",
            "Cannot write to file %1: %2.",
            "Failed to re-authenticate due to a homeserver problem",
            "If the file cannot be opened, check its format.",
            "Document Could Not Be Locked",
            {"text": "לא ניתן להסיר את הקובץ. נא להסיר אותו ידנית.", "lang": "he"},
            {"text": "לא ניתן להמשיך כיוון ששמירת המדיה מושבתת.", "lang": "he"},
            {"text": "לא ניתן לבטל פעולה זו.", "lang": "he"},
            {"text": "לא ניתן היה לשמור. נסו שוב בעוד דקה.", "lang": "he"},
            {"text": "We couldn't log you in", "key": "auth.oidc.error_title", "lang": "en"},
        ],
    }

    def check(self, doc):
        if not cues.may_have_error(doc):
            return  # no error sentence possible: nothing to report
        a = cues.analyse(doc)
        if a.heading or a.source_explains or a.has_cause or a.has_next:
            return
        errs = a.error_sentences
        if not errs or any(s.generic for s in errs):
            return  # ER001 speaks for generic wording
        failures = [s for s in errs if s.failure and not s.question]
        if not failures:
            return
        s = failures[0]
        start, end = cues.raw_span(doc, s)
        he = doc.lang == "he"
        m = doc.text[start:end]
        yield self.finding(doc, start, end, MSG_HE if he else MSG_EN,
                           suggestions=[(SUGGEST_HE if he else SUGGEST_EN).format(m=m)])
