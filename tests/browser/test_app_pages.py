"""The real app in Chromium: every page renders cleanly and passes axe; work survives reloads."""

from __future__ import annotations

import pytest

from tests.browser.conftest import ROOT, _start_server, local_cluster
from tests.browser.helpers import (
    exception_boxes,
    expect,
    format_violations,
    icon_names_read,
    marked_accessible_names,
    open_app,
    run_axe,
    skipped_heading_levels,
    tick_first_checklist_item,
    wait_for_app,
    wait_for_saved_part,
    wait_for_store,
)

pytestmark = pytest.mark.browser


def nav_links(page) -> list[tuple[str, str]]:
    """(label, address) of every page in the top navigation, opening each section's menu."""
    found = []
    sections = page.locator('[data-testid="stTopNavSection"]')
    for i in range(sections.count()):
        sections.nth(i).click()
        links = page.locator('[data-testid="stTopNavDropdownLink"]')
        links.first.wait_for()
        found += [(links.nth(j).inner_text().split("\n")[-1], links.nth(j).get_attribute("href"))
                  for j in range(links.count())]
        page.keyboard.press("Escape")
    return found


def go(page, label: str) -> None:
    """Open a page the way a student does: its section's menu, then the link."""
    sections = page.locator('[data-testid="stTopNavSection"]')
    for i in range(sections.count()):
        sections.nth(i).click()
        link = page.locator('[data-testid="stTopNavDropdownLink"]', has_text=label)
        link.or_(page.locator('[data-testid="stTopNavDropdownLink"]')).first.wait_for()
        if link.count():
            link.first.click()
            wait_for_app(page)
            return
        page.keyboard.press("Escape")
    raise AssertionError(f"no navigation link {label!r}")


def pick_a_question(page, app_url: str) -> None:
    """Open the Question picker and pick "How did you get your job?" (Career path)."""
    open_app(page, f"{app_url}/question_picker")
    wait_for_store(page)
    # The picker draws a category's questions only once it is open.
    page.locator('[data-testid="stExpander"] summary').filter(has_text="Career path").click()
    wait_for_app(page)
    page.get_by_text("How did you get your job?").first.click()
    wait_for_app(page)


def test_every_page_in_the_navigation_renders_and_passes_axe(page, app_url):
    open_app(page, app_url)
    links = nav_links(page)
    assert len(links) == len(list((ROOT / "pages").glob("*.py"))), links
    problems = []
    for label, _href in links:
        go(page, label)
        expect(page.locator("h1").first).to_be_visible()
        if exception_boxes(page):
            problems.append(f"{label}: exception box")
        violations = run_axe(page)
        if violations:
            problems.append(f"{label}:\n{format_violations(violations)}")
        if marked := marked_accessible_names(page):
            problems.append(f"{label}: names read with their Markdown marks: {marked[:3]}")
        if iconed := icon_names_read(page):
            problems.append(f"{label}: names read with an icon's name first: {iconed[:3]}")
        if skipped := skipped_heading_levels(page):
            problems.append(f"{label}: headings skip a level: {skipped[:3]}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(("path", "headings"), [
    ("", {"What it is": "check_circle", "What it is not": "cancel"}),
    ("step_4", {"What to do": "check_circle", "What to avoid": "block"}),
])
def test_headings_are_heard_as_their_words_with_icons_drawn_and_no_anchor_links(
    page, app_url, path, headings
):
    open_app(page, f"{app_url}/{path}")
    for name, icon in headings.items():
        heading = page.get_by_role("heading", name=name, exact=True)
        expect(heading).to_be_visible()
        drawn = heading.evaluate("""(h) => { const s = getComputedStyle(h, '::before');
          return {content: s.content, font: s.fontFamily}; }""")
        assert icon in drawn["content"], drawn
        assert "Material Symbols" in drawn["font"], drawn
    assert icon_names_read(page) == []
    # No "Link to heading" anchors: tab stops that lead nowhere a student needs.
    expect(page.get_by_role("link", name="Link to heading")).to_have_count(0)


def test_columns_stacked_on_a_phone_sit_close_together(new_context, app_url):
    # "What to avoid" follows "What to do" directly, not after a blank stretch of screen.
    page = new_context(viewport={"width": 390, "height": 844}).new_page()
    open_app(page, f"{app_url}/step_5")
    do_list = page.locator(".st-key-do_list").bounding_box()
    avoid_list = page.locator(".st-key-avoid_list").bounding_box()
    assert avoid_list["x"] == do_list["x"]  # stacked
    assert 0 <= avoid_list["y"] - (do_list["y"] + do_list["height"]) <= 24


@pytest.mark.parametrize(("width", "label"), [(390, '"Menu"'), (1366, None)])
def test_on_a_phone_the_button_that_opens_the_pages_says_menu(new_context, app_url, width,
                                                              label):
    page = new_context(viewport={"width": width, "height": 844}).new_page()
    open_app(page, app_url)
    opener = page.get_by_test_id("stExpandSidebarButton")
    if label is None:  # on a laptop the pages are at the top and the sidebar is open
        expect(opener).to_have_count(0)
        return
    drawn = opener.evaluate("b => getComputedStyle(b, '::after').content")
    assert drawn == label
    opener.click()
    expect(page.get_by_test_id("stSidebarNav")).to_be_visible()


def test_the_keyboards_place_shows_as_a_solid_ring_on_the_top_navigation(page, app_url):
    # Streamlit's own ring there is a 20% grey shadow, about 1.5:1 on white.
    open_app(page, f"{app_url}/step_2")
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.dataset.testid") == "stTopNavSection":
            break
    ring = page.evaluate("""() => { const s = getComputedStyle(document.activeElement);
      return [document.activeElement.dataset.testid, s.outlineStyle, s.outlineColor,
              s.outlineWidth]; }""")
    assert ring == ["stTopNavSection", "solid", "rgb(30, 64, 175)", "2px"]


def test_a_fresh_server_opens_a_deep_link_with_the_whole_app(tmp_path, browser):
    # A server's first run on a page address must still run app.py (sidebar, settings).
    process, url = _start_server(ROOT / "app.py", tmp_path / "fresh.log")
    try:
        context = browser.new_context()
        page = context.new_page()
        open_app(page, f"{url}/checklist")
        expect(page.locator("h1").first).to_have_text("Prep checklist")
        expect(page.get_by_text("Projector mode")).to_be_visible()
        assert exception_boxes(page) == 0
        context.close()
    finally:
        local_cluster.stop(process)


def test_students_opening_a_fresh_server_at_the_same_moment_all_get_the_whole_app(
    tmp_path, browser
):
    # Each session's first run may start in the old mode; the first to leave it must not
    # leave the others running a page without app.py (no sidebar, saved work never found).
    process, url = _start_server(ROOT / "app.py", tmp_path / "fresh.log")
    try:
        context = browser.new_context()
        tabs = [context.new_page() for _ in range(4)]
        for tab in tabs:  # all four requests sent before any page has run
            tab.goto(f"{url}/people", wait_until="commit")
        for tab in tabs:
            expect(tab.get_by_text("Projector mode")).to_be_visible(timeout=20_000)
            expect(tab.get_by_text("Add someone you could ask")).to_be_visible(timeout=20_000)
            assert exception_boxes(tab) == 0
        context.close()
    finally:
        local_cluster.stop(process)


def test_picks_and_ticks_survive_page_switches_and_reload_but_not_other_students(
    page, app_url, new_context
):
    pick_a_question(page, app_url)
    go(page, "Prep checklist")
    page.get_by_text("Research the industry").first.click()
    wait_for_app(page)
    expect(page.get_by_text("Done: 1 of")).to_be_visible()

    page.reload()
    wait_for_store(page)
    expect(page.get_by_text("Done: 1 of")).to_be_visible()
    go(page, "Question picker")
    expect(page.get_by_text("1. How did you get your job?")).to_be_visible()

    other = new_context().new_page()
    open_app(other, f"{app_url}/checklist")
    wait_for_store(other)
    expect(other.get_by_text("Done: 0 of")).to_be_visible()


def test_forget_clears_the_browser_copy(page, app_url):
    tick_first_checklist_item(page, app_url)
    page.get_by_text("Forget my data on this device").click()
    page.get_by_role("button", name="Yes, forget everything").click()
    wait_for_app(page)
    expect(page.get_by_text("Done: 0 of")).to_be_visible()
    page.reload()
    wait_for_store(page)
    expect(page.get_by_text("Done: 0 of")).to_be_visible()


@pytest.mark.parametrize(
    "stored",
    [
        "{not json at all",
        '{"app": "someone-else", "version": 1, "parts": {}}',
        '{"app": "information-interview-coach", "version": 1, "parts": {"picks": 42, '
        '"checklist": {"research-industry": {"done": "yes"}}, "log_csv": "\\u0000\\u0001"}}',
    ],
)
def test_corrupt_browser_copy_gives_a_notice_not_a_crash(page, app_url, stored):
    open_app(page, f"{app_url}/checklist")
    wait_for_store(page)
    page.evaluate("(text) => localStorage.setItem('information-interview-coach', text)", stored)
    page.reload()
    wait_for_store(page)
    assert exception_boxes(page) == 0
    expect(page.locator('[data-testid="stAlertContentWarning"]').first).to_be_visible()
    expect(page.get_by_text("Done: 0 of")).to_be_visible()


def test_every_page_passes_axe_on_a_phone(new_context, app_url):
    # On a narrow screen the navigation moves into the sidebar, with its own markup.
    page = new_context(viewport={"width": 390, "height": 844}, is_mobile=True).new_page()
    problems = []
    for script in sorted((ROOT / "pages").glob("*.py")):
        address = "" if script.stem == "start" else script.stem
        open_app(page, f"{app_url}/{address}")
        if exception_boxes(page):
            problems.append(f"{script.stem}: exception box")
        if page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1"):
            problems.append(f"{script.stem}: scrolls sideways")
        violations = run_axe(page)
        if violations:
            problems.append(f"{script.stem}:\n{format_violations(violations)}")
    assert not problems, "\n".join(problems)


def test_navigation_drawn_later_in_the_sidebar_keeps_list_semantics(page, app_url):
    # app.py stops sending the repair once the tab has answered the browser store; its observer
    # must fix navigation drawn afterwards, e.g. when a wide window is narrowed to phone width
    # and Streamlit moves the pages from the top bar into the sidebar.
    open_app(page, app_url)
    wait_for_store(page)
    for label in ["Prep checklist", "Resources"]:
        go(page, label)
        wait_for_app(page)
    expect(page.locator(".st-nav-semantics")).to_have_count(0)
    page.set_viewport_size({"width": 390, "height": 844})
    expand = page.locator('[data-testid="stExpandSidebarButton"]')
    if expand.is_visible():
        expand.click()
    nav = page.locator('[data-testid="stSidebarNavItems"]')
    expect(nav).to_have_attribute("role", "none")
    sections = nav.locator(":scope > div")
    assert sections.count() >= 4
    for i in range(sections.count()):
        expect(sections.nth(i)).to_have_attribute("role", "list")
    assert not run_axe(page), format_violations(run_axe(page))


def test_first_click_after_loading_keeps_the_page_and_the_focus(page, app_url):
    # Elements that only the first runs of a session send must not shift the page's elements
    # when they go: the browser would draw every one again and the ticked box would lose focus.
    open_app(page, f"{app_url}/checklist")
    wait_for_store(page)
    page.evaluate("document.querySelector('[data-testid=\"stMain\"] h1').__kept = true")
    box = page.get_by_role("checkbox").first
    box.focus()
    page.keyboard.press("Space")
    wait_for_app(page)
    expect(box).to_be_checked()
    assert page.evaluate("document.querySelector('[data-testid=\"stMain\"] h1').__kept === true")
    assert page.evaluate("document.activeElement?.getAttribute('type')") == "checkbox"


def test_a_pick_is_kept_when_the_page_is_reloaded_right_after(page, app_url):
    # A pick reruns only the picker (a fragment), which writes the browser copy by itself.
    pick_a_question(page, app_url)
    expect(page.get_by_text("1. How did you get your job?")).to_be_visible()
    assert marked_accessible_names(page) == []  # each question is read as plain text
    wait_for_saved_part(page, "picks")
    page.reload()
    wait_for_store(page)
    expect(page.get_by_text("1. How did you get your job?")).to_be_visible()
    assert exception_boxes(page) == 0
