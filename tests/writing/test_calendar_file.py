from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from interview_coach.writing.calendar_file import interview_event_ics, start_in_range
from interview_coach.writing.templates import load_writing

TEXTS = load_writing().calendar
AWKWARD = "Zoë, Ñandú; Müller\\ café 😀\nsecond line"
START = datetime(2025, 3, 4, 14, 30)
NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def make(**change) -> bytes:
    args = dict(
        contact="Priya Chen",
        organization="Maple Print",
        start=START,
        minutes=20,
        location_or_phone="12 Main St, Room 4",
        format="In person",
        questions=["On a typical day in this position, what do you do?",
                   "How did you get your job?"],
        checklist=["Bring your résumé", "Arrive a few minutes early"],
        uid_seed="row-7",
        texts=TEXTS,
        now=NOW,
    )
    return interview_event_ics(**(args | change))


def only_event(raw: bytes):
    calendar = Calendar.from_ical(raw)
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    return calendar, events[0]


def test_calendar_and_event_fields():
    calendar, event = only_event(make())
    assert str(calendar["PRODID"]) == TEXTS.prodid
    assert str(calendar["VERSION"]) == "2.0"
    assert event.decoded("DTSTART") == START  # floating local time: no zone
    assert event.decoded("DTSTART").tzinfo is None
    assert event.decoded("DTEND") == START + timedelta(minutes=20)
    assert event.decoded("DTSTAMP") == NOW
    assert str(event["SUMMARY"]) == "Information interview with Priya Chen (Maple Print)"
    assert str(event["LOCATION"]) == "12 Main St, Room 4"
    assert str(event["UID"]).endswith("@information-interview-coach")
    assert calendar.walk("VTIMEZONE") == []


def test_description_holds_questions_checklist_and_the_time_limit():
    description = str(only_event(make())[1]["DESCRIPTION"])
    assert description.startswith("In person, 20 minutes.")
    assert "do not go over the agreed upon time limit" in description
    assert "Questions to ask:\n1. On a typical day in this position, what do you do?\n" \
           "2. How did you get your job?" in description
    assert "Day-of checklist:\n- Bring your résumé\n- Arrive a few minutes early" in description


def test_reminder_an_hour_before():
    _, event = only_event(make())
    alarms = event.walk("VALARM")
    assert len(alarms) == 1
    assert str(alarms[0]["ACTION"]) == "DISPLAY"
    assert alarms[0].decoded("TRIGGER") == timedelta(hours=-1)
    assert "Priya Chen" in str(alarms[0]["DESCRIPTION"])


def test_uid_is_stable_for_the_same_interview_only():
    uid = str(only_event(make())[1]["UID"])
    assert str(only_event(make(now=NOW + timedelta(days=2)))[1]["UID"]) == uid
    assert str(only_event(make(questions=["Something else?"]))[1]["UID"]) == uid
    assert str(only_event(make(uid_seed="row-8"))[1]["UID"]) != uid
    assert str(only_event(make(start=START + timedelta(days=1)))[1]["UID"]) != uid
    assert str(only_event(make(contact="Ana Ruiz"))[1]["UID"]) != uid


def test_same_inputs_give_the_same_bytes():
    assert make() == make()


def test_awkward_text_survives_in_every_field():
    raw = make(contact=AWKWARD, organization=AWKWARD, location_or_phone=AWKWARD,
               format=AWKWARD, questions=[AWKWARD, "Plain?"], checklist=[AWKWARD])
    _, event = only_event(raw)
    assert str(event["LOCATION"]) == AWKWARD
    assert str(event["SUMMARY"]) == f"Information interview with {AWKWARD} ({AWKWARD})"
    description = str(event["DESCRIPTION"])
    assert description.startswith(f"{AWKWARD}, 20 minutes.")
    assert f"1. {AWKWARD}\n2. Plain?" in description
    assert f"- {AWKWARD}" in description
    assert AWKWARD in str(event.walk("VALARM")[0]["DESCRIPTION"])


def test_lines_are_folded_at_75_octets_with_crlf():
    raw = make(contact=AWKWARD * 5, questions=["é" * 200, "😀" * 100], location_or_phone="x" * 300)
    assert raw.endswith(b"\r\n")
    lines = raw.split(b"\r\n")[:-1]
    assert all(len(line) <= 75 for line in lines)
    assert max(len(line) for line in lines) > 70  # long values really were folded
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert b"\r" not in raw.replace(b"\r\n", b"")
    for line in lines:
        line.decode("utf-8")  # folding never splits a character
    assert str(only_event(raw)[1]["LOCATION"]) == "x" * 300


def test_blank_parts_are_left_out():
    _, event = only_event(make(contact="", organization="Maple Print", location_or_phone=" ",
                               questions=["", "  "], checklist=[]))
    assert str(event["SUMMARY"]) == "Information interview at Maple Print"
    assert "LOCATION" not in event
    description = str(event["DESCRIPTION"])
    assert "Questions to ask" not in description and "Day-of checklist" not in description


def test_zoned_start_keeps_its_zone():
    start = datetime(2025, 3, 4, 14, 30, tzinfo=ZoneInfo("America/Toronto"))
    calendar, event = only_event(make(start=start))
    assert event.decoded("DTSTART") == start
    assert event["DTSTART"].params["TZID"] == "America/Toronto"
    assert [str(z["TZID"]) for z in calendar.walk("VTIMEZONE")] == ["America/Toronto"]


def test_naive_now_is_taken_as_utc():
    _, event = only_event(make(now=datetime(2025, 3, 1, 12, 0)))
    assert event.decoded("DTSTAMP") == NOW


@pytest.mark.parametrize("minutes", [0, -5])
def test_length_must_be_positive(minutes):
    with pytest.raises(ValueError, match="minutes"):
        make(minutes=minutes)


@pytest.mark.parametrize(("start", "ok"), [
    (date(2031, 11, 26), True), (date(2031, 11, 27), False),  # 5 years ahead at most
    (date(2016, 11, 26), True), (date(2016, 11, 25), False),  # 10 years back at most
    (datetime(2031, 11, 26, 23, 55), True), (datetime(9999, 12, 31, 23, 55), False),
    (datetime(1, 1, 1), False),
])
def test_start_in_range_of_today(start, ok):
    assert start_in_range(start, date(2026, 11, 26)) is ok


def test_range_from_the_29th_of_february():
    assert start_in_range(date(2033, 2, 28), date(2028, 2, 29))
    assert not start_in_range(date(2033, 3, 1), date(2028, 2, 29))


@pytest.mark.parametrize("start", [datetime(9999, 12, 31, 23, 55), datetime(1, 1, 1),
                                   NOW.replace(tzinfo=None) + timedelta(days=6 * 366)])
def test_a_start_far_from_now_gives_no_file(start):
    # 9999-12-31 23:55 once raised OverflowError (the end is past the last date Python has)
    with pytest.raises(ValueError, match="too far"):
        make(start=start)
