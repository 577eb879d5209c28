"""A first-time student on a 390×844 phone (issue 20): the printable sheets fit the screen and
print without a keyboard, a question's "why" never unticks it, Copy puts the email on the
clipboard, and the Start page's first screen says where to begin."""

from __future__ import annotations

from datetime import datetime

import pytest

from interview_coach.questions.bank import PickedQuestion
from interview_coach.questions.pocket_card import pocket_card_html
from interview_coach.questions.time_budget import budget
from interview_coach.writing.prep_sheet import PrepDetails, prep_sheet_html
from interview_coach.writing.templates import load_writing
from tests.browser.helpers import expect, open_app, wait_for_app, wait_for_store

pytestmark = pytest.mark.browser
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
LONG_LINK = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ5ZTk0YjMtYzA1Ni00Zjk1"
DETAILS = PrepDetails(
    contact="Priya Sharma, RN", organization="Peterborough Regional Health Centre",
    start=datetime(2027, 3, 4, 14, 30), minutes=20, format="Video",
    location_or_phone=LONG_LINK, questions=["How did you get your job?"],
    checklist=[("Bring your résumé", False)], industry="Acute care nursing")


@pytest.fixture
def phone(new_context):
    return new_context(**PHONE).new_page()


def wider_than_the_screen(page) -> list[str]:
    return page.evaluate("""() => [...document.querySelectorAll('body *')]
      .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
      .map(e => e.tagName + ' ' + e.textContent.slice(0, 40))""")


def test_the_prep_sheet_fits_a_phone_and_prints_without_a_keyboard(phone):
    phone.set_content(prep_sheet_html(DETAILS, load_writing().prep_sheet))
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    assert wider_than_the_screen(phone) == []
    expect(phone.get_by_role("button", name="Print this sheet")).to_be_visible()
    assert "on a phone" in phone.locator(".hint").first.inner_text()


def test_the_pocket_card_fits_a_phone(phone):
    long = PickedQuestion("own-1", "What does " + LONG_LINK + " show?", 3, "Own", True)
    phone.set_content(pocket_card_html([long], 20, budget([3], 20, 5)))
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390


def test_tapping_a_questions_why_leaves_it_picked(phone, app_url):
    open_app(phone, f"{app_url}/question_picker")
    wait_for_store(phone)
    phone.get_by_test_id("stExpander").filter(has_text="Career path").first.click()
    wait_for_app(phone)
    box = phone.get_by_test_id("stCheckbox").filter(has_text="How did you get your job?")
    box.locator("label").tap()
    wait_for_app(phone)
    expect(box.get_by_role("checkbox")).to_be_checked()
    assert box.get_by_test_id("stTooltipIcon").count() == 0  # no "?" inside the box's label
    why = phone.get_by_text("Shows one real route", exact=False).first
    expect(why).to_be_visible()
    why.tap()
    wait_for_app(phone)
    expect(box.get_by_role("checkbox")).to_be_checked()


def test_copy_puts_the_email_on_the_clipboard(new_context, app_url):
    context = new_context(**PHONE)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=app_url)
    phone = context.new_page()
    open_app(phone, f"{app_url}/writing_help")
    wait_for_store(phone)
    phone.get_by_role("textbox", name="Contact's name").fill("Priya Sharma, RN")
    phone.get_by_role("textbox", name="Contact's name").press("Enter")
    wait_for_app(phone)
    button = phone.get_by_role("button", name="Copy the email")
    expect(button).to_be_visible()
    button.tap()
    expect(phone.get_by_role("status").filter(has_text="Copied")).to_be_visible()
    copied = phone.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("Dear Priya Sharma, RN,")
    assert copied == phone.get_by_role("textbox", name="Your email").input_value()
    link = phone.get_by_role("link", name="Open in my email")
    assert link.get_attribute("href").startswith("mailto:?subject=Request%20for%20a%20")


def test_the_start_pages_first_screen_says_where_to_begin(phone, app_url):
    open_app(phone, f"{app_url}/")
    begin = phone.get_by_role("link", name="Begin: prepare for your first interview")
    expect(begin).to_be_visible()
    assert begin.bounding_box()["y"] + begin.bounding_box()["height"] <= 844
    expect(phone.get_by_text("Where you are")).to_be_in_viewport()




@pytest.mark.parametrize("size", [{"width": 1366, "height": 768}, PHONE["viewport"]])
def test_fields_side_by_side_are_wide_enough_for_a_typical_entry(new_context, app_url, size):
    page = new_context(viewport=size).new_page()
    open_app(page, f"{app_url}/writing_help")
    for name in ("Your name", "Your program", "Contact's name", "Their organization"):
        assert page.get_by_role("textbox", name=name).bounding_box()["width"] >= 280, name
