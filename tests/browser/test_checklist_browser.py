"""The checklist in Chromium: a note's text box is drawn only while it is open, and typing the
first note (its label turns from "Add a note" to "Your note") keeps it open; one group's tab
at a time."""

from __future__ import annotations

import pytest

from interview_coach.course.checklist import load_checklist
from interview_coach.saving.wording import load_saving_wording
from tests.browser.helpers import (
    exception_boxes,
    expect,
    full_storage_when,
    open_app,
    tick_first_checklist_item,
    wait_for_app,
    wait_for_saved_part,
    wait_for_store,
)

pytestmark = pytest.mark.browser
SAVING = load_saving_wording()
CHECKLIST = load_checklist()

NOTE = "Ask about <b>day-to-day</b> work"


def note_box(page):
    return page.get_by_role("textbox", name="Note", exact=True)


def test_a_note_opens_keeps_its_text_and_survives_a_reload(page, app_url):
    open_app(page, f"{app_url}/checklist")
    wait_for_store(page)
    expect(note_box(page)).to_have_count(0)

    page.get_by_text("Add a note", exact=True).first.click()
    wait_for_app(page)
    note_box(page).fill(NOTE)
    page.get_by_text("Done: 0 of").click()  # leaving the box sends the note
    wait_for_app(page)
    expect(page.get_by_text("Your note", exact=True)).to_have_count(1)
    expect(note_box(page)).to_have_value(NOTE)  # still open after its label changed

    page.get_by_text("Your note", exact=True).click()
    wait_for_app(page)
    expect(note_box(page)).to_have_count(0)

    page.reload()
    wait_for_store(page)
    page.get_by_text("Your note", exact=True).click()
    wait_for_app(page)
    expect(note_box(page)).to_have_value(NOTE)
    assert page.locator("main b").count() == 0  # the note stays text
    assert exception_boxes(page) == 0


def test_a_tick_is_in_the_browser_copy_at_once_and_survives_a_reload(page, app_url):
    # A tick reruns only the checklist (a fragment): it must reach the browser copy by itself,
    # with no page switch or other full run before the reload.
    tick_first_checklist_item(page, app_url)
    wait_for_saved_part(page, "checklist")
    page.reload()
    wait_for_store(page)
    expect(page.get_by_text("Done: 1 of")).to_be_visible()
    expect(page.get_by_role("checkbox").first).to_be_checked()
    assert exception_boxes(page) == 0


def test_full_storage_after_a_tick_shows_in_the_sidebar_at_once(new_context, app_url):
    # A tick reruns only the checklist; the sidebar, which says where the work is kept, must
    # still tell the student at once that this browser could not keep it.
    context = new_context()
    full_storage_when(context, "String(key).includes('research')")  # once an item is ticked
    page = context.new_page()
    open_app(page, f"{app_url}/checklist")
    wait_for_store(page)
    sidebar = page.get_by_test_id("stSidebar")
    expect(sidebar.get_by_text(SAVING.status.device)).to_be_visible()
    page.get_by_text("Research the industry").first.click()
    wait_for_app(page)
    expect(sidebar.get_by_text(SAVING.status.write_failed)).to_be_visible()
    expect(page.get_by_text("Done: 1 of")).to_be_visible()  # the tick itself is kept
    assert exception_boxes(page) == 0


def test_each_note_and_link_sits_under_its_items_text(page, app_url):
    # A closed note is a quiet row lined up with its item's text, not a box across the page.
    open_app(page, f"{app_url}/checklist")
    item = page.locator('[class*="st-key-_w_done_questions-ready"]')
    text_left = item.locator("p").first.bounding_box()["x"]
    item_bottom = item.bounding_box()["y"] + item.bounding_box()["height"]
    link = page.get_by_role("link", name="Open the question picker").first
    note = page.locator('[class*="st-key-_w_note_open_questions-ready"] summary')
    for row in (link, note):
        box = row.bounding_box()
        assert abs(box["x"] - text_left) <= 12
        assert 0 <= box["y"] - item_bottom <= 60
    assert note.locator("xpath=..").evaluate("e => getComputedStyle(e).borderTopColor") \
        == "rgba(0, 0, 0, 0)"


def test_items_are_read_at_the_size_of_the_pages_text(page, app_url):
    # A checklist item is content, not a form label: the intro's size, not 14.9 px.
    open_app(page, f"{app_url}/checklist")
    size = "e => getComputedStyle(e).fontSize"
    intro = page.get_by_test_id("stMain").locator('[data-testid="stMarkdownContainer"] p').first
    item = page.locator('[class*="st-key-_w_done_"] [data-testid="stMarkdownContainer"] p').first
    expect(item).to_be_visible()
    assert item.evaluate(size) == intro.evaluate(size) == "17px"


# Every text the checklist's progress bar shows from the moment the page starts loading.
RECORD_PROGRESS = """
window.__progressSeen = [];
new MutationObserver(() => {
  for (const bar of document.querySelectorAll('[data-testid="stProgress"]')) {
    const text = bar.textContent.trim();
    if (text && window.__progressSeen.at(-1) !== text) window.__progressSeen.push(text);
  }
}).observe(document, {subtree: true, childList: true, characterData: true});
"""


def test_a_reload_never_shows_the_saved_ticks_as_undone(page, app_url):
    tick_first_checklist_item(page, app_url)
    page.context.add_init_script(RECORD_PROGRESS)
    page.reload()
    wait_for_store(page)
    expect(page.get_by_text("Done: 1 of")).to_be_visible()
    # Before the browser has said what it keeps, the page waits instead of showing 0 done.
    seen = page.evaluate("window.__progressSeen")
    assert len(seen) == 1 and seen[0].startswith("Done: 1 of"), seen


# The browser store answers only once no loading skeleton is left: one that never goes away
# stands in for a browser whose store never answers (its scripts blocked).
NEVER_ANSWER = """
document.addEventListener("DOMContentLoaded", () => {
  const blocker = document.createElement("div");
  blocker.dataset.testid = "stSkeleton";
  blocker.hidden = true;
  document.body.append(blocker);
});
"""


def test_a_browser_that_never_answers_gets_a_way_in_after_a_few_seconds(page, app_url):
    page.context.add_init_script(NEVER_ANSWER)
    page.goto(f"{app_url}/checklist")
    expect(page.get_by_text("Looking for your saved work in this browser…")).to_be_visible()
    # Shown only after a delay: not a button flashing past on every ordinary reload.
    expect(page.locator(".st-key-_skip_store_wait_button")).to_have_css("animation-delay", "3s")
    skip = page.get_by_role("button", name="Don't wait: open this page without it")
    expect(skip).to_be_visible(timeout=10_000)
    skip.click()
    expect(page.get_by_text("Done: 0 of")).to_be_visible()
    assert exception_boxes(page) == 0


def test_one_group_at_a_time_its_tab_kept_across_pages_and_its_ticks_saved(page, app_url):
    """Only the open group's items are drawn; the tab outlives a page switch; a tick in a
    later group is saved like any other."""
    open_app(page, f"{app_url}/checklist")
    wait_for_store(page)
    last_item = CHECKLIST.items[-1]
    expect(page.get_by_text(last_item.label)).to_have_count(0)
    page.get_by_role("tab", name=CHECKLIST.groups[-1].name).click()
    wait_for_app(page)
    expect(page.get_by_text(CHECKLIST.items[0].label)).to_have_count(0)
    page.get_by_text(last_item.label).click()
    wait_for_app(page)
    expect(page.get_by_text("Done: 1 of")).to_be_visible()
    wait_for_saved_part(page, f"checklist/{last_item.id}")

    page.get_by_test_id("stTopNavSection").filter(has_text="Start").click()
    page.get_by_role("menuitem", name="Resources").click()
    wait_for_app(page)
    page.get_by_test_id("stTopNavSection").filter(has_text="Tools").click()
    page.get_by_role("menuitem", name="Prep checklist").click()
    wait_for_app(page)
    expect(page.get_by_role("tab", name=CHECKLIST.groups[-1].name)).to_have_attribute(
        "aria-selected", "true")
    expect(page.get_by_role("checkbox", name=last_item.label)).to_be_checked()
    assert exception_boxes(page) == 0
