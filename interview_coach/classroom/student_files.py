"""One student's uploaded file, read once into the little the class summary needs.

A file is a CSV saved by the app or a spreadsheet, or an Excel workbook. It is read with the
same reader as the student's own import (read_log_csv), so a value means the same on both
pages; next to each graded value the text as written is kept, so the instructor can see (and
map) what was read as something else. What is kept per file is small: dates, name keys, the
few choices and numbers that are counted, and the words of names (to screen chart labels).
Notes, organizations and the file's bytes are let go as soon as the file is read.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import dataclass, field

import pandas as pd

from interview_coach.log import cells, workbook
from interview_coach.log.csv_file import read_log_csv
from interview_coach.log.stats import keys_of

# Kinds of file that give no row of numbers (the page has the words for each).
UNREADABLE = "unreadable"  # read_log_csv or the workbook reader refused it (its reason kept)
DUPLICATE = "duplicate"  # the same bytes as an earlier file
OVER_LIMIT = "over_limit"  # past the summary's cap on files or bytes

WRITTEN = "zz written "  # heading prefix of the copied columns (no log heading starts so)
GRADED = ("status", "thank_you_sent", "referrals")
KEPT = ["date", "contact", "referred_by", "found_via", "field", "status", "thank_you_sent",
        "referrals"]
# From the People page's export, when present: its stage column is "conversation_stage".
STAGE_COLUMNS = {"stage": ("conversation_stage", "stage"), "held_on": ("held_on",)}
ID_HEADINGS = {"student id", "gradebook name", "gradebook id", "student number"}
_ID_LINE = re.compile(r"^\s*(?:student[ _]id|gradebook[ _](?:name|id))\s*[:=,;\t]\s*(.+?)\s*$",
                      re.IGNORECASE)
_DELIMITERS = [",", ";", "\t"]
_HEADER_SEARCH = 10


@dataclass
class StudentFile:
    """One uploaded file. `log` is None exactly when `problem` is set."""

    file_name: str
    digest: str
    student_id: str = ""  # the gradebook name or number the student put in their export
    log: pd.DataFrame | None = None  # KEPT columns + `WRITTEN + col` for GRADED + stage columns
    private_words: set[str] = field(default_factory=set)
    problem: str | None = None  # UNREADABLE, DUPLICATE or OVER_LIMIT
    reason: str = ""  # read_log_csv's sentence, the workbook error's kind, or the first file
    size: int = 0  # bytes read


def read_student_file(name: str, data: bytes) -> StudentFile:
    """Read one file; never raises."""
    digest = hashlib.sha256(data).hexdigest()
    try:
        student = _read(name, digest, data)
    except Exception:  # one odd file must not stop the rest of the class being counted
        student = StudentFile(name, digest, problem=UNREADABLE, reason="")
    student.size = len(data)
    return student


def _read(name: str, digest: str, data: bytes) -> StudentFile:
    if workbook.is_workbook(data):
        try:
            records = workbook.workbook_rows(data)
        except workbook.WorkbookError as err:
            return StudentFile(name, digest, problem=UNREADABLE, reason=err.kind)
        table = _table(records)
    else:
        table = _csv_table(data)
    source = _with_written_copies(table) if table else data
    result = read_log_csv(source)
    if result.refused or result.log is None:
        return StudentFile(name, digest, problem=UNREADABLE, reason=result.refused or "")
    student_id = _student_id(table, result.log) if table else ""
    log = result.log
    private = _private_words(log)
    kept = _kept(log)
    del log, result, source, table  # the notes and the file's text are not needed any more
    return StudentFile(name, digest, student_id=student_id, log=kept, private_words=private)


# ------------------------------------------------------------------------------ raw table


@dataclass
class _Table:
    above: list[list[str]]  # rows above the headings (where a gradebook line may be)
    header: list[str]
    body: list[list[str]]


def _decode(data: bytes) -> str | None:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        encodings = ["utf-16"]
    else:
        encodings = ["utf-8-sig", "cp1252"]
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def _csv_table(data: bytes) -> _Table | None:
    """The file's rows split as read_log_csv splits them, or None (then read_log_csv alone
    decides, and refuses or reads it without the written copies)."""
    text = _decode(data)
    if text is None or "\x00" in text:
        return None
    if re.match(r"sep=[,;\t|]\r?\n", text.lstrip("\r\n")):
        return None
    for delimiter in _DELIMITERS:
        try:
            records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
        except csv.Error:
            return None
        table = _table(records)
        if table:
            return table
    return None


def _table(records: list[list[str]]) -> _Table | None:
    filled = [i for i, r in enumerate(records) if any(c.strip() for c in r)][:_HEADER_SEARCH]
    for i in filled:
        known = {cells.known_column(cells.unguard(c).strip()) for c in records[i]}
        if {"date", "contact"} <= known:
            return _Table(records[:i], records[i], records[i + 1:])
    return None


def _with_written_copies(table: _Table) -> bytes:
    """The table as CSV with a copy of each graded column's text, kept by the reader as an
    extra column, so every read value sits next to the text it was read from."""
    positions = {}
    for i, heading in enumerate(table.header):
        column = cells.known_column(cells.unguard(heading).strip())
        if column in GRADED and column not in positions:
            positions[column] = i
    width = max([len(table.header)] + [len(r) for r in table.body])
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(_padded(table.header, width) + [WRITTEN + column for column in positions])
    thank_you = positions.get("thank_you_sent", -1)
    for row in table.body:
        if _blank(row, thank_you):  # a blank row stays blank, so the reader skips it too
            writer.writerow(row)
            continue
        copies = [cells.unguard(row[i]) if i < len(row) else "" for i in positions.values()]
        writer.writerow(_padded(row, width) + copies)
    return out.getvalue().encode("utf-8")


def _padded(row: list[str], width: int) -> list[str]:
    return row + [""] * (width - len(row))


def _blank(row: list[str], thank_you: int) -> bool:
    """read_log_csv's blank row: nothing but blanks, or a 'no' in the thank-you column."""
    return all(not cell.strip() or (i == thank_you
                                    and cells.YES_NO.get(cell.strip().casefold()) is False)
               for i, cell in enumerate(row))


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.casefold()).strip()


# ------------------------------------------------------------------------------ what is kept


def _student_id(table: _Table, log: pd.DataFrame) -> str:
    """A `student_id` column's first value, else a "student_id: …" line above the headings."""
    for column in log.columns:
        if _key(str(column)) in ID_HEADINGS:
            values = [v.strip() for v in log[column] if isinstance(v, str) and v.strip()]
            if values:
                return values[0][:80]
    for row in table.above:
        line = ",".join(c for c in row if c.strip())
        found = _ID_LINE.match(line)
        if found:
            return found.group(1).strip(" ,;\t\"")[:80]
    return ""


def _private_words(log: pd.DataFrame) -> set[str]:
    """Every contact, organization and referrer, as lower-case words (to screen chart labels)."""
    return {" ".join(re.findall(r"\w+", str(v).lower()))
            for column in ("contact", "organization", "referred_by")
            for v in pd.unique(log[column])} - {""}


def _kept(log: pd.DataFrame) -> pd.DataFrame:
    names = {_key(str(c)): c for c in log.columns}
    kept = log[KEPT].copy()
    kept["contact"] = keys_of(kept["contact"])
    kept["referred_by"] = keys_of(kept["referred_by"])
    for column in GRADED:
        written = names.get(_key(WRITTEN + column))
        kept[WRITTEN + column] = log[written] if written is not None else ""
    for column, headings in STAGE_COLUMNS.items():
        found = next((names[_key(h)] for h in headings if _key(h) in names), None)
        if found is not None:
            kept[column] = log[found].astype(str)
    return kept.reset_index(drop=True)
