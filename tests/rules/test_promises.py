"""Tricky cases of the vague-promise rules (VP001 try-again-later, VP002 vague-follow-up)."""
from __future__ import annotations

import pytest

from linter.engine import Options, lint_text
from rules._channels import channels, has_channel, has_time, points_to_person


def codes(text, lang, kind="ui", select=("VP001", "VP002")):
    return sorted({f.rule for f in lint_text(text, lang=lang, kind=kind, options=Options(select=list(select)))})


@pytest.mark.parametrize("text,lang", [
    ("Could not add bot, Please try again later", "en"),
    ("You can try again later.", "en"),
    ("Wait some time before trying again.", "en"),
    ("לא ניתן להתחבר לשרת, נסה שוב מאוחר יותר", "he"),
    ("הגיליון ננעל. תנסה לשמור מאוחר יותר.", "he"),
    ("התשלום לא עבר, ונסו שוב במועד מאוחר יותר.", "he"),  # prefix ו on the verb
])
def test_try_later_is_flagged(text, lang):
    assert codes(text, lang) == ["VP001"]


@pytest.mark.parametrize("text,lang", [
    ("Try again in 5 minutes.", "en"),
    ("Try again later, or save a copy of the document.", "en"),      # an alternative is offered
    ("Try again later or contact {supportLink}.", "en"),            # a link placeholder is a channel
    ("You can come back later to finish your profile.", "en"),      # not a retry after a failure
    ("נסו שוב בעוד 5 דקות", "he"),
    ("אפשר לחזור לזה מאוחר יותר בהגדרות.", "he"),
    ("המשתמש מנסה להתחבר מאוחר יותר", "he"),                         # מ + נסה is not the imperative
])
def test_try_later_stays_quiet(text, lang):
    assert codes(text, lang) == []


@pytest.mark.parametrize("text,lang", [
    ("Thanks, we'll be in touch soon!", "en"),
    ("A member of our team will get back to you.", "en"),
    ("Your ticket will be reviewed shortly.", "en"),
    ("They'll take care of it as soon as possible.", "en"),
    ("תשאיר פרטים, יחזרו אליך", "he"),
    ("נציג ייצור איתך קשר", "he"),
    ("ונחזור אליכם בהקדם", "he"),
    ("נטפל בזה בקרוב", "he"),
])
def test_vague_follow_up_is_flagged(text, lang):
    assert codes(text, lang) == ["VP002"]


@pytest.mark.parametrize("text,lang", [
    ("We'll get back to you within 2 business days.", "en"),
    ("We'll get back to you by email.", "en"),                 # "by email" names no address, but 'email you' …
    ("We'll email you shortly at {email}.", "en"),             # placeholder channel
    ("If we need more details, we'll contact you.", "en"),     # conditional, not a promise
    ("Your session will expire soon.", "en"),                  # not a promise of action
    ("Coming soon", "en"),
    ("נחזור אליך תוך 3 שעות", "he"),
    ("נחזור אליך עד יום ה'", "he"),
    ("אל תדאג, עד סוף השבוע זה אצלך", "he"),                   # a time frame: not vague (tone is another matter)
    ("נא ליצור קשר עם מנהל המערכת.", "he"),                    # ל + יצור is an infinitive, not "he will create"
    ("נעדכן אותך כשהייצוא יסתיים", "he"),
    ("בקרוב!", "he"),
])
def test_vague_follow_up_stays_quiet(text, lang):
    assert "VP002" not in codes(text, lang)


def test_placeholders_are_not_words():
    # "{soon}" is code; the masked text has no vague adverb
    assert codes("We will {soon} get back to you by {date}.", "en") == []


def test_channel_and_time_cues():
    assert has_time("within 2 business days") and has_time("תוך 3 שעות") and has_time("by 14:00")
    assert has_time("עד סוף השבוע") and has_time("Typically replies in a few hours")
    assert not has_time("as soon as possible") and not has_time("בהקדם")
    assert has_channel("Call 03-1234567") and has_channel("התקשרו ל־*2345") and has_channel("contact support")
    assert has_channel('לחצו על כפתור "צור קשר"') and has_channel("Write to help@example.com")
    assert not has_channel("Version 3.6.21, released 2024-05-01")
    assert not has_channel("Ask your admin to check <a>your config</a>")   # the link is not a contact
    assert [c.kind for c in channels("Visit {supportUrl}")] == ["link"]
    assert points_to_person("Please contact your administrator.") and not points_to_person("Payment failed.")
