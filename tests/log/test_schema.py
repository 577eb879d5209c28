"""The log's in-memory shape: coerce_types fixes types after the editor or a restore."""

import pandas as pd

from interview_coach.log.schema import LOG_COLUMNS, coerce_types, empty_log, log_frame


def test_empty_log_has_the_columns_in_order():
    log = empty_log()
    assert list(log.columns) == LOG_COLUMNS
    assert len(log) == 0
    assert str(log["date"].dtype) == "datetime64[ns]"
    assert str(log["referrals"].dtype) == "Int64"


def test_mixed_date_texts_all_parse():
    log = coerce_types(pd.DataFrame({"date": ["2026-09-03 15:45", "2026-09-04"],
                                     "contact": ["A", "B"]}))
    assert log["date"].dt.strftime("%Y-%m-%d").tolist() == ["2026-09-03", "2026-09-04"]


def test_blanks_of_every_kind_become_empty_text():
    frame = pd.DataFrame({"date": ["2026-01-02"] * 4, "contact": ["A", None, pd.NA, float("nan")],
                          "notes": pd.array(["x", pd.NA, None, "y"], dtype="string")})
    log = coerce_types(frame)
    assert log["contact"].tolist() == ["A", "", "", ""]
    assert log["notes"].tolist() == ["x", "", "", "y"]


def test_numbers_and_booleans():
    frame = pd.DataFrame({"date": ["2026-01-02"] * 3, "contact": list("ABC"),
                          "referrals": [2.0, None, "3"], "thank_you_sent": [True, None, pd.NA]})
    log = coerce_types(frame)
    assert log["referrals"].tolist()[0] == 2 and pd.isna(log["referrals"][1])
    assert log["referrals"].tolist()[2] == 3
    assert log["thank_you_sent"].tolist() == [True, False, False]


def test_extra_columns_are_kept_after_the_known_ones():
    log = coerce_types(pd.DataFrame({"Mood": ["good"], "contact": ["A"], "date": ["2026-01-02"]}))
    assert list(log.columns) == LOG_COLUMNS + ["Mood"]
    assert log["Mood"].tolist() == ["good"]


def test_a_frame_from_plain_lists_has_the_log_types_and_plain_python_text():
    columns = {c: [None, None] for c in LOG_COLUMNS}
    columns.update(date=["2026-01-02", ""], contact=["A", float("nan")],
                   referrals=[1, None], thank_you_sent=[True, float("nan")], Mood=["ok", None])
    log = log_frame(columns, ["Mood"])
    assert list(log.columns) == LOG_COLUMNS + ["Mood"]
    assert log["contact"].dtype == object and log["Mood"].dtype == object  # not pandas' str
    assert log["contact"].tolist() == ["A", ""] and log["Mood"].tolist() == ["ok", ""]
    assert str(log["date"].dtype) == "datetime64[ns]" and pd.isna(log["date"][1])
    assert log["referrals"].dtype == "Int64" and log["thank_you_sent"].tolist() == [True, False]
    assert list(log.index) == [0, 1]


def test_typing_again_changes_nothing():
    frame = coerce_types(pd.DataFrame({"date": ["2026-01-02", None], "contact": ["A", "B"],
                                       "referrals": [2, None], "Mood": ["x", None]}))
    pd.testing.assert_frame_equal(coerce_types(frame), frame)
