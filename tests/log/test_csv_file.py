"""CSV import/export of the interview log, checked against files shaped like real exports."""

from __future__ import annotations

import importlib.util
import re
import warnings
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interview_coach.log.csv_file import (
    READ_FAILED,
    ImportResult,
    Problem,
    read_log_csv,
    rows_missing_required,
    write_log_csv,
)
from interview_coach.log.merge import add_to_log
from interview_coach.log.schema import CHOICES, LOG_COLUMNS, coerce_types, empty_log

ROOT = Path(__file__).resolve().parents[2]
LOGS = ROOT / "tests" / "fixtures" / "logs"
SAMPLE = ROOT / "content" / "sample_log.csv"
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))


def load(name: str) -> ImportResult:
    return read_log_csv((LOGS / name).read_bytes())


def accepted(name_or_bytes: str | bytes) -> pd.DataFrame:
    result = load(name_or_bytes) if isinstance(name_or_bytes, str) else read_log_csv(name_or_bytes)
    assert result.refused is None, result.refused
    assert result.log is not None
    return result.log


def day(text: str) -> pd.Timestamp:
    return pd.Timestamp(text)


def csv_cells(data: bytes) -> list[list[str]]:
    """Rows of an exported file split naively (fine for tests without commas in cells)."""
    return [line.split(",") for line in data.decode("utf-8-sig").split("\r\n") if line]


def build_fixture_module():
    spec = importlib.util.spec_from_file_location(
        "make_log_fixtures", ROOT / "tests" / "fixtures" / "make_log_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ----------------------------------------------------------------- files from real spreadsheets


def test_fixture_files_match_their_generator():
    for name, data in build_fixture_module().build_fixtures().items():
        assert (LOGS / name).read_bytes() == data, f"re-run make_log_fixtures.py ({name})"


def test_excel_csv_utf8_with_bom_crlf_and_line_break_in_cell():
    raw = (LOGS / "excel_csv_utf8.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    result = load("excel_csv_utf8.csv")
    log = result.log
    assert result.problems == [] and result.rows == 3
    assert list(log.columns) == LOG_COLUMNS
    assert list(log["date"]) == [day("2026-09-03"), day("2026-09-15"), day("2026-10-01")]
    assert log.loc[0, "contact"] == "Renée Côté"
    assert log.loc[0, "notes"] == "Friendly, direct.\nSaid “learn Python” twice."
    assert log.loc[2, "contact"] == "O’Brien Aoife"
    assert list(log["thank_you_sent"]) == [True, False, False]
    assert log.loc[0, "referrals"] == 2 and pd.isna(log.loc[2, "duration_min"])
    assert log.loc[1, "referred_by"] == "Renée Côté"


def test_excel_cp1252_with_accents_curly_quote_and_month_first_dates():
    raw = (LOGS / "excel_cp1252.csv").read_bytes()
    assert b"\x92" in raw and b"\xe9" in raw  # ’ and é as Windows-1252 bytes
    result = load("excel_cp1252.csv")
    log = result.log
    assert log.loc[0, "contact"] == "André Léger"
    assert log.loc[0, "notes"] == "He’s great; bring résumé"
    assert list(log["date"]) == [day("2026-09-03"), day("2026-11-12")]
    assert list(log["thank_you_sent"]) == [True, False]
    # neither date can tell the order, so the student is told how they were read
    note = result.problems[0]
    assert note.row is None and note.column == "Date"
    assert "month first" in note.message and "3 September 2026" in note.message


def test_excel_european_semicolons_and_day_first_dates():
    result = load("excel_european.csv")
    log = result.log
    assert list(log["date"]) == [day("2026-09-03"), day("2026-09-25"), day("2026-10-01")]
    assert log.loc[0, "contact"] == "Élodie Martin"
    assert log.loc[1, "notes"] == "Notes with, commas"
    assert log.loc[0, "organization"] == "Cedar Ridge Conservation Authority"
    assert list(log["duration_min"].astype(object)) == [20, 25, pd.NA]
    assert log.loc[2, "referred_by"] == "Lukas Schäfer"
    assert result.problems == [
        Problem(2, "thank you sent", "‘oui’ is not yes or no, so it was left as no.")]


def test_google_sheets_multiline_notes_and_unticked_checkbox_rows():
    raw = (LOGS / "google_sheets.csv").read_bytes()
    assert b"\r" not in raw and not raw.startswith(b"\xef\xbb\xbf")
    result = load("google_sheets.csv")
    assert result.problems == [] and result.rows == 2  # the FALSE-only rows are blank rows
    log = result.log
    assert log.loc[0, "notes"] == 'Line one\nLine two, with comma\n"Quoted" line three'
    assert list(log["thank_you_sent"]) == [True, False]


def test_libreoffice_tab_separated_with_two_digit_day_first_years():
    log = accepted("libreoffice_tab.tsv")
    assert list(log["date"]) == [day("2026-10-21"), day("2026-11-02")]
    assert log.loc[0, "notes"] == 'Satellite, crops, "NDVI"'
    assert list(log["thank_you_sent"]) == [True, False]
    assert list(log["status"]) == ["Completed", "Completed"]


def test_libreoffice_quote_all_text_cells():
    log = accepted("libreoffice_comma.csv")
    assert list(log["date"]) == [day("2026-10-14"), day("2026-11-04")]
    assert log.loc[0, "notes"] == "Trade journal, p. 12"
    assert list(log["duration_min"]) == [30, 20]


def test_excel_unicode_text_utf16_tab_file():
    log = accepted("excel_unicode_text.txt")
    assert log.loc[0, "contact"] == "Łucja Nowak" and log.loc[0, "notes"] == "Część"


def test_headings_aliases_odd_case_and_choice_values():
    result = load("aliases_odd_case.csv")
    log = result.log
    assert result.problems == []
    assert list(log.columns) == LOG_COLUMNS + ["Extra Thoughts"]
    assert list(log["contact"]) == ["Carlos Mendes", "Rebecca Thorne"]
    assert log.loc[0, "organization"] == "Greyrock Environmental Consulting"
    assert log.loc[0, "role"] == "Junior scientist"
    assert log.loc[0, "field"] == "Environmental science"
    assert list(log["found_via"]) == ["Other", "Directory or trade journal"]
    assert list(log["format"]) == ["In person", "Coffee chat"]  # unknown value kept as written
    assert list(log["status"]) == ["Completed", "Completed"]
    assert list(log["duration_min"]) == [25, 30]
    assert list(log["thank_you_sent"]) == [True, False]
    assert list(log["referrals"]) == [0, 1]
    assert log.loc[0, "notes"] == "Career fair"
    assert log.loc[0, "Extra Thoughts"] == "Follow up in May"


@pytest.mark.parametrize("heading, column", [
    ("Thank_You-Sent", "thank_you_sent"), ("thank you", "thank_you_sent"),
    ("  DURATION  min ", "duration_min"), ("Duration (min)", "duration_min"),
    ("minutes", "duration_min"), ("organisation", "organization"), ("Company", "organization"),
    ("Job Title", "role"), ("title", "role"), ("industry", "field"), ("How found", "found_via"),
    ("found-via", "found_via"), ("Referred by", "referred_by"), ("referred_by", "referred_by"),
])
def test_heading_aliases(heading, column):
    values = {"thank_you_sent": "yes", "duration_min": "25", "organization": "Acme Mapping",
              "role": "Analyst", "field": "GIS", "found_via": "Other", "referred_by": "Ana"}
    log = accepted(f"Name,When,{heading}\nBen,2026-09-01,{values[column]}\n".encode())
    expected = {"yes": True, "25": 25}.get(values[column], values[column])
    assert log.loc[0, column] == expected
    assert list(log.columns) == LOG_COLUMNS


def test_formula_cells_are_unescaped_once_and_escaped_again_on_export():
    log = accepted("formulas.csv")
    assert list(log["contact"]) == [
        '=HYPERLINK("http://example.invalid")', "=already escaped", "'=two apostrophes"]
    assert list(log["organization"]) == ["+1 555 0100", "-minus", "\tTab first"]
    assert list(log["notes"]) == ["@SUM(A1)", "'just an apostrophe", "plain"]
    exported = write_log_csv(log).decode("utf-8-sig")
    for cell in ["'=HYPERLINK(", "'+1 555 0100", "'@SUM(A1)", "'=already escaped",
                 "''=two apostrophes", "'-minus", ",'\tTab first,"]:
        assert cell in exported
    assert ",'just an apostrophe" in exported  # not a formula, so written as it is
    assert not re.search(r"(^|,)[=+\-@]", exported, re.MULTILINE)


def test_unknown_columns_blank_rows_and_unnamed_columns():
    result = load("unknown_and_blank.csv")
    log = result.log
    assert result.rows == 2 and result.problems == []
    assert list(log.columns) == LOG_COLUMNS + ["Follow-up date", "Rating", "Column E"]
    assert list(log["Rating"]) == ["5", "4"]
    assert log.loc[0, "Column E"] == "side note" and log.loc[0, "notes"] == "hello"
    assert all(log[c].dtype == object for c in ["Follow-up date", "Rating", "Column E"])


def test_title_row_above_the_headings_is_skipped_and_reported():
    result = load("title_row.csv")
    assert result.log.loc[0, "contact"] == "Ana Ruiz"
    assert result.problems == [
        Problem(1, None, "Row 1 is above the column headings, so it was skipped.")]


def test_invalid_optional_values_are_listed_and_left_blank():
    result = load("bad_values.csv")
    log = result.log
    assert result.refused is None and result.rows == 2
    assert [(p.row, p.column) for p in result.problems] == [
        (2, "duration_min"), (2, "referrals"), (2, "thank_you_sent"), (3, "duration_min")]
    assert result.problems[0].message == (
        "‘abc’ is not a whole number of minutes (0 or more), so it was left blank.")
    assert result.problems[1].message.startswith("‘-2’ is not a whole number of referrals")
    assert pd.isna(log.loc[0, "duration_min"]) and pd.isna(log.loc[0, "referrals"])
    assert pd.isna(log.loc[1, "duration_min"]) and log.loc[1, "referrals"] == 3
    assert list(log["thank_you_sent"]) == [False, True]
    assert list(log["format"]) == ["Carrier pigeon", "Video"]


# ------------------------------------------------------------------------------- refusals


@pytest.mark.parametrize("name, words", [
    ("empty.csv", "empty"),
    ("binary.png", "not a text file"),
    ("workbook.xlsx", "workbook"),
    ("prose.txt", "doesn't look like an interview log"),
    ("page.html", "web page"),
    ("missing_date.csv", "no ‘date’ column"),
    ("unclosed_quote.csv", "quotation mark"),
])
def test_unusable_files_are_refused_with_a_plain_reason(name, words):
    result = load(name)
    assert result.log is None
    assert words in result.refused
    assert result.refused.endswith(".") and result.refused.count(". ") == 0  # one sentence


def test_bad_required_date_refuses_and_names_the_row():
    result = load("bad_date.csv")
    assert result.log is None and "Row 2 " in result.refused
    assert result.problems[0].row == 2 and result.problems[0].column == "date"
    assert result.problems[0].message.startswith("‘31/02/2026’ is not a date")


def test_blank_contact_refuses_and_lists_every_bad_row():
    result = load("blank_contact.csv")
    assert result.log is None and result.rows == 2
    assert result.problems == [Problem(3, "contact", "The contact name is blank.")]
    many = read_log_csv(b"date,contact\n,Ana\n2026-09-02,\nnope,Ben\n2026-09-04,Cy\n")
    assert many.log is None and "3 rows (2, 3, 4)" in many.refused
    assert [p.row for p in many.problems] == [2, 3, 4]


def test_missing_contact_column():
    result = read_log_csv(b"date,notes\n2026-09-01,hello\n")
    assert result.log is None and "no ‘contact’ column" in result.refused


def test_bad_encoding_refused():
    result = read_log_csv(b"date,contact\n2026-09-01,Ana \x81\x8d\n")
    assert result.log is None and "encoding" in result.refused


def test_too_many_rows_refused():
    header = b"date,contact\n"
    rows = b"2026-09-01,Ana\n" * 20_001
    result = read_log_csv(header + rows)
    assert result.log is None and "20,001 rows" in result.refused and "20,000" in result.refused
    assert read_log_csv(header + rows[: 15 * 5], max_rows=5).refused is None
    assert read_log_csv(header + rows[: 15 * 6], max_rows=5).log is None


def test_too_big_refused():
    data = b"date,contact,notes\n2026-09-01,Ana," + b"x" * (5 * 1024 * 1024) + b"\n"
    result = read_log_csv(data)
    assert result.log is None and "5.0 MB limit" in result.refused
    assert read_log_csv(data[:2000], max_bytes=1000).log is None
    assert read_log_csv(data[:2000], max_bytes=2000).log is not None


def wide_file(extra_columns: int) -> bytes:
    headings = ",".join(f"c{i}" for i in range(extra_columns))
    return f"date,contact,{headings}\n2026-09-01,Ana\n".encode()


def test_too_many_columns_refused_with_a_plain_reason():
    result = read_log_csv(wide_file(6_000))
    assert result.log is None and result.rows == 1
    assert result.refused.startswith("The file has 6,002 columns; the most it can hold is 200.")
    assert accepted(wide_file(198)).shape[1] == len(LOG_COLUMNS) + 198
    assert read_log_csv(wide_file(199)).log is None
    assert read_log_csv(wide_file(199), max_columns=201).log is not None


def test_empty_columns_at_the_right_do_not_count_towards_the_limit():
    data = b"date,contact" + b"," * 3_000 + b"\r\n2026-09-01,Ana" + b"," * 3_000 + b"\r\n"
    assert list(accepted(data).columns) == LOG_COLUMNS
    assert read_log_csv(b"date,contact\n2026-09-01,Ana" + b"," * 300 + b"x\n").log is None


def test_extra_columns_are_added_in_one_go():
    # One at a time, the time grew with the square of their number and pandas warned that the
    # frame was fragmented (a 3,000-column file took over 5 s).
    with warnings.catch_warnings():
        warnings.simplefilter("error", pd.errors.PerformanceWarning)
        log = accepted(wide_file(190))
    assert list(log.columns) == LOG_COLUMNS + [f"c{i}" for i in range(190)]
    assert log.loc[0, "contact"] == "Ana" and log.loc[0, "c189"] == ""
    assert all(log[f"c{i}"].dtype == object for i in range(190))


def test_long_cell_within_size_limit_is_kept():
    notes = "word " * 60_000  # longer than the csv module's default field limit
    log = accepted(f"date,contact,notes\n2026-09-01,Ana,{notes}\n".encode())
    assert log.loc[0, "notes"] == notes


# ---------------------------------------------------------------------------- cell values


@pytest.mark.parametrize("cell, expected", [
    ("2026-09-03", "2026-09-03"), ("2026/9/3", "2026-09-03"), (" 2026-09-03 ", "2026-09-03"),
    ("2026-09-03 14:30", "2026-09-03"), ("2026-09-03T10:15:00Z", "2026-09-03"),
    ("2026-09-03 00:00:00", "2026-09-03"), ("9/3/2026", "2026-09-03"),
    ("9/3/2026 2:30 PM", "2026-09-03"), ("9/3/26", "2026-09-03"), ("09-03-2026", "2026-09-03"),
    ("3-Sep-26", "2026-09-03"), ("3 September 2026", "2026-09-03"), ("Sep 3, 2026", "2026-09-03"),
    ("Thursday, September 3, 2026", "2026-09-03"), ("Sept. 3, 2026", "2026-09-03"),
    ("46268", "2026-09-03"),  # Excel's day number for a date cell that lost its format
    ("03.09.2026", "2026-09-03"),  # dots: the day comes first
    ("2/29/28", "2028-02-29"), ("1/1/30", "1930-01-01"),  # Excel's two-digit-year window
])
def test_date_formats(cell, expected):
    assert accepted(f'date,contact\n"{cell}",Ana\n'.encode()).loc[0, "date"] == day(expected)


@pytest.mark.parametrize("cell", ["31/02/2026", "2026-13-01", "soon", "9/3", "2026-09-03 later",
                                  "0026-09-03", "13/13/2026", "Smarch 3, 2026"])
def test_impossible_dates_refuse(cell):
    result = read_log_csv(f'date,contact\n"{cell}",Ana\n'.encode())
    assert result.log is None
    assert result.problems[0].message.startswith(f"‘{cell}’ is not a date")


def test_date_column_is_day_first_if_any_first_part_is_over_12():
    log = accepted(b"date,contact\n3/9/2026,Ana\n25/9/2026,Ben\n")
    assert list(log["date"]) == [day("2026-09-03"), day("2026-09-25")]
    log = accepted(b"date,contact\n3/9/2026,Ana\n9/25/2026,Ben\n")
    assert list(log["date"]) == [day("2026-03-09"), day("2026-09-25")]


def test_date_column_that_mixes_orders_is_refused_with_a_hint():
    result = read_log_csv(b"date,contact\n25/9/2026,Ana\n9/26/2026,Ben\n")
    assert result.log is None and result.problems[0].row == 3
    assert "day first" in result.problems[0].message


def test_undecidable_dates_in_a_semicolon_file_are_read_day_first():
    result = read_log_csv(b"date;contact\n03/09/2026;Ana\n04/09/2026;Ben\n")
    assert list(result.log["date"]) == [day("2026-09-03"), day("2026-09-04")]
    assert "day first" in result.problems[0].message


def test_dates_that_read_the_same_both_ways_need_no_warning():
    result = read_log_csv(b"date,contact\n3/3/2026,Ana\n2026-09-04,Ben\n")
    assert result.problems == [] and result.log.loc[0, "date"] == day("2026-03-03")


@pytest.mark.parametrize("cells, expected", [
    (["yes", "no", "YES", "No"], [True, False, True, False]),
    (["y", "n", "Y", "N"], [True, False, True, False]),
    (["true", "false", "TRUE", "False"], [True, False, True, False]),
    (["1", "0", " 1 ", ""], [True, False, True, False]),
])
def test_yes_no_values(cells, expected):
    rows = "".join(f"2026-09-0{i + 1},P{i},{cell}\n" for i, cell in enumerate(cells))
    log = accepted(f"date,contact,thank_you_sent\n{rows}".encode())
    assert list(log["thank_you_sent"]) == expected


@pytest.mark.parametrize("cell, expected", [
    ("30", 30), (" 7 ", 7), ("0", 0), ("25.0", 25), ("20 min", 20), ("", None)])
def test_whole_numbers(cell, expected):
    log = accepted(f"date,contact,duration_min\n2026-09-01,Ana,{cell}\n".encode())
    value = log.loc[0, "duration_min"]
    assert (pd.isna(value) and expected is None) or value == expected


@pytest.mark.parametrize("cell", ["abc", "-2", "2.5", "1e3", "99999999999999999999", "twenty"])
def test_bad_whole_numbers_are_problems_not_refusals(cell):
    result = read_log_csv(f"date,contact,referrals\n2026-09-01,Ana,{cell}\n".encode())
    assert result.refused is None and pd.isna(result.log.loc[0, "referrals"])
    assert result.problems[0].row == 2 and result.problems[0].message.startswith(f"‘{cell}’ is")


@pytest.mark.parametrize("column", ["found_via", "format", "status"])
def test_choice_values_match_in_any_case(column):
    rows = "".join(f"2026-09-01,P{i},{v.upper()}\n" for i, v in enumerate(CHOICES[column]))
    log = accepted(f"date,contact,{column}\n{rows}2026-09-02,Q, Something Else \n".encode())
    assert list(log[column]) == CHOICES[column] + [" Something Else "]


def test_row_numbers_count_spreadsheet_rows_not_text_lines():
    data = b'date,contact,notes,duration\n2026-09-01,Ana,"a\nb\nc",20\n\n2026-09-02,Ben,,x\n'
    result = read_log_csv(data)
    assert result.problems == [Problem(4, "duration", result.problems[0].message)]


def test_duplicate_headings_keep_every_column():
    log = accepted(b"date,contact,organization,Company,Misc,misc,Misc\n"
                   b"2026-09-01,Ana,Acme,Acme Inc,a,b,c\n")
    assert log.loc[0, "organization"] == "Acme"
    assert list(log.columns[len(LOG_COLUMNS):]) == ["Company", "Misc", "misc", "Misc (2)"]
    assert list(log.iloc[0, len(LOG_COLUMNS):]) == ["Acme Inc", "a", "b", "c"]


def test_excel_sep_hint_line_and_old_mac_line_ends():
    log = accepted(b"sep=;\r\ndate;contact\r\n2026-09-01;Ana, Jr.\r\n")
    assert log.loc[0, "contact"] == "Ana, Jr."
    log = accepted(b"date,contact\r2026-09-01,Ana\r2026-09-02,Ben\r")
    assert list(log["contact"]) == ["Ana", "Ben"]


def test_text_input_is_accepted_too():
    result = read_log_csv(SAMPLE.read_bytes().decode("utf-8-sig"))
    assert result.refused is None and len(result.log) == 24


def test_an_unexpected_failure_becomes_a_plain_refusal(monkeypatch):
    def broken(*_args):
        raise ValueError("internal detail")

    monkeypatch.setattr("interview_coach.log.cells.parse_dates", broken)
    result = read_log_csv(SAMPLE.read_bytes())
    assert result.log is None and result.refused == READ_FAILED
    assert "internal detail" not in result.refused


def test_header_only_file_is_an_empty_log():
    result = read_log_csv(write_log_csv(empty_log()))
    assert result.refused is None and result.rows == 0 and result.log.empty
    assert list(result.log.dtypes.astype(str)) == list(empty_log().dtypes.astype(str))


def test_imported_log_has_schema_types():
    log = accepted("excel_csv_utf8.csv")
    assert log.equals(coerce_types(log))
    assert str(log["date"].dtype) == "datetime64[ns]"
    assert str(log["duration_min"].dtype) == "Int64" and log["thank_you_sent"].dtype == bool
    assert all(log[c].dtype == object for c in ["contact", "notes", "status"])


# --------------------------------------------------------------------------------- export


def _log(rows: list[dict], extras: dict | None = None) -> pd.DataFrame:
    frame = coerce_types(pd.DataFrame(rows))
    for name, values in (extras or {}).items():
        frame[name] = pd.Series(values, dtype=object)
    return frame


def test_export_layout_bom_crlf_iso_dates_yes_no_and_extras_last():
    log = _log([{"date": pd.Timestamp("2026-09-03 15:45"), "contact": "Ana", "duration_min": 25,
                 "thank_you_sent": True, "referrals": 0, "status": "completed"},
                {"date": pd.Timestamp("2026-09-04"), "contact": "Ben"}], {"Rating": ["5", ""]})
    data = write_log_csv(log)
    assert data.startswith(b"\xef\xbb\xbfdate,contact,organization,role,field,found_via,format,")
    assert data.endswith(b"\r\n") and data.count(b"\r\n") == 3
    header, first, second = csv_cells(data)
    assert header == LOG_COLUMNS + ["Rating"]
    assert first == ["2026-09-03", "Ana", "", "", "", "", "", "Completed", "25", "yes", "0", "",
                     "", "5"]
    assert second[:2] == ["2026-09-04", "Ben"] and second[9] == "no" and second[8] == ""


def test_export_copes_with_values_an_editor_might_leave():
    notes = pd.Series([float("nan"), 7], dtype=object)
    log = pd.DataFrame({"date": ["2026-09-03", None], "contact": ["Ana", pd.NA],
                        "notes": notes, "duration_min": [25.0, float("inf")],
                        "thank_you_sent": [None, "yes"], "status": ["done", None]})
    header, first, second = csv_cells(write_log_csv(log))
    assert header == LOG_COLUMNS
    assert first == ["2026-09-03", "Ana", "", "", "", "", "", "Completed", "25", "no", "", "", ""]
    assert second == ["", "", "", "", "", "", "", "", "", "yes", "", "", "7"]


def test_export_skips_rows_with_nothing_in_them():
    log = _log([{"date": "2026-09-03", "contact": "Ana"}, {"thank_you_sent": False}])
    assert len(csv_cells(write_log_csv(log))) == 2


def test_rows_missing_required_finds_half_typed_rows():
    log = _log([{"date": "2026-09-03", "contact": "Ana"}, {"contact": "Ben"},
                {"thank_you_sent": False}, {"date": "2026-09-05", "contact": "  "}])
    assert rows_missing_required(log) == [1, 3]
    assert read_log_csv(write_log_csv(log)).log is None
    assert rows_missing_required(log.drop(index=[1, 3])) == []


def test_apostrophe_rule_is_unambiguous():
    texts = ["=1+1", "'=1+1", "''=1+1", "'", "''", "'plain", "plain", "-", "@", "\r\nx", "\t",
             "a=b", "' =x"]
    when = pd.Timestamp("2026-09-01")
    log = _log([{"date": when, "contact": f"C{i}", "notes": t} for i, t in enumerate(texts)])
    data = write_log_csv(log)
    back = accepted(data)
    assert list(back["notes"]) == texts
    assert write_log_csv(back) == data


def test_fixtures_round_trip_byte_identical():
    for path in sorted(LOGS.iterdir()):
        result = read_log_csv(path.read_bytes())
        if result.log is None:
            continue
        first = write_log_csv(result.log)
        again = read_log_csv(first)
        assert again.problems == [] and again.refused is None, path.name
        assert write_log_csv(again.log) == first, path.name
        assert again.log.equals(read_log_csv(write_log_csv(again.log)).log), path.name


TEXT = st.text(max_size=25)
VISIBLE = st.text(min_size=1, max_size=25).filter(lambda s: re.sub(r"[\x00-\x1f\x7f\s]", "", s))
CHOICE_TEXT = {col: st.one_of(st.sampled_from(vals), st.sampled_from(vals).map(str.swapcase), TEXT)
               for col, vals in CHOICES.items()}
WHOLE = st.one_of(st.none(), st.integers(0, 100_000))
ROW = st.fixed_dictionaries({
    "date": st.dates(date(1900, 1, 1), date(2099, 12, 31)), "contact": VISIBLE,
    "organization": TEXT, "role": TEXT, "field": TEXT, **CHOICE_TEXT, "duration_min": WHOLE,
    "thank_you_sent": st.booleans(), "referrals": WHOLE, "referred_by": TEXT,
    "notes": st.one_of(TEXT, st.sampled_from(["'=x", "''@y", "'", "\r\n", 'a,"b"\nc', "-1"])),
})
TEXT_LIKE = ["contact", "organization", "role", "field", "found_via", "format", "status",
             "referred_by", "notes"]
EXTRA_NAMES = st.lists(VISIBLE.map(str.strip).filter(bool), max_size=3, unique=True)


@st.composite
def logs(draw) -> pd.DataFrame:
    rows = draw(st.lists(ROW, max_size=6))
    names = [n for n in draw(EXTRA_NAMES) if n not in LOG_COLUMNS]
    extras = {n: draw(st.lists(TEXT, min_size=len(rows), max_size=len(rows))) for n in names}
    def column(col: str) -> list:
        return [row[col] for row in rows]

    frame = pd.DataFrame({
        "date": pd.Series([pd.Timestamp(d) for d in column("date")], dtype="datetime64[ns]"),
        **{c: pd.Series(column(c), dtype=object) for c in LOG_COLUMNS if c in TEXT_LIKE},
        **{c: pd.array(column(c), dtype="Int64") for c in ["duration_min", "referrals"]},
        "thank_you_sent": pd.Series(column("thank_you_sent"), dtype=bool),
    })[LOG_COLUMNS]
    for name, values in extras.items():
        frame[name] = pd.Series(values, dtype=object)
    return frame


@FUZZ
@given(logs())
def test_export_import_export_is_byte_identical(log):
    first = write_log_csv(log)
    result = read_log_csv(first)
    assert result.refused is None and result.problems == []
    assert write_log_csv(result.log) == first
    assert list(result.log["date"]) == list(log["date"])
    invisible = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
    for col in ["contact", "organization", "role", "field", "referred_by", "notes"]:
        assert list(result.log[col]) == [invisible.sub("", v) for v in log[col]]


# ---------------------------------------------------------------- never raises, whatever bytes


def _assert_well_formed(result: ImportResult) -> None:
    assert isinstance(result, ImportResult)
    assert (result.log is None) == (result.refused is not None)
    assert result.refused != READ_FAILED  # the safety net must not be what caught it
    for problem in result.problems:
        assert isinstance(problem, Problem) and problem.message
        assert "Error" not in problem.message and "Traceback" not in problem.message


@FUZZ
@given(st.binary(max_size=300))
def test_arbitrary_bytes_never_raise(data):
    _assert_well_formed(read_log_csv(data))


MUTATION = st.tuples(st.floats(0, 1), st.sampled_from(["replace", "insert", "delete", "repeat"]),
                     st.binary(max_size=4))


@FUZZ
@given(st.sampled_from(sorted(LOGS.iterdir()) + [SAMPLE]), st.lists(MUTATION, max_size=5))
def test_mutated_real_files_never_raise(path, mutations):
    data = bytearray(path.read_bytes())
    for where, kind, chunk in mutations:
        i = int(where * len(data))
        if kind == "replace":
            data[i:i + len(chunk)] = chunk
        elif kind == "insert":
            data[i:i] = chunk
        elif kind == "delete":
            del data[i:i + 1 + len(chunk) * 10]
        else:
            data[i:i] = data[i:i + 40]
    _assert_well_formed(read_log_csv(bytes(data)))


CELL = st.text(alphabet=list(",;\t\"'\r\n =+-@/.:0123456789yesnoSepMay"), max_size=14)


@FUZZ
@given(st.lists(st.lists(CELL, max_size=7), max_size=6), st.sampled_from([",", ";", "\t"]))
def test_csv_shaped_noise_never_raises(rows, delimiter):
    header = delimiter.join(["date", "contact", "duration", "thank you", "referrals", "status"])
    body = "\n".join(delimiter.join(row) for row in rows)
    _assert_well_formed(read_log_csv(f"{header}\n{body}".encode()))


# ----------------------------------------------------------------------------------- sample


def test_sample_log_loads_cleanly_and_is_written_as_the_exporter_writes():
    data = SAMPLE.read_bytes()
    result = read_log_csv(data)
    assert result.refused is None and result.problems == [] and 20 <= result.rows <= 30
    assert write_log_csv(result.log) == data


def test_sample_log_tells_a_believable_story():
    log = accepted(SAMPLE.read_bytes())
    today = pd.Timestamp("2026-11-25")
    assert log["date"].is_monotonic_increasing
    assert log["date"].min() >= pd.Timestamp("2026-09-01")
    assert set(log["status"]) == set(CHOICES["status"])
    assert set(log["found_via"]) == set(CHOICES["found_via"])
    assert set(log["format"]) - {""} == set(CHOICES["format"])
    scheduled = log.loc[log["status"] == "Scheduled", "date"]
    assert len(scheduled) >= 2 and scheduled.between(today, today + pd.Timedelta(days=7)).all()
    requested = log.loc[log["status"] == "Requested", "date"]
    waited = [len(pd.bdate_range(d, today)) - 1 for d in requested]
    assert 4 in waited and 9 in waited and min(waited) <= 2
    done = log[log["status"] == "Completed"]
    assert done["duration_min"].between(20, 30).all()
    assert done["thank_you_sent"].any() and not done["thank_you_sent"].all()
    assert log["notes"].str.contains(",").any() and log["notes"].str.contains('"').any()
    depth = {}
    for _, row in log.iterrows():  # referrers must come earlier; chains reach 3 levels
        if row["referred_by"]:
            assert row["referred_by"] in depth, row["referred_by"]
        depth[row["contact"]] = depth.get(row["referred_by"], 0) + 1 if row["referred_by"] else 0
    assert max(depth.values()) >= 2
    given_names = log.loc[log["referred_by"] != "", "referred_by"].value_counts()
    for name, count in given_names.items():
        assert log.loc[log["contact"] == name, "referrals"].iloc[0] == count


# ------------------------------------------------------------------------------------ merge


def test_merge_skips_rows_already_present_and_unions_extras():
    current = accepted(b"date,contact,organization,Rating\n2026-09-01,Ana Ruiz,Acme,5\n")
    incoming = accepted(b"date,contact,organization,Follow-up\n"
                        b"2026-09-01,  ana   RUIZ ,ACME ,soon\n"  # same interview
                        b"2026-09-02,Ben,,\n2026-09-02,ben,,\n"  # repeated within the file
                        b"2026-09-03,Ana Ruiz,Acme,\n")  # another day: a new row
    merged, added, skipped = add_to_log(current, incoming)
    assert (added, skipped) == (2, 2)
    assert list(merged["contact"]) == ["Ana Ruiz", "Ben", "Ana Ruiz"]
    assert list(merged.columns) == LOG_COLUMNS + ["Rating", "Follow-up"]
    assert list(merged["Rating"]) == ["5", "", ""] and list(merged["Follow-up"]) == ["", "", ""]
    assert merged.equals(coerce_types(merged))


def test_merge_into_empty_log_and_with_itself():
    sample = accepted(SAMPLE.read_bytes())
    merged, added, skipped = add_to_log(empty_log(), sample)
    assert (added, skipped) == (len(sample), 0)
    assert write_log_csv(merged) == SAMPLE.read_bytes()
    again, added, skipped = add_to_log(merged, sample)
    assert (added, skipped) == (0, len(sample)) and again.equals(merged)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read(encoding):
    # Some exports write UTF-16 with no byte-order mark: that is text, not "not a text file".
    text = "Date\tContact\tNotes\n2026-10-14\tŁucja Nowak\tCzęść\n2026-11-04\tAna Ruiz\t\n"
    log = accepted(text.encode(encoding))
    assert list(log["contact"]) == ["Łucja Nowak", "Ana Ruiz"]
    assert log.loc[0, "notes"] == "Część"


def test_binary_with_zero_bytes_is_still_not_text():
    refused = read_log_csv(bytes(range(256)) * 4).refused
    assert refused and "text" in refused


def test_streamlit_still_checks_an_uploads_file_name_on_the_server():
    # Canary: Streamlit 1.67 checks type= on the server too (FileUploaderSerde.deserialize), for
    # extension-only types like the log uploaders' ["csv", "txt", "tsv"]. The upload endpoint
    # itself keeps any bytes, so what is in the file is read_log_csv's to check (see the
    # refusals of binary.png, workbook.xlsx and page.html above).
    from streamlit.elements.lib.file_uploader_utils import (
        enforce_filename_restriction,
        normalize_upload_file_type,
    )
    from streamlit.errors import StreamlitAPIException

    allowed = normalize_upload_file_type(["csv", "txt", "tsv"])
    enforce_filename_restriction("log.CSV", allowed)
    with pytest.raises(StreamlitAPIException):
        enforce_filename_restriction("log.png", allowed)
    with pytest.raises(StreamlitAPIException):
        enforce_filename_restriction("log.csv\0.png", allowed)

