"""Writing help — a calendar file (.ics) for a scheduled interview, with the picked questions and
the day-of checklist in its description (Step 3)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import streamlit as st

from interview_coach.plain_text import one_line
from interview_coach.writing.calendar_file import (
    YEARS_AHEAD,
    YEARS_BACK,
    event_description,
    interview_event_ics,
    start_in_range,
    when_text,
)
from interview_coach.writing.templates import CalendarTexts, render_sentence
from ui import course, links
from ui.writing_help import form

TAB = "calendar"
LENGTH_KEY = "_w_writing_calendar_minutes"
ss = st.session_state


def _uid_seed() -> str:
    """A random id kept with the student's work, so re-downloading updates the same event."""
    seed = form.text(TAB, "uid_seed")
    if not seed:
        seed = uuid.uuid4().hex
        form.store(TAB, "uid_seed", seed)
    return seed


def ics_file_name(start: datetime) -> str:
    return f"information-interview-{start:%Y-%m-%d}.ics"


def far_date_message(start: datetime, now: datetime, texts: CalendarTexts, *,
                     from_log: bool) -> str:
    """Why a date far from today (a mistyped year, a damaged saved copy) gets no file."""
    words = texts.screen
    away = (words.far_ahead.format(years=YEARS_AHEAD) if start.date() > now.date()
            else words.far_back.format(years=YEARS_BACK))
    return words.far_date.format(date=start.date().isoformat(), away=away,
                                 where=words.far_in_people if from_log else words.far_above)


def _set_length() -> None:
    minutes = ss[LENGTH_KEY]
    if minutes:
        ss.slot_minutes = int(minutes)
        ss.slot_is_custom = ss.slot_minutes not in course.time_budget().slot_choices


def length_input(texts: CalendarTexts) -> int:
    """The interview's length, the same one the question picker's time choice sets."""
    custom = course.time_budget().custom_slot
    ss[LENGTH_KEY] = min(max(ss.slot_minutes, custom.min), custom.max)
    st.number_input(texts.screen.length_label, min_value=custom.min, max_value=custom.max,
                    step=5, key=LENGTH_KEY, on_change=_set_length, help=texts.screen.length_help)
    return ss.slot_minutes


def preview_text(interview: form.PlannedInterview, names: dict[str, str], description: str,
                 texts: CalendarTexts) -> str:
    words = texts.screen
    return "\n".join([
        words.what.format(summary=render_sentence(texts.summary, names)),
        words.when.format(when=when_text(interview.start, ss.slot_minutes, texts)),
        words.where.format(place=one_line(interview.place) or words.not_filled),
        "", words.notes, description])


def show() -> None:
    texts = course.writing().calendar
    words = texts.screen
    questions = form.picked_questions()
    checklist = [item.label for item in form.day_of_items()]
    form_col, event_col = st.columns(2, gap="large")
    with form_col:
        st.header(words.heading, anchor=False)
        interview = form.planned_interview(TAB)
        minutes = length_input(texts)
        links.link("question_picker", words.picker_link)
    with event_col:
        st.header(words.event_heading, anchor=False)
        names = {"contact": one_line(interview.contact),
                 "organization": one_line(interview.organization)}
        description = event_description(format=interview.format, minutes=minutes,
                                        questions=questions, checklist=checklist, texts=texts)
        # The download comes first: below the long preview it was a phone's length away.
        _download(interview, names, questions, checklist, texts)
        with st.container(border=True):
            # Names and notes the student typed stay plain text.
            st.text(preview_text(interview, names, description, texts))
        if not questions:
            st.caption(words.no_questions)


def _download(interview: form.PlannedInterview, names: dict[str, str], questions: list[str],
              checklist: list[str], texts: CalendarTexts) -> None:
    """The calendar file's button, or what is missing before there can be one."""
    words = texts.screen
    start = interview.start
    if not isinstance(start, datetime):
        st.info(words.needs_date_and_time, icon=":material/event:")
        return
    now = datetime.now(UTC)  # the same "today" for the check and the file
    if not start_in_range(start, now.date()):
        st.warning(far_date_message(start, now, texts, from_log=interview.row is not None),
                   icon=":material/event_busy:")
        return
    ics = interview_event_ics(
        contact=names["contact"], organization=names["organization"], start=start,
        minutes=ss.slot_minutes, location_or_phone=one_line(interview.place),
        format=interview.format, questions=questions, checklist=checklist,
        uid_seed=_uid_seed(), texts=texts, now=now)
    st.download_button(words.download, data=ics, file_name=ics_file_name(start),
                       mime="text/calendar", on_click="ignore", icon=":material/event:",
                       type="primary", key="_writing_dl_ics")
    st.caption(words.opens_in.format(minutes=texts.reminder_minutes))
