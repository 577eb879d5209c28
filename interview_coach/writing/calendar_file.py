"""A calendar file (.ics) for a planned information interview, for any calendar app.

Times are written as floating local time (no time zone): the interview happens at the clock time
the student typed, wherever their calendar is. An aware `start` keeps its zone (with a VTIMEZONE).
The UID comes from uid_seed, contact, organization and start, so downloading the same interview
twice gives the same event, and a new time gives a new one.
A start far from today (a mistyped year, a damaged saved copy) gets no file: see start_in_range.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

from icalendar import Alarm, Calendar, Event

from interview_coach.writing.templates import (
    CalendarTexts,
    clock_time,
    long_date,
    render_sentence,
)

_UID_NAMESPACE = uuid.UUID("6f1c2d1e-4b7a-5c3e-9a51-3e0d2b7c9f10")


YEARS_BACK = 10  # as far back as the date box goes: an old Scheduled row can still be used
YEARS_AHEAD = 5  # an interview is planned weeks ahead; more than a few years is a typo


def _years_later(start: date, years: int) -> date:
    year = min(max(start.year + years, 1), 9999)
    return start.replace(year=year, day=min(start.day, 28) if start.month == 2 else start.day)


def start_in_range(start: datetime | date, today: date) -> bool:
    """Whether `start` is at most YEARS_BACK years before `today` and YEARS_AHEAD after it."""
    day = start.date() if isinstance(start, datetime) else start
    return _years_later(today, -YEARS_BACK) <= day <= _years_later(today, YEARS_AHEAD)


def when_text(start: datetime | date | None, minutes: int, texts: CalendarTexts) -> str:
    """The date and time as the student entered them, in words: "Tuesday, March 4, 2025,
    2:30 PM to 3:00 PM (30 minutes)"; a date alone says the time is still to set."""
    words = texts.screen
    if isinstance(start, datetime):
        end = start + timedelta(minutes=minutes)
        return words.when_timed.format(day=long_date(start.date()), start=clock_time(start),
                                       end=clock_time(end), minutes=minutes)
    if isinstance(start, date):
        return words.when_day.format(day=long_date(start))
    return words.not_filled


def event_uid(uid_seed: str, contact: str, organization: str, start: datetime) -> str:
    key = "\x1f".join([uid_seed, contact, organization, start.isoformat()])
    return f"{uuid.uuid5(_UID_NAMESPACE, key)}@information-interview-coach"


def event_description(
    *, format: str, minutes: int, questions: Sequence[str], checklist: Sequence[str],
    texts: CalendarTexts,
) -> str:
    """Plain text: format and length, the Step 3 reminder, numbered questions, the checklist."""
    parts = [render_sentence(texts.format_line, {"format": format, "minutes": minutes}),
             texts.punctual]
    questions = [q for q in questions if q.strip()]
    checklist = [item for item in checklist if item.strip()]
    if questions:
        lines = [f"{n}. {q}" for n, q in enumerate(questions, start=1)]
        parts.append("\n".join([texts.questions_heading, *lines]))
    if checklist:
        parts.append("\n".join([texts.checklist_heading, *(f"- {item}" for item in checklist)]))
    return "\n\n".join(p for p in parts if p)


def interview_event_ics(
    *,
    contact: str,
    organization: str,
    start: datetime,
    minutes: int,
    location_or_phone: str,
    format: str,
    questions: Sequence[str],
    checklist: Sequence[str],
    uid_seed: str,
    texts: CalendarTexts,
    now: datetime | None = None,
) -> bytes:
    """The .ics file (UTF-8, CRLF, lines folded at 75 octets) holding one VEVENT with a reminder.

    `now` sets DTSTAMP (default: the current UTC time; a naive `now` is taken as UTC).
    Raises ValueError if `minutes` is not positive or `start` is not start_in_range of `now`.
    """
    if minutes <= 0:
        raise ValueError("minutes must be positive")
    now = now or datetime.now(UTC)
    stamp = now if now.tzinfo else now.replace(tzinfo=UTC)
    if not start_in_range(start, stamp.date()):
        raise ValueError(f"start {start} is too far from {stamp:%Y-%m-%d}")
    names = {"contact": contact, "organization": organization}

    event = Event()
    event.add("uid", event_uid(uid_seed, contact, organization, start))
    event.add("dtstamp", stamp.astimezone(UTC))
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(minutes=minutes))
    event.add("summary", render_sentence(texts.summary, names))
    if location_or_phone.strip():
        event.add("location", location_or_phone)
    event.add("description", event_description(
        format=format, minutes=minutes, questions=questions, checklist=checklist, texts=texts))

    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", timedelta(minutes=-texts.reminder_minutes))
    alarm_values = {**names, "minutes": texts.reminder_minutes}
    alarm.add("description", render_sentence(texts.alarm, alarm_values))
    event.add_component(alarm)

    calendar = Calendar()
    calendar.add("prodid", texts.prodid)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add_component(event)
    calendar.add_missing_timezones()  # a VTIMEZONE for a zoned start; nothing when floating
    return calendar.to_ical()
