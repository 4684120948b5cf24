"""Each adapter on a bad and a good export of its format: the checks find the defects and stay quiet on the fix."""
from __future__ import annotations

import pytest

from linter.flows import detect

from .conftest import FIXTURES, audit

CASES = [
    # fixture, detected format, categories expected on it (exactly)
    ("twilio_bad.json", "twilio-studio",
     {"bot-disclosure", "dead-end", "handoff-no-context", "hours-no-alternative"}),
    ("twilio_good.json", "twilio-studio", set()),
    ("botpress_bad", "botpress", {"dead-end", "fallback-no-escalation", "no-human-path"}),
    ("botpress_good", "botpress", set()),
    ("cx_bad", "dialogflow-cx",
     {"bot-disclosure", "dead-end", "fallback-no-escalation", "loop-no-exit", "no-human-path"}),
    ("cx_good", "dialogflow-cx", set()),
    ("rasa_bad", "rasa", {"bot-disclosure", "fallback-no-escalation", "no-human-path"}),
    ("rasa_good", "rasa", set()),
    ("calm_bad", "rasa", {"fallback-no-escalation", "no-human-path"}),
    ("composer_bad", "composer", {"bot-disclosure", "fallback-no-escalation", "loop-no-exit", "no-human-path"}),
    ("composer_good", "composer", set()),
    ("transcripts/chats.jsonl", "transcript", {"no-human-path"}),
    ("transcripts/tracker.json", "transcript", set()),
    ("transcripts/chat.transcript", "transcript", {"no-human-path", "bot-disclosure"}),
]


@pytest.mark.parametrize("name,fmt,expected", CASES, ids=[c[0] for c in CASES])
def test_categories(name, fmt, expected):
    path = FIXTURES / name
    assert detect(path) == fmt
    _, findings, _ = audit(path)
    assert {f.category for f in findings} == expected, [(f.rule, f.key, f.message) for f in findings]


def test_findings_carry_path_key_and_line():
    _, findings, _ = audit(FIXTURES / "twilio_bad.json")
    for f in findings:
        assert f.path.endswith("twilio_bad.json") and f.key and f.key.startswith("state:"), f
        assert f.line > 0, f


def test_cx_keys_follow_conventions():
    _, findings, _ = audit(FIXTURES / "cx_bad")
    keys = {(f.category, f.key) for f in findings}
    assert ("loop-no-exit", "Main/Ask Date#param:date") in keys
    assert ("fallback-no-escalation", "Main#event:sys.no-match-default") in keys
    assert ("dead-end", "Main/Save#event:webhook.error") in keys


def test_rasa_unused_handoff_action_and_deflected_request():
    _, findings, _ = audit(FIXTURES / "rasa_bad")
    keys = {f.key for f in findings if f.category == "no-human-path"}
    assert {"rule:ask for human", "action:action_handoff_to_agent"} <= keys


def test_custom_code_handoff_without_proof_is_unknown_not_a_finding(tmp_path):
    import shutil
    root = tmp_path / "bot"
    shutil.copytree(FIXTURES / "rasa_good", root)
    shutil.rmtree(root / "actions")  # no code: the handoff cannot be proven
    _, findings, unknown = audit(root)
    assert not [f for f in findings if f.category == "no-human-path" and f.key == "rule:ask for human"]
    assert any(f.key == "rule:ask for human" for f in unknown)


def test_transcript_verdicts_and_counts():
    _, findings, _ = audit(FIXTURES / "transcripts" / "chats.jsonl")
    (f,) = findings
    assert f.key == "c1#turn:1" and f.data["verdict"] == "deflected"
    assert f.data["counts"]["requests"] == 1


def test_false_human_claim_is_bot_disclosure():
    _, findings, _ = audit(FIXTURES / "transcripts" / "chat.transcript")
    claims = [f for f in findings if f.rule == "FL008" and f.category == "bot-disclosure"]
    assert claims and claims[0].key == "turn:2"


def test_units_have_keys_and_positions():
    graph, _, _ = audit(FIXTURES / "twilio_bad.json")
    units = graph.units()
    assert {u.key for u in units} == {"state:ask_reason", "state:closed"}
    src_text = units[0].source.text
    for u in units:
        assert u.kind == "bot"
        assert src_text[u.file_offset(0):u.file_offset(0) + 5] == u.text[:5]


def test_hebrew_units_are_hebrew():
    graph, _, _ = audit(FIXTURES / "cx_bad")
    assert graph.lang == "he"
    assert all(u.lang == "he" for u in graph.units())


def test_lg_units_point_at_the_variant():
    graph, _, _ = audit(FIXTURES / "composer_bad")
    unit = next(u for u in graph.units() if u.key == "lg:NoHumans")
    line, col = unit.source.position(unit.start)
    assert (line, col) == (9, 3)


def test_cx_zip_is_read_in_place(tmp_path):
    import zipfile
    z = tmp_path / "agent.zip"
    with zipfile.ZipFile(z, "w") as zf:
        for p in (FIXTURES / "cx_bad").rglob("*.json"):
            zf.write(p, "exported/" + p.relative_to(FIXTURES / "cx_bad").as_posix())
    assert detect(z) == "dialogflow-cx"
    graph, findings, _ = audit(z)
    assert {f.category for f in findings} == {"bot-disclosure", "dead-end", "fallback-no-escalation",
                                              "loop-no-exit", "no-human-path"}
    assert all("!/exported/" in u.path for u in graph.units())
    assert not (tmp_path / "exported").exists()


def test_broken_input_is_one_line_input_error(tmp_path):
    from linter.flows import load
    from linter.model import InputError
    bad = tmp_path / "flow.json"
    bad.write_text('{"states": [ {"name": "a", "transitions": [}', encoding="utf-8")
    with pytest.raises(InputError) as exc:
        load(bad, "twilio-studio")
    assert "\n" not in str(exc.value)


def test_folder_of_transcripts_is_one_audit(tmp_path):
    import shutil
    for name in ("chats.jsonl", "chat.transcript"):
        shutil.copy(FIXTURES / "transcripts" / name, tmp_path / name)
    assert detect(tmp_path) == "transcript"
    graph, findings, _ = audit(tmp_path)
    assert len(graph.conversations) == 3


def test_cx_zip_bomb_is_refused_without_reading_it(tmp_path):
    import zipfile

    from linter.flows import load
    from linter.model import InputError
    path = tmp_path / "agent.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("agent.json", '{"displayName": "x"' + " " * (70 << 20) + "}")
        z.writestr("flows/Default Start Flow/Default Start Flow.json", "{}")
    assert path.stat().st_size < 1 << 20
    with pytest.raises(InputError, match="too large"):
        load(path, "dialogflow-cx")


def test_transcript_summary_lists_the_worst_conversations_first():
    import json
    import subprocess
    import sys
    proc = subprocess.run([sys.executable, "-m", "linter", "check", "--format", "json",
                           str(FIXTURES / "transcripts" / "chats.jsonl")], capture_output=True, text=True,
                          encoding="utf-8")
    rows = json.loads(proc.stdout)["summary"]["transcripts"]
    assert rows, proc.stderr
    bad = [r["deflected"] + r["ignored"] + r["false_claims"] for r in rows]
    assert bad == sorted(bad, reverse=True) and bad[0] >= 1
    assert all(r["requests"] >= r["honored"] + r["deflected"] + r["ignored"] for r in rows)


def test_one_finding_when_a_graph_check_and_a_copy_rule_see_the_same_greeting(tmp_path):
    """FL005 (persona, with the flow's context) and BD001 (copy) both see "Hi, I'm Sarah": report it once."""
    from linter.engine import Linter, Options
    flow = tmp_path / "bot.yaml"
    flow.write_text('bahir-flow: 1\nstates:\n  hi:\n    say: "Hi, I\'m Sarah! How can I help?"\n    '
                    'next: agent\n  agent:\n    handoff: {to: desk, transcript: true}\n', encoding="utf-8")
    found = Linter(Options(select=["bot-disclosure"])).lint_flow(flow, "native")
    assert [f.rule for f in found] == ["FL005"]
