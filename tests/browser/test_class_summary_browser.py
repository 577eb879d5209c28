"""The class summary page in a real browser: 30 students' files at once, counts but no names."""

from __future__ import annotations

import time

import pandas as pd
import pytest

from interview_coach.log.csv_file import write_log_csv
from interview_coach.log.schema import LOG_COLUMNS, coerce_types
from tests.browser.helpers import exception_boxes, expect, open_app, wait_for_app

pytestmark = pytest.mark.browser

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
    expect(page.get_by_text("How to get the class's numbers")).to_be_visible()

    started = time.monotonic()
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(paths)
    expect(page.get_by_test_id("stMetric").first).to_be_visible(timeout=60_000)
    wait_for_app(page, timeout_ms=60_000)
    print(f"30 files summarised and shown in {time.monotonic() - started:.1f} s")

    students = page.get_by_test_id("stMetric").filter(has_text="Students")
    expect(students.get_by_test_id("stMetricValue")).to_have_text(str(STUDENTS))
    assert exception_boxes(page) == 0
    body = page.inner_text("body")
    assert "Interviews per student" in page.content()
    shown = [name for name in names if name in body]
    assert not shown, f"contact names on the page: {shown[:3]}"
