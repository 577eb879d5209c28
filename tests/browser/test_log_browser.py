"""The interview log in Chromium: upload a spreadsheet file, replace, download, compare."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview_coach.log.csv_file import read_log_csv, write_log_csv
from tests.browser.helpers import (
    exception_boxes,
    expect,
    format_violations,
    open_app,
    run_axe,
    wait_for_app,
    wait_for_saved_part,
    wait_for_store,
)

pytestmark = pytest.mark.browser
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "logs"
SAMPLE = Path(__file__).resolve().parents[2] / "content" / "sample_log.csv"


def open_import_tab(page, app_url: str) -> None:
    open_app(page, f"{app_url}/interview_log")
    wait_for_store(page)
    page.get_by_role("tab", name="Import & export").click()
    wait_for_app(page)


def upload(page, path: Path) -> None:
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(path))
    wait_for_app(page)


def download_log(page, tmp_path: Path) -> bytes:
    with page.expect_download() as info:
        page.get_by_role("button", name="Download log (CSV)").click()
    target = tmp_path / "downloaded.csv"
    info.value.save_as(target)
    return target.read_bytes()


def test_upload_replace_and_download_gives_the_same_log(page, app_url, tmp_path):
    source = tmp_path / "my-log.csv"
    source.write_bytes(write_log_csv(read_log_csv(SAMPLE.read_bytes()).log))
    open_import_tab(page, app_url)
    upload(page, source)
    expect(page.get_by_text("24 rows ready to bring in")).to_be_visible()
    page.get_by_role("button", name="Replace my log").click()
    wait_for_app(page)
    expect(page.get_by_text("Your log was replaced by the 24 rows")).to_be_visible()
    assert download_log(page, tmp_path) == source.read_bytes()
    assert exception_boxes(page) == 0


def test_an_excel_file_with_day_first_dates_and_semicolons_imports(page, app_url, tmp_path):
    excel = next(iter(sorted(FIXTURES.glob("*european*"))), None)
    assert excel is not None, "fixture missing: an Excel European-locale export"
    open_import_tab(page, app_url)
    upload(page, excel)
    page.get_by_role("button", name="Replace my log").click()
    wait_for_app(page)
    text = download_log(page, tmp_path).decode("utf-8-sig")
    assert text.splitlines()[0].startswith("date,contact,organization")
    assert read_log_csv(text.encode()).problems == []


def test_a_broken_file_leaves_the_log_as_it_was(page, app_url, tmp_path):
    good = tmp_path / "good.csv"
    good.write_bytes(SAMPLE.read_bytes())
    broken = tmp_path / "broken.csv"
    broken.write_bytes(b"\x00\x01\x02PK\x03\x04 not a csv \xff\xfe" * 50)
    open_import_tab(page, app_url)
    upload(page, good)
    page.get_by_role("button", name="Replace my log").click()
    wait_for_app(page)
    before = download_log(page, tmp_path)
    upload(page, broken)
    expect(page.get_by_text("cannot be used")).to_be_visible()
    expect(page.get_by_text("Your log has not changed")).to_be_visible()
    assert page.get_by_role("button", name="Replace my log").count() == 0
    assert download_log(page, tmp_path) == before
    assert exception_boxes(page) == 0


def test_a_replaced_log_is_kept_when_the_page_is_reloaded_right_after(page, app_url):
    # The log page reruns on its own (a fragment) and writes the browser copy itself.
    open_import_tab(page, app_url)
    upload(page, SAMPLE)
    page.get_by_role("button", name="Replace my log").click()
    wait_for_app(page)
    contacted = page.locator('[data-testid="stMetric"]').filter(has_text="People contacted")
    expect(contacted).to_contain_text("24")
    wait_for_saved_part(page, "log_csv")
    page.reload()
    wait_for_store(page)
    expect(contacted).to_contain_text("24")
    assert exception_boxes(page) == 0


@pytest.mark.parametrize(("width", "rows"), [(390, 2), (1366, 1)])
def test_the_four_headline_numbers_leave_room_for_the_log_on_a_phone(new_context, app_url,
                                                                     width, rows):
    # On a phone the four cards sit two by two, so the log itself starts on the first screen.
    page = new_context(viewport={"width": width, "height": 844}).new_page()
    open_app(page, f"{app_url}/interview_log")
    cards = page.get_by_test_id("stMetric")
    expect(cards).to_have_count(4)
    boxes = [cards.nth(i).bounding_box() for i in range(4)]
    assert len({round(box["y"]) for box in boxes}) == rows
    assert max(box["x"] + box["width"] for box in boxes) <= width
    assert page.get_by_role("tab", name="My log").bounding_box()["y"] < 844


@pytest.mark.parametrize("width", [390, 1366])
def test_the_referral_tree_stays_readable_and_scrolls_in_its_own_box(new_context, app_url, width):
    page = new_context(viewport={"width": width, "height": 844}).new_page()
    open_app(page, f"{app_url}/interview_log")
    wait_for_store(page)
    page.get_by_role("button", name="Load sample log").click()
    wait_for_app(page)
    page.get_by_role("tab", name="Referral tree").click()
    wait_for_app(page)
    tree = page.get_by_test_id("stGraphVizChart")
    expect(tree.locator("svg text").first).to_be_visible()
    name_height = tree.locator("svg text").first.bounding_box()["height"]
    assert name_height >= 14, name_height  # it was 6 px on a phone, shrunk to the page width
    assert page.evaluate("document.documentElement.scrollWidth") == width
    box_width, drawn_width = tree.evaluate("b => [b.clientWidth, b.scrollWidth]")
    scrolls = width == 390
    assert box_width <= width and (drawn_width > box_width) == scrolls
    # A box that scrolls is a tab stop, so a keyboard can scroll it too; one that doesn't isn't.
    if scrolls:
        expect(tree).to_have_attribute("tabindex", "0")
    else:
        expect(tree).not_to_have_attribute("tabindex", "0")
    assert run_axe(page) == [], format_violations(run_axe(page))
