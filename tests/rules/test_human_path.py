"""Tricky cases of NH001 (a situation the person cannot fix alone, with no way to reach a person)."""
from __future__ import annotations

import pytest

from linter.engine import Options, lint_text


def flagged(text, lang, kind="ui"):
    return bool(lint_text(text, lang=lang, kind=kind, options=Options(select=["NH001"])))


@pytest.mark.parametrize("text,lang", [
    ("Your account {disabledAccount} is currently disabled.", "en"),   # placeholder between the words
    ("Your account has been temporarily locked.", "en"),
    ("Your payment was declined.", "en"),
    ("Sorry, I've used too many tries and failed to collect your response.", "en"),
    ("חשבונך הושעה.", "he"),
    ("החשבון שלך ננעל זמנית.", "he"),
    ("והתשלום נכשל.", "he"),
    ("בזה אני לא יכולה לעזור, מצטערת.", "he"),
])
def test_stuck_is_flagged(text, lang):
    assert flagged(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("Your account is not locked. Anyone can follow you.", "en"),      # negated
    ("This account has been suspended.", "en"),                        # someone else's profile
    ("Your payment failed. Check your card details and try again.", "en"),   # a step the person can take
    ("Your account is locked. Please contact your administrator.", "en"),     # a pointer (deflection, not this)
    ("Too many attempts. Wait 5 minutes and try again.", "en"),
    ("We need your email. Otherwise, we cannot help you set up the app.", "en"),
    ("It looks like I used too many attempts. Would you like to confirm this address anyway?", "en"),
    ("Closing without saving will result in data loss.", "en"),        # a warning, nothing lost yet
    ("החשבון שלך ננעל. אפשר לפנות לתמיכה: *2345.", "he"),
    ("התשלום נכשל. אפשר לנסות כרטיס אחר.", "he"),
    ("המשתמש חסם אותך.", "he"),
])
def test_not_stuck_or_has_a_way(text, lang):
    assert not flagged(text, lang)
