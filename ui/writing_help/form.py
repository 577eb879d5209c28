"""Pieces shared by the Writing help tools: fields bound to the student's writing work, the
editable message, the ✓/✗ check list and the choice of an interview from the log.

What the student types lives in st.session_state.writing (a dict of sections holding plain
strings, so it can be saved as JSON), or in the shared profile (section "profile"). Widgets get
their own "_w_writing_…" key, refreshed from there before each render. Stored values are read
defensively: anything of the wrong type (say, restored from an old browser copy) reads as blank.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

import numpy as np
import pandas as pd
import streamlit as st

from interview_coach.classroom.hidden_names import hide_names
from interview_coach.course.checklist import ChecklistItem, by_group
from interview_coach.log.schema import FORMATS
from interview_coach.questions.bank import resolve
from interview_coach.writing.checks import Check
from ui import course, links, state

ss = st.session_state
PROFILE = "profile"
DAY_OF_GROUP = "On the day"  # the checklist group for the calendar event and the prep sheet


# ---- stored values ----


def section(name: str) -> dict[str, Any]:
    writing = ss.get("writing")
    part = writing.get(name) if isinstance(writing, dict) else None
    return part if isinstance(part, dict) else {}


def stored(name: str, field: str) -> Any:
    return state.profile_value(field) if name == PROFILE else section(name).get(field)


def store(name: str, field: str, value: Any) -> None:
    if name == PROFILE:
        state.set_profile_value(field, value)
        return
    writing = ss.get("writing") if isinstance(ss.get("writing"), dict) else {}
    ss.writing = {**writing, name: {**section(name), field: value}}


def as_text(value: object) -> str:
    return value if isinstance(value, str) else ""


def as_day(value: object) -> date | None:
    """A stored ISO date; None for anything else, and for the first and last year Python has
    (no interview date, only a damaged copy: a day more or less there overflows)."""
    try:
        day = date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
    return day if day and date.min.year < day.year < date.max.year else None


def as_clock(value: object) -> time | None:
    try:
        return time.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def text(name: str, field: str) -> str:
    return as_text(stored(name, field))


def choice(name: str, field: str, options: Sequence, default: Any) -> Any:
    """The stored value if it is one of `options`, of the same type (True is no row 1, nor 1.0
    a row: both equal 1 in Python), else `default`."""
    value = stored(name, field)
    return next((option for option in options
                 if type(option) is type(value) and option == value), default)


# ---- widgets bound to stored values ----


def _keep(key: str, name: str, field: str, kept: Callable[[Any], Any]) -> None:
    store(name, field, kept(ss[key]))


def _bind(tab: str, name: str, field: str, shown: Any, kept: Callable[[Any], Any]) -> dict:
    key = f"_w_writing_{tab}_{name}_{field}"
    ss[key] = shown
    return {"key": key, "on_change": _keep, "args": (key, name, field, kept)}


def text_input(tab: str, name: str, field: str, label: str, help: str = "", *,
               area: bool = False, **options) -> str:
    """A text box (or area) for stored `field`; returns what it holds."""
    widget = st.text_area if area else st.text_input
    widget(label, help=help or None, **_bind(tab, name, field, text(name, field), as_text),
           **options)
    return text(name, field)


def date_input(tab: str, name: str, field: str, label: str, **options) -> date | None:
    day = as_day(stored(name, field))
    st.date_input(label, value=None, format="YYYY-MM-DD",
                  **_bind(tab, name, field, day, lambda d: d.isoformat() if d else None),
                  **options)
    return as_day(stored(name, field))


def time_input(tab: str, name: str, field: str, label: str, **options) -> time | None:
    moment = as_clock(stored(name, field))
    st.time_input(label, value=None, step=300,
                  **_bind(tab, name, field, moment, lambda t: t.strftime("%H:%M") if t else None),
                  **options)
    return as_clock(stored(name, field))


def choice_input(tab: str, name: str, field: str, label: str, options: Sequence, default: Any,
                 *, radio: bool = False, **extra) -> Any:
    """A selectbox (or horizontal radio, for content-defined options only) for stored `field`."""
    current = choice(name, field, options, default)
    bound = _bind(tab, name, field, current, lambda v: v)
    if radio:
        st.radio(label, options, horizontal=True, **bound, **extra)
    else:
        st.selectbox(label, options, **bound, **extra)
    return choice(name, field, options, default)


# ---- an editable message that keeps the student's edits ----


RECENT_TEMPLATES = 5


def _recent_key(name: str, field: str) -> str:
    return f"_writing_recent_{name}_{field}"


def _keep_edit(key: str, name: str, field: str) -> None:
    text = ss[key]
    # A template the page showed lately is no edit: the browser can send the old text back
    # when two changes follow each other quickly.
    shown = [stored(name, f"{field}_seed"), *ss.get(_recent_key(name, field), [])]
    store(name, field, None if text in shown else text)


def _restart(name: str, field: str) -> None:
    store(name, field, None)


def editable_message(tab: str, name: str, field: str, template: str, label: str,
                     height: int = 300) -> str:
    """A text area seeded from `template`, following it until the student edits it; their
    edits are never overwritten. Returns the text as it now stands."""
    edited = stored(name, field)
    if not isinstance(edited, str):
        edited = None
        store(name, f"{field}_seed", template)
    recent = ss.get(_recent_key(name, field), [])
    ss[_recent_key(name, field)] = [*(t for t in recent if t != template), template][
        -RECENT_TEMPLATES:]
    key = f"_w_writing_{tab}_{name}_{field}"
    ss[key] = template if edited is None else edited
    st.text_area(label, key=key, height=height, on_change=_keep_edit, args=(key, name, field))
    if edited is not None:
        if stored(name, f"{field}_seed") != template:
            st.info("You changed the details since you edited this text, so it no longer "
                    "matches them. Your edits are kept.", icon=":material/info:")
        st.button("Start again from the template", key=f"_writing_restart_{tab}_{field}",
                  on_click=_restart, args=(name, field), icon=":material/restart_alt:",
                  type="tertiary")
    return template if edited is None else edited


# ---- checks and messages ----


_MD_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")  # every ASCII punctuation mark


def md_literal(text: str) -> str:
    """Text shown as itself inside Markdown: one line, every ASCII punctuation mark escaped."""
    return _MD_PUNCTUATION.sub(r"\\\1", " ".join(text.split()))


def checks_markdown(checks: list[Check], heading: str = "Checks") -> str:
    """The checks as one Markdown list: a ✓/✗ and the label, then the detail (escaped, as it
    may quote the student's words)."""
    lines = [f"**{heading}**", ""]
    for check in checks:
        mark = ":green[**✓**]" if check.ok else ":red[**✗**]"
        lines.append(f"- {mark} **{check.label}**  \n  {md_literal(check.detail)}")
    return "\n".join(lines)


def show_checks(checks: list[Check]) -> None:
    st.markdown(checks_markdown(checks))


def flash(tool: str, message: str) -> None:
    """Keep a message to show on the next run (from a button's callback)."""
    ss[f"_writing_flash_{tool}"] = message


def show_flash(tool: str) -> None:
    if message := ss.pop(f"_writing_flash_{tool}", ""):
        st.success(message, icon=":material/check:")


def copy_block(caption: str, body: str) -> None:
    st.caption(caption)
    st.code(body, language=None, wrap_lines=True)


def copy_blocks(key: str, blocks: list[tuple[str, str]]) -> None:
    """(caption, text) blocks with a copy button each, drawn only while their expander is open."""
    with st.expander("Ready to copy", icon=":material/content_copy:", key=key,
                     on_change="rerun") as box:
        if box.open:
            for caption, body in blocks:
                copy_block(caption, body)


def fields_row(**options) -> Any:
    """A row of fields side by side, wrapping onto more lines on a narrow screen."""
    return st.container(horizontal=True, **{"gap": "small", **options})


# ---- interviews from the log ----


def row_label(row: pd.Series, *, status: bool = False) -> str:
    """'2025-03-04 — Priya Chen, Acme Print' (and the status, if asked)."""
    day = f"{row['date']:%Y-%m-%d}" if not pd.isna(row["date"]) else "no date"
    who = ", ".join(p for p in (row["contact"].strip(), row["organization"].strip()) if p)
    return f"{day} — {who}" + (f" ({row['status']})" if status and row["status"] else "")


def cell(value: object) -> str:
    """A text cell of the log, stripped ("" for anything not text)."""
    return value.strip() if isinstance(value, str) else ""


def log_rows(statuses: Sequence[str] | None = None) -> list[int]:
    """Log row positions with a contact (and one of `statuses`, if given), newest first
    (rows of the same date in log order)."""
    log = ss.log
    if log.empty:
        return []
    wanted = np.array([bool(cell(contact)) for contact in log["contact"]])
    if statuses is not None:
        wanted &= log["status"].isin(statuses).to_numpy()
    newest_first = log["date"][wanted].sort_values(ascending=False, na_position="last",
                                                   kind="stable")
    return [int(i) for i in newest_first.index]


def pick_row(tab: str, name: str, rows: list[int], label: str, *, status: bool = False) -> int:
    """A selectbox of log rows; the chosen one is remembered in stored `row`."""
    labels_from = hide_names(ss.log) if ss.get("hide_names") else ss.log
    labels = {i: row_label(labels_from.loc[i], status=status) for i in rows}
    return choice_input(tab, name, "row", label, rows, rows[0], format_func=labels.get)


FROM_LOG, TYPED = "From my interview log", "Type the details"


def from_log_or_typed(tab: str, name: str, statuses: list[str], what: str,
                      rows: list[int] | None = None) -> int | None:
    """Choose a log row with one of `statuses` (`rows`: log_rows(statuses), if known), or
    typing; returns the row, None for typing."""
    rows = log_rows(statuses) if rows is None else rows
    if not rows:
        st.info(f"Your interview log has no {what} interviews yet, so type the details below. "
                f"Interviews you mark {' or '.join(statuses)} in your log will appear here.",
                icon=":material/info:")
        links.link("interview_log", "Open your interview log")
        return None
    source = choice_input(tab, name, "source", "Where the details come from",
                          [FROM_LOG, TYPED], FROM_LOG, radio=True)
    if source == TYPED:
        return None
    return pick_row(tab, name, rows, f"Pick the {what} interview")


# ---- the planned interview (shared by the calendar file and the prep sheet) ----

INTERVIEW = "interview"


@dataclass(frozen=True)
class PlannedInterview:
    contact: str
    organization: str
    day: date | None
    start_time: time | None
    format: str
    place: str
    row: int | None

    @property
    def start(self) -> datetime | date | None:
        if self.day and self.start_time:
            return datetime.combine(self.day, self.start_time)
        return self.day


def stored_interview(rows: list[int] | None = None) -> PlannedInterview:
    """The interview being planned, as the form below has stored it (without drawing it).
    `rows`: the Scheduled log rows, if known."""
    rows = log_rows(["Scheduled"]) if rows is None else rows
    from_log = bool(rows) and choice(INTERVIEW, "source", [FROM_LOG, TYPED], FROM_LOG) == FROM_LOG
    start_time, place = as_clock(stored(INTERVIEW, "time")), text(INTERVIEW, "place")
    if not from_log:
        return PlannedInterview(text(PROFILE, "contact_name"), text(PROFILE, "organization"),
                                as_day(stored(INTERVIEW, "day")), start_time,
                                choice(INTERVIEW, "format", FORMATS, "In person"), place, None)
    row = choice(INTERVIEW, "row", rows, rows[0])
    entry = ss.log.loc[row]
    day = None if pd.isna(entry["date"]) else entry["date"].date()
    return PlannedInterview(entry["contact"], entry["organization"], day, start_time,
                            entry["format"], place, row)


def planned_interview(tab: str) -> PlannedInterview:
    """The form for the interview being planned: a Scheduled log row or typed details."""
    rows = log_rows(["Scheduled"])
    if from_log_or_typed(tab, INTERVIEW, ["Scheduled"], "scheduled", rows) is None:
        with fields_row():
            text_input(tab, PROFILE, "contact_name", "Contact's name")
            text_input(tab, PROFILE, "organization", "Their organization")
        with fields_row():
            date_input(tab, INTERVIEW, "day", "Date")
            choice_input(tab, INTERVIEW, "format", "Phone, video or in person", FORMATS,
                         "In person")
    with fields_row(vertical_alignment="bottom"):
        time_input(tab, INTERVIEW, "time", "Start time")
        text_input(tab, INTERVIEW, "place", "Place or phone number",
                   "The address and room, or the number to call.")
    return stored_interview(rows)


def picked_questions() -> list[str]:
    """The texts of the questions picked in the question picker, in order."""
    return [q.text for q in resolve(ss.picks, course.question_bank(), ss.own_questions)]


def day_of_items() -> list[ChecklistItem]:
    return by_group(course.checklist()).get(DAY_OF_GROUP, [])


def add_log_row(values: dict[str, Any]) -> None:
    """Append one row to the log (missing columns left blank)."""
    state.set_log(pd.concat([ss.log, pd.DataFrame([values])], ignore_index=True))


def set_log_cell(row: int, column: str, value: Any) -> None:
    log = ss.log.copy()
    log.loc[row, column] = value
    state.set_log(log)
