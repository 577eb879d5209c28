"""Read and write the interview log as CSV, the way spreadsheets really save it.

Export (`write_log_csv`): UTF-8 *with* a byte-order mark, so Excel shows accents correctly when a
student double-clicks the file (every reader here, ours included, accepts it); CRLF line ends;
LOG_COLUMNS in order, then extra columns; dates YYYY-MM-DD; yes/no; plain whole numbers; text
that a spreadsheet could run as a formula gets a leading apostrophe (rule in log_cells).

Import (`read_log_csv`) never raises: a file is either read (with a list of problems, such as a
duration that is not a number, left blank) or refused with one plain sentence.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from itertools import islice

import numpy as np
import pandas as pd

from interview_coach.log import cells
from interview_coach.log.schema import CHOICES, LOG_COLUMNS

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 20_000
MAX_COLUMNS = 200  # the log has 13; more than this is a sheet saved sideways or similar
EXPORT_ENCODING = "utf-8-sig"  # UTF-8 with BOM; see module docstring
READ_FAILED = "Something went wrong while reading this file, so nothing was imported."
NO_ROWS = "The file has column headings but no rows to bring in."
_NOT_TEXT = ("This is not a text file; save your log from your spreadsheet as CSV and upload "
             "that file.")
_DELIMITERS = [",", ";", "\t"]
_HEADER_SEARCH = 10  # how many non-blank rows may sit above the column headings
_THANK_YOU = LOG_COLUMNS.index("thank_you_sent")
_TEXT_COLUMNS = ["contact", "organization", "role", "field", "referred_by", "notes"]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an imported file, in words a student understands.

    row: as the student sees it in a spreadsheet (headings are row 1), None for the whole file;
    column: the column heading as written in the file, None when it is not about one column.
    """

    row: int | None
    column: str | None
    message: str


@dataclass
class ImportResult:
    """log is None exactly when refused is set; rows counts the non-blank data rows found."""

    log: pd.DataFrame | None
    problems: list[Problem] = field(default_factory=list)
    refused: str | None = None
    rows: int = 0


# ---------------------------------------------------------------------------------- export


def write_log_csv(log: pd.DataFrame) -> bytes:
    """The log as CSV bytes (see module docstring); rows with nothing in them are left out."""
    header, columns = _export_cells(log)
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(row for row in zip(*columns, strict=True) if not _is_blank(row, _THANK_YOU))
    return out.getvalue().encode(EXPORT_ENCODING)


def rows_missing_required(log: pd.DataFrame) -> list[int]:
    """Positions (0-based) of rows that hold something but have no date or no contact.

    A saved CSV with such a row is refused by read_log_csv, so save only once they are fixed.
    """
    _, columns = _export_cells(log)
    dates, contacts = columns[0], columns[1]
    return [i for i, row in enumerate(zip(*columns, strict=True))
            if not _is_blank(row, _THANK_YOU) and not (dates[i] and contacts[i].strip())]


def _export_cells(log: pd.DataFrame) -> tuple[list[str], list[list[str]]]:
    """Header and one list of cell strings per column, exactly as written to the file."""
    names = list(log.columns)

    def values(col: str) -> list:
        return log.iloc[:, names.index(col)].tolist() if col in names else [None] * len(log)

    columns = []
    for col in LOG_COLUMNS:
        if col == "date":
            columns.append(_each_distinct(cells.date_cell, values(col)))
        elif col in ("duration_min", "referrals"):
            columns.append([cells.whole_number_cell(v) for v in values(col)])
        elif col == "thank_you_sent":
            columns.append([cells.yes_no_cell(v) for v in values(col)])
        elif col in CHOICES:
            def written(value: object, col: str = col) -> str:
                return cells.guard(cells.choice(col, cells.plain_text(value)))

            columns.append(_each_distinct(written, values(col)))
        else:
            columns.append([cells.text_cell(v) for v in values(col)])
    extras = [(str(name), [cells.text_cell(v) for v in log.iloc[:, i].tolist()])
              for i, name in enumerate(log.columns) if name not in LOG_COLUMNS]
    extras = [(name, text) for name, text in extras if _keep_extra(name, text)]
    positions = range(len(LOG_COLUMNS), len(LOG_COLUMNS) + len(extras))
    labels = _extra_labels([name for name, _ in extras], list(positions))
    header = LOG_COLUMNS + [cells.guard(label) for label in labels]
    return header, columns + [text for _, text in extras]


def _is_blank(row: tuple | list, bool_index: int) -> bool:
    """Nothing but blanks, apart from a 'no' / FALSE (an unticked checkbox) in the yes/no column."""
    for i, cell in enumerate(row):
        if i == bool_index and cells.YES_NO.get(cell.strip().casefold()) is False:
            continue
        if cell.strip():
            return False
    return True


def _keep_extra(heading: str, column: list[str]) -> bool:
    """An extra column is kept if it has a heading or anything in it."""
    return bool(cells.INVISIBLE.sub("", heading).strip()) or any(c.strip() for c in column)


def _extra_labels(headings: list[str], positions: list[int]) -> list[str]:
    """Labels for extra columns: stripped, never blank (then 'Column F', after the column's
    letter in the file), never the same as another column's. Import and export both use this."""
    labels, used = [], set(LOG_COLUMNS)
    for heading, position in zip(headings, positions, strict=True):
        label = cells.INVISIBLE.sub("", heading).strip() or f"Column {_column_letter(position)}"
        base, n = label, 2
        while label in used:
            label, n = f"{base} ({n})", n + 1
        used.add(label)
        labels.append(label)
    return labels


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# ---------------------------------------------------------------------------------- import


class _Refusal(Exception):
    """Raised inside the importer to stop with one plain reason."""

    def __init__(self, reason: str, rows: int = 0):
        super().__init__(reason)
        self.rows = rows


def read_log_csv(
    data: bytes | str, *, max_bytes: int = MAX_BYTES, max_rows: int = MAX_ROWS,
    max_columns: int = MAX_COLUMNS, date_required: bool = True,
) -> ImportResult:
    """Read a CSV saved by any common spreadsheet (or by write_log_csv). Never raises.

    A file with headings but no rows is read (an empty log); whoever is about to put it in
    place of a log refuses it with NO_ROWS. With date_required False a row without a date is
    kept (NaT), and an unreadable date is a problem, not a reason to refuse the file."""
    try:
        if isinstance(data, str):
            data = data.encode("utf-8", "replace")
        return _read(bytes(data), max_bytes, max_rows, max_columns, date_required)
    except _Refusal as refusal:
        return ImportResult(log=None, refused=str(refusal), rows=refusal.rows)
    except Exception:  # last-resort guard: a student never sees a Python error
        return ImportResult(log=None, refused=READ_FAILED)


def _read(data: bytes, max_bytes: int, max_rows: int, max_columns: int,
          date_required: bool = True) -> ImportResult:
    if len(data) > max_bytes:
        raise _Refusal(f"The file is {_size(len(data))}, larger than the {_size(max_bytes)} limit.")
    text = _decode(data)
    delimiter, records = _split_records(text)
    header_at, header = _find_header(text, delimiter, records,
                                     ("date", "contact") if date_required else ("contact",))
    skipped = "is above the column headings, so it was skipped."
    problems = [Problem(i + 1, None, f"Row {i + 1} {skipped}")
                for i, rec in enumerate(records[:header_at]) if any(c.strip() for c in rec)]
    columns, headings = _map_columns(header)
    thank_you = columns.get("thank_you_sent", -1)
    body = [(row, r) for row, r in enumerate(records[header_at + 1:], start=header_at + 2)
            if not _is_blank(r, thank_you)]
    if len(body) > max_rows:
        raise _Refusal(f"The file has {len(body):,} rows; the most it can hold is {max_rows:,}.",
                       len(body))
    # Trailing empty cells (a spreadsheet's unused columns) don't count; they are dropped anyway.
    width = max(_used_width(r) for r in [header] + [r for _, r in body])
    if width > max_columns:
        raise _Refusal(f"The file has {width:,} columns; the most it can hold is "
                       f"{max_columns:,}. Check that each interview is one row, then save only "
                       "the log's columns as CSV.", len(body))
    grid = [[cells.unguard(c) for c in column] for column in
            zip(*(r[:width] + [""] * (width - len(r)) for _, r in body), strict=True)]
    grid = grid or [[]] * width
    reader = _ColumnReader(columns, headings, grid, [row for row, _ in body], date_required)
    frame = reader.log(semicolon_file=delimiter == ";")
    extras = {label: pd.Series(column, dtype=object)
              for label, column in _extras(header, columns, grid)}
    if extras:  # all at once: adding them one by one takes time growing with the square
        frame = pd.concat([frame, pd.DataFrame(extras, index=frame.index)], axis=1)
    problems += reader.problems
    if reader.blocking:
        return ImportResult(None, problems, _blocking_reason(sorted(reader.blocking)), len(body))
    return ImportResult(frame, problems, None, len(body))


def _used_width(record: list[str]) -> int:
    """Cells up to and including the last one with something in it."""
    return next((i + 1 for i in range(len(record) - 1, -1, -1) if record[i].strip()), 0)


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, round(n / 1024))} KB"


def _utf16_without_mark(data: bytes) -> list[str]:
    """["utf-16-le"] or ["utf-16-be"] for UTF-16 text with no byte-order mark (mostly Latin
    letters: every other byte is zero, on the same side), else []."""
    pairs = len(data) // 2
    if pairs < 2 or len(data) % 2:
        return []
    high_zero = data[1::2].count(0) / pairs  # little-endian: "a" is b"a\x00"
    low_zero = data[0::2].count(0) / pairs
    if high_zero > 0.7 and low_zero < 0.05:
        return ["utf-16-le"]
    if low_zero > 0.7 and high_zero < 0.05:
        return ["utf-16-be"]
    return []


def _decode(data: bytes) -> str:
    kinds = [(b"PK\x03\x04", "a spreadsheet workbook (.xlsx or .ods)"),
             (b"\xd0\xcf\x11\xe0", "an Excel workbook (.xls)"), (b"%PDF", "a PDF")]
    for magic, kind in kinds:
        if data.startswith(magic):
            raise _Refusal(f"This is {kind}, not a CSV file; in your spreadsheet use "
                           "Save As or Download and choose CSV, then upload that file.")
    utf16 = data[:2] in (b"\xff\xfe", b"\xfe\xff")  # Excel's "Unicode Text"
    encodings = ["utf-16"] if utf16 else _utf16_without_mark(data)
    if not encodings and b"\x00" in data:
        raise _Refusal(_NOT_TEXT)
    for encoding in encodings or ["utf-8-sig", "cp1252"]:
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise _Refusal("The file's text is in an encoding that can't be read; save it from your "
                       "spreadsheet as CSV UTF-8 and upload it again.")
    if not text.strip():
        raise _Refusal("The file is empty.")
    if "\x00" in text or len(cells.INVISIBLE.findall(text)) > max(2, len(text) // 100):
        raise _Refusal(_NOT_TEXT)
    return text


def _parse_records(text: str, delimiter: str) -> csv.reader:
    if csv.field_size_limit() < len(text):  # one long notes cell is still a valid file
        csv.field_size_limit(len(text) + 1)
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)


def _split_records(text: str) -> tuple[str, list[list[str]]]:
    """Choose the delimiter from the headings, then split the whole file into rows."""
    first_line = text.lstrip("\r\n").split("\n", 1)[0].rstrip("\r")
    hint = re.fullmatch(r"sep=([,;\t|])", first_line)  # Excel's own delimiter hint line
    if hint:
        text = text.lstrip("\r\n").split("\n", 1)[1] if "\n" in text else ""
    delimiter = hint.group(1) if hint else max(_DELIMITERS, key=lambda d: _header_score(text, d))
    sentinel = "\x00end"  # _decode refused NULs, so only a still-open quote can swallow this
    records = list(_parse_records(text + "\n" + sentinel, delimiter))
    if records and records[-1] == [sentinel]:
        return delimiter, records[:-1]
    raise _Refusal(f"A quotation mark (\") in row {len(records)} is never closed, so the rows "
                   "after it can't be told apart; check that row and upload the file again.")


def _header_score(text: str, delimiter: str) -> tuple[int, int, int]:
    best = (0, 0, 0)
    rows = (r for r in _parse_records(text, delimiter) if any(c.strip() for c in r))
    for record in islice(rows, _HEADER_SEARCH):
        known = set(_map_columns(record)[0])
        best = max(best, (int({"date", "contact"} <= known), len(known), len(record)))
        if best[0]:  # the headings are found; rows below them are data
            break
    return best


def _find_header(text: str, delimiter: str, records: list[list[str]],
                 needed: tuple[str, ...] = ("date", "contact")) -> tuple[int, list[str]]:
    candidates = [i for i, r in enumerate(records) if any(c.strip() for c in r)][:_HEADER_SEARCH]
    for i in candidates:
        if set(needed) <= set(_map_columns(records[i])[0]):
            return i, records[i]
    known = [i for i in candidates if _map_columns(records[i])[0]]
    if not known:
        if text.lstrip().startswith("<"):
            raise _Refusal("This is a web page (HTML), not a CSV file of your interview log.")
        raise _Refusal("This doesn't look like an interview log: none of its column headings "
                       "(such as date, contact, organization) were recognised.")
    columns = _map_columns(records[known[0]])[0]
    what = {"date": "‘date’ column (when each interview was)",
            "contact": "‘contact’ column (the person's name)"}
    missing = " and no ".join(what[c] for c in needed if c not in columns)
    raise _Refusal(f"The file has no {missing}, so it can't be imported.")


def _map_columns(header: list[str]) -> tuple[dict[str, int], dict[str, str]]:
    """Known column name -> position, and known column name -> heading as written."""
    columns: dict[str, int] = {}
    headings: dict[str, str] = {}
    for i, raw in enumerate(header):
        heading = cells.unguard(raw).strip()
        col = cells.known_column(heading)
        if col and col not in columns:
            columns[col], headings[col] = i, heading
    return columns, headings


def _extras(header: list[str], columns: dict[str, int],
            grid: list[list[str]]) -> list[tuple[str, list[str]]]:
    """Columns the log doesn't know, with their labels; unnamed empty ones are dropped."""
    known = set(columns.values())
    headings = [cells.unguard(header[i]) if i < len(header) else "" for i in range(len(grid))]
    positions = [i for i in range(len(grid))
                 if i not in known and _keep_extra(headings[i], grid[i])]
    labels = _extra_labels([headings[i] for i in positions], positions)
    return [(label, grid[i]) for label, i in zip(labels, positions, strict=True)]


def _blocking_reason(rows: list[int]) -> str:
    listed = ", ".join(map(str, rows[:5])) + (", …" if len(rows) > 5 else "")
    where = f"Row {rows[0]} has" if len(rows) == 1 else f"{len(rows)} rows ({listed}) have"
    return (f"{where} a missing or unreadable date or contact name, so nothing was imported; "
            "fix them and upload the file again.")


def _each_distinct(work, values: list) -> list:
    """work(value) for every value, working each distinct value out once (logs repeat a lot)."""
    answers = {value: work(value) for value in dict.fromkeys(values)}
    return [answers[value] for value in values]


def _quote(value: str) -> str:
    shown = " ".join(value.split())
    return f"‘{shown[:40]}…’" if len(shown) > 40 else f"‘{shown}’"


class _ColumnReader:
    """Turns the known columns' cell texts into typed log columns, noting each problem."""

    def __init__(self, columns: dict[str, int], headings: dict[str, str],
                 grid: list[list[str]], row_numbers: list[int], date_required: bool = True):
        self.columns, self.headings, self.grid = columns, headings, grid
        self.required = ("date", "contact") if date_required else ("contact",)
        self.row_numbers = row_numbers
        self.problems: list[Problem] = []
        self.blocking: set[int] = set()

    def cells_of(self, col: str) -> list[str]:
        return self.grid[self.columns[col]] if col in self.columns else [""] * len(self.row_numbers)

    def flag(self, col: str, bad: list[bool], message) -> None:
        texts = self.cells_of(col)
        for i in (i for i, is_bad in enumerate(bad) if is_bad):
            row = self.row_numbers[i]
            self.problems.append(Problem(row, self.headings.get(col, col), message(texts[i])))
            if col in self.required:
                self.blocking.add(row)

    def log(self, semicolon_file: bool) -> pd.DataFrame:
        out: dict[str, object] = {col: self.cells_of(col) for col in _TEXT_COLUMNS}
        dates, day_first, note = cells.parse_dates(self.cells_of("date"), semicolon_file)
        if note:
            self.problems.append(Problem(None, self.headings["date"], note))
        unread = np.isnat(dates).tolist()
        if "date" not in self.required:  # a blank date is no problem then, only a wrong one
            unread = [u and bool(c.strip()) for u, c in zip(unread, self.cells_of("date"),
                                                             strict=True)]
        self.flag("date", unread, lambda v: _date_message(v, day_first))
        out["date"] = dates
        self.flag("contact", [not c.strip() for c in out["contact"]],
                  lambda v: "The contact name is blank.")
        for col in CHOICES:
            out[col] = _each_distinct(lambda v, col=col: cells.choice(col, v), self.cells_of(col))
        for col, unit in (("duration_min", "minutes"), ("referrals", "referrals")):
            minutes = col == "duration_min"
            numbers = _each_distinct(lambda v, m=minutes: cells.whole_number(v, m),
                                     self.cells_of(col))
            self.flag(col, [n is False for n in numbers], lambda v, u=unit: _number_message(v, u))
            out[col] = pd.array([None if n is False else n for n in numbers], dtype="Int64")
        answers = _each_distinct(lambda v: cells.YES_NO.get(v.strip().casefold()),
                                 self.cells_of("thank_you_sent"))
        self.flag("thank_you_sent", [a is None for a in answers],
                  lambda v: f"{_quote(v)} is not yes or no, so it was left as no.")
        out["thank_you_sent"] = np.array([a is True for a in answers], dtype=bool)
        order = {heading: i for i, heading in enumerate(self.headings.values())}
        self.problems.sort(key=lambda p: (p.row or 0, order.get(p.column, len(order))))
        text_like = set(_TEXT_COLUMNS) | set(CHOICES)
        return pd.DataFrame({col: pd.Series(out[col], dtype=object) if col in text_like
                             else out[col] for col in LOG_COLUMNS})


def _date_message(text: str, day_first: bool) -> str:
    if not text.strip():
        return "The date is blank."
    hint = " (this file's dates put the day first)" if day_first else ""
    return f"{_quote(text)} is not a date{hint}; write it like 2026-09-14."


def _number_message(text: str, unit: str) -> str:
    why = "too large" if text.strip().isdigit() else f"not a whole number of {unit} (0 or more)"
    return f"{_quote(text)} is {why}, so it was left blank."
