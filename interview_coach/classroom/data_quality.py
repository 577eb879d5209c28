"""Per file: every graded value that was read as something other than written, or not at all.

Only the graded columns (status, thank-you, referrals) are looked at: they decide a grade. A
value not understood can be given a meaning by the instructor once for the whole class
(Requirement.value_map); the meaning is applied wherever that value is written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from interview_coach.classroom.requirement import MAPPABLE, Requirement, value_key
from interview_coach.classroom.student_files import WRITTEN, StudentFile
from interview_coach.log import cells
from interview_coach.log.schema import STATUSES

_COUNT_AND_WORDS = re.compile(r"^\s*\+?(\d{1,9})\b.*\S", re.DOTALL)
MAX_SHOWN = 40  # characters of a written value shown
A_DATE = "\x00date"  # stands for every date written as a thank-you (the page words it)


@dataclass(frozen=True)
class ValueNote:
    """`rows` cells of `column` hold `written`; they were read as `read_as` (None: not
    understood). `mapped` is True when the instructor's mapping gave the meaning."""

    column: str
    written: str
    read_as: str | None
    rows: int
    mapped: bool = False


def status_of(requirement: Requirement, written: str) -> str:
    """A status as the class summary counts it: the importer's reading, else the mapping."""
    read = cells.choice("status", written)
    if read in STATUSES:
        return read
    return requirement.mapped("status", written) or read


def thank_you_of(requirement: Requirement, written: str) -> bool:
    answer = cells.YES_NO.get(written.strip().casefold())
    if answer is None:
        return requirement.mapped("thank_you_sent", written) == "yes"
    return answer


def _reading(requirement: Requirement, column: str, written: str) -> tuple[str | None, bool]:
    """(what `written` was read as, or None; whether a mapping decided it)."""
    if column == "status":
        read = cells.choice("status", written)
        if read in STATUSES:
            return read, False
        mapped = requirement.mapped("status", written)
        return mapped, mapped is not None
    if column == "thank_you_sent":
        if written == A_DATE:
            return "yes", False
        answer = cells.YES_NO.get(written.strip().casefold())
        if answer is None:
            mapped = requirement.mapped("thank_you_sent", written)
            return mapped, mapped is not None
        return ("yes" if answer else "no"), False
    number = cells.whole_number(written, minutes=False)
    return (None if number is False else str(number)), False


def _is_date(text: str) -> bool:
    return text.strip().casefold() not in cells.YES_NO and cells.looks_like_date(text)


def _same(written: str, read_as: str) -> bool:
    return value_key(written) == value_key(read_as)


def shown_value(column: str, written: str) -> str:
    """The written text as the report shows it: names after a referral count are left out,
    long text is cut short."""
    text = " ".join(written.split())
    if column == "referrals":
        found = _COUNT_AND_WORDS.match(text)
        if found and found.group(1) != text:
            return f"{found.group(1)} (…)"
    return text if len(text) <= MAX_SHOWN else text[:MAX_SHOWN] + "…"


def file_notes(student: StudentFile, requirement: Requirement) -> list[ValueNote]:
    """The file's values read as something else or not understood, most rows first."""
    if student.log is None:
        return []
    notes = []
    for column in ("status", "thank_you_sent", "referrals"):
        written = student.log[WRITTEN + column]
        counts = written[written.str.strip().ne("")].map(lambda v: " ".join(v.split()))
        if column == "thank_you_sent":  # one line for all dates, not one per date
            counts = counts.map(lambda v: A_DATE if _is_date(v) else v)
        for value, rows in counts.value_counts(sort=False).items():
            read_as, mapped = _reading(requirement, column, value)
            if read_as is not None and not mapped and _same(value, read_as):
                continue
            notes.append(ValueNote(column, value, read_as, int(rows), mapped))
    notes.sort(key=lambda n: (n.read_as is not None, -n.rows, n.column, n.written))
    return notes


@dataclass(frozen=True)
class UnknownValue:
    column: str
    written: str  # the most common spelling
    files: int
    rows: int
    mapped_to: str | None


def unknown_values(students: list[StudentFile], requirement: Requirement) -> list[UnknownValue]:
    """Values not understood (or understood only through a mapping) in the mappable columns,
    across every file: what the instructor may map once for the whole class."""
    seen: dict[tuple[str, str], list] = {}
    for student in students:
        for note in file_notes(student, requirement):
            if note.column not in MAPPABLE or (note.read_as is not None and not note.mapped):
                continue
            entry = seen.setdefault((note.column, value_key(note.written)),
                                    [note.written, 0, 0, note.read_as])
            entry[1] += 1
            entry[2] += note.rows
    return [UnknownValue(column, written, files, rows, mapped_to)
            for (column, _), (written, files, rows, mapped_to) in
            sorted(seen.items(), key=lambda item: (-item[1][2], item[0]))]


def effective(student: StudentFile, requirement: Requirement) -> pd.DataFrame:
    """The kept log with the mappings applied to status and thank-you, and the people
    records' stage counted: Held or Thanked is a completed interview, Thanked a thank-you."""
    log = student.log.copy()
    log["status"] = [status_of(requirement, w) if w.strip() else s
                     for w, s in zip(log[WRITTEN + "status"], log["status"], strict=True)]
    log["thank_you_sent"] = [thank_you_of(requirement, w) if w.strip() else bool(t)
                             for w, t in zip(log[WRITTEN + "thank_you_sent"],
                                             log["thank_you_sent"], strict=True)]
    if "stage" in log.columns:
        stage = log["stage"].map(value_key)
        log.loc[stage.isin(["held", "thanked"]), "status"] = "Completed"
        log.loc[stage.eq("thanked"), "thank_you_sent"] = True
    log["thank_you_sent"] = log["thank_you_sent"].astype(bool)
    return log
