import json
from pathlib import Path

from apptest_helpers import open_page, texts
from interview_coach.log.csv_file import read_log_csv

SAMPLE_LOG = Path(__file__).resolve().parents[2] / "content" / "sample_log.csv"

HOW_TO = "Add someone in the empty row at the bottom"


def editors(at) -> list:
    """The tables on the page that can be edited (editing_mode 0 is read-only)."""
    return [table for table in at.dataframe if table.proto.editing_mode]


def test_the_table_says_how_to_add_change_and_remove_rows_empty_or_not():
    empty = open_page("interview_log")
    assert any(t.startswith(HOW_TO) for t in texts(empty.caption)) and len(editors(empty)) == 1
    sample = read_log_csv(SAMPLE_LOG.read_bytes()).log
    filled = open_page("interview_log", log=sample)
    assert any(t.startswith(HOW_TO) for t in texts(filled.caption)) and len(editors(filled)) == 1


def test_with_names_hidden_the_table_is_read_only_and_says_so_instead():
    sample = read_log_csv(SAMPLE_LOG.read_bytes()).log
    at = open_page("interview_log", log=sample, hide_names=True)
    assert not any(t.startswith(HOW_TO) for t in texts(at.caption))
    assert any("read-only" in t for t in texts(at.info)) and editors(at) == []


def test_date_and_contact_stay_in_view_when_the_table_is_scrolled_sideways():
    at = open_page("interview_log")
    columns = json.loads(editors(at)[0].proto.columns)
    assert sorted(name for name, config in columns.items() if config.get("pinned")) == [
        "contact", "date"]
