"""One person's whole journey on the People page, in Chromium, on a laptop and on a phone:
to ask → request (the draft is theirs) → scheduled (the calendar file has their name, date and
place) → held with notes → thank-you from the notes, marked sent → two suggested people,
linked → the referral tree shows the chain. The headline numbers match after every step."""

import re
from datetime import date, timedelta

import pytest
from icalendar import Calendar

from tests.browser.helpers import exception_boxes, expect, open_app, wait_for_app, wait_for_store

SIZES = {"laptop": {"viewport": {"width": 1366, "height": 768}},
         "phone": {"viewport": {"width": 390, "height": 844}, "is_mobile": True,
                   "has_touch": True}}
DAY = date.today() + timedelta(days=14)


def metric(page, label: str) -> str:
    box = page.locator('[data-testid="stMetric"]').filter(has_text=label)
    return box.locator('[data-testid="stMetricValue"]').inner_text()


def numbers(page) -> tuple[str, ...]:
    return tuple(metric(page, label) for label in (
        "People to ask", "People asked", "Conversations held", "Thank-you notes sent",
        "Names suggested"))


def press(page, label: str) -> None:
    page.get_by_role("button", name=label, exact=True).first.click()
    wait_for_app(page)


def type_into(page, label: str, text: str, *, area: bool = False) -> None:
    box = page.get_by_label(label, exact=True).first
    box.fill(text)
    box.press("Control+Enter" if area else "Enter")
    if area:
        box.blur()
    wait_for_app(page)


def set_date(page, label: str, day: date) -> None:
    """Type a date into Streamlit's date field (year, month and day segments), as a person does."""
    field = page.get_by_role("group", name=label, exact=True).first
    field.get_by_role("spinbutton").first.click()
    page.keyboard.type(f"{day:%Y%m%d}")
    page.keyboard.press("Tab")
    wait_for_app(page)


def set_time(page, label: str, digits: str) -> None:
    field = page.get_by_label(label, exact=True).first
    if field.get_by_role("spinbutton").count():  # segments, like the date
        field.get_by_role("spinbutton").first.click()
        page.keyboard.type(digits)
        page.keyboard.press("Tab")
    else:  # a box to type into
        field.click()
        page.keyboard.type(f"{digits[:2]}:{digits[2:]}")
        page.keyboard.press("Enter")
    wait_for_app(page)


def to_people(page) -> None:
    page.get_by_role("link", name="Priya Sharma's card on the People page").click()
    wait_for_app(page)


@pytest.mark.parametrize("size", sorted(SIZES))
def test_a_person_from_to_ask_to_thanked_and_the_next_names(new_context, app_url, size):
    context = new_context(**SIZES[size], accept_downloads=True)
    page = context.new_page()
    open_app(page, f"{app_url}/people")
    wait_for_store(page)

    page.get_by_label("Their name").fill("Priya Sharma")  # a form: sent by its button
    page.get_by_label("Their organization (optional)").fill("Civic Hospital")
    press(page, "Add to my list")
    expect(page.get_by_text("Priya Sharma").first).to_be_visible()
    assert numbers(page) == ("1", "0", "0", "0 of 0", "0")

    press(page, "Write the request")  # Writing help, for her
    expect(page.get_by_role("heading", name="Writing help")).to_be_visible()
    email = page.get_by_role("textbox", name=re.compile("^Your email"))
    expect(email).to_have_value(re.compile(r"^Dear Priya Sharma,"))
    to_people(page)
    press(page, "Back to everyone")
    press(page, "I sent it")
    assert numbers(page) == ("0", "1", "0", "0 of 0", "0")

    press(page, "They said yes")  # her form opens at the conversation
    set_date(page, "Date", DAY)
    set_time(page, "Start time", "1430")
    type_into(page, "Place or phone number", "Civic Hospital, room 4B")
    press(page, "Prep sheet and calendar")  # Writing help's prep sheet; then its calendar tab
    page.get_by_role("tab", name="Calendar file").click()
    wait_for_app(page)
    with page.expect_download() as download:
        page.get_by_role("button", name="Download the calendar file (.ics)").click()
    event = Calendar.from_ical(open(download.value.path(), "rb").read()).walk("VEVENT")[0]
    assert "Priya Sharma (Civic Hospital)" in str(event["SUMMARY"])
    assert event.decoded("DTSTART").isoformat() == f"{DAY.isoformat()}T14:30:00"
    assert str(event["LOCATION"]) == "Civic Hospital, room 4B"

    to_people(page)
    press(page, "Back to everyone")
    press(page, "We talked")  # her form opens at what was learned
    type_into(page, "What you learned", "how the night shift hands over patients", area=True)
    assert numbers(page) == ("0", "1", "1", "0 of 1", "0")
    press(page, "Back to everyone")
    press(page, "Write the thank-you")
    note = page.get_by_role("textbox", name=re.compile("^Your note"))
    expect(note).to_have_value(re.compile("night shift hands over patients"))
    press(page, "Mark the thank-you as sent")
    to_people(page)
    assert numbers(page) == ("0", "1", "1", "1 of 1", "0")

    for name in ("Sam Lee", "Dr. Ana Ruiz"):
        type_into(page, "Name of the person they suggested", name)
        if page.get_by_role("button", name="Add someone they suggested").count():
            press(page, "Add someone they suggested")
    assert numbers(page) == ("2", "1", "1", "1 of 1", "2")
    press(page, "Back to everyone")
    page.get_by_role("tab", name="Referral tree").click()
    wait_for_app(page)
    expect(page.get_by_text("Priya Sharma led you to Sam Lee and Dr. Ana Ruiz.")).to_be_visible()
    tree = page.locator('[data-testid="stGraphVizChart"] svg')
    expect(tree).to_contain_text("Sam Lee")
    assert exception_boxes(page) == 0
    context.close()
