"""Writing help in a real browser: the calendar file and the printable prep sheet download."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from icalendar import Calendar
from markupsafe import escape

from interview_coach.questions.bank import load_question_bank
from tests.browser.helpers import exception_boxes, expect, open_app, wait_for_app

pytestmark = pytest.mark.browser

QUESTIONS = [q for q in load_question_bank().questions if q.from_guide][:2]


def widget(page, key: str):
    """The element Streamlit renders for the widget with this key."""
    return page.locator(f".st-key-{key}")


def type_into(page, key: str, text: str) -> None:
    """Type into a text box or area and leave it, so Streamlit takes the value."""
    box = widget(page, key).locator("input, textarea").first
    box.fill(text)
    box.blur()
    wait_for_app(page)


def type_segments(page, key: str, first_segment: str, digits: str) -> None:
    """Type into a date or time field, which is a row of segments (year, month, …)."""
    widget(page, key).locator(f"[aria-label^='{first_segment}']").click()
    page.keyboard.type(digits)
    page.get_by_role("heading", name="Writing help").click()  # the field commits when left
    wait_for_app(page)


def go_to_page(page, section: str, title: str) -> None:
    """Open a page through the app's own navigation (sidebar or top bar), keeping the session."""
    in_sidebar = page.locator('[data-testid="stSidebarNav"] a').filter(has_text=title)
    if in_sidebar.count():
        in_sidebar.first.click()
    else:
        page.get_by_test_id("stTopNavSection").filter(has_text=section).click()
        page.get_by_role("menuitem", name=title).click()
    wait_for_app(page)


def downloaded(page, button_key: str) -> tuple[str, bytes]:
    with page.expect_download() as info:
        widget(page, button_key).get_by_role("button").click()
    download = info.value
    return download.suggested_filename, Path(download.path()).read_bytes()


def test_calendar_file_holds_the_interview_and_the_picked_questions(page, app_url):
    open_app(page, f"{app_url}/question_picker")
    for question in QUESTIONS:
        # The picker draws a category's questions only once it is open.
        category = page.locator('[data-testid="stExpander"] summary')
        category.filter(has_text=question.category).click()
        wait_for_app(page)
        widget(page, f"_w_pick_{question.id}").locator("label").click()
        wait_for_app(page)
    go_to_page(page, "Tools", "Writing help")
    page.get_by_role("tab", name="Calendar file").click()
    wait_for_app(page)

    type_into(page, "_w_writing_calendar_profile_contact_name", "Priya Chen")
    type_into(page, "_w_writing_calendar_profile_organization", "Acme & Sons")
    type_segments(page, "_w_writing_calendar_interview_day", "year", "20300506")
    type_segments(page, "_w_writing_calendar_interview_time", "hour", "1430")
    type_into(page, "_w_writing_calendar_interview_place", "Room 4, 12 King St.")
    expect(widget(page, "_writing_dl_ics")).to_be_visible()
    assert exception_boxes(page) == 0

    name, data = downloaded(page, "_writing_dl_ics")
    assert name == "information-interview-2030-05-06.ics"
    event = Calendar.from_ical(data).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == "Information interview with Priya Chen (Acme & Sons)"
    assert event.decoded("DTSTART") == datetime(2030, 5, 6, 14, 30)  # floating local time
    assert str(event["LOCATION"]) == "Room 4, 12 King St."
    description = str(event["DESCRIPTION"])
    for number, question in enumerate(QUESTIONS, start=1):
        assert f"{number}. {question.text}" in description
    assert "Day-of checklist:" in description


def test_prep_sheet_html_holds_the_typed_notes_escaped(page, app_url):
    open_app(page, f"{app_url}/writing_help?tool=Prep+sheet")
    industry = 'Print is moving online <script>alert("x")</script> & more'
    type_into(page, "_w_writing_prep_prep_sheet_industry", industry)
    type_into(page, "_w_writing_prep_prep_sheet_skills", "InDesign <b>expert</b>")
    assert exception_boxes(page) == 0

    name, data = downloaded(page, "_writing_dl_prep_html")
    assert name == "information-interview-prep-sheet.html"
    sheet = data.decode("utf-8")
    assert str(escape(industry)) in sheet  # as Jinja2's autoescaping writes it:
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; more" in sheet
    assert "InDesign &lt;b&gt;expert&lt;/b&gt;" in sheet
    assert "<script>" not in sheet and "<b>expert" not in sheet
