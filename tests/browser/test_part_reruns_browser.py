"""A click that redraws only a part of a page (a card, the picker's list, a progress bar:
ui/saved_work.rerun_only) is in the browser copy at once and survives a reload."""

from __future__ import annotations

import pytest

from tests.browser.helpers import (
    exception_boxes,
    expect,
    open_app,
    saved_records,
    wait_for_app,
    wait_for_saved_part,
    wait_for_store,
)

pytestmark = pytest.mark.browser
QUESTION = "How did you get your job?"


def test_a_card_button_is_saved_at_once_and_the_card_says_so_after_a_reload(page, app_url):
    open_app(page, f"{app_url}/people")
    wait_for_store(page)
    page.get_by_label("Their name", exact=True).fill("Priya Sharma")
    page.get_by_role("button", name="Add to my list").click()
    wait_for_app(page)
    page.get_by_role("button", name="I sent it", exact=True).click()
    wait_for_app(page)
    card = page.locator('[class*="st-key-person_card_"]').filter(has_text="Priya Sharma")
    expect(card.get_by_text("Requested", exact=False).first).to_be_visible()
    page.wait_for_function("""() => Object.entries(localStorage).some(([key, text]) =>
        key.startsWith("information-interview-coach/person/") && text.includes("Requested"))""")
    page.reload()
    wait_for_store(page)
    expect(card.get_by_role("button", name="They said yes", exact=True)).to_be_visible()
    assert exception_boxes(page) == 0


def test_a_pick_is_saved_at_once_and_listed_after_a_reload(page, app_url):
    open_app(page, f"{app_url}/question_picker")
    wait_for_store(page)
    page.get_by_text("Career path").first.click()
    wait_for_app(page)
    page.get_by_text(QUESTION).first.click()
    wait_for_app(page)
    expect(page.get_by_text("Your list: 1 question,")).to_be_visible()
    wait_for_saved_part(page, "picks")
    assert "picks" in saved_records(page)
    page.reload()
    wait_for_store(page)
    expect(page.get_by_text("Your list: 1 question,")).to_be_visible()
    expect(page.get_by_text(f"1. {QUESTION}")).to_be_visible()  # its row in "Your list"
    assert exception_boxes(page) == 0
