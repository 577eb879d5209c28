"""Writing help, the rough edges a first-time student hit (issue 20): the calendar preview
shows the date and time entered, and the length can be changed on the calendar's tab."""

from datetime import date, time

from icalendar import Calendar

from apptest_helpers import texts
from tests.pages.test_page_writing_help import (  # noqa: F401 (record_downloads: autouse)
    SCHEDULED,
    download,
    open_tool,
    record_downloads,
)


def calendar_preview(at) -> str:
    return next(t for t in texts(at.text) if t.startswith("What: "))


def typed_interview(at, day: date):
    at.text_input(key="_w_writing_calendar_profile_contact_name").input("Ms. Chen")
    at.date_input(key="_w_writing_calendar_interview_day").set_value(day)
    return at.run()


def test_the_calendar_preview_shows_the_date_and_time_entered():
    at = open_tool("Calendar file", slot_minutes=20)
    day = date.fromisoformat(SCHEDULED)
    typed_interview(at, day)
    assert f"When: {day:%A}, {day:%B} {day.day}, {day.year}" in calendar_preview(at)
    at.time_input(key="_w_writing_calendar_interview_time").set_value(time(14, 30)).run()
    assert (f"When: {day:%A}, {day:%B} {day.day}, {day.year}, 2:30 PM to 2:50 PM (20 minutes)"
            in calendar_preview(at))


def test_the_calendar_file_length_can_be_changed_on_its_tab():
    at = open_tool("Calendar file", slot_minutes=20)
    typed_interview(at, date.fromisoformat(SCHEDULED))
    at.time_input(key="_w_writing_calendar_interview_time").set_value(time(9, 0)).run()
    at.number_input(key="_w_writing_calendar_minutes").set_value(25).run()
    assert (at.session_state.slot_minutes, at.session_state.slot_is_custom) == (25, True)
    event = Calendar.from_ical(download(at, "_writing_dl_ics")[1]).walk("VEVENT")[0]
    assert event.decoded("DTEND").isoformat() == f"{SCHEDULED}T09:25:00"
    at.switch_page("pages/question_picker.py").run()  # the picker shows the same length
    assert not at.exception
    assert at.number_input(key="_w_slot_minutes").value == 25
