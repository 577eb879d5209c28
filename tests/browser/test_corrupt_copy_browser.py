"""A damaged or odd browser copy of the student's work, in a real browser: a clear notice, no
error box, and the good parts kept (and saved again)."""

from __future__ import annotations

import json

import pytest

from interview_coach.saving.stored_copy import DAMAGED
from tests.browser.helpers import (
    exception_boxes,
    expect,
    local_storage,
    open_app,
    saved_records,
    wait_for_store,
)

pytestmark = pytest.mark.browser

KEY = "information-interview-coach"
# As JSON.stringify writes a lone surrogate: the six characters \ud800.
DAMAGED_LOG = ('{"app":"information-interview-coach","version":1,"parts":{"profile":'
               '{"student_name":"Stu"},"log_csv":"date,contact\\r\\n2026-10-01,Ana\\r\\n'
               '2026-10-02,Ben\\ud800\\r\\n"}}')
TRUE_ROW = json.dumps({"app": KEY, "version": 1, "parts": {
    "log_csv": "date,contact,status\r\n2026-10-01,Ana,Completed\r\n2026-12-02,Ben,Scheduled\r\n",
    "writing": {"interview": {"row": True}, "prep": {"row": True}}}})


def open_with_copy(page, url: str, copy: str, path: str) -> None:
    open_app(page, url)
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [KEY, copy])
    open_app(page, f"{url}/{path}")
    wait_for_store(page)


def saved_names(page) -> list[str]:
    return sorted(json.loads(text)["v"]["name"] for key, text in saved_records(page).items()
                  if key.startswith("person/"))


def test_a_lone_surrogate_keeps_every_log_row_and_says_so(page, app_url):
    open_with_copy(page, app_url, DAMAGED_LOG, "people")
    expect(page.get_by_text(DAMAGED)).to_be_visible()
    assert exception_boxes(page) == 0
    page.wait_for_function("() => Object.values(localStorage).some(t => t.includes('Ben\\ufffd'))")
    assert saved_names(page) == ["Ana", "Ben\ufffd"]
    assert local_storage(page, KEY) is None  # the old copy, read whole, gave way to records

    page.reload()  # the repaired copy comes back quietly
    wait_for_store(page)
    assert exception_boxes(page) == 0
    expect(page.get_by_text(DAMAGED)).to_have_count(0)


@pytest.mark.parametrize("tool", ["Calendar+file", "Prep+sheet"])
def test_an_old_copy_with_a_row_number_opens_the_tool_and_brings_the_people(page, app_url, tool):
    # Version 1 pointed at a log row ("row": true); people now stand where the rows were.
    open_with_copy(page, app_url, TRUE_ROW, f"writing_help?tool={tool}")
    assert exception_boxes(page) == 0
    expect(page.get_by_role("heading", name="Writing help")).to_be_visible()
    page.wait_for_function("() => Object.keys(localStorage).filter(k =>"
                           " k.startsWith('information-interview-coach/person/')).length === 2")
    assert saved_names(page) == ["Ana", "Ben"]
