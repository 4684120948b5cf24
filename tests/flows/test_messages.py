"""The flow checks speak the language of the flow: plain, gender-neutral Hebrew for Hebrew flows, English otherwise,
and every message says what to do."""
from __future__ import annotations

import re
import string

import pytest

from linter.engine import lint_text
from linter.flows.common import describe
from linter.flows.messages import MESSAGES, say
from linter.flows.native import load_text

from .conftest import FIXTURES, all_flow_rules, audit

HEB = re.compile(r"[\u05d0-\u05ea]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
HE_QUOTED = re.compile(r"„[^”]*”")
# what a finding asks the reader to do, in each language
HE_ACTION = re.compile(r"כדאי|אפשר ל")
EN_ACTION = re.compile(r"(?i)\b(Add|Offer|Make sure|Say|Point|Link|Hand over|Cap|Pass|Keep|Set|Remove|Before it ends|"
                       r"After the answer|When a customer)\b")
# masculine-singular imperatives a Hebrew message must not use (plural or "כדאי + infinitive" instead)
HE_MASC_IMPERATIVE = re.compile(r"(?<![\u05d0-\u05ea])(הוסף|הצע|ודא|וודא|בדוק|העבר|הסר|מחק|כתוב|"
                                r"הגבל|שמור|הגדר|תקן|נסה|לחץ|פנה)(?![\u05d0-\u05ea])")


def _unquoted(text: str) -> str:
    """A Hebrew message without the ids and bot text it quotes."""
    return HE_QUOTED.sub("", text)


def assert_hebrew(message: str) -> None:
    assert HEB.search(message), message
    rest = _unquoted(message)
    assert not LATIN_WORD.search(rest), f"English outside „…” in: {message}"
    assert "'" not in rest, f"English-style quotes in: {message}"
    assert not HE_MASC_IMPERATIVE.search(rest), f"masculine imperative in: {message}"
    assert HE_ACTION.search(rest), f"does not say what to do: {message}"


def assert_english(message: str) -> None:
    assert not HEB.search(message), message
    assert message[:1].isupper() or message[:1] == "'", message
    assert EN_ACTION.search(message) or "cannot tell" in message.lower(), f"does not say what to do: {message}"


# ------------------------------------------------------------------------------------------- a whole Hebrew flow
def test_hebrew_flow_gets_hebrew_findings_from_every_rule():
    graph, findings, unknown = audit(FIXTURES / "native_he_bad.yaml")
    assert graph.lang == "he"
    assert {f.rule for f in findings} == {f"FL00{i}" for i in range(1, 9)}, [(f.rule, f.message) for f in findings]
    for f in findings + unknown:
        assert_hebrew(f.message)
        for s in f.suggestions:
            assert HEB.search(s) and not LATIN_WORD.search(s), s


def test_hebrew_messages_quote_ids_and_bot_text_as_is():
    _, findings, _ = audit(FIXTURES / "native_he_bad.yaml")
    messages = [f.message for f in findings]
    assert any("„billing_failed”" in m and m.startswith("המצב ") for m in messages)
    assert any("„נציג זמין רק בשעות הפעילות.”" in m for m in messages)   # bot text, unchanged
    assert any("כשהלקוח בוחר „2”" in m for m in messages)
    assert any("„state:survey_a”, „state:survey_b”" in m for m in messages)
    persona = next(f for f in findings if f.rule == "FL005")
    assert "„נועה”" in persona.message and persona.suggestions == ["נועה, הבוט של השירות"]


HE_CASES = {
    "FL005.claim": (
        "bahir-flow: 1\nlang: he\nstates:\n  hi:\n    say: \"שלום, כאן הבוט של החברה.\"\n    next: q\n"
        "  q:\n    ask: \"במה אפשר לעזור?\"\n    options: {\"0\": agent}\n    next: human\n"
        "  human:\n    say: \"אני בן אדם, אפשר לדבר איתי.\"\n    end: true\n"
        "  agent:\n    handoff: {to: support, transcript: true}\n",
        "FL005", "הבוט טוען שהוא אדם: „אני בן אדם”"),
    "FL006.dropped": (
        "bahir-flow: 1\nlang: he\nstates:\n  q:\n    ask: \"מה מספר ההזמנה?\"\n    next: agent\n"
        "  agent:\n    say: \"מעבירים אתכם לנציג.\"\n    handoff: {to: support, context: [order_id], transcript: true,"
        " clears: [order_id]}\n",
        "FL006", "מוחק את „order_id” לפני ההעברה"),
    "FL006.opaque": (
        "bahir-flow: 1\nlang: he\nstates:\n  q:\n    ask: \"במה אפשר לעזור?\"\n    next: agent\n"
        "  agent:\n    code: transfer_to_agent\n",
        "FL006", "קוד מותאם"),
    "FL002.no_input_late": (
        "bahir-flow: 1\nlang: he\nstates:\n  menu:\n    ask: \"לחשבון הקישו 1.\"\n    options: {\"1\": bill}\n"
        "    on:\n      no-input:\n        - say: \"אתם עדיין כאן?\"\n        - say: \"לא שמענו תשובה.\"\n"
        "        - say: \"אפשר להקיש 1.\"\n        - say: \"עוד ניסיון אחד.\"\n        - next: agent\n"
        "  bill:\n    say: \"החשבון נשלח אליכם. תודה ולהתראות!\"\n    end: true\n"
        "  agent:\n    handoff: {to: support, transcript: true}\n",
        "FL002", "כשהלקוח לא עונה („no-input”)"),
    "FL003.nothing_follows": (
        "bahir-flow: 1\nlang: he\nstates:\n  menu:\n    ask: \"במה אפשר לעזור?\"\n"
        "    options: {\"0\": agent, \"1\": info}\n"
        "  info:\n    say: \"המידע נמצא באתר.\"\n"
        "  agent:\n    handoff: {to: support, transcript: true}\n",
        "FL003", "אחרי המצב „info” לא בא כלום"),
}


@pytest.mark.parametrize("case", sorted(HE_CASES))
def test_hebrew_message_variants(case):
    text, code, expected = HE_CASES[case]
    graph = load_text(text, "flow.yaml")
    assert graph.lang == "he"
    rule = next(r for r in all_flow_rules() if r.code == code)
    found = list(rule.check_flow(graph))
    assert any(expected in f.message for f in found), [f.message for f in found]
    for f in found:
        assert_hebrew(f.message)


def test_hebrew_distance_suggestion():
    text = ("bahir-flow: 1\nlang: he\nstates:\n  a:\n    ask: \"מה השם?\"\n    next: b\n  b:\n    ask: \"מה הטלפון?\"\n"
            "    next: c\n  c:\n    ask: \"מה הכתובת?\"\n    next: agent\n"
            "  agent:\n    handoff: {to: support, transcript: true}\n")
    rule = next(r for r in all_flow_rules() if r.code == "FL001")
    rule.options = {"max_turns": 1}
    found = list(rule.check_flow(load_text(text, "flow.yaml")))
    assert found and all("פעמים עד שמגיעים לנציג" in f.message for f in found)
    for f in found:
        assert_hebrew(f.message)


# ------------------------------------------------------------------------------------------- English stays English
ENGLISH_FIXTURES = ["twilio_bad.json", "botpress_bad", "rasa_bad", "calm_bad", "composer_bad",
                    "transcripts/chats.jsonl", "transcripts/chat.transcript"]


@pytest.mark.parametrize("name", ENGLISH_FIXTURES)
def test_english_flows_keep_english(name):
    graph, findings, unknown = audit(FIXTURES / name)
    assert graph.lang == "en" and findings
    for f in findings + unknown:
        assert_english(f.message)
        assert all(not HEB.search(s) for s in f.suggestions)


def test_describe_speaks_the_flow_language():
    he = load_text("bahir-flow: 1\nlang: he\nstates:\n  billing:\n    say: \"שלום\"\n    end: true\n", "f.yaml")
    en = load_text("bahir-flow: 1\nlang: en\nstates:\n  billing:\n    say: \"Hello\"\n    end: true\n", "f.yaml")
    he_id = next(n for n in he.nodes if n != "END")
    en_id = next(n for n in en.nodes if n != "END")
    assert describe(he, he_id) == "המצב „billing”"
    assert describe(he, "END") == "סוף השיחה"
    assert describe(en, en_id) == "'billing'"
    assert describe(en, "END") == "the end of the conversation"


# ------------------------------------------------------------------------------------------- the templates
def _fields(template: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template) if f}


@pytest.mark.parametrize("msg_id", sorted(MESSAGES))
def test_every_template_has_both_languages_with_the_same_fields(msg_id):
    en, he = MESSAGES[msg_id]
    assert en and he
    assert _fields(he) - {"noun"} == _fields(en), msg_id
    assert (HEB.search(he) or msg_id == "node") and not HEB.search(en), msg_id
    assert not HE_MASC_IMPERATIVE.search(he), msg_id
    assert "'" not in _unquoted(he), msg_id


class _G:
    def __init__(self, lang):
        self.lang = lang


# realistic values for the fields, so that bahir's own copy rules can read the finished Hebrew messages
_HE_FIELDS = {"where": "המצב „billing”", "names": "„a”, „b”", "refs": "„order_id”", "dropped": "„order_id”",
              "event": "no-match", "label": "2", "target": "billing", "text": "נציג זמין רק בשעות הפעילות.",
              "name": "נועה", "claim": "אני בן אדם", "turns": 4, "limit": 3, "attempts": 5, "noun": "המצב",
              "again": " שוב", "extra": " הבוט גם מדבר על עצמו בלשון זכר או נקבה, כמו אדם.",
              "when": "כשהבוט לא מבין את הלקוח („no-match”)", "what": "הוא שואל שוב ושוב, בלי הגבלה",
              "why": "הבוט סירב או הפנה לערוץ אחר"}


@pytest.mark.parametrize("msg_id", sorted(k for k in MESSAGES if k.startswith("FL") and ".why." not in k
                                          and k not in ("FL008.again", "FL005.gendered", "FL005.suggestion")))
def test_hebrew_messages_pass_bahirs_own_rules(msg_id):
    message = say(_G("he"), msg_id, **_HE_FIELDS)
    if msg_id.startswith("FL002.") and msg_id not in ("FL002.never", "FL002.late"):
        return  # a fragment, checked inside the full FL002 messages
    found = [f for f in lint_text(message, lang="he", kind="ui") if f.severity != "suggestion"]
    assert not found, [(f.rule, f.message) for f in found]
    assert_hebrew(message)
