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
from interview_coach.people.record import MAX_LONG_TEXT as MAX_FIELD_CHARS
from interview_coach.questions.bank import resolve
from interview_coach.writing.checks import Check
from ui import course, people, state
from ui.saved_work import rerun_only

ss = st.session_state
PROFILE = "profile"
DAY_OF_GROUP = "On the day"  # the checklist group for the calendar event and the prep sheet


# ---- stored values ----


def _person_for(name: str) -> dict[str, Any] | None:
    """The chosen person, when `name` is a section each person has their own copy of."""
    return people.chosen() if name in PER_PERSON else None


def section(name: str) -> dict[str, Any]:
    person = _person_for(name)
    writing = person["writing"] if person is not None else ss.get("writing")
    part = writing.get(name) if isinstance(writing, dict) else None
    return part if isinstance(part, dict) else {}


# The prep sheet's research notes are the person's own research (also the checklist's notes and
# their card's); with nobody chosen, the checklist's notes stand in for blank ones.
RESEARCH_NOTES = {"industry": "industry", "organization_notes": "organization",
                  "contact_notes": "contact"}
CHECKLIST_NOTE = {"industry": "research-industry", "organization_notes": "research-organization",
                  "contact_notes": "research-contact"}
NOTES_SECTION = "prep_sheet"


def _research(name: str, field: str) -> str | None:
    if name != NOTES_SECTION or field not in RESEARCH_NOTES:
        return None
    person = people.chosen()
    if person is not None:
        return person["research"][RESEARCH_NOTES[field]]
    value = section(name).get(field)
    if isinstance(value, str) and value:
        return value
    item = ss.get("checklist", {}).get(CHECKLIST_NOTE[field], {})
    return item.get("note", "") if isinstance(item, dict) else ""


# The shared profile's fields about the contact: with a person chosen, theirs (as the student
# greets them, e.g. "Ms. Chen", else their record's name).
CONTACT_PROFILE = {"contact_name": "name", "organization": "organization"}


def stored(name: str, field: str) -> Any:
    person = people.chosen()
    if name == PROFILE and person is not None and field in CONTACT_PROFILE:
        typed = person["writing"].get(PROFILE, {}).get(field)
        return typed if isinstance(typed, str) else person[CONTACT_PROFILE[field]]
    if name == PROFILE:
        return state.profile_value(field)
    research = _research(name, field)
    if research is not None:
        return research
    person = _person_for(name)
    if person is not None and name == INTERVIEW and field in INTERVIEW_FIELDS:
        return person[INTERVIEW_FIELDS[field]] or None  # the person's own record
    value = section(name).get(field)
    if value is None and person is not None:
        return _from_person(person, field)
    return value


def _from_person(person: dict[str, Any], field: str) -> Any:
    """What the person's record says for a message's field the student has not typed."""
    referrer = people.get(person["referred_by"])
    return {"contact": person["name"] or None, "organization": person["organization"] or None,
            "found_via": person["found_via"] or None,
            "referrer": referrer["name"] if referrer else None,
            "learned": person["learned"] or None}.get(field)


def store(name: str, field: str, value: Any) -> None:
    person = people.chosen()
    if name == PROFILE and person is not None and field in CONTACT_PROFILE:
        own = {**person["writing"].get(PROFILE, {}), field: value}
        people.update(person["id"], writing={**person["writing"], PROFILE: own})
        return
    if name == PROFILE:
        state.set_profile_value(field, value)
        return
    if name == NOTES_SECTION and field in RESEARCH_NOTES and people.chosen() is not None:
        person = people.chosen()
        research = {**person["research"], RESEARCH_NOTES[field]: as_text(value)}
        people.update(person["id"], research=research)
        return
    person = _person_for(name)
    if person is not None:
        if name == INTERVIEW and field in INTERVIEW_FIELDS:
            people.update(person["id"], **{INTERVIEW_FIELDS[field]: value or ""})
            return
        people.update(person["id"], writing={**person["writing"],
                                             name: {**section(name), field: value}})
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

# A tool whose fields redraw only the parts that follow from them (st.fragment(key=...): the
# message, its checks) names them here, tab -> keys; the fields already show what was typed.
PARTS_OF_TAB: dict[str, tuple[str, ...]] = {}
TOOLS = "writing_tools"  # the key of every tool together (pages/writing_help.py)


def redraw_parts(tab: str) -> None:
    """In a field's callback: rerun the tab's keyed parts (and save), if it has any."""
    if tab in PARTS_OF_TAB:
        rerun_only(*PARTS_OF_TAB[tab])


def _keep(key: str, name: str, field: str, kept: Callable[[Any], Any], tab: str) -> None:
    store(name, field, kept(ss[key]))
    redraw_parts(tab)


def _bind(tab: str, name: str, field: str, shown: Any, kept: Callable[[Any], Any]) -> dict:
    key = f"_w_writing_{tab}_{name}_{field}"
    ss[key] = shown
    return {"key": key, "on_change": _keep, "args": (key, name, field, kept, tab)}


def text_input(tab: str, name: str, field: str, label: str, help: str = "", *,
               area: bool = False, **options) -> str:
    """A text box (or area) for stored `field`; returns what it holds."""
    widget = st.text_area if area else st.text_input
    options.setdefault("max_chars", MAX_FIELD_CHARS)  # what a saved person's writing keeps
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


def _keep_edit(key: str, name: str, field: str, tab: str) -> None:
    text = ss[key]
    # A template the page showed lately is no edit: the browser can send the old text back
    # when two changes follow each other quickly.
    shown = [stored(name, f"{field}_seed"), *ss.get(_recent_key(name, field), [])]
    store(name, field, None if text in shown else text)
    redraw_parts(tab)


def _restart(name: str, field: str, tab: str) -> None:
    store(name, field, None)
    redraw_parts(tab)


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
    st.text_area(label, key=key, height=height, on_change=_keep_edit,
                 args=(key, name, field, tab), max_chars=MAX_FIELD_CHARS)
    if edited is not None:
        words = course.writing().edited_message
        if stored(name, f"{field}_seed") != template:
            st.info(words.details_changed, icon=":material/info:")
        st.button(words.start_again, key=f"_writing_restart_{tab}_{field}",
                  on_click=_restart, args=(name, field, tab), icon=":material/restart_alt:",
                  type="tertiary")
    return template if edited is None else edited


# ---- checks and messages ----


_MD_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")  # every ASCII punctuation mark


def md_literal(text: str) -> str:
    """Text shown as itself inside Markdown: one line, every ASCII punctuation mark escaped."""
    return _MD_PUNCTUATION.sub(r"\\\1", " ".join(text.split()))


def checks_markdown(checks: list[Check], heading: str) -> str:
    """The checks as one Markdown list: a ✓/✗ and the label, then the detail (escaped, as it
    may quote the student's words)."""
    lines = [f"**{heading}**", ""]
    for check in checks:
        mark = ":green[**✓**]" if check.ok else ":red[**✗**]"
        lines.append(f"- {mark} **{check.label}**  \n  {md_literal(check.detail)}")
    return "\n".join(lines)


def show_checks(checks: list[Check]) -> None:
    st.markdown(checks_markdown(checks, course.writing().checks.heading))


def flash(tool: str, message: str) -> None:
    """Keep a message to show on the next run (from a button's callback)."""
    ss[f"_writing_flash_{tool}"] = message


def show_flash(tool: str) -> None:
    if message := ss.pop(f"_writing_flash_{tool}", ""):
        st.success(message, icon=":material/check:")


def fields_row(**options) -> Any:
    """A row of fields side by side, wrapping onto more lines on a narrow screen."""
    return st.container(horizontal=True, **{"gap": "small", **options})


# ---- the person the tools work on (Writing help's "Who is this for?") ----

# The sections a person has their own copy of: one person's drafts never reach another's.
PER_PERSON = ("request", "thank_you", "interview", "reflection")
# The planned interview's fields are the person's own record fields.
INTERVIEW_FIELDS = {"day": "date", "time": "time", "format": "format", "place": "place"}


def log():
    """The student's people in the log's shape (one row each): what the tools read."""
    return people.frame()


def row_label(row: pd.Series, *, status: bool = False) -> str:
    """'Priya Chen, Acme Print' (and the stage, if asked)."""
    who = ", ".join(p for p in (row["contact"].strip(), row["organization"].strip()) if p)
    stage = row.get("conversation_stage", row["status"])
    return (who or course.writing().person.no_name) + (f" ({stage})" if status and stage else "")


def cell(value: object) -> str:
    """A text cell of the log, stripped ("" for anything not text)."""
    return value.strip() if isinstance(value, str) else ""


def log_rows(statuses: Sequence[str] | None = None) -> list[int]:
    """Rows of log() with a name (and one of the old log's `statuses`, if given)."""
    frame = log()
    if frame.empty:
        return []
    wanted = np.array([bool(cell(contact)) for contact in frame["contact"]])
    if statuses is not None:
        wanted &= frame["status"].isin(statuses).to_numpy()
    return [int(i) for i in np.flatnonzero(wanted)]


def pick_row(tab: str, name: str, rows: list[int], label: str, *, status: bool = False) -> int:
    """The chosen person's row when they are among `rows`, else a choice of `rows`."""
    chosen_row = people.row_of(ss.get("chosen_person"))
    if chosen_row in rows:
        return chosen_row
    frame = hide_names(log()) if ss.get("hide_names") else log()
    labels = {i: row_label(frame.loc[i], status=status) for i in rows}
    return choice_input(tab, name, "row", label, rows, rows[0], format_func=labels.get)


FROM_LOG, TYPED = "From my people", "Type the details"


def from_log_or_typed(tab: str, name: str, statuses: list[str], what: str,
                      rows: list[int] | None = None) -> int | None:
    """The chosen person's row ("Who is this for?" above the tools), or None to type the
    details (nobody chosen)."""
    del tab, name, statuses, what, rows  # the person is chosen once, for every tool
    return people.row_of(ss.get("chosen_person"))


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
    """The interview being planned: the chosen person's, or the typed details."""
    del rows
    person = people.chosen()
    start_time, place = as_clock(stored(INTERVIEW, "time")), text(INTERVIEW, "place")
    day = as_day(stored(INTERVIEW, "day"))
    interview_format = choice(INTERVIEW, "format", FORMATS, "In person")
    if person is None:
        return PlannedInterview(text(PROFILE, "contact_name"), text(PROFILE, "organization"),
                                day, start_time, interview_format, place, None)
    return PlannedInterview(person["name"], person["organization"], day, start_time,
                            interview_format, place, people.row_of(person["id"]))


def planned_interview(tab: str) -> PlannedInterview:
    """The form for the interview being planned: the chosen person's, or typed details."""
    words = course.writing().planned_interview
    if people.chosen() is None:
        with fields_row():
            text_input(tab, PROFILE, "contact_name", words.contact)
            text_input(tab, PROFILE, "organization", words.organization)
    with fields_row():
        date_input(tab, INTERVIEW, "day", words.date)
        choice_input(tab, INTERVIEW, "format", words.format, FORMATS, "In person")
    with fields_row(vertical_alignment="bottom"):
        time_input(tab, INTERVIEW, "time", words.start_time)
        text_input(tab, INTERVIEW, "place", words.place, words.place_help)
    return stored_interview()


def picked_questions() -> list[str]:
    """The texts of the questions picked in the question picker, in order."""
    return [q.text for q in resolve(ss.picks, course.question_bank(), ss.own_questions)]


def day_of_items() -> list[ChecklistItem]:
    return by_group(course.checklist()).get(DAY_OF_GROUP, [])


def add_log_row(values: dict[str, Any]) -> None:
    """Add the person a message was written to (as the log row `values` describes them)."""
    stage = {"Requested": "Requested", "Scheduled": "Scheduled",
             "Completed": "Held"}.get(values.get("status", ""), "To ask")
    fields = {k: values[k] for k in ("organization", "role", "field", "format") if values.get(k)}
    person_id = people.add(values.get("contact", ""), **fields)
    if stage != "To ask":
        people.set_stage(person_id, stage)
    people.choose(person_id)


def set_log_cell(row: int, column: str, value: Any) -> None:
    """Change the person at `row` as the log's `column` would change."""
    person_id = people.id_at(row)
    if column == "thank_you_sent" and value:
        people.set_stage(person_id, "Thanked")
    elif column == "notes":
        people.update(person_id, notes=str(value))
