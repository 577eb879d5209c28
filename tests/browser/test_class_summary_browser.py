"""The class summary page in a real browser: 30 students' files at once, counts but no names."""

from __future__ import annotations

import time

import pandas as pd
import pytest
from class_files import PRIVATE_LABEL, REQUIREMENT, class_files

from interview_coach.classroom.requirement import settings_json
from interview_coach.classroom.summary_words import load_class_summary_words
from interview_coach.log.csv_file import write_log_csv
from interview_coach.log.schema import LOG_COLUMNS, coerce_types
from tests.browser.helpers import exception_boxes, expect, open_app, wait_for_app

pytestmark = pytest.mark.browser
WORDS = load_class_summary_words()

STUDENTS = 30
FIRST = ["Ottoline", "Barnaby", "Wilhelmina", "Caspian", "Euphemia", "Lysander", "Perpetua"]
LAST = ["Quenby", "Thistlewood", "Marchbanks", "Fairweather", "Pennywhistle", "Ashdown"]
STATUSES = ["Completed", "Scheduled", "Completed", "Requested", "Completed"]
FIELDS = ["Nursing", "Forestry", "Graphic design", "Accounting", "Social work", ""]
FOUND_VIA = ["Faculty or advisor", "Personal network", "Human resources",
             "Directory or trade journal", "Personal network", "Other"]


def write_class(folder) -> tuple[list, list[str]]:
    """30 exported logs with 1-5 contacts each; every contact's name is used once in the class."""
    paths, names = [], []
    for number in range(1, STUDENTS + 1):
        count = number % 5 + 1
        contacts = [f"{FIRST[(number + i) % 7]} {LAST[(number * 3 + i) % 6]}-{chr(64 + number)}"
                    for i in range(count)]
        rows = [{"date": f"2026-10-{i + 1:02d}", "contact": name,
                 "field": FIELDS[(number + i) % 6], "found_via": FOUND_VIA[(number * i) % 6],
                 "status": STATUSES[i], "thank_you_sent": i != 2, "referrals": number % 3}
                for i, name in enumerate(contacts)]
        path = folder / f"interview-log-{number:02d}.csv"
        path.write_bytes(write_log_csv(coerce_types(pd.DataFrame(rows, columns=LOG_COLUMNS))))
        paths.append(path)
        names += contacts
    return paths, names


def test_thirty_logs_are_summarised_without_showing_a_name(page, app_url, tmp_path):
    paths, names = write_class(tmp_path)
    assert len(set(names)) == len(names)
    open_app(page, f"{app_url}/class_summary")
    expect(page.get_by_text("How to grade the class")).to_be_visible()

    started = time.monotonic()
    page.locator('[data-testid="stFileUploaderDropzoneInput"][multiple]').set_input_files(paths)
    tab = page.get_by_role("tab", name=WORDS.tabs["numbers"])
    expect(tab).to_be_visible(timeout=60_000)
    wait_for_app(page, timeout_ms=60_000)
    tab.click()
    expect(page.get_by_test_id("stMetric").first).to_be_visible()
    print(f"30 files summarised and shown in {time.monotonic() - started:.1f} s")

    students = page.get_by_test_id("stMetric").filter(has_text="Students")
    expect(students.get_by_test_id("stMetricValue")).to_have_text(str(STUDENTS))
    assert exception_boxes(page) == 0
    body = page.inner_text("body")
    assert "Interviews per student" in page.content()
    shown = [name for name in names if name in body]
    assert not shown, f"contact names on the page: {shown[:3]}"


def upload_class(page, app_url: str, folder) -> tuple[list, float]:
    """Open the page, set the requirement from a settings file, drop the 30 files."""
    files, truth = class_files()
    paths = []
    for name, data in files:
        path = folder / name
        path.write_bytes(data)
        paths.append(path)
    settings = folder / "settings.json"
    settings.write_bytes(settings_json(REQUIREMENT))
    open_app(page, f"{app_url}/class_summary")
    page.get_by_test_id("stFileUploader").filter(has_text=WORDS.requirement["upload"]).locator(
        '[data-testid="stFileUploaderDropzoneInput"]').set_input_files(settings)
    expect(page.get_by_text(WORDS.requirement["loaded"])).to_be_visible()
    wait_for_app(page)
    started = time.monotonic()
    page.get_by_test_id("stFileUploader").filter(has_text=WORDS.files["label"]).locator(
        '[data-testid="stFileUploaderDropzoneInput"]').set_input_files(paths)
    expect(page.get_by_role("tab", name=WORDS.tabs["gradebook"])).to_be_visible(timeout=60_000)
    wait_for_app(page, timeout_ms=60_000)
    return truth, time.monotonic() - started


def test_thirty_files_graded_exactly_and_class_view_shows_no_name(page, app_url, tmp_path):
    """The Done-when of issue 18: app exports, spreadsheet saves in students' own words, an
    .xlsx, an empty log and 2 broken files, graded against a requirement with a due date."""
    truth, seconds = upload_class(page, app_url, tmp_path)
    print(f"30 files read and graded in {seconds:.1f} s")
    passing = sum(t.passes for t in truth)
    readable = sum(t.interviews is not None for t in truth)
    expect(page.get_by_text(f"{passing} of {readable} students")).to_be_visible()
    with page.expect_download() as download:
        page.get_by_role("button", name=WORDS.gradebook["download"]).click()
    table = pd.read_csv(download.value.path(), encoding="utf-8-sig", dtype=str,
                        keep_default_na=False)
    headings = WORDS.gradebook["headings"]
    assert table[headings["student"]].tolist() == [t.key for t in truth]
    for known, row in zip(truth, table.to_dict("records"), strict=True):
        outcome = row[headings["outcome"]]
        if known.interviews is None:
            assert outcome.startswith("Not read"), (known.file_name, outcome)
            continue
        assert row[headings["interviews"]] == str(known.interviews), known.file_name
        assert row[headings["thank_yous"]] == str(known.thank_yous), known.file_name
        assert row[headings["referrals"]] == str(known.referrals), known.file_name
        assert (outcome == WORDS.gradebook["pass"]) is known.passes, (known.file_name, outcome)
    page.screenshot(path="/tmp/class-gradebook.png", full_page=True)

    page.locator(".st-key-_w_class_view").get_by_text(WORDS.class_view["label"]).click()
    wait_for_app(page)
    expect(page.get_by_text(WORDS.class_view["note"].split(": ", 1)[1][:30])).to_be_visible()
    students = page.get_by_test_id("stMetric").filter(has_text="Students")
    expect(students.get_by_test_id("stMetricValue")).to_have_text(str(readable))
    html, text = page.content(), page.inner_text("body")
    for known in truth:
        for part in [*known.student_name.split(), known.file_name, known.student_id]:
            if part:
                assert part not in html and part not in text, part
    assert "Sandra" not in html and PRIVATE_LABEL not in html
    assert "Private remark" not in html and "Lakeshore" not in html
    assert exception_boxes(page) == 0
    page.screenshot(path="/tmp/class-view.png", full_page=True)
