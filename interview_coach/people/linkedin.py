"""LinkedIn's "Connections.csv" export: each connection becomes a person to ask.

The file starts with a few "Notes:" lines, then the headings First Name, Last Name, URL, Email
Address, Company, Position, Connected On. Connections are people the student knows: their
personal network, never interviews.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from typing import Any

from interview_coach.log.cells import unguard
from interview_coach.log.csv_file import MAX_BYTES, MAX_ROWS, Problem
from interview_coach.people import record

HEADINGS = ("first name", "last name", "url", "email address", "company", "position")
_LOOK_FOR = 12  # the headings come within the first lines


def _text(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", "replace")


def _header_at(rows: list[list[str]]) -> int | None:
    for index, row in enumerate(rows[:_LOOK_FOR]):
        if {cell.strip().casefold() for cell in row} >= set(HEADINGS[:2] + HEADINGS[4:5]):
            return index
    return None


def is_linkedin_export(data: bytes) -> bool:
    head = _text(bytes(data[:4000]))
    try:
        rows = list(csv.reader(io.StringIO(head)))
    except csv.Error:
        return False
    return _header_at(rows) is not None


def read_linkedin(data: bytes, today: date, updated: int
                  ) -> tuple[dict[str, dict[str, Any]] | None, list[Problem], str | None]:
    if len(data) > MAX_BYTES:
        return None, [], "The file is larger than the 5 MB limit."
    try:
        rows = list(csv.reader(io.StringIO(_text(data))))
    except csv.Error:
        return None, [], "This LinkedIn file could not be read as CSV."
    at = _header_at(rows)
    if at is None:
        return None, [], "This LinkedIn file has no First Name, Last Name and Company headings."
    heads = [cell.strip().casefold() for cell in rows[at]]
    body = [r for r in rows[at + 1:] if any(c.strip() for c in r)]
    if len(body) > MAX_ROWS:
        return None, [], f"The file has {len(body):,} connections; the most it can hold is " \
                         f"{MAX_ROWS:,}."
    people: dict[str, dict[str, Any]] = {}
    problems: list[Problem] = []
    for number, row in enumerate(body, start=at + 2):
        cell = {h: unguard(row[i]).strip() if i < len(row) else "" for i, h in enumerate(heads)}
        name = " ".join(part for part in (cell.get("first name", ""), cell.get("last name", ""))
                        if part)
        if not name:
            problems.append(Problem(number, None, f"Row {number} has no name, so it was left out."))
            continue
        person = record.new_person(
            name, today, updated, organization=cell.get("company", "")[:record.MAX_TEXT],
            role=cell.get("position", "")[:record.MAX_TEXT], found_via="Personal network",
            email=cell.get("email address", "")[:record.MAX_TEXT],
            link=cell.get("url", "")[:record.MAX_TEXT])
        people[person["id"]] = person
    return people, problems, None


