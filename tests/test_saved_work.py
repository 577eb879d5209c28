"""The saved-work envelope: round trip, and anything foreign or corrupt is dropped with a notice."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interview_coach import saved_work


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
