"""Excel workbooks (.xlsx): the first sheet as rows of cell text, or as CSV bytes.

A workbook is turned into what a spreadsheet's "Save as CSV" would have written, so one CSV
reader (interview_coach.log.csv_file.read_log_csv) reads both: dates as YYYY-MM-DD, ticked
boxes as yes/no, whole numbers without ".0". Formulas give the value Excel last saved.

Never trusts the file: the zip's unpacked size, the rows and the columns are capped before and
while reading, and a file that is not a readable workbook raises WorkbookError with a `kind`
(the words for each kind are the page's, in content/).
"""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date, datetime, time

MAX_UNPACKED_BYTES = 60 * 1024 * 1024  # a 5 MB .xlsx of text unpacks to about 10x that
MAX_ROWS = 20_001  # the CSV reader's 20,000 rows, plus the headings
MAX_COLUMNS = 200
MAGIC = b"PK\x03\x04"

# Why a workbook could not be read (WorkbookError.kind).
NOT_A_WORKBOOK = "not_a_workbook"  # a zip that is no .xlsx, or a damaged one
TOO_LARGE = "too_large"  # unpacks to more than MAX_UNPACKED_BYTES
NO_SHEET = "no_sheet"  # no worksheet, or the first one is empty


class WorkbookError(Exception):
    def __init__(self, kind: str):
        super().__init__(kind)
        self.kind = kind


def is_workbook(data: bytes) -> bool:
    """True for a zip file (.xlsx, and .ods, which workbook_rows refuses as NOT_A_WORKBOOK)."""
    return data[:4] == MAGIC


def workbook_rows(data: bytes, *, max_rows: int = MAX_ROWS,
                  max_columns: int = MAX_COLUMNS) -> list[list[str]]:
    """The first worksheet's rows as cell text, at most `max_rows` rows of `max_columns` cells
    (trailing empty cells dropped). Raises WorkbookError."""
    _check_zip(data)
    from openpyxl import load_workbook  # imported on first use: most uploads are CSV

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as err:  # openpyxl raises many kinds for a damaged file
        raise WorkbookError(NOT_A_WORKBOOK) from err
    try:
        if not book.worksheets:
            raise WorkbookError(NO_SHEET)
        rows = _sheet_rows(book.worksheets[0], max_rows, max_columns)
    except WorkbookError:
        raise
    except Exception as err:
        raise WorkbookError(NOT_A_WORKBOOK) from err
    finally:
        book.close()
    if not any(any(cell.strip() for cell in row) for row in rows):
        raise WorkbookError(NO_SHEET)
    return rows


def workbook_csv(data: bytes, **limits: int) -> bytes:
    """The first worksheet as UTF-8 CSV bytes, ready for read_log_csv. Raises WorkbookError."""
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows(workbook_rows(data, **limits))
    return out.getvalue().encode("utf-8")


def _check_zip(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError) as err:
        raise WorkbookError(NOT_A_WORKBOOK) from err
    if unpacked > MAX_UNPACKED_BYTES:
        raise WorkbookError(TOO_LARGE)
    if "xl/workbook.xml" not in names:
        raise WorkbookError(NOT_A_WORKBOOK)


def _sheet_rows(sheet, max_rows: int, max_columns: int) -> list[list[str]]:
    rows = []
    for values in sheet.iter_rows(max_row=max_rows, max_col=max_columns, values_only=True):
        row = [cell_text(v) for v in values]
        while row and not row[-1].strip():
            row.pop()
        rows.append(row)
    return rows


def cell_text(value: object) -> str:
    """One cell as a CSV save writes it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
