"""The student's data in st.session_state, under our own keys.

Widgets get a separate key ("_w_" + name) that is refreshed from our key before each render:
Streamlit deletes a widget's key when a page stops showing it; ours survive page switches.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

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
    "people": dict,  # person id -> record (interview_coach.people.record); see ui/people/
    "chosen_person": lambda: None,  # the person id the tools work on
    "writing": dict,  # the writing tools' forms, drafts, notes and reflections (JSON-safe)
}


def init() -> None:
    """Give every key its default once per session."""
    for key, make in {**SETTINGS_DEFAULTS, **WORK_DEFAULTS}.items():
        if key not in st.session_state:
            st.session_state[key] = make()


def reset_work() -> None:
    for key, make in WORK_DEFAULTS.items():
        st.session_state[key] = make()
    # A new people version: whatever was worked out from the old people is made again.
    st.session_state.people_version = st.session_state.get("people_version", 0) + 1


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
