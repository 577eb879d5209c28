"""Excel workbooks read as the CSV a spreadsheet would have saved."""

import io
import zipfile
from datetime import date, datetime

import openpyxl
import pytest

from interview_coach.log.csv_file import read_log_csv
from interview_coach.log.workbook import (
    NO_SHEET,
    NOT_A_WORKBOOK,
    TOO_LARGE,
    WorkbookError,
    is_workbook,
    workbook_csv,
    workbook_rows,
)


def xlsx(rows: list[list], second_sheet: list[list] | None = None) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    if second_sheet is not None:
        other = book.create_sheet("Other")
        for row in second_sheet:
            other.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_first_sheet_dates_ticks_and_whole_numbers_as_a_csv_save_writes_them():
    data = xlsx([["Date", "Contact", "Status", "Thank you sent", "Referrals", "Minutes"],
                 [datetime(2026, 10, 1), "Renée Côté", "Interviewed", True, 2, 25.0],
                 [date(2026, 10, 8), "Sam, Jr.", "waiting", False, None, 22.5]],
                second_sheet=[["ignored"]])
    assert is_workbook(data)
    assert workbook_rows(data) == [
        ["Date", "Contact", "Status", "Thank you sent", "Referrals", "Minutes"],
        ["2026-10-01", "Renée Côté", "Interviewed", "yes", "2", "25"],
        ["2026-10-08", "Sam, Jr.", "waiting", "no", "", "22.5"]]


def test_workbook_csv_reads_as_an_interview_log():
    data = xlsx([["date", "contact", "status", "thank_you_sent"],
                 [datetime(2026, 10, 1), "Ana", "Completed", "yes"]])
    result = read_log_csv(workbook_csv(data))
    assert result.refused is None and result.problems == []
    assert result.log.loc[0, "contact"] == "Ana" and bool(result.log.loc[0, "thank_you_sent"])


def test_rows_and_columns_are_capped_while_reading():
    data = xlsx([[f"c{j}" for j in range(30)] for _ in range(50)])
    rows = workbook_rows(data, max_rows=10, max_columns=5)
    assert len(rows) == 10 and {len(r) for r in rows} == {5}


@pytest.mark.parametrize("data, kind", [
    (b"PK\x03\x04not really a zip", NOT_A_WORKBOOK),
    (b"plain text", NOT_A_WORKBOOK),
])
def test_not_a_workbook(data, kind):
    with pytest.raises(WorkbookError) as raised:
        workbook_rows(data)
    assert raised.value.kind == kind


def test_a_zip_without_a_workbook_inside_is_refused():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    with pytest.raises(WorkbookError) as raised:
        workbook_rows(out.getvalue())
    assert raised.value.kind == NOT_A_WORKBOOK


def test_a_zip_that_unpacks_too_large_is_refused_before_reading():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", b"<" + b" " * (61 * 1024 * 1024) + b"/>")
    assert len(out.getvalue()) < 1024 * 1024
    with pytest.raises(WorkbookError) as raised:
        workbook_rows(out.getvalue())
    assert raised.value.kind == TOO_LARGE


def test_an_empty_first_sheet():
    with pytest.raises(WorkbookError) as raised:
        workbook_rows(xlsx([]))
    assert raised.value.kind == NO_SHEET
