"""A class's numbers from many students' exported interview logs, for the instructor.

Each uploaded file is one student (interview_coach.classroom.student_files reads it). Only
counts leave this module: never a contact's name, an organization, a referrer or a note.
Students are "Student 1", "Student 2"… in upload order of the files that were counted; the
gradebook (interview_coach.classroom.gradebook) is where a student has a name. An empty log is
a student with 0 interviews. Every count means what it means on the student's own log page
(interview_coach.log.stats), after the instructor's value mappings.

A summary reads at most MAX_FILES files and MAX_TOTAL_BYTES bytes; the files past either are
listed as not read. What is kept of a file once read is small (see student_files).

In class view (for a projector) free-text labels become known choices or are withheld, and a
label used by fewer than MIN_GROUP students is folded into one group, shown only when that
group has MIN_GROUP students or more.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

import pandas as pd

from interview_coach.classroom.data_quality import effective
from interview_coach.classroom.requirement import Requirement
from interview_coach.classroom.student_files import (
    DUPLICATE,
    OVER_LIMIT,
    StudentFile,
    read_student_file,
)
from interview_coach.log.csv_file import EXPORT_ENCODING
from interview_coach.log.schema import FOUND_VIA, LOG_COLUMNS, empty_log
from interview_coach.log.stats import (
    NOT_RECORDED,
    breakdown,
    funnel,
    headline,
    keys_of,
    usable_rows,
)

# A found_via or field value that repeats a contact, organization or referrer from any log.
WITHHELD = "Withheld (mentions a name)"
SMALL_GROUPS = "Groups of fewer than 3 students"
LABEL_COLUMNS = ["found_via", "field"]
MAX_FILES = 60
MAX_TOTAL_BYTES = 60 * 1024 * 1024
MIN_GROUP = 3


class SkippedFile(NamedTuple):
    file_name: str
    problem: str  # a StudentFile problem kind
    reason: str  # the reader's sentence, a workbook error kind, or the first file's name


@dataclass(frozen=True)
class ClassSummary:
    """Class totals. Frames are small and hold counts only."""

    students: int
    contacts: int  # distinct contacts per student, added up
    interviews: int  # rows with status Completed
    median_interviews: float | None  # per student; None without students
    thank_you_rate: float | None  # 0..1 of interviews; None before any interview
    referral_rate: float | None  # 0..1 of completed contacts who named someone else
    per_student: pd.DataFrame  # student, contacts, interviews
    funnel: pd.DataFrame  # stage, count, order — as log_stats.funnel, added up
    found_via: pd.DataFrame  # label, contacts, interviews, students
    fields: pd.DataFrame  # label, contacts, interviews, students
    skipped: list[SkippedFile]


def read_files(files: list[tuple[str, bytes]], *, seen: list[StudentFile] | None = None,
               max_files: int = MAX_FILES,
               max_total_bytes: int = MAX_TOTAL_BYTES) -> list[StudentFile]:
    """Read (file name, bytes) pairs, after the files already `seen` (which count towards the
    caps); the same bytes twice are read once, files past the caps not at all."""
    seen = list(seen or [])
    out: list[StudentFile] = []
    first_name_of = {s.digest: s.file_name for s in seen if s.problem is None}
    total = sum(s.size for s in seen)
    for index, (name, data) in enumerate(files):
        total += len(data)
        if len(seen) + index >= max_files or total > max_total_bytes:
            out.append(StudentFile(name, "", problem=OVER_LIMIT))
            continue
        student = read_student_file(name, data)
        if student.digest in first_name_of:
            student = StudentFile(name, student.digest, problem=DUPLICATE,
                                  reason=first_name_of[student.digest], size=len(data))
        elif student.problem is None:
            first_name_of[student.digest] = name
        out.append(student)
    return out


def summarise_class(files: list[tuple[str, bytes]],
                    requirement: Requirement | None = None) -> ClassSummary:
    """Read and summarise (file name, bytes) pairs; files not counted are in `skipped`."""
    return summarise_students(read_files(files), requirement)


def summarise_students(students: list[StudentFile], requirement: Requirement | None = None,
                       *, class_view: bool = False) -> ClassSummary:
    requirement = requirement or Requirement()
    skipped = [SkippedFile(s.file_name, s.problem, s.reason) for s in students if s.problem]
    counted = [s for s in students if s.problem is None]
    logs = [_as_log(effective(s, requirement)) for s in counted]
    private = set().union(*(s.private_words for s in counted))
    return _summarise_logs(logs, skipped, private, class_view)


def _as_log(kept: pd.DataFrame) -> pd.DataFrame:
    """A kept log in the shape interview_coach.log.stats reads (the dropped columns blank).
    From the People page's export, someone not yet asked is no contact yet."""
    if "stage" in kept.columns:
        kept = kept.loc[kept["stage"].str.strip().str.casefold().ne("to ask")]
    log = kept[[c for c in LOG_COLUMNS if c in kept.columns]].copy()  # already typed
    blank = pd.Series([""] * len(log), index=log.index, dtype=object)
    for column in LOG_COLUMNS:
        if column not in log.columns:
            log[column] = (pd.array([pd.NA] * len(log), dtype="Int64")
                           if column == "duration_min" else blank)
    return log[LOG_COLUMNS]


def _summarise_logs(logs: list[pd.DataFrame], skipped: list[SkippedFile], private: set[str],
                    class_view: bool) -> ClassSummary:
    class_log = _class_log(logs, private, class_view)
    rows = usable_rows(class_log)
    numbers = range(1, len(logs) + 1)
    by_student = rows.assign(done=rows["status_key"].eq("completed")).groupby("student")
    per_student = pd.DataFrame({
        "student": [f"Student {n}" for n in numbers],
        "contacts": by_student["key"].nunique().reindex(numbers, fill_value=0).to_numpy(),
        "interviews": by_student["done"].sum().reindex(numbers, fill_value=0).to_numpy(),
    }).astype({"student": object, "contacts": int, "interviews": int})
    totals = headline(class_log, date.today())
    class_funnel = funnel(class_log)
    reached = class_funnel.set_index("stage")["count"]
    completed, referred = int(reached["Completed"]), int(reached["Referral named"])
    return ClassSummary(
        students=len(logs),
        contacts=totals.people_contacted,
        interviews=totals.interviews_held,
        median_interviews=float(per_student["interviews"].median()) if logs else None,
        thank_you_rate=totals.thank_you_share,
        referral_rate=referred / completed if completed else None,
        per_student=per_student,
        funnel=class_funnel,
        found_via=_class_breakdown(class_log, rows, "found_via", always=FOUND_VIA,
                                   class_view=class_view),
        fields=_class_breakdown(class_log, rows, "field", class_view=class_view),
        skipped=skipped,
    )


def _class_log(logs: list[pd.DataFrame], private: set[str], class_view: bool) -> pd.DataFrame:
    """All logs in one frame with a `student` number (1, 2…) and free-text labels screened.

    Names get the student's number in front, so one name in two students' logs is two contacts.
    """
    if not logs:
        return empty_log().assign(student=pd.Series(dtype=int))
    private = private - {"", *(_words(choice) for choice in FOUND_VIA)}
    class_log = pd.concat([log[LOG_COLUMNS].assign(student=number)
                           for number, log in enumerate(logs, start=1)], ignore_index=True)
    if class_log.empty:  # only empty logs: nothing to screen
        return class_log
    tag = "#" + class_log["student"].astype(str) + " "
    for column in ("contact", "referred_by"):
        names = keys_of(class_log[column])
        class_log[column] = names.where(names.eq(""), tag + names)
    for column in LABEL_COLUMNS:
        values = pd.unique(class_log[column])
        shown = {v: WITHHELD if _mentions(v, private) else v for v in values}
        class_log[column] = class_log[column].map(shown)
    if class_view:
        _fold_small_groups(class_log)
    return class_log


def _fold_small_groups(class_log: pd.DataFrame) -> None:
    """Class view: ways of finding that are no known choice become "Other"; labels fewer than
    MIN_GROUP students used become SMALL_GROUPS (in place)."""
    known = {_words(c): c for c in FOUND_VIA}
    found = class_log["found_via"]
    class_log["found_via"] = found.map(
        lambda v: v if not v.strip() else known.get(_words(v), FOUND_VIA[-1]))
    for column in LABEL_COLUMNS:
        keys = keys_of(class_log[column])
        students = class_log.groupby(keys)["student"].nunique()
        small = keys.map(students).lt(MIN_GROUP) & keys.ne("")
        class_log.loc[small, column] = SMALL_GROUPS


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _mentions(label: str, private: set[str]) -> bool:
    """True when some run of whole words in `label` is a private phrase.

    Whole names only (unlike hidden_names, which hides name parts in a student's own log): a
    part would withhold fields such as "Law" whenever someone in the class contacted a Ms Law.
    """
    words = _words(label).split()
    return any(" ".join(words[i:j]) in private
               for i in range(len(words)) for j in range(i + 1, len(words) + 1))


def _class_breakdown(class_log: pd.DataFrame, rows: pd.DataFrame, column: str,
                     always: list[str] | None = None, class_view: bool = False) -> pd.DataFrame:
    """log_stats.breakdown over the class, plus how many students used each label.

    `always` (the known choices) are listed even when nobody used them. In class view a
    folded group of fewer than MIN_GROUP students is left out.
    """
    frame = breakdown(class_log, column, limit=sys.maxsize)
    missing = [c for c in always or [] if c not in set(frame["label"])]
    zeros = pd.DataFrame({"label": pd.Series(missing, dtype=object), "contacts": 0,
                          "interviews": 0})
    blank = frame["label"].eq(NOT_RECORDED)
    frame = pd.concat([frame.loc[~blank], zeros, frame.loc[blank]], ignore_index=True)
    row_keys = keys_of(rows[column])
    students = rows.groupby(row_keys)["student"].nunique()
    label_key = keys_of(frame["label"]).where(~frame["label"].eq(NOT_RECORDED), "")
    frame["students"] = label_key.map(students).fillna(0)
    spelling = _most_common_spelling(rows[column], row_keys)
    fixed = {NOT_RECORDED, WITHHELD, SMALL_GROUPS, *(always or [])}
    frame["label"] = [label if label in fixed else spelling.get(key, label)
                      for label, key in zip(frame["label"], label_key, strict=True)]
    if class_view:
        frame = frame.loc[~(frame["label"].eq(SMALL_GROUPS)
                            & frame["students"].lt(MIN_GROUP))].reset_index(drop=True)
    return frame.astype({"label": object, "contacts": int, "interviews": int, "students": int})


def _most_common_spelling(values: pd.Series, keys: pd.Series) -> dict[str, str]:
    """For each key, the spelling written on the most rows (the earliest upload wins a tie)."""
    counts: dict[str, Counter] = {}
    for value, key in zip(values, keys, strict=True):
        counts.setdefault(key, Counter())[" ".join(value.split())] += 1
    return {key: counter.most_common(1)[0][0] for key, counter in counts.items()}


def _percent(rate: float | None) -> float | str:
    return "" if rate is None else round(rate * 100, 1)


def aggregate_table(summary: ClassSummary) -> pd.DataFrame:
    """Every number in the summary as a tidy two-column table: measure, value."""
    rows: list[tuple[str, object]] = [
        ("Students counted", summary.students),
        ("Files not counted", len(summary.skipped)),
        ("Contacts logged", summary.contacts),
        ("Interviews completed", summary.interviews),
        ("Median interviews per student",
         "" if summary.median_interviews is None else summary.median_interviews),
        ("Thank-you notes sent (% of interviews)", _percent(summary.thank_you_rate)),
        ("Interviews with a referral (% of interviewed contacts)", _percent(summary.referral_rate)),
    ]
    rows += [(f"Funnel: {r.stage}", r.count) for r in summary.funnel.itertuples()]
    for title, frame in (("Found via", summary.found_via), ("Field", summary.fields)):
        for r in frame.itertuples():
            rows += [(f"{title}: {r.label} ({what})", getattr(r, what))
                     for what in ("contacts", "interviews", "students")]
    rows += [(f"Interviews: {r.student}", r.interviews) for r in summary.per_student.itertuples()]
    return pd.DataFrame(rows, columns=["measure", "value"], dtype=object)


def aggregate_csv(summary: ClassSummary) -> bytes:
    """The tidy table as CSV bytes (UTF-8 with a byte-order mark, so Excel shows accents)."""
    return aggregate_table(summary).to_csv(index=False).encode(EXPORT_ENCODING)
