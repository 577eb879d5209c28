"""The student's data in st.session_state, under our own keys.

Widgets get a separate key ("_w_" + name) that is refreshed from our key before each render:
Streamlit deletes a widget's key when a page stops showing it; ours survive page switches.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd
import streamlit as st

from interview_coach.log.schema import coerce_types, empty_log

SETTINGS_DEFAULTS: dict[str, Callable[[], Any]] = {
    "remember": lambda: True,
    "projector": lambda: False,
    "hide_names": lambda: False,
}

# The student's work: kept in the browser (when remembering is on) and cleared by "Forget".
WORK_DEFAULTS: dict[str, Callable[[], Any]] = {
    "picks": list,  # ordered question ids
    "own_questions": list,  # OwnQuestion
    "slot_minutes": lambda: 30,
    "slot_is_custom": lambda: False,
    "profile": dict,  # student_name, contact_name: shared by the exports and writing help
    "checklist": dict,  # item id -> {"done": bool, "note": str}
    "log": empty_log,  # the interview log, shaped as interview_coach.log.schema describes
    "people": dict,  # person id -> record (interview_coach.people.record); see ui/people.py
    "chosen_person": lambda: None,  # the person id the tools work on
    "writing": dict,  # the writing tools' forms, drafts, notes and reflections (JSON-safe)
}
# Bookkeeping for the log: bumped on every change (for saving) and on every change made outside
# the table editor (so the editor starts afresh from the new log instead of replaying old edits).
COUNTERS = ("log_version", "log_editor_nonce")


def init() -> None:
    """Give every key its default once per session."""
    for key, make in {**SETTINGS_DEFAULTS, **WORK_DEFAULTS}.items():
        if key not in st.session_state:
            st.session_state[key] = make()
    for key in COUNTERS:
        st.session_state.setdefault(key, 0)


def reset_work() -> None:
    for key, make in WORK_DEFAULTS.items():
        st.session_state[key] = make()
    _log_changed(outside_editor=True)


def set_log(frame: pd.DataFrame) -> None:
    """Replace the log after a change made outside the table editor (import, sample, a button)."""
    st.session_state.log = coerce_types(frame)
    _log_changed(outside_editor=True)


def log_edited(frame: pd.DataFrame) -> None:
    """Take the table editor's result as the log (the editor keeps its own base)."""
    st.session_state.log = frame
    _log_changed(outside_editor=False)


def _log_changed(outside_editor: bool) -> None:
    st.session_state.log_version = st.session_state.get("log_version", 0) + 1
    if outside_editor:
        st.session_state.log_editor_nonce = st.session_state.get("log_editor_nonce", 0) + 1


def widget_key(key: str) -> str:
    """The widget key bound to our `key`, set to its current value (call just before the widget)."""
    wkey = f"_w_{key}"
    st.session_state[wkey] = st.session_state[key]
    return wkey


def keep(key: str) -> None:
    """on_change callback: copy the widget's value into our key."""
    st.session_state[key] = st.session_state[f"_w_{key}"]


def bound(key: str) -> dict[str, Any]:
    """Keyword arguments that bind a widget to our `key`: st.toggle("…", **bound("projector"))."""
    return {"key": widget_key(key), "on_change": keep, "args": (key,)}


def profile_value(name: str) -> str:
    return st.session_state["profile"].get(name, "")


def set_profile_value(name: str, value: str) -> None:
    st.session_state["profile"] = {**st.session_state["profile"], name: value}
