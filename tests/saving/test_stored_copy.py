"""The saved-work envelope: round trip, and anything foreign or corrupt is dropped with a notice."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interview_coach.saving import stored_copy as saved_work


def test_round_trip_keeps_unicode():
    parts = {"picks": ["a", "b"], "notes": "Café — “quoted”, 😀"}
    text = saved_work.dump(parts)
    assert "Café" in text  # stored as written, not \\u escapes: smaller in localStorage
    assert saved_work.load(text) == (parts, [])


@pytest.mark.parametrize("empty", [None, ""])
def test_nothing_saved_yet_is_quiet(empty):
    assert saved_work.load(empty) == ({}, [])


@pytest.mark.parametrize(
    "text",
    [
        "{not json",
        "[1, 2, 3]",
        json.dumps({"app": "another-app", "version": 1, "parts": {}}),
        json.dumps({"app": saved_work.APP_ID, "version": 99, "parts": {}}),
        json.dumps({"app": saved_work.APP_ID, "version": 1, "parts": ["x"]}),
        "[" * 100_000,
    ],
)
def test_foreign_or_corrupt_is_dropped_with_a_notice(text):
    assert saved_work.load(text) == ({}, [saved_work.UNREADABLE])


def test_too_long_is_dropped():
    assert saved_work.load("x" * (saved_work.MAX_CHARS + 1)) == ({}, [saved_work.UNREADABLE])


@given(st.text(max_size=200))
def test_never_raises(text):
    parts, notices = saved_work.load(text)
    assert isinstance(parts, dict) and isinstance(notices, list)


def envelope(parts_json: str) -> str:
    """A saved copy as the browser holds it: JSON.stringify writes a lone surrogate as \\ud800."""
    return '{"app":"information-interview-coach","version":1,"parts":' + parts_json + "}"


def all_strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in [k, *all_strings(v)]]
    if isinstance(value, list):
        return [s for v in value for s in all_strings(v)]
    return []


def test_lone_surrogates_anywhere_become_replacement_characters_with_a_notice():
    text = envelope(
        '{"log_csv":"date,contact\\r\\n2026-10-01,Ana\\r\\n2026-10-02,Ben\\ud800\\r\\n",'
        '"profile":{"student_name":"Stu\\udc00"},'
        '"writing":{"request":{"program":"A\\ud800","x\\udfff":["\\ud800",{"deep":"\\udbff"}]}},'
        '"own_questions":[{"id":"own-1","text":"Q\\ud800?","minutes":3}],'
        '"checklist":{"bring-resume":{"done":true,"note":"n\\ud800"}}}'
    )
    parts, notices = saved_work.load(text)
    assert notices == [saved_work.DAMAGED]
    assert parts["log_csv"] == "date,contact\r\n2026-10-01,Ana\r\n2026-10-02,Ben\ufffd\r\n"
    assert parts["profile"] == {"student_name": "Stu\ufffd"}
    assert parts["writing"] == {"request": {"program": "A\ufffd",
                                            "x\ufffd": ["\ufffd", {"deep": "\ufffd"}]}}
    assert parts["own_questions"][0]["text"] == "Q\ufffd?"
    assert parts["checklist"]["bring-resume"]["note"] == "n\ufffd"
    for string in all_strings(parts):
        string.encode("utf-8")  # valid text everywhere: Streamlit and UTF-8 can send it


def test_a_split_pair_is_joined_and_no_damage():
    parts, notices = saved_work.load(envelope('{"notes":"ok \ud83d\ude00 \\ud83d\\ude00"}'))
    assert parts == {"notes": "ok 😀 😀"} and notices == []


def test_a_replacement_character_already_saved_is_no_damage():
    assert saved_work.load(saved_work.dump({"notes": "\ufffd"})) == ({"notes": "\ufffd"}, [])


def test_deep_nesting_with_a_lone_surrogate_does_not_raise():
    text = envelope('{"writing":' + '{"a":' * 500 + '"\\ud800"' + "}" * 500 + "}")
    parts, notices = saved_work.load(text)
    assert notices == [saved_work.DAMAGED]
    assert "\ufffd" in all_strings_flat(parts)


def all_strings_flat(value) -> list[str]:
    """all_strings without recursion (for deep nesting)."""
    found, todo = [], [value]
    while todo:
        item = todo.pop()
        if isinstance(item, str):
            found.append(item)
        elif isinstance(item, dict):
            todo += [*item.keys(), *item.values()]
        elif isinstance(item, list):
            todo += item
    return found


SURROGATE = st.integers(0xD800, 0xDFFF).map(chr)
ANY_TEXT = st.text(st.one_of(st.characters(), SURROGATE), max_size=30)


@given(ANY_TEXT, st.booleans())
def test_every_restored_string_is_valid_text(text, as_escapes):
    saved = json.dumps({"app": saved_work.APP_ID, "version": 1,
                        "parts": {"notes": text, text: [text, {"k": text}]}},
                       ensure_ascii=as_escapes)
    parts, _ = saved_work.load(saved)
    for string in all_strings(parts):
        string.encode("utf-8")
