"""The student's work and the copy in their browser: what is saved, and checks on the way back."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import asdict

import streamlit as st

from interview_coach.course.checklist import clean_checklist_state
from interview_coach.log.csv_file import read_log_csv, rows_missing_required, write_log_csv
from interview_coach.questions.bank import clean_own_questions, clean_picks
from interview_coach.saving import stored_copy as saved_work
from ui import course, state
from ui.browser_store import browser_store, browser_store_in_fragment
from ui.browser_store import store_status as _store_status

STORE_NAME = "information-interview-coach"
PROFILE_FIELDS = ("student_name", "contact_name", "organization")
MAX_WRITING_CHARS = 200_000
MAX_PROFILE_CHARS = 200


def _log_csv() -> str:
    """The log as CSV text, made again only when the log has changed."""
    version = st.session_state.log_version
    cached = st.session_state.get("_saved_log_csv")
    if not cached or cached[0] != version:
        log = st.session_state.log
        # A row still being typed (no date or contact) would make the whole copy unreadable.
        complete = log.drop(index=log.index[rows_missing_required(log)])
        cached = (version, write_log_csv(complete).decode("utf-8-sig"))
        st.session_state._saved_log_csv = cached
    return cached[1]


def snapshot() -> str:
    ss = st.session_state
    return saved_work.dump(
        {
            "picks": list(ss.picks),
            "own_questions": [asdict(q) for q in ss.own_questions],
            "slot_minutes": ss.slot_minutes,
            "slot_is_custom": ss.slot_is_custom,
            "profile": dict(ss.profile),
            "checklist": ss.checklist,
            "writing": ss.writing,
            "log_csv": _log_csv() if len(ss.log) else "",
        }
    )


def restore(text: str) -> list[str]:
    """Put the saved work back into the session; return notices about anything dropped."""
    parts, notices = saved_work.load(text)
    if not parts:
        return notices
    ss = st.session_state
    bank = course.question_bank()
    own, own_notices = clean_own_questions(parts.get("own_questions"), bank)
    picks, pick_notices = clean_picks(parts.get("picks"), bank, own)
    checklist, checklist_notices = clean_checklist_state(parts.get("checklist"),
                                                         course.checklist())
    notices += own_notices + pick_notices + checklist_notices
    ss.own_questions, ss.picks, ss.checklist = own, picks, checklist
    slot = parts.get("slot_minutes")
    if isinstance(slot, int) and not isinstance(slot, bool) and 5 <= slot <= 90:
        ss.slot_minutes = slot
        ss.slot_is_custom = parts.get("slot_is_custom") is True
    profile = parts.get("profile")
    if isinstance(profile, dict):
        ss.profile = {k: v[:MAX_PROFILE_CHARS] for k, v in profile.items()
                      if k in PROFILE_FIELDS and isinstance(v, str)}
    writing = parts.get("writing")
    # The writing tools read every stored field defensively (wrong types count as blank).
    if isinstance(writing, dict) and _fits(writing):
        ss.writing = writing
    elif writing is not None:
        notices.append("Your saved writing could not be read, so the writing tools start empty.")
    log_text = parts.get("log_csv")
    if isinstance(log_text, str) and log_text:
        result = read_log_csv(log_text)  # never raises, whatever the text
        if result.log is None:
            notices.append("Your saved interview log could not be read, so it starts empty.")
        else:
            state.set_log(result.log)
    return notices


def _fits(writing: dict) -> bool:
    try:
        return len(saved_work.dump(writing)) <= MAX_WRITING_CHARS
    except (RecursionError, ValueError):  # nested too deep to write back
        return False


def _store_args() -> dict:
    ss = st.session_state
    # During a demo the browser keeps the student's own copy, not the demo's.
    save = None if ss.get("_before_demo") is not None else snapshot()
    return {"save": save, "remember": ss.remember, "forget": ss.get("forget_count", 0)}


def sync() -> None:
    """Mount the browser store after the page ran (so this run's edits are saved); once per
    session it hands back the saved copy: restore it and draw the page again with it. A page
    that waited for that answer (work_ready) is drawn again even when nothing was saved."""
    drew_wait_note = st.session_state.pop("_drew_wait_note", False)
    stored = browser_store(STORE_NAME, **_store_args())
    if stored is not None:
        st.session_state._restore_notices = restore(stored)
        st.rerun()
    if drew_wait_note and store_status() != "waiting":
        st.rerun()  # the browser has answered (nothing saved): draw the page's work now


def _stop_waiting() -> None:
    st.session_state._skip_store_wait = True


def work_ready() -> bool:
    """Whether a page may show the student's work. Until this tab's browser has said what it
    keeps (a moment after the page loads) it draws a short note instead: no empty checklist
    or log that turns into theirs a moment later, and no edit the saved copy would undo."""
    ss = st.session_state
    if store_status() != "waiting" or ss.get("_skip_store_wait"):
        return True
    ss._drew_wait_note = True
    st.caption("Looking for your saved work in this browser…")
    # Only if the browser never answers (its script blocked): the page works without the copy.
    st.button("Don't wait: open this page without it", on_click=_stop_waiting,
              icon=":material/skip_next:", key="_skip_store_wait_button")
    return False


def saving_fragment(body: Callable[[], None]) -> Callable[[], None]:
    """st.fragment for a part of a page that changes the student's work: a click in it reruns
    only that part, and the change is still written to the browser copy right away."""

    @functools.wraps(body)
    def body_then_save() -> None:
        body()
        status = store_status()
        browser_store_in_fragment(STORE_NAME, **_store_args())
        if store_status() != status:
            st.rerun()  # e.g. "storage is full": the sidebar says so, and only a full run draws it

    return st.fragment(body_then_save)


def show_notices() -> None:
    """Tell the student, once, about anything of theirs that could not be restored."""
    for notice in st.session_state.pop("_restore_notices", []):
        st.warning(notice, icon=":material/info:")


def show_status(spot) -> None:
    spot.caption(status_caption())


def store_status() -> str:
    """"waiting" until this tab's browser has answered, then "ok", "unavailable"…"""
    return _store_status(STORE_NAME)


def status_caption() -> str:
    if not st.session_state.remember:
        return "Not remembered on this device: your work lasts until you close the tab."
    return {
        "waiting": "Checking this browser for saved work…",
        "ok": "Your work is kept in this browser only.",
        "unavailable": "This browser cannot keep a copy: download your files before you leave.",
        "write_failed": "This browser's storage is full: download your log to keep it safe.",
    }[store_status()]


def forget() -> None:
    """on_click: clear the student's work here and, through the store, in the browser."""
    state.reset_work()
    st.session_state.forget_count = st.session_state.get("forget_count", 0) + 1
