"""Rehearse and the Interview companion in Chromium, with a fake microphone: the opening's
checks follow what is typed, a recording plays back with its length, and a whole interview
runs on the companion — a clock that counts without the server, notes under two questions,
a suggested person, a reload mid-interview, finishing — and the thank-you offers the notes."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest

from tests.browser.conftest import (
    CHROMIUM,
    CHROMIUM_ARGS,
    VIEWPORT,
)
from tests.browser.helpers import (
    exception_boxes,
    expect,
    format_violations,
    marked_accessible_names,
    open_app,
    run_axe,
    skipped_heading_levels,
    wait_for_app,
    wait_for_store,
)

pytestmark = pytest.mark.browser

FAKE_MEDIA = ["--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"]
PHONE = {"width": 390, "height": 844}
SHOTS = Path(os.environ.get("COMPANION_SCREENSHOTS", "")) if os.environ.get(
    "COMPANION_SCREENSHOTS") else None


@pytest.fixture(scope="module")
def media_browser(browser):
    """Chromium with a fake microphone (a tone) that needs no permission prompt. Launched from
    the session's Playwright: a second sync_playwright() in the same process is refused."""
    chromium = browser.browser_type.launch(executable_path=str(CHROMIUM), headless=True,
                                           args=[*CHROMIUM_ARGS, *FAKE_MEDIA])
    yield chromium
    chromium.close()


@pytest.fixture
def student(media_browser, app_url):
    context = media_browser.new_context(viewport=VIEWPORT)
    context.grant_permissions(["microphone"], origin=app_url)
    context.set_default_timeout(15_000)
    yield context.new_page()
    context.close()


def leave_box(page) -> None:
    """Tab out of a text box: Streamlit sends what was typed when the box loses focus."""
    page.keyboard.press("Tab")
    wait_for_app(page)


def write_the_opening(page) -> None:
    checks = page.get_by_test_id("stMain").get_by_text("1. Why you asked: what you hope to learn")
    expect(checks).to_be_visible()
    assert page.get_by_text("Say what you hope to learn from them").count() == 1
    page.get_by_role("textbox", name="1. Why you asked for this conversation").fill(
        "I'd like to learn what the work in print production is really like.")
    leave_box(page)
    expect(page.get_by_text("Says what you hope to get out of it")).to_be_visible()
    page.get_by_role("textbox", name="2. Your overview").fill(
        "My goal is a career in packaging design. I worked as an intern at a print shop, "
        "I led our class's poster project, and I'm good at layout.")
    leave_box(page)
    expect(page.get_by_text("Names something you did")).to_be_visible()
    expect(page.get_by_text("Spoken length of your overview")).to_be_visible()


def record_and_play_back(page) -> None:
    expect(page.get_by_text("not saved with your work")).to_be_visible()
    button = page.get_by_test_id("stAudioInputActionButton").first
    button.click()  # start
    expect(page.get_by_role("button", name="Stop recording")).to_be_visible()
    page.wait_for_timeout(2500)
    page.get_by_role("button", name="Stop recording").click()
    wait_for_app(page)
    expect(page.get_by_text("Your recording:")).to_be_visible(timeout=20_000)
    shown = page.get_by_text("Your recording:").inner_text()
    minutes, seconds = re.search(r"Your recording: (\d+):(\d\d) long", shown).groups()
    assert 2 <= int(minutes) * 60 + int(seconds) <= 6, shown  # about the 2.5 s recorded
    playback = page.get_by_test_id("stAudio")  # st.audio, beside the recorder's own player
    expect(playback).to_have_count(1)
    assert playback.evaluate("a => a.src.length > 0")


def pick_five_questions(page, app_url) -> list[str]:
    open_app(page, f"{app_url}/question_picker")
    wait_for_store(page)
    page.get_by_text("Only the guide's 15").click()
    wait_for_app(page)
    boxes = page.locator('[data-testid="stExpander"] [data-testid="stCheckbox"]')
    picked = []
    for index in range(5):
        box = boxes.nth(index)
        picked.append(box.inner_text().split(" · ")[0].rstrip(" ✦"))
        box.locator("label").click()
        wait_for_app(page)
    expect(page.get_by_text("Your list: 5 questions")).to_be_visible()
    return picked


def clock_reading(page) -> str:
    return page.locator(".st-clock-value").first.inner_text()


class SentFrames:
    """Counts the WebSocket messages a page sends the server (each rerun is one)."""

    def __init__(self, page) -> None:
        self.count = 0
        page.on("websocket", lambda socket: socket.on("framesent", self._sent))

    def _sent(self, _frame) -> None:
        self.count += 1

    def during(self, page, seconds: float) -> int:
        before = self.count
        page.wait_for_timeout(int(seconds * 1000))
        return self.count - before


def start_the_companion(page, app_url) -> SentFrames:
    frames = SentFrames(page)
    open_app(page, f"{app_url}/companion")
    wait_for_store(page)
    page.get_by_role("textbox", name="Their name").fill("Priya Sharma")
    page.get_by_role("button", name="Add and open their plan").click()
    wait_for_app(page)
    minutes = page.get_by_role("spinbutton", name="Minutes they agreed to")
    minutes.fill("20")
    minutes.press("Enter")
    wait_for_app(page)
    expect(page.get_by_text("in a 20-minute slot")).to_be_visible()
    page.get_by_role("button", name="Start the interview").click()
    wait_for_app(page)
    return frames


def take_screenshots(page) -> None:
    """The companion mid-interview, at the top and scrolled to the questions, on a laptop and
    a phone (COMPANION_SCREENSHOTS=dir)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    for name, size in (("1366x768", VIEWPORT), ("390x844", PHONE)):
        page.set_viewport_size(size)
        page.wait_for_timeout(500)
        page.evaluate("window.scrollTo(0, 0)")
        page.get_by_test_id("stMain").evaluate("m => m.scrollTo(0, 0)")
        page.screenshot(path=str(SHOTS / f"companion-{name}-top.png"))
        page.get_by_placeholder("What they said").nth(1).scroll_into_view_if_needed()
        page.wait_for_timeout(300)
        page.screenshot(path=str(SHOTS / f"companion-{name}-questions.png"))
    page.set_viewport_size(VIEWPORT)


def test_rehearse_then_hold_the_interview_on_the_companion(student, app_url):
    page = student
    open_app(page, f"{app_url}/rehearse")
    wait_for_store(page)
    write_the_opening(page)
    record_and_play_back(page)

    picked = pick_five_questions(page, app_url)
    frames = start_the_companion(page, app_url)
    expect(page.get_by_text("5 questions ·")).to_be_visible()
    first = clock_reading(page)
    began = time.monotonic()
    sent = frames.during(page, float(os.environ.get("COMPANION_QUIET_SECONDS", "3")))
    later = clock_reading(page)
    assert first != later, (first, later)  # it counts by itself…
    assert sent == 0, sent  # …without a single message to the server
    print(f"\ncompanion clock: {sent} messages to the server in "
          f"{time.monotonic() - began:.1f} s while it counted {first} → {later}")
    expect(page.get_by_text("Left", exact=True)).to_be_visible()

    notes = page.get_by_placeholder("What they said")
    expect(notes).to_have_count(5)
    notes.nth(0).fill("Robots in logistics")
    leave_box(page)
    notes.nth(1).fill("Mostly site visits")
    leave_box(page)

    page.get_by_role("textbox", name="They suggested someone — name").fill("Sam Lee")
    page.get_by_role("button", name="Add to my people").click()
    wait_for_app(page)
    expect(page.get_by_text("Added Sam Lee to your people")).to_be_visible()

    if SHOTS:
        take_screenshots(page)

    page.set_viewport_size(PHONE)  # one-handed: the finish button is big and full width
    finish = page.get_by_role("button", name="Finish the interview").bounding_box()
    assert finish["height"] >= 44 and finish["width"] >= PHONE["width"] - 60, finish
    page.set_viewport_size(VIEWPORT)

    before_reload = clock_reading(page)
    page.reload()  # mid-interview
    wait_for_store(page)
    expect(page.get_by_placeholder("What they said").nth(0)).to_have_value("Robots in logistics")
    expect(page.get_by_placeholder("What they said").nth(1)).to_have_value("Mostly site visits")
    expect(page.get_by_text("Suggested so far: Sam Lee")).to_be_visible()
    after_reload = clock_reading(page)
    assert after_reload >= before_reload, (before_reload, after_reload)  # not started afresh
    assert picked  # the plan still shows the picked questions
    expect(page.get_by_placeholder("What they said")).to_have_count(5)

    # Mid-interview, with the clock, notes and a suggested person on screen.
    assert run_axe(page) == [], format_violations(run_axe(page))
    assert skipped_heading_levels(page) == [] and marked_accessible_names(page) == []

    page.get_by_role("button", name="Finish the interview").click()
    wait_for_app(page)
    expect(page.get_by_text("Finished with Priya Sharma")).to_be_visible()

    open_app(page, f"{app_url}/writing_help?tool=Thank-you+note")
    wait_for_store(page)
    offer = page.get_by_text("Something specific you learned — from your notes with Priya")
    expect(offer).to_be_visible()
    page.get_by_role("combobox", name="Something specific you learned").click()
    expect(page.get_by_role("option", name="Robots in logistics")).to_be_visible()
    expect(page.get_by_role("option", name="Mostly site visits")).to_be_visible()
    page.get_by_role("option", name="Mostly site visits").click()
    wait_for_app(page)
    assert "Mostly site visits" in page.get_by_test_id("stMain").locator("textarea").evaluate_all(
        "boxes => boxes.map(b => b.value).join('\\n')")
    assert exception_boxes(page) == 0


def test_the_clock_warns_as_the_end_nears_and_when_it_is_past(student, app_url):
    page = student
    page.clock.install()  # the page's own clock, which the companion's counting reads
    frames = start_the_companion(page, app_url)
    clock = page.locator(".st-clock")
    expect(clock).to_have_attribute("data-level", "running")
    page.clock.fast_forward("15:30")
    expect(clock).to_have_attribute("data-level", "ending")
    expect(page.locator(".st-clock-warning")).to_contain_text("5 minutes or less left")
    expect(page.locator(".st-clock-warning")).to_contain_text("Who else should I talk to?")
    before = frames.count
    page.clock.fast_forward("05:00")
    expect(clock).to_have_attribute("data-level", "over")
    expect(page.locator(".st-clock-name").nth(1)).to_have_text("Over by")
    expect(page.locator(".st-clock-warning")).to_contain_text("past the 20 minutes they agreed to")
    assert frames.count == before  # the browser alone moved the clock on
    assert exception_boxes(page) == 0
