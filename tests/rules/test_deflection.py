"""Tricky cases of the deflection rules (DF001 contact-your-admin, DF002 not-our-job, DF003 bot-sends-elsewhere)."""
from __future__ import annotations

import pytest

from linter.engine import Options, lint_text

ALL = ["DF001", "DF002", "DF003"]


def codes(text, lang, kind="ui"):
    return sorted({f.rule for f in lint_text(text, lang=lang, kind=kind, options=Options(select=ALL))})


@pytest.mark.parametrize("text,lang", [
    ("Ask your %(brand)s admin to check <a>your config</a>.", "en"),   # placeholder inside, link is not a channel
    ("If it is not there ask your local administrator.", "en"),        # "not" elsewhere is not a negation of the verb
    ("Use one of your backup codes to log in or contact your admin for assistance.", "en"),
    ("בקשו מהאדמין של %(brand)s לבדוק את ההגדרות.", "he"),
    ("במקרה הזה, אל תמשיך, ובמקום זאת פנה למנהל המערכת שלך.", "he"),  # "אל" negates another verb
    ("אם הבעיה לא נפתרה, פנו למנהל המערכת.", "he"),
    ("נא להתייעץ עם מנהל המערכת אם לא ידוע לך מה לבחור.", "he"),
])
def test_contact_admin_is_flagged(text, lang):
    assert codes(text, lang) == ["DF001"]


@pytest.mark.parametrize("text,lang", [
    ("Do not contact the VideoLAN project about this issue.", "en"),
    ("Contact your administrator at it@example.com.", "en"),
    ("Contact your admin through the Help button.", "en"),
    ("I want to talk to your manager about the charge.", "en"),        # the customer speaks
    ("Open the password manager.", "en"),
    ("לא ניתן ליצור קשר עם מנהל התקן ה־SDBC.", "he"),                 # מנהל התקן = a driver
    ("פתחו את מנהל הקבצים.", "he"),
    ("המשתמש מבקש מהמנהל לאשר.", "he"),                              # מ + בקש is not an imperative
    ("פנו למנהל המערכת בטלפון 03-1234567.", "he"),
])
def test_contact_admin_stays_quiet(text, lang):
    assert codes(text, lang) == []


def test_button_labels_are_channels_themselves():
    assert codes("Contact owner", "en") == [] and codes("פנייה למנהל", "he") == []
    assert codes("Contact your owner", "en") == ["DF001"] and codes("פנו למנהל", "he") == ["DF001"]


def test_seed_example_is_deflection():
    assert codes("אני לא קשור לזה, תתקשר למנהל", "he") == ["DF001", "DF002"]


def test_named_channel_clears_not_our_job():
    assert codes("This is not handled here. Billing can help: call *2345.", "en") == []
    assert codes("זה לא באחריותנו", "he") == ["DF002"]


@pytest.mark.parametrize("text,lang", [
    ("You can't speak to a human directly in this chat, but you can email us at hi@example.com.", "en"),
    ("מצטערת שלא הצלחתי לעזור. לכל דבר אחר אפשר לכתוב לנו ל-hi@example.com.", "he"),
])
def test_bot_refusal_with_redirect(text, lang):
    assert codes(text, lang, kind="bot") == ["DF003"]
    assert codes(text, lang, kind="ui") == []          # a UI string with an address is not a deflection


@pytest.mark.parametrize("text,lang", [
    ("I can't answer that, so I'm connecting you to an agent now.", "en"),
    ("We need your business email to contact you afterwards. Otherwise, we cannot help you.", "en"),
    ("אנחנו צריכים את המייל כדי ליצור קשר אחר כך. בלעדיו לא נוכל לעזור.", "he"),   # our action, not a redirect
    ("מצטערים, הנציגים זמינים רק בשעות הפעילות. פנו אלינו שוב בשעות אלה.", "he"),  # same channel, later
])
def test_bot_without_redirect_stays_quiet(text, lang):
    assert "DF003" not in codes(text, lang, kind="bot")
