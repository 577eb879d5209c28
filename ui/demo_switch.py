"""One-click classroom demo that puts the student's own work back exactly as it was.

The demo cannot start before this tab's browser has handed back the saved work: the work kept
aside must be the student's, not the empty defaults of a page that has not heard yet. While it
runs nothing is written to the browser, and what other tabs change goes into the work kept aside
(ui/saved_work), so Reset demo always brings back the student's newest own work.
"""

from __future__ import annotations

import copy

import streamlit as st

from ui import course, saved_work, state
from ui import people as people_store

SAVED = saved_work.DEMO_SAVED


def active() -> bool:
    return st.session_state.get(SAVED) is not None


def can_start() -> bool:
    return saved_work.store_status() != "waiting" or bool(
        st.session_state.get("_skip_store_wait"))


def start() -> None:
    ss = st.session_state
    if active() or not can_start():
        return
    demo = course.demo()
    ss[SAVED] = {key: copy.deepcopy(ss[key]) for key in state.WORK_DEFAULTS}
    ss.picks = list(demo.picks)
    ss.own_questions = []
    ss.slot_minutes, ss.slot_is_custom = demo.slot_minutes, False
    ss.checklist = demo.checklist_state()
    ss.writing, ss.profile = {}, {}
    sample = course.sample_people()
    people_store.replace_all(sample)
    ss.chosen_person = next(iter(sample), None)
    ss._demo_message = demo.started


def reset() -> None:
    ss = st.session_state
    saved = ss.pop(SAVED, None)
    if saved is None:
        return
    for key, value in saved.items():
        ss[key] = value
    people_store.replace_all(saved.get("people") or {})
    ss._demo_message = course.demo().ended


def show_controls() -> None:
    words = saved_work.wording()
    if active():
        st.button(words.demo.reset, on_click=reset, icon=":material/undo:", width="stretch",
                  help=words.demo.reset_help, type="primary")
        st.caption(course.demo().showing)  # lasts, where the toast fades
    else:
        ready = can_start()
        st.button(words.demo.start, on_click=start, icon=":material/slideshow:",
                  width="stretch", disabled=not ready,
                  help=words.demo.start_help if ready else words.demo_wait)
    if message := st.session_state.pop("_demo_message", ""):
        st.toast(message, icon=":material/slideshow:")
