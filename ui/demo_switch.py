"""One-click classroom demo that puts the student's own work back exactly as it was."""

from __future__ import annotations

import copy

import streamlit as st

from ui import course, state

SAVED = "_before_demo"


def active() -> bool:
    return SAVED in st.session_state


def start() -> None:
    ss = st.session_state
    demo = course.demo()
    ss[SAVED] = {key: copy.deepcopy(ss[key]) for key in state.WORK_DEFAULTS}
    ss.picks = list(demo.picks)
    ss.slot_minutes, ss.slot_is_custom = demo.slot_minutes, False
    ss.checklist = demo.checklist_state()
    state.set_log(course.sample_log())
    ss._demo_message = demo.started


def reset() -> None:
    ss = st.session_state
    saved = ss.pop(SAVED, None)
    if saved is None:
        return
    for key, value in saved.items():
        ss[key] = value
    state.set_log(saved["log"])
    ss._demo_message = course.demo().ended


def show_controls() -> None:
    if active():
        st.button("Reset demo", on_click=reset, icon=":material/undo:", width="stretch",
                  help="Put back your own picks, checklist and log.", type="primary")
        st.caption(course.demo().showing)  # lasts, where the toast fades
    else:
        st.button("Start demo", on_click=start, icon=":material/slideshow:", width="stretch",
                  help="Shows a sample log, picked questions and a partly ticked checklist. "
                  "Your own work is kept aside and comes back with Reset demo.")
    if message := st.session_state.pop("_demo_message", ""):
        st.toast(message, icon=":material/slideshow:")
