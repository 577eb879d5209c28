"""What a student sees on a phone: fields a line each, numbers whole, targets easy to tap."""

from __future__ import annotations

import pytest

from tests.browser.helpers import expect, open_app, wait_for_app, wait_for_store

pytestmark = pytest.mark.browser
PHONE = {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True}


@pytest.fixture
def phone(new_context):
    return new_context(**PHONE).new_page()


def open_people_with_samples(phone, app_url: str) -> None:
    """The People page with the 24 sample people loaded."""
    open_app(phone, f"{app_url}/people")
    wait_for_store(phone)
    phone.get_by_role("button", name="Load sample people").click()
    wait_for_app(phone)


def test_the_writing_fields_take_a_line_each(phone, app_url):
    open_app(phone, f"{app_url}/writing_help")
    name = phone.get_by_role("textbox", name="Your name").bounding_box()
    program = phone.get_by_role("textbox", name="Your program").bounding_box()
    assert program["x"] == name["x"] and program["y"] > name["y"]  # stacked, not side by side
    assert program["width"] > 280  # wide enough for "Business Administration"


def test_the_headline_numbers_show_whole_and_fit_the_first_screen(phone, app_url):
    open_people_with_samples(phone, app_url)
    value = phone.get_by_test_id("stMetricValue").filter(has_text=" of ").first
    expect(value).to_be_visible()
    # "14 of 16", not "14 of…": no box inside the number is wider than it shows.
    assert value.evaluate("""v => [v, ...v.querySelectorAll('*')]
      .every(e => e.scrollWidth <= e.clientWidth)""")
    # The five numbers leave room for the cards: they end within the first screen.
    numbers = phone.locator(".st-key-log_headline").bounding_box()
    assert numbers["y"] + numbers["height"] < 740
    labels = phone.locator('.st-key-log_headline [data-testid="stMetricLabel"] p')
    assert all(labels.nth(i).evaluate("p => p.scrollWidth <= p.clientWidth")  # whole words
               for i in range(labels.count()))


def test_answers_and_page_links_are_easy_to_tap(phone, app_url):
    open_app(phone, f"{app_url}/quiz")
    answers = phone.get_by_test_id("stRadio").locator('[role="radiogroup"] label')
    expect(answers.first).to_be_visible()
    assert min(answers.nth(i).bounding_box()["height"] for i in range(answers.count())) >= 40
    open_app(phone, f"{app_url}/step_3")
    links = phone.get_by_test_id("stPageLink-NavLink")
    expect(links.first).to_be_visible()
    assert min(links.nth(i).bounding_box()["height"] for i in range(links.count())) >= 44
    # A link's words wrap rather than being cut off.
    assert all(links.nth(i).evaluate("a => a.scrollWidth <= a.clientWidth")
               for i in range(links.count()))


def test_the_people_tabs_all_show_and_the_tree_says_it_scrolls(phone, app_url):
    open_people_with_samples(phone, app_url)
    tabs = phone.locator('.st-key-people_tabs [role="tab"]')
    expect(tabs.first).to_be_visible()
    width = phone.viewport_size["width"]
    assert all(tabs.nth(i).bounding_box()["x"] + tabs.nth(i).bounding_box()["width"] <= width
               for i in range(tabs.count()))  # none hidden behind a scroll arrow
    phone.get_by_role("tab", name="Referral tree").click()
    wait_for_app(phone)
    expect(phone.get_by_text("A wide network scrolls sideways in its box.")).to_be_visible()


def test_the_people_list_is_ten_cards_and_next_is_easy_to_tap(phone, app_url):
    open_people_with_samples(phone, app_url)
    cards = phone.locator('[class*="st-key-person_card_"]')
    expect(cards).to_have_count(10)
    first_name = cards.first.locator("p").first.inner_text()
    expect(phone.get_by_text("Showing 1–10 of 24")).to_be_visible()
    buttons = phone.locator(".st-key-people_pager button")
    boxes = [buttons.nth(i).bounding_box() for i in range(buttons.count())]
    assert len(boxes) == 2 and all(b["height"] >= 40 for b in boxes)
    assert all(b["x"] + b["width"] <= 360 for b in boxes)  # side by side or wrapped, never cut
    phone.get_by_role("button", name="Next people").tap()
    wait_for_app(phone)
    expect(phone.get_by_text("Showing 11–20 of 24")).to_be_visible()
    expect(cards).to_have_count(10)
    assert cards.first.locator("p").first.inner_text() != first_name
    phone.get_by_role("button", name="Next people").tap()
    wait_for_app(phone)
    expect(cards).to_have_count(4)
    expect(phone.get_by_role("button", name="Next people")).to_be_disabled()
