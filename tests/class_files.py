"""A class's 30 files as an instructor gets them from a course site, and the truth about each.

7 app exports, 19 spreadsheet saves (Excel, European Excel, Google Sheets, LibreOffice) that use
students' own wordings, an Excel workbook, an empty log and 2 broken files. Each student's
numbers are chosen here first and the file is written from them, so the truth (who meets the
requirement) never comes from the code under test. File names carry the students' names, as
LMS downloads do.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from datetime import date, timedelta

import openpyxl
import pandas as pd

from interview_coach.classroom.requirement import Requirement
from interview_coach.log.csv_file import write_log_csv
from interview_coach.log.schema import LOG_COLUMNS, coerce_types, empty_log

REQUIREMENT = Requirement(interviews=3, thank_yous=3, referrals=1, due=date(2026, 11, 20))
FIRST = ["Orla", "Tobiah", "Marisol", "Kwabena", "Ingrid", "Zoltan", "Ravindra", "Henrike",
         "Philippa", "Desmond", "Annika", "Florentyna", "Gideon", "Yesenia", "Leopold"]
LAST = ["Quillfeather", "Vantongeren", "Okonkwo", "Pemberthwaite", "Szczurek", "Abernathy",
        "Castellanos", "Drummond", "Eriksdottir", "Fairbanks", "Gallagher", "Hollingsworth",
        "Ishikawa", "Jablonski", "Kowalczyk"]
# Student-typed "how found" text that names someone: never on the class view.
PRIVATE_LABEL = "My mom's coworker Sandra"


@dataclass(frozen=True)
class StudentTruth:
    file_name: str
    student_name: str  # as in the file name
    interviews: int | None  # completed by the due date (None: the file is broken)
    thank_yous: int | None
    referrals: int | None
    late: int | None
    student_id: str = ""  # the gradebook name the student put in the export

    @property
    def passes(self) -> bool:
        return (self.interviews is not None and self.interviews >= REQUIREMENT.interviews
                and self.thank_yous >= REQUIREMENT.thank_yous
                and self.referrals >= REQUIREMENT.referrals)

    @property
    def key(self) -> str:
        return self.student_id or self.file_name


def _lms_name(n: int) -> tuple[str, str]:
    person = f"{FIRST[n % len(FIRST)]} {LAST[(n * 7) % len(LAST)]}"
    last, first = person.split()[1], person.split()[0]
    return person, f"{last}{first}_{40100 + n}_assignsubmission_file_interview-log.csv"


@dataclass(frozen=True)
class Plan:
    done: int  # completed on time
    thanked: int  # of those, with a thank-you
    referrals: int  # referrals named by the completed ones
    late: int  # completed after the due date
    open: int  # requested or scheduled


def _plans(rng: random.Random, count: int) -> list[Plan]:
    plans = []
    for _ in range(count):
        done = rng.choice([1, 2, 3, 3, 4, 5])
        plans.append(Plan(done, rng.randint(max(0, done - 1), done),
                          rng.choice([0, 1, 1, 2, 3]), rng.choice([0, 0, 1]),
                          rng.randint(0, 3)))
    return plans


def _rows(plan: Plan, n: int, rng: random.Random) -> list[dict]:
    """Rows in the app's standard words; a writer may reword them."""
    rows = []
    referrals_left = plan.referrals
    for i in range(plan.done + plan.late + plan.open):
        late, is_open = plan.done <= i < plan.done + plan.late, i >= plan.done + plan.late
        when = (REQUIREMENT.due + timedelta(days=rng.randint(1, 9)) if late
                else REQUIREMENT.due - timedelta(days=rng.randint(0, 60)))
        gave = 0 if (late or is_open) else min(referrals_left, rng.choice([0, 1, 2]))
        if i == plan.done - 1 and not late and not is_open:
            gave = referrals_left  # the last on-time interview gets what is left
        referrals_left -= gave
        rows.append({
            "date": when.isoformat(),
            "contact": f"{FIRST[(n + i) % 15]} {LAST[(n + 2 * i) % 15]}-{n}{i}",
            "organization": f"Lakeshore Works {n}-{i}",
            "field": ["Nursing", "Forestry", "Accounting"][(n + i) % 3],
            "found_via": PRIVATE_LABEL if (n, i) == (3, 0) else "Personal network",
            "status": rng.choice(["Requested", "Scheduled"]) if is_open else "Completed",
            "thank_you_sent": (i < plan.thanked) and not is_open,
            "referrals": gave,
            "notes": f"Private remark {n}-{i}",
        })
    return rows


# Students' own words for the same values: (status Completed, Requested, thank-you yes, no).
WORDINGS = [
    ("Interviewed", "waiting", "sent", ""),
    ("met", "sent", "✓", "no"),
    ("Held", "Waiting", "x", ""),
    ("done", "Sent", "date", "not sent"),
]


def _reworded(rows: list[dict], style: int) -> pd.DataFrame:
    completed, requested, yes, no = WORDINGS[style % len(WORDINGS)]
    frame = pd.DataFrame(rows, columns=LOG_COLUMNS)
    frame["status"] = frame["status"].map(
        {"Completed": completed, "Requested": requested, "Scheduled": "Scheduled"})
    frame["thank_you_sent"] = [
        (row["date"] if yes == "date" else yes) if row["thank_you_sent"] else no
        for row in rows]
    frame["referrals"] = [f"{r} (Dr. Lee & Sam)" if r == 2 else str(r) for r in frame["referrals"]]
    return frame


def _spreadsheet_bytes(frame: pd.DataFrame, kind: int) -> bytes:
    """As four spreadsheets save a CSV."""
    if kind == 0:  # Excel on Windows: cp1252, CRLF, US dates
        out = frame.copy()
        out["date"] = pd.to_datetime(out["date"]).dt.strftime("%m/%d/%Y")
        return out.to_csv(index=False, lineterminator="\r\n").encode("cp1252")
    if kind == 1:  # European Excel: semicolons, day-first dates
        out = frame.copy()
        out["date"] = pd.to_datetime(out["date"]).dt.strftime("%d.%m.%Y")
        return out.to_csv(index=False, sep=";").encode("utf-8-sig")
    if kind == 2:  # Google Sheets: plain UTF-8, friendly headings
        out = frame.rename(columns={"contact": "Name", "thank_you_sent": "Thank you sent?",
                                    "found_via": "How found", "date": "Date"})
        return out.to_csv(index=False).encode("utf-8")
    return frame.to_csv(index=False, sep="\t").encode("utf-8")  # LibreOffice, tab-separated


def _xlsx(frame: pd.DataFrame) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Date", "Contact", "Status", "Thank-you sent", "Referrals", "Field"])
    for row in frame.itertuples():
        sheet.append([pd.Timestamp(row.date).to_pydatetime(), row.contact, row.status,
                      row.thank_you_sent, row.referrals, row.field])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def class_files(seed: int = 18) -> tuple[list[tuple[str, bytes]], list[StudentTruth]]:
    """The 30 files in upload order, and the truth for each."""
    rng = random.Random(seed)
    plans = _plans(rng, 27)
    files, truth = [], []
    for n, plan in enumerate(plans):
        person, file_name = _lms_name(n)
        rows = _rows(plan, n, rng)
        student_id = ""
        if n < 7:  # the app's own export; the first three carry a gradebook number
            frame = coerce_types(pd.DataFrame(rows, columns=LOG_COLUMNS))
            if n < 3:
                student_id = f"S{900100 + n}"
                frame["student_id"] = student_id
            data = write_log_csv(frame)
        elif n < 26:
            data = _spreadsheet_bytes(_reworded(rows, n), n % 4)
        else:
            file_name = file_name.replace(".csv", ".xlsx")
            frame = _reworded(rows, 0)
            frame["thank_you_sent"] = [bool(r["thank_you_sent"]) for r in rows]
            data = _xlsx(frame)
        files.append((file_name, data))
        truth.append(StudentTruth(file_name, person, plan.done, plan.thanked, plan.referrals,
                                  plan.late, student_id))
    person, file_name = _lms_name(27)
    files.append((file_name, write_log_csv(empty_log())))
    truth.append(StudentTruth(file_name, person, 0, 0, 0, 0))
    broken = [b"\x89PNG\r\n\x1a\n" + bytes(range(256)), b"PK\x03\x04" + bytes(300)]
    for n, data in zip((28, 29), broken, strict=True):
        person, file_name = _lms_name(n)
        files.append((file_name, data))
        truth.append(StudentTruth(file_name, person, None, None, None, None))
    return files, truth
