"""People as a spreadsheet file, and every log file the app has ever read as people.

Export: one row per person. The old log's columns come first, filled as the old log would be
(status Requested / Scheduled / Completed / Declined, blank for someone not yet asked), so any
reader of the old log still reads it; then the person's own columns (EXTRA_COLUMNS: their id,
stage, the date of each stage, the interview's time and place, research, what was learned…).
Import: the app's own export comes back person by person (byte for byte in a round trip); an
old log (one row per interview) becomes one person per name, with the history of its rows; a
row with a name and no date is a person to ask.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pandas as pd

from interview_coach.log.csv_file import MAX_BYTES, MAX_ROWS, Problem, read_log_csv, write_log_csv
from interview_coach.log.schema import LOG_COLUMNS, log_frame
from interview_coach.log.stats import contact_key
from interview_coach.log.workbook import WorkbookError, is_workbook, workbook_csv
from interview_coach.people import record
from interview_coach.people.linkedin import is_linkedin_export, read_linkedin

STAGE_COLUMNS = {stage: stage.lower().replace(" ", "_").replace("-", "_") + "_on"
                 for stage in record.ALL_STAGES}
EXTRA_COLUMNS = ["person_id", "conversation_stage", *STAGE_COLUMNS.values(), "referred_by_id",
                 "interview_date", "time", "place", "email", "phone", "link", "research_industry",
                 "research_organization", "research_contact", "learned", "knows_them",
                 "interest"]
# The old log's status for each stage, so readers of the old log count people rightly.
OLD_STATUS = {"To ask": "", "Requested": "Requested", "No reply": "Requested",
              "Scheduled": "Scheduled", "Held": "Completed", "Thanked": "Completed",
              "Declined": "Declined"}
_STAGE_OF_STATUS = {"requested": "Requested", "scheduled": "Scheduled", "completed": "Held",
                    "declined": "Declined"}


@dataclass
class PeopleImport:
    """people is None exactly when refused is set."""

    people: dict[str, dict[str, Any]] | None
    problems: list[Problem] = field(default_factory=list)
    refused: str | None = None
    kind: str = "log"  # "people" (our export), "log" (one row per interview) or "linkedin"


def _best_date(person: dict[str, Any]) -> str:
    """The date the old log would show: the interview's, else the current stage's."""
    if person["date"] and person["stage"] in ("Scheduled", "Held", "Thanked"):
        return person["date"]
    dates = person["stage_dates"]
    return dates.get(person["stage"]) or max(dates.values(), default="") or person["date"]


def people_frame(people: dict[str, dict[str, Any]], *, asked_only: bool = False) -> pd.DataFrame:
    """People in the old log's shape (LOG_COLUMNS, then EXTRA_COLUMNS), for the numbers,
    charts and follow-ups; asked_only leaves out the people not yet asked."""
    rows = []
    names = {pid: p["name"] for pid, p in people.items()}
    referrals: dict[str, int] = {}
    for person in people.values():
        if person["referred_by"]:
            referrals[person["referred_by"]] = referrals.get(person["referred_by"], 0) + 1
    for pid, p in people.items():
        if asked_only and p["stage"] == "To ask":
            continue
        held = p["stage"] in ("Held", "Thanked")
        rows.append({
            "date": _best_date(p), "contact": p["name"], "organization": p["organization"],
            "role": p["role"], "field": p["field"], "found_via": p["found_via"],
            "format": p["format"], "status": OLD_STATUS[p["stage"]],
            "duration_min": p["minutes"] if held else None,
            "thank_you_sent": p["stage"] == "Thanked", "referrals": referrals.get(pid, 0),
            "referred_by": names.get(p["referred_by"], ""), "notes": p["notes"],
            "person_id": pid, "conversation_stage": p["stage"],
            **{col: p["stage_dates"].get(stage, "") for stage, col in STAGE_COLUMNS.items()},
            "referred_by_id": p["referred_by"], "interview_date": p["date"],
            "time": p["time"], "place": p["place"],
            "email": p["email"], "phone": p["phone"], "link": p["link"],
            **{f"research_{k}": p["research"][k] for k in record.RESEARCH},
            "learned": p["learned"], "knows_them": str(p["knows_them"] or ""),
            "interest": str(p["interest"] or ""),
        })
    # Column by column into the typed frame: a frame of the rows first, then typed, made
    # every column twice (the People page's numbers, charts and import preview wait on it).
    return log_frame({col: [row[col] for row in rows] for col in LOG_COLUMNS + EXTRA_COLUMNS},
                     EXTRA_COLUMNS)


def write_people_csv(people: dict[str, dict[str, Any]], student_id: str = "") -> bytes:
    """The CSV export; `student_id` (the name or number the student chose to give their
    instructor's gradebook, off unless they type it) goes in a column of its own."""
    frame = people_frame(people)
    if student_id.strip():
        frame["student_id"] = student_id.strip()[:80]
    return write_log_csv(frame)


# Why an Excel workbook could not be read (WorkbookError.kind), in words for the student.
WORKBOOK_REFUSED = {
    "not_a_workbook": "This zip file is not an Excel workbook that can be opened (or it is "
                      "damaged). Save it from your spreadsheet as .xlsx or CSV again.",
    "too_large": "This workbook unpacks to more than a workbook here may hold.",
    "no_sheet": "This workbook's first sheet is empty.",
}


def read_people_file(data: bytes, today: date, updated: int) -> PeopleImport:
    """Any file the app reads (CSV, text, an Excel workbook's first sheet), as people. Never
    raises."""
    if is_workbook(data):
        try:
            data = workbook_csv(data)
        except WorkbookError as err:
            return PeopleImport(None, [], WORKBOOK_REFUSED.get(err.kind, WORKBOOK_REFUSED[
                "not_a_workbook"]))
    if is_linkedin_export(data):
        people, problems, refused = read_linkedin(data, today, updated)
        return PeopleImport(people, problems, refused, "linkedin")
    result = read_log_csv(data, max_bytes=MAX_BYTES, max_rows=MAX_ROWS, date_required=False)
    if result.log is None:
        return PeopleImport(None, result.problems, result.refused)
    frame = result.log
    if "person_id" in frame.columns and "conversation_stage" in frame.columns:
        return PeopleImport(_from_export(frame, updated), result.problems, None, "people")
    return PeopleImport(_from_log_rows(frame, today, updated), result.problems, None, "log")


def _day(value: Any) -> str:
    return value.date().isoformat() if isinstance(value, pd.Timestamp) and not pd.isna(value) \
        else ""


def _small(value: str) -> int:
    return int(value) if value.strip() in ("1", "2", "3") else 0


def _from_export(frame: pd.DataFrame, updated: int) -> dict[str, dict[str, Any]]:
    people: dict[str, dict[str, Any]] = {}
    for row in frame.to_dict("records"):
        pid = row["person_id"].strip() or record.new_id()
        stage = row["conversation_stage"]
        raw = {
            "id": pid, "name": row["contact"], "organization": row["organization"],
            "role": row["role"], "field": row["field"], "found_via": row["found_via"],
            "referred_by": row["referred_by_id"], "email": row["email"], "phone": row["phone"],
            "link": row["link"], "stage": stage if stage in record.ALL_STAGES else "To ask",
            "stage_dates": {s: row[c] for s, c in STAGE_COLUMNS.items() if row[c]},
            "date": row["interview_date"],
            "time": row["time"], "format": row["format"], "place": row["place"],
            "minutes": row["duration_min"] if not pd.isna(row["duration_min"]) else 30,
            "research": {k: row[f"research_{k}"] for k in record.RESEARCH},
            "learned": row["learned"], "notes": row["notes"],
            "knows_them": _small(row["knows_them"]), "interest": _small(row["interest"]),
            "updated": updated,
        }
        if not raw["stage_dates"] and not pd.isna(row["date"]):
            raw["stage_dates"] = {raw["stage"]: _day(row["date"])}
        person = record.clean_person(raw)
        if person is not None and person["id"] not in people:
            people[person["id"]] = person
    for person in people.values():
        if person["referred_by"] not in people:
            person["referred_by"] = ""
    return people


def _from_log_rows(frame: pd.DataFrame, today: date, updated: int) -> dict[str, dict[str, Any]]:
    """An old log: each name is one person; their rows are the history of the conversation."""
    people: dict[str, dict[str, Any]] = {}
    by_key: dict[str, str] = {}
    referrers: dict[str, str] = {}
    for row in frame.to_dict("records"):
        name = row["contact"].strip()
        key = contact_key(name)
        pid = by_key.get(key)
        if pid is None:
            person = record.blank_person()
            pid = by_key[key] = person["id"]
            person.update(name=name, updated=updated)
            people[pid] = person
        _add_row(people[pid], row, today)
        if row["referred_by"].strip():
            referrers[pid] = row["referred_by"].strip()
    for pid, referrer in referrers.items():
        target = by_key.get(contact_key(referrer))
        if target and target != pid and target in record.referrer_choices(people, pid):
            people[pid]["referred_by"] = target
            people[pid]["found_via"] = people[pid]["found_via"] or record.REFERRED
        else:
            note = f"Referred by {referrer}."
            people[pid]["notes"] = f"{people[pid]['notes']}\n{note}".strip()
    return people


def _add_row(person: dict[str, Any], row: dict[str, Any], today: date) -> None:
    """One old log row into the person's record: their details, and a stage on its date."""
    for name in ("organization", "role", "field", "found_via", "format"):
        person[name] = row[name] or person[name]
    if row["notes"] and row["notes"] not in person["notes"]:
        person["notes"] = f"{person['notes']}\n{row['notes']}".strip()
    on = _day(row["date"])
    stage = _STAGE_OF_STATUS.get(row["status"].strip().casefold(), "")
    if not stage:  # no status: a name alone is someone to ask; a dated row an interview
        stage = "Held" if on and on <= today.isoformat() else ("Scheduled" if on else "To ask")
    if stage in ("Scheduled", "Held") and on:
        person["date"] = on
    if not pd.isna(row["duration_min"]):
        person["minutes"] = max(5, min(90, int(row["duration_min"])))
    dates = person["stage_dates"]
    dates.setdefault(stage, on or today.isoformat())
    if row["thank_you_sent"]:
        dates.setdefault("Thanked", on or today.isoformat())
    order = record.ALL_STAGES
    reached = [s for s in dates if s in order]
    furthest = max(reached, key=lambda s: (s not in record.STOPPED, order.index(s)))
    if any(s in record.STOPPED for s in reached) and not any(
            s in ("Scheduled", "Held", "Thanked") for s in reached):
        furthest = next(s for s in reversed(order) if s in reached and s in record.STOPPED)
    person["stage"] = furthest
