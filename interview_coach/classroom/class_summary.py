"""A class's numbers from many students' exported interview logs, for the instructor.

Each uploaded file is one student. Only counts leave this module: never a contact's name, an
organization, a referrer or a note. Students are "Student 1", "Student 2"… in upload order
of the files that were counted.
Every count means what it means on the student's own log page (interview_coach.log.stats).
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

import pandas as pd

from interview_coach.log.csv_file import EXPORT_ENCODING, read_log_csv
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
PRIVATE_COLUMNS = ["contact", "organization", "referred_by"]
LABEL_COLUMNS = ["found_via", "field"]
UNREADABLE = "It could not be read as an interview log."
NO_ROWS = "It has no interviews in it (no row has both a date and a contact)."


class SkippedFile(NamedTuple):
    file_name: str
    reason: str


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


def summarise_class(files: list[tuple[str, bytes]]) -> ClassSummary:
    """Summarise (file name, bytes) pairs; files that fail or repeat are listed in `skipped`."""
    logs: list[pd.DataFrame] = []
    skipped: list[SkippedFile] = []
    first_name_of: dict[str, str] = {}
    for name, data in files:
        digest = hashlib.sha256(data).hexdigest()
        if digest in first_name_of:
            reason = f"It is the same file as {first_name_of[digest]}, so it was counted once."
            skipped.append(SkippedFile(name, reason))
            continue
        first_name_of[digest] = name
        log, problem = _student_log(data)
        if problem:
            skipped.append(SkippedFile(name, problem))
        else:
            logs.append(log)
    return _summarise_logs(logs, skipped)


def _student_log(data: bytes) -> tuple[pd.DataFrame | None, str | None]:
    try:
        result = read_log_csv(data)
    except Exception:  # one odd file must not stop the other students' files being counted
        return None, UNREADABLE
    if result.refused or result.log is None:
        return None, result.refused or UNREADABLE
    if usable_rows(result.log).empty:
        return None, NO_ROWS
    return result.log, None


def _summarise_logs(logs: list[pd.DataFrame], skipped: list[SkippedFile]) -> ClassSummary:
    class_log = _class_log(logs)
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
        found_via=_class_breakdown(class_log, rows, "found_via", always=FOUND_VIA),
        fields=_class_breakdown(class_log, rows, "field"),
        skipped=skipped,
    )


def _class_log(logs: list[pd.DataFrame]) -> pd.DataFrame:
    """All logs in one frame with a `student` number (1, 2…) and free-text labels screened.

    Names get the student's number in front, so one name in two students' logs is two contacts.
    """
    if not logs:
        return empty_log().assign(student=pd.Series(dtype=int))
    private = _private_phrases(logs)
    class_log = pd.concat([log[LOG_COLUMNS].assign(student=number)
                           for number, log in enumerate(logs, start=1)], ignore_index=True)
    tag = "#" + class_log["student"].astype(str) + " "
    for column in ("contact", "referred_by"):
        names = keys_of(class_log[column])
        class_log[column] = names.where(names.eq(""), tag + names)
    for column in LABEL_COLUMNS:
        values = pd.unique(class_log[column])
        shown = {v: WITHHELD if _mentions(v, private) else v for v in values}
        class_log[column] = class_log[column].map(shown)
    return class_log


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _private_phrases(logs: list[pd.DataFrame]) -> set[str]:
    """Every contact, organization and referrer named in the logs, as lower-case words."""
    phrases = {_words(v) for log in logs for column in PRIVATE_COLUMNS
               for v in pd.unique(log[column])}
    phrases -= {"", *(_words(choice) for choice in FOUND_VIA)}
    return phrases


def _mentions(label: str, private: set[str]) -> bool:
    """True when some run of whole words in `label` is a private phrase.

    Whole names only (unlike hidden_names, which hides name parts in a student's own log): a
    part would withhold fields such as "Law" whenever someone in the class contacted a Ms Law.
    """
    words = _words(label).split()
    return any(" ".join(words[i:j]) in private
               for i in range(len(words)) for j in range(i + 1, len(words) + 1))


def _class_breakdown(class_log: pd.DataFrame, rows: pd.DataFrame, column: str,
                     always: list[str] | None = None) -> pd.DataFrame:
    """log_stats.breakdown over the class, plus how many students used each label.

    `always` (the known choices) are listed even when nobody used them.
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
    fixed = {NOT_RECORDED, WITHHELD, *(always or [])}
    frame["label"] = [label if label in fixed else spelling.get(key, label)
                      for label, key in zip(frame["label"], label_key, strict=True)]
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
