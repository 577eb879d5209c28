import pandas as pd

from interview_coach.log.merge import add_to_log
from interview_coach.log.schema import coerce_types, empty_log

MINE = coerce_types(pd.DataFrame({"date": ["2026-10-01"], "contact": ["Ana Ruiz"],
                                  "organization": ["Acme"], "status": ["Completed"]}))


def test_adding_an_empty_file_changes_nothing_and_adding_to_an_empty_log_keeps_every_row():
    merged, added, skipped = add_to_log(MINE, empty_log())
    assert (added, skipped) == (0, 0)
    pd.testing.assert_frame_equal(merged, MINE)
    merged, added, skipped = add_to_log(empty_log(), MINE)
    assert (added, skipped, merged["contact"].tolist()) == (1, 0, ["Ana Ruiz"])


def test_the_same_person_on_the_same_day_is_skipped_whatever_the_case_and_spacing():
    again = coerce_types(pd.DataFrame({"date": ["2026-10-01", "2026-10-02"],
                                       "contact": [" ana  RUIZ", "Ben Li"],
                                       "organization": ["acme", ""]}))
    merged, added, skipped = add_to_log(MINE, again)
    assert (added, skipped) == (1, 1)
    assert merged["contact"].tolist() == ["Ana Ruiz", "Ben Li"]
