"""Presenter mode in Chromium: the keyboard moves through every guide page, each opening at its
top with its title in view, at a projector's 1280×720 and 1920×1080; the choice survives a
reload."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from tests.browser.helpers import exception_boxes, expect, open_app, wait_for_app

pytestmark = pytest.mark.browser
SHOTS = Path(os.environ.get("PRESENTER_SHOTS", "/tmp/presenter"))


def guide_keys() -> list[str]:
    from interview_coach.course.site_map import load_site_map

    return [entry.key for section in load_site_map().sections[:2] for entry in section.pages]


def title_in_view(page, size: dict) -> str:
    """The page's h1, wholly on screen: below the top navigation bar, above the presenter bar."""
    heading = page.locator('[data-testid="stMain"] h1').first
    expect(heading).to_be_visible()
    box = heading.bounding_box()
    header = page.locator('[data-testid="stHeader"]').bounding_box()
    top = header["y"] + header["height"] if header else 0
    foot = page.locator(".st-key-presenter_bar")
    bar = foot.bounding_box() if foot.count() else None
    bottom = bar["y"] if bar else size["height"]
    assert box and box["y"] >= top - 1 and box["y"] + box["height"] <= bottom, (box, top, bottom)
    return heading.inner_text()


@pytest.mark.parametrize("size", [{"width": 1280, "height": 720},
                                  {"width": 1920, "height": 1080}], ids=["720p", "1080p"])
def test_keyboard_moves_through_every_guide_page_title_in_view(new_context, app_url, size):
    page = new_context(viewport=size).new_page()
    keys = guide_keys()
    # The Start page is the app's default: its address is "/" ("/start" is "Page not found").
    first = "" if keys[0] == "start" else keys[0]
    open_app(page, f"{app_url}/{first}?present=1")
    expect(page.locator('[data-testid="stSidebar"]')).to_be_hidden()
    titles = []
    for number, key in enumerate(keys):
        if number:
            page.keyboard.press("ArrowRight" if number % 2 else "PageDown")
            page.wait_for_url(f"**/{key}**")
            wait_for_app(page)
        else:
            page.mouse.click(size["width"] // 2, size["height"] // 3)  # focus on the page
        titles.append(title_in_view(page, size))
        assert page.get_by_role("dialog").count() == 0, key  # e.g. Streamlit's "Page not found"
        page.screenshot(path=str(SHOTS / f"{size['width']}-{number:02d}-{key}.png"))
        scroll = page.evaluate("() => Math.max(window.scrollY,"
                               " document.querySelector('[data-testid=\"stMain\"]').scrollTop)")
        assert scroll == 0, (key, scroll)
    assert len(set(titles)) == len(keys)  # a new page each time
    page.keyboard.press("ArrowLeft")
    page.wait_for_url(f"**/{keys[-2]}**")
    wait_for_app(page)
    page.keyboard.press("PageUp")
    page.wait_for_url(f"**/{keys[-3]}**")
    wait_for_app(page)
    assert title_in_view(page, size) == titles[-3]
    assert exception_boxes(page) == 0


def test_a_long_step_opens_at_its_top_after_scrolling_the_one_before(new_context, app_url):
    size = {"width": 1280, "height": 720}
    page = new_context(viewport=size).new_page()
    open_app(page, f"{app_url}/step_2?present=1")
    page.mouse.wheel(0, 3000)
    page.wait_for_timeout(300)
    page.locator(".st-key-presenter_next a").click()
    page.wait_for_url("**/step_3**")
    wait_for_app(page)
    title_in_view(page, size)


def test_projector_and_presenter_survive_a_reload_after_moving_on(new_context, app_url):
    page = new_context(viewport={"width": 1280, "height": 720}).new_page()
    open_app(page, f"{app_url}/step_1")
    sidebar = page.locator('[data-testid="stSidebar"]')
    sidebar.get_by_text("Projector mode", exact=True).click()
    wait_for_app(page)
    page.locator('[data-testid="stMain"]').get_by_role("link", name="Next").first.click()
    wait_for_app(page)
    expect(page).to_have_url(re.compile(r"projector=1"))
    page.reload()
    wait_for_app(page)
    size = page.evaluate("() => getComputedStyle(document.documentElement).fontSize")
    assert size == "20px"
    sidebar.get_by_text("Presenter mode", exact=True).click()
    wait_for_app(page)
    page.keyboard.press("ArrowRight")
    wait_for_app(page)
    page.reload()
    wait_for_app(page)
    expect(sidebar).to_be_hidden()
    expect(page.locator(".st-key-presenter_bar")).to_be_visible()
    page.locator(".st-key-_presenter_leave button").click()
    wait_for_app(page)
    expect(sidebar).to_be_visible()
    page.reload()
    wait_for_app(page)
    expect(sidebar).to_be_visible()


def test_the_join_screens_qr_code_decodes_to_the_apps_address(new_context, app_url):
    import io

    import zxingcpp
    from PIL import Image

    page = new_context(viewport={"width": 1280, "height": 720}).new_page()
    open_app(page, f"{app_url}/join")
    image = page.locator(".st-key-join_qr img").first
    expect(image).to_be_visible()
    page.screenshot(path=str(SHOTS / "join-1280.png"))
    found = zxingcpp.read_barcodes(Image.open(io.BytesIO(image.screenshot())))
    assert [code.text for code in found] == [f"{app_url}/"]
    address = page.locator(".st-key-join_address code").first
    assert address.inner_text().strip() == f"{app_url}/"
    assert float(address.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")) >= 32
