from datetime import date

import numpy as np
import pandas as pd
import pytest

from interview_coach.log.schema import coerce_types, empty_log
from interview_coach.log.stats import (
    FUNNEL_STAGES,
    NOT_RECORDED,
    breakdown,
    contact_key,
    funnel,
    has_usable_rows,
    headline,
    usable_rows,
    weekly_interviews,
)

TODAY = date(2025, 10, 22)  # a Wednesday


def make_log(rows: list[dict]) -> pd.DataFrame:
    return coerce_types(pd.DataFrame(rows))


@pytest.fixture
def log() -> pd.DataFrame:
    return make_log(
        [
            # Ana: asked, then interviewed (second row, other spelling), note sent, gave 2 names.
            dict(
                date="2025-10-01",
                contact="Ana Ruiz",
                status="Requested",
                found_via="Personal network",
                field="Nursing",
            ),
            dict(
                date="2025-10-06",
                contact="  ana   RUIZ ",
                status="Completed",
                thank_you_sent=True,
                referrals=2,
                found_via="personal  network",
                field="nursing",
            ),
            # Ben: referred by Ana, interviewed on a Sunday, no thank-you yet.
            dict(
                date="2025-10-12",
                contact="Ben Li",
                status="Completed",
                referred_by="Ana Ruiz",
                found_via="Personal network",
                field="NURSING ",
            ),
            # Cara: interview scheduled for next week.
            dict(
                date="2025-10-27",
                contact="Cara Diaz",
                status="Scheduled",
                found_via="Faculty or advisor",
                field="Biology",
            ),
            # Dev: declined.
            dict(date="2025-10-02", contact="Dev Patel", status="Declined", found_via="Job fair"),
            # Eli: interviewed three weeks after Ana, note sent, named by a referrer not in the log.
            dict(
                date="2025-10-29",
                contact="Eli Moss",
                status="Completed",
                thank_you_sent=True,
                referred_by="Gia Roy",
                field="Biology",
            ),
            # Rows still being typed: no date, or no contact. They must count nowhere.
            dict(date=None, contact="Half Typed", status="Completed", referrals=5),
            dict(date="2025-10-07", contact="  ", status="Completed", referrals=1),
        ]
    )


def test_contact_key_ignores_case_and_spacing():
    assert contact_key("  Ana   RUIZ ") == contact_key("ana ruiz") == "ana ruiz"
    assert contact_key("") == contact_key(None) == contact_key(float("nan")) == ""


def test_contact_key_drops_a_leading_title_only():
    assert (
        contact_key("Dr. Priya  Natarajan")
        == contact_key("prof priya natarajan")
        == ("priya natarajan")
    )
    assert contact_key("Dr.") == "dr."  # a lone title is still someone's entry
    assert contact_key("Ana Dr") == "ana dr"


def test_usable_rows_drop_rows_still_being_typed(log):
    rows = usable_rows(log)
    assert len(rows) == 6
    assert set(rows["key"]) == {"ana ruiz", "ben li", "cara diaz", "dev patel", "eli moss"}


def test_a_log_has_something_to_show_once_a_row_has_a_date_and_a_contact(log):
    typing = coerce_types(pd.DataFrame({"date": ["2025-10-01", None, "2025-10-02"],
                                        "contact": ["", "Ana Ruiz", "Dr."]}))
    blank = coerce_types(pd.DataFrame({"date": ["2025-10-01", None], "contact": ["  ", "Ana"]}))
    for frame, shows in ((log, True), (typing, True), (blank, False), (empty_log(), False)):
        assert has_usable_rows(frame) is shows
        assert bool(funnel(frame)["count"].iloc[0] > 0) is shows  # as the funnel counts


def test_headline_numbers(log):
    h = headline(log, TODAY)
    assert h.people_contacted == 5
    assert h.interviews_held == 3
    assert h.thank_yous_sent == 2
    assert h.thank_yous_missing == 1
    assert h.thank_you_share == pytest.approx(2 / 3)
    assert h.referrals_named == 2



def test_headline_of_empty_log_is_all_zero():
    h = headline(empty_log(), TODAY)
    assert (h.people_contacted, h.interviews_held, h.thank_yous_sent, h.referrals_named) == (
        0,
        0,
        0,
        0,
    )
    assert h.thank_you_share is None


def test_weekly_interviews_fills_missing_weeks(log):
    weekly = weekly_interviews(log)
    # Ana 6 Oct (Mon) and Ben 12 Oct (Sun) share the week of 6 Oct; Eli is in the week of 27 Oct.
    assert list(weekly["week"].dt.date) == [
        date(2025, 10, 6),
        date(2025, 10, 13),
        date(2025, 10, 20),
        date(2025, 10, 27),
    ]
    assert list(weekly["interviews"]) == [2, 0, 0, 1]
    assert list(weekly["cumulative"]) == [2, 2, 2, 3]
    assert all(weekly["week"].dt.day_of_week == 0)
    assert str(weekly["week"].dtype) == "datetime64[ns]"


def test_weekly_interviews_of_log_without_interviews_is_empty():
    only_requests = make_log([dict(date="2025-10-01", contact="Ana", status="Requested")])
    for log in (empty_log(), only_requests):
        weekly = weekly_interviews(log)
        assert weekly.empty
        assert list(weekly.columns) == ["week", "interviews", "cumulative"]


def test_weekly_interviews_does_not_fill_decades_for_a_mistyped_year():
    log = make_log(
        [
            dict(date="1925-10-06", contact="Typo", status="Completed"),
            dict(date="2025-10-06", contact="Real", status="Completed"),
        ]
    )
    weekly = weekly_interviews(log)
    assert list(weekly["interviews"]) == [1, 1]
    assert list(weekly["cumulative"]) == [1, 2]


def test_funnel_counts_contacts_at_each_stage(log):
    frame = funnel(log)
    assert list(frame["stage"]) == FUNNEL_STAGES
    assert list(frame["order"]) == [1, 2, 3, 4, 5]
    # 5 asked; Ana, Ben, Eli completed (so also scheduled) plus Cara scheduled; Dev declined.
    # Thank-you: Ana and Eli. Referral named: Ana (referrals=2, and Ben names her).
    assert list(frame["count"]) == [5, 4, 3, 2, 1]


def test_funnel_referral_needs_a_completed_interview():
    log = make_log(
        [
            dict(date="2025-10-01", contact="Asked Only", status="Requested", referrals=1),
            dict(date="2025-10-02", contact="Met", status="Completed", referred_by="Asked Only"),
            dict(date="2025-10-03", contact="Oddity", status="On hold"),
        ]
    )
    assert list(funnel(log)["count"]) == [3, 1, 1, 0, 0]


def test_breakdown_by_how_found(log):
    frame = breakdown(log, "found_via")
    assert frame.to_dict("records") == [
        {"label": "Personal network", "contacts": 2, "interviews": 2},
        {"label": "Faculty or advisor", "contacts": 1, "interviews": 0},
        {"label": "Job fair", "contacts": 1, "interviews": 0},
        {"label": NOT_RECORDED, "contacts": 1, "interviews": 1},
    ]


def test_breakdown_by_field_groups_spellings_and_keeps_the_first(log):
    frame = breakdown(log, "field")
    assert frame.to_dict("records") == [
        {"label": "Nursing", "contacts": 2, "interviews": 2},
        {"label": "Biology", "contacts": 2, "interviews": 1},
        {"label": NOT_RECORDED, "contacts": 1, "interviews": 0},
    ]


def test_breakdown_adds_up_labels_past_the_limit():
    rows = [
        dict(date="2025-10-01", contact=f"P{i}", field=f"Field {i % 5}", status="Completed")
        for i in range(15)
    ]  # Field 0-4, three contacts each
    rows.append(dict(date="2025-10-01", contact="Blank", field=""))
    frame = breakdown(make_log(rows), "field", limit=3)
    assert list(frame["label"]) == ["Field 0", "Field 1", "All others (3)", NOT_RECORDED]
    assert list(frame["contacts"]) == [3, 3, 9, 1]
    assert list(frame["interviews"]) == [3, 3, 9, 0]


def test_breakdown_of_empty_log_has_no_rows():
    frame = breakdown(empty_log(), "found_via")
    assert frame.empty
    assert list(frame.columns) == ["label", "contacts", "interviews"]


def synthetic_log(n: int = 10_000, seed: int = 7) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    return coerce_types(
        pd.DataFrame(
            {
                "date": pd.Timestamp("2024-01-01")
                + pd.to_timedelta(rng.integers(0, 700, n), unit="D"),
                "contact": [f"Person {i}" for i in rng.integers(0, 4000, n)],
                "organization": [f"Org {i}" for i in rng.integers(0, 500, n)],
                "field": [f"Field {i}" for i in rng.integers(0, 300, n)],
                "found_via": rng.choice(["Personal network", "Other", "", "Human resources"], n),
                "status": rng.choice(["Requested", "Scheduled", "Completed", "Declined"], n),
                "thank_you_sent": rng.random(n) < 0.5,
                "referrals": rng.integers(0, 3, n),
                "referred_by": [f"Person {i}" if i < 800 else "" for i in rng.integers(0, 4000, n)],
                "notes": ["Talked about Person 12 and the field."] * n,
            }
        )
    )


def test_aggregating_a_ten_thousand_row_log():  # its speed is measured in bench/bench_log_scale.py
    log = synthetic_log()

    def aggregate_all():
        headline(log, TODAY)
        weekly_interviews(log)
        funnel(log)
        breakdown(log, "found_via")
        breakdown(log, "field")

    aggregate_all()
    assert len(breakdown(log, "field")) <= 13
    assert len(weekly_interviews(log)) == 100

