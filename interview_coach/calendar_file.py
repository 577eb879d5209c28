"""A calendar file (.ics) for a planned information interview, for any calendar app.

Times are written as floating local time (no time zone): the interview happens at the clock time
the student typed, wherever their calendar is. An aware `start` keeps its zone (with a VTIMEZONE).
The UID comes from uid_seed, contact, organization and start, so downloading the same interview
twice gives the same event, and a new time gives a new one.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from icalendar import Alarm, Calendar, Event

from interview_coach.writing_templates import CalendarTexts, render_sentence

_UID_NAMESPACE = uuid.UUID("6f1c2d1e-4b7a-5c3e-9a51-3e0d2b7c9f10")


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
    """
    if minutes <= 0:
        raise ValueError("minutes must be positive")
    now = now or datetime.now(UTC)
    stamp = now if now.tzinfo else now.replace(tzinfo=UTC)
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
