"""One row per uploaded file, for the instructor's gradebook: what each student did by the due
date, and whether that meets the requirement.

A row is keyed by the gradebook name or number the student put in their own export, else the
file's name as the course site gave it: these names appear only on this table and its CSV.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from interview_coach.classroom.data_quality import effective, file_notes
from interview_coach.classroom.requirement import Requirement
from interview_coach.classroom.student_files import StudentFile
from interview_coach.log import cells
from interview_coach.log.csv_file import EXPORT_ENCODING

# What a row's outcome is.
PASSED = "passed"
MISSING = "missing"
NOT_READ = "not_read"


@dataclass(frozen=True)
class GradeRow:
    student: str  # gradebook name/number, or the file name
    file_name: str
    interviews: int | None  # completed by the due date; None for a file that was not read
    thank_yous: int | None
    referrals: int | None
    late: int | None  # completed after the due date (not counted)
    outcome: str  # PASSED, MISSING or NOT_READ
    short: tuple[tuple[str, int], ...] = ()  # ("interviews", 2): how many more are needed
    values_to_check: int = 0  # data-quality notes on the file
    problem: str | None = None  # the StudentFile's problem kind for NOT_READ
    reason: str = ""


def _on_time(log: pd.DataFrame, requirement: Requirement) -> pd.Series:
    if requirement.due is None:
        return pd.Series(True, index=log.index)
    when = log["date"]
    if "held_on" in log.columns:
        held = pd.to_datetime(log["held_on"], errors="coerce", format="mixed")
        when = held.where(held.notna(), when)
    return when.le(pd.Timestamp(requirement.due))


def grade_row(student: StudentFile, requirement: Requirement) -> GradeRow:
    key = student.student_id or student.file_name
    if student.log is None:
        return GradeRow(key, student.file_name, None, None, None, None, NOT_READ,
                        problem=student.problem, reason=student.reason)
    log = effective(student, requirement)
    completed = log["status"].eq("Completed")
    on_time = _on_time(log, requirement)
    counted = completed & on_time
    interviews = int(counted.sum())
    thank_yous = int((counted & log["thank_you_sent"]).sum())
    referrals = int(log.loc[counted, "referrals"].fillna(0).sum())
    short = tuple((what, need - have) for what, need, have in (
        ("interviews", requirement.interviews, interviews),
        ("thank_yous", requirement.thank_yous, thank_yous),
        ("referrals", requirement.referrals, referrals)) if have < need)
    return GradeRow(key, student.file_name, interviews, thank_yous, referrals,
                    int((completed & ~on_time).sum()), MISSING if short else PASSED, short,
                    len(file_notes(student, requirement)))


def gradebook(students: list[StudentFile], requirement: Requirement) -> list[GradeRow]:
    return [grade_row(student, requirement) for student in students]


def passed(rows: list[GradeRow]) -> int:
    return sum(row.outcome == PASSED for row in rows)


def gradebook_table(rows: list[GradeRow], headings: dict[str, str],
                    outcome_text) -> pd.DataFrame:
    """The table as shown and downloaded. `headings` names the columns (content/);
    `outcome_text(row)` says pass, what is missing, or why the file was not read."""
    frame = pd.DataFrame({  # the numbers and the result first, the file's name last
        headings["student"]: [row.student for row in rows],
        headings["interviews"]: [row.interviews for row in rows],
        headings["thank_yous"]: [row.thank_yous for row in rows],
        headings["referrals"]: [row.referrals for row in rows],
        headings["late"]: [row.late for row in rows],
        headings["outcome"]: [outcome_text(row) for row in rows],
        headings["values_to_check"]: [row.values_to_check for row in rows],
        headings["file_name"]: [row.file_name for row in rows],
    })
    for column in (headings[k] for k in ("interviews", "thank_yous", "referrals", "late")):
        frame[column] = frame[column].astype("Int64")
    return frame


def gradebook_csv(table: pd.DataFrame) -> bytes:
    """The table as CSV (UTF-8 with a byte-order mark); names and file names get the
    spreadsheet formula guard."""
    guarded = table.copy()
    for column in (guarded.columns[0], guarded.columns[-1]):  # the student and the file
        guarded[column] = guarded[column].map(lambda v: cells.guard(str(v)))
    return guarded.to_csv(index=False).encode(EXPORT_ENCODING)
