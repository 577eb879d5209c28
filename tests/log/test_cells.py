"""How one cell's words are read: the wordings students' own spreadsheets use."""

import pytest

from interview_coach.log import cells
from interview_coach.log.csv_file import read_log_csv


@pytest.mark.parametrize("written", ["Interviewed", "met", "Held", "DONE", " done "])
def test_status_words_for_an_interview_that_happened_are_completed(written):
    assert cells.choice("status", written) == "Completed"


@pytest.mark.parametrize("written", ["waiting", "Sent", "Waiting for reply", "emailed"])
def test_status_words_for_a_request_still_open_are_requested(written):
    assert cells.choice("status", written) == "Requested"


@pytest.mark.parametrize("written", ["sent", "Sent", "✓", "✔", "x", "X", "2026-10-04",
                                     "10/4/2026", "4 Oct 2026", "sent 4 Oct 2026", "✓ 4 Oct",
                                     "yes, by email"])
def test_thank_you_marks_and_dates_mean_sent(written):
    assert cells.YES_NO.get(written.strip().casefold()) is True


@pytest.mark.parametrize("written", ["oui", "maybe", "yesterday", "soon"])
def test_other_thank_you_words_are_still_not_understood(written):
    assert cells.YES_NO.get(written.strip().casefold()) is None


@pytest.mark.parametrize("written", ["no", "not sent", "", "0"])
def test_no_words_stay_no(written):
    assert cells.YES_NO.get(written.strip().casefold()) is False


@pytest.mark.parametrize("written, number", [
    ("2 (Dr. Lee & Sam)", 2), ("1 - Sam Okafor", 1), ("3 names", 3), ("1: Priya", 1),
    ("2 (", 2)])
def test_referrals_written_with_names_after_the_count(written, number):
    assert cells.whole_number(written, minutes=False) == number


@pytest.mark.parametrize("written", ["2.5", "-2", "1e3", "twenty", "(2)", "Sam"])
def test_referrals_that_do_not_start_with_a_count_stay_unreadable(written):
    assert cells.whole_number(written, minutes=False) is False


def test_a_spreadsheet_with_these_wordings_imports_without_problems():
    data = ("date,contact,status,thank you,referrals\n"
            "2026-10-01,Ana,Interviewed,sent,2 (Dr. Lee & Sam)\n"
            "2026-10-02,Ben,met,✓,0\n"
            "2026-10-03,Cy,waiting,,\n"
            "2026-10-04,Di,held,2026-10-05,1 - Jo\n").encode()
    result = read_log_csv(data)
    assert result.problems == []
    assert list(result.log["status"]) == ["Completed", "Completed", "Requested", "Completed"]
    assert list(result.log["thank_you_sent"]) == [True, True, False, True]
    assert list(result.log["referrals"].fillna(-1)) == [2, 0, -1, 1]
