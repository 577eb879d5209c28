"""Writing help — a calendar file (.ics) for a scheduled interview, with the picked questions and
the day-of checklist in its description (Step 3)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import streamlit as st

from interview_coach.writing.calendar_file import (
    YEARS_AHEAD,
    YEARS_BACK,
    event_description,
    interview_event_ics,
    start_in_range,
)
from interview_coach.writing.templates import CalendarTexts, one_line, render_sentence
from ui import course, links
from ui.writing_help import form

TAB = "calendar"
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


def far_date_message(start: datetime, now: datetime, *, from_log: bool) -> str:
    """Why a date far from today (a mistyped year, a damaged saved copy) gets no file."""
    away = (f"more than {YEARS_AHEAD} years from now" if start.date() > now.date()
            else f"more than {YEARS_BACK} years ago")
    where = "in your interview log" if from_log else "above"
    return (f"The interview date, {start.date().isoformat()}, is {away}: perhaps a typing slip. "
            f"Check the year {where}, then the calendar file can be downloaded.")


def show() -> None:
    texts = course.writing().calendar
    questions = form.picked_questions()
    checklist = [item.label for item in form.day_of_items()]
    form_col, event_col = st.columns(2, gap="large")
    with form_col:
        st.header("The interview", anchor=False)
        interview = form.planned_interview(TAB)
        st.caption(f"Length: {ss.slot_minutes} minutes, the time your contact gave you "
                   "(set it in the question picker).")
        links.link("question_picker", "Pick questions and set the time")
    with event_col:
        st.header("Your calendar event", anchor=False)
        names = {"contact": one_line(interview.contact),
                 "organization": one_line(interview.organization)}
        description = event_description(format=interview.format, minutes=ss.slot_minutes,
                                        questions=questions, checklist=checklist, texts=texts)
        # The download comes first: below the long preview it was a phone's length away.
        _download(interview, names, questions, checklist, texts)
        preview = (f"What: {render_sentence(texts.summary, names)}\n"
                   f"Where: {one_line(interview.place) or 'Not filled in yet'}\n\n"
                   f"Notes in the event:\n{description}")
        with st.container(border=True):
            st.text(preview)  # names and notes the student typed stay plain text
        if not questions:
            st.caption("No questions picked yet: pick some in the question picker and they "
                       "will be listed in the event.")


def _download(interview: form.PlannedInterview, names: dict[str, str], questions: list[str],
              checklist: list[str], texts: CalendarTexts) -> None:
    """The calendar file's button, or what is missing before there can be one."""
    start = interview.start
    if not isinstance(start, datetime):
        st.info("Fill in the date and start time to download the calendar file.",
                icon=":material/event:")
        return
    now = datetime.now(UTC)  # the same "today" for the check and the file
    if not start_in_range(start, now.date()):
        st.warning(far_date_message(start, now, from_log=interview.row is not None),
                   icon=":material/event_busy:")
        return
    ics = interview_event_ics(
        contact=names["contact"], organization=names["organization"], start=start,
        minutes=ss.slot_minutes, location_or_phone=one_line(interview.place),
        format=interview.format, questions=questions, checklist=checklist,
        uid_seed=_uid_seed(), texts=texts, now=now)
    st.download_button("Download the calendar file (.ics)", data=ics,
                       file_name=ics_file_name(start), mime="text/calendar",
                       on_click="ignore", icon=":material/event:", type="primary",
                       key="_writing_dl_ics")
    st.caption(f"Opens in Google Calendar, Outlook or Apple Calendar, with a reminder "
               f"{texts.reminder_minutes} minutes before.")
