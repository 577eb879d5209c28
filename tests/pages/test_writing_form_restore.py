"""Writing help with a saved copy holding wrong-typed or out-of-range values: each reads as blank
(or its default) or gets a clear notice, never an error."""

from datetime import date

import pandas as pd
import pytest
import streamlit as st
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as hs
from streamlit.testing.v1 import AppTest

from apptest_helpers import ROOT, browser_answers, texts
from interview_coach.log.csv_file import write_log_csv
from interview_coach.log.schema import FORMATS, coerce_types
from interview_coach.people import record
from interview_coach.saving.stored_copy import dump
from interview_coach.writing.calendar_file import start_in_range
from ui.writing_help import form

ICS_BUTTON = "_writing_dl_ics"


def log_csv(*rows: tuple[str, str, str]) -> str:
    """A saved log of (date, contact, status) rows, as the browser copy holds it."""
    frame = pd.DataFrame(rows, columns=["date", "contact", "status"])
    return write_log_csv(coerce_types(frame)).decode("utf-8-sig")


ANA_DONE_BEN_SCHEDULED = log_csv(("2026-10-01", "Ana", "Completed"),
                                 ("2026-12-02", "Ben", "Scheduled"))
ANA_SCHEDULED_BEN_DONE = log_csv(("2026-12-01", "Ana", "Scheduled"),
                                 ("2026-10-02", "Ben", "Completed"))


def open_tool(tool: str, **parts) -> AppTest:
    """Writing help on `tool`, in a tab whose browser hands back a copy of `parts`."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30).run()
    browser_answers(at, dump(parts))
    at.session_state["tool"] = tool
    return at.switch_page("pages/writing_help.py").run()


def ics_buttons(at: AppTest) -> list:
    return [b for b in at.get("download_button") if b.key == ICS_BUTTON]


# ---- a stored row number (from before the tools worked on a chosen person) ----


@pytest.mark.parametrize("row", [True, False, 0, 1, "x"])
@pytest.mark.parametrize("tool", ["Calendar file", "Prep sheet"])
def test_an_old_stored_row_is_ignored(tool, row):
    at = open_tool(tool, log_csv=ANA_DONE_BEN_SCHEDULED, writing={"interview": {"row": row},
                                                                   "prep": {"row": row}})
    assert not at.exception
    assert at.selectbox(key="_w_writing_person").index == 0  # nobody chosen: typed details


def test_a_true_row_on_the_thank_you_note_reads_as_no_choice():
    at = open_tool("Thank-you note", log_csv=ANA_DONE_BEN_SCHEDULED,
                   writing={"thank_you": {"row": True, "source": form.FROM_LOG}})
    assert not at.exception


# ---- choice() and stored_interview() read any stored value (no page run needed) ----


@pytest.fixture
def session():
    """Streamlit's session state outside a page run (bare mode), emptied afterwards."""
    ss = st.session_state
    yield ss
    for key in ("writing", "log", "profile"):
        if key in ss:
            del ss[key]


@pytest.mark.parametrize(("stored", "expected"), [
    (True, "default"), (False, "default"), (1.0, "default"), ("1", "default"), ([1], "default"),
    ({"a": 1}, "default"), (None, "default"), (1, 1), (0, 0),
])
def test_choice_takes_only_an_option_of_the_same_type(session, stored, expected):
    session["writing"] = {"interview": {"row": stored}}
    assert form.choice("interview", "row", [0, 1], "default") == expected


def test_choice_keeps_a_stored_text_option(session):
    session["writing"] = {"interview": {"format": "Video"}}
    assert form.choice("interview", "format", FORMATS, "In person") == "Video"


JSON_VALUE = hs.recursive(
    hs.none() | hs.booleans() | hs.integers() | hs.floats() | hs.text(max_size=12)
    | hs.sampled_from([form.FROM_LOG, form.TYPED, "9999-12-31", "0001-01-01", "23:55", "24:00",
                       "2026-02-30", "Phone", 0, 1, 2, 1.0, True, False]),
    lambda inner: hs.lists(inner, max_size=3) | hs.dictionaries(hs.text(max_size=4), inner,
                                                                 max_size=3),
    max_leaves=4,
)
INTERVIEW_FIELDS = ["source", "row", "day", "time", "format", "place"]


@settings(deadline=None, max_examples=300,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # each example sets all
@example(interview={"row": True}, writing_is_odd=False, odd=None, with_log=True)
@example(interview={"row": 1.0, "source": form.FROM_LOG}, writing_is_odd=False, odd=None,
         with_log=True)
@given(interview=hs.fixed_dictionaries({}, optional=dict.fromkeys(INTERVIEW_FIELDS, JSON_VALUE)),
       writing_is_odd=hs.booleans(), odd=JSON_VALUE, with_log=hs.booleans())
def test_stored_interview_reads_any_stored_value(session, interview, writing_is_odd, odd,
                                                 with_log):
    session["writing"] = odd if writing_is_odd else {"interview": interview}
    ana = record.set_stage(record.new_person("Ana", date(2026, 10, 1), 1), "Held",
                           date(2026, 10, 1), 1)
    ben = record.set_stage(record.new_person("Ben", date(2026, 11, 1), 1), "Scheduled",
                           date(2026, 11, 2), 1) | {"date": "2026-12-02"}
    session["people"] = {p["id"]: p for p in (ana, ben)} if with_log else {}
    session["chosen_person"] = ben["id"] if with_log else None
    session["profile"] = {}
    planned = form.stored_interview()
    assert planned.row in (None, 1)
    assert planned.format in FORMATS or planned.format == ""
    if planned.start is not None:
        start_in_range(planned.start, date(2026, 11, 26))  # the calendar's check never raises


# ---- a stored date far from today ----


@pytest.mark.parametrize(("stored", "day"), [
    ("2026-12-02", date(2026, 12, 2)), ("9998-12-31", date(9998, 12, 31)),
    ("9999-12-31", None), ("0001-01-01", None),  # Python's first and last years: sums overflow
    ("2026-02-30", None), ("", None), (20261202, None), (None, None),
])
def test_as_day(stored, day):
    assert form.as_day(stored) == day


def test_a_typed_date_years_ahead_gets_a_notice_not_a_file():
    at = open_tool("Calendar file", writing={"interview": {
        "day": "2999-12-31", "time": "23:55", "source": form.TYPED}})
    assert not at.exception
    [notice] = [w for w in texts(at.warning) if "2999-12-31" in w]
    assert "more than 5 years from now" in notice and "Check the year above" in notice
    assert not ics_buttons(at)


def test_a_typed_date_in_the_year_9999_reads_as_blank():
    at = open_tool("Calendar file", writing={"interview": {
        "day": "9999-12-31", "time": "23:55", "source": form.TYPED}})
    assert not at.exception
    assert at.date_input(key="_w_writing_calendar_interview_day").value is None
    assert "Fill in the date and start time to download the calendar file." in texts(at.info)
    assert not ics_buttons(at)


def test_a_persons_date_far_back_gets_a_notice_pointing_to_their_card():
    ben = record.set_stage(record.new_person("Ben", date(1926, 11, 1), 1), "Scheduled",
                           date(1926, 11, 2), 1) | {"date": "1926-12-02", "time": "10:00"}
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30).run()
    browser_answers(at)
    at.session_state["people"], at.session_state["chosen_person"] = {ben["id"]: ben}, ben["id"]
    at.session_state["tool"] = "Calendar file"
    at.switch_page("pages/writing_help.py").run()
    assert not at.exception
    [notice] = [w for w in texts(at.warning) if "1926-12-02" in w]
    assert "more than 10 years ago" in notice and "on their People card" in notice
    assert not ics_buttons(at)


def test_a_date_a_few_months_ahead_still_gives_a_file():
    day = date.today().replace(day=1) + pd.DateOffset(months=3)
    at = open_tool("Calendar file", writing={"interview": {
        "day": day.date().isoformat(), "time": "10:00", "source": form.TYPED}})
    assert not at.exception
    assert ics_buttons(at)
    assert not at.warning


@pytest.mark.parametrize("day", ["9999-12-31", "9998-12-31", "0001-01-01", "0002-01-01"])
@pytest.mark.parametrize("tool", ["Calendar file", "Prep sheet", "Thank-you note"])
def test_far_dates_do_not_break_any_tool(tool, day):
    at = open_tool(tool, writing={
        "interview": {"day": day, "time": "23:55", "source": form.TYPED},
        "thank_you": {"interview_date": day, "source": form.TYPED}})
    assert not at.exception
