"""One person's record, as a JSON-safe dict (what the session holds and the browser keeps).

Every field is listed in FIELDS with its kind; `clean_person` reads a stored or imported record
defensively (a wrong type becomes the field's blank, an overlong text is cut) so nothing saved
can ever make the app refuse it later. A record's `updated` (milliseconds) orders two versions
of one person from two tabs: the later one wins.
"""

from __future__ import annotations

import secrets
from datetime import date
from typing import Any

# The path of a conversation, and the two ways it can stop early.
STAGES = ["To ask", "Requested", "Scheduled", "Held", "Thanked"]
STOPPED = ["No reply", "Declined"]
ALL_STAGES = STAGES + STOPPED
# The guide's four ways to find someone, someone who passed the name on, and a catch-all.
REFERRED = "Referred by"
FOUND_VIA = ["Human resources", "Personal network", "Directory or trade journal",
             "Faculty or advisor", REFERRED, "Other"]
FORMATS = ["Phone", "Video", "In person"]
# Their own copy of the Writing help sections (request, thank_you, interview…): field -> text.
MAX_WRITING_FIELDS = 60
RESEARCH = ("industry", "organization", "contact")
MAX_TEXT = 300  # a name, an organization, a role…
MAX_LONG_TEXT = 20_000  # notes, drafts, what was learned
MAX_PEOPLE = 20_000
MAX_QUESTION_NOTES = 200

TEXT_FIELDS = ("name", "organization", "role", "field", "found_via", "referred_by", "email",
               "phone", "link", "place", "format", "time")
LONG_TEXT_FIELDS = ("notes", "learned")


def new_id() -> str:
    return "p" + secrets.token_hex(6)


def blank_person(person_id: str | None = None) -> dict[str, Any]:
    return {
        "id": person_id or new_id(), "name": "", "organization": "", "role": "", "field": "",
        "found_via": "", "referred_by": "",  # referred_by: another person's id
        "email": "", "phone": "", "link": "",
        "stage": "To ask", "stage_dates": {},  # stage -> ISO date it was reached
        "date": "", "time": "", "format": "", "place": "", "minutes": 30,  # the interview
        "research": dict.fromkeys(RESEARCH, ""), "learned": "", "notes": "",
        "question_notes": {},  # question id -> what they said
        "started_at": 0, "finished_at": 0,  # the interview companion's clock (ms), 0 = not yet
        "writing": {},  # section -> field -> text (or None: follow the template)
        "knows_them": 0, "interest": 0,  # 0-3 each: whom to ask first
        "updated": 0,
    }


def new_person(name: str, today: date, updated: int, **fields: Any) -> dict[str, Any]:
    """A person to ask, reached that stage today."""
    person = blank_person()
    person.update(fields, name=name.strip()[:MAX_TEXT])
    person["stage_dates"] = {person["stage"]: today.isoformat()}
    person["updated"] = updated
    return person


def _text(value: Any, limit: int) -> str:
    return value[:limit] if isinstance(value, str) else ""


def _whole(value: Any, low: int, high: int, default: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        return default
    return int(min(max(value, low), high))


def _iso_date(value: Any) -> str:
    if not isinstance(value, str):
        return ""
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        return ""


def _text_map(value: Any, keys: tuple[str, ...] | None, limit: int, most: int) -> dict[str, str]:
    if not isinstance(value, dict):
        return {} if keys is None else dict.fromkeys(keys, "")
    if keys is None:
        items = [(k, _text(v, limit)) for k, v in value.items() if isinstance(k, str)][:most]
        return {k: v for k, v in items if v}
    return {k: _text(value.get(k), limit) for k in keys}


def _writing(value: Any) -> dict[str, dict[str, str | None]]:
    if not isinstance(value, dict):
        return {}
    sections = {}
    for name, fields in list(value.items())[:MAX_WRITING_FIELDS]:
        if isinstance(name, str) and isinstance(fields, dict):
            sections[name] = {k: (v[:MAX_LONG_TEXT] if isinstance(v, str) else None)
                              for k, v in list(fields.items())[:MAX_WRITING_FIELDS]
                              if isinstance(k, str)}
    return sections


def clean_person(raw: Any) -> dict[str, Any] | None:
    """The record as the app can use it, or None when it is not a person at all."""
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not raw["id"]:
        return None
    person = blank_person(raw["id"][:40])
    for name in TEXT_FIELDS:
        person[name] = _text(raw.get(name), MAX_TEXT)
    for name in LONG_TEXT_FIELDS:
        person[name] = _text(raw.get(name), MAX_LONG_TEXT)
    person["stage"] = raw.get("stage") if raw.get("stage") in ALL_STAGES else "To ask"
    dates = raw.get("stage_dates") if isinstance(raw.get("stage_dates"), dict) else {}
    person["stage_dates"] = {s: d for s in ALL_STAGES if (d := _iso_date(dates.get(s)))}
    person["date"] = _iso_date(raw.get("date"))
    person["minutes"] = _whole(raw.get("minutes"), 5, 90, 30)
    person["research"] = _text_map(raw.get("research"), RESEARCH, MAX_LONG_TEXT, len(RESEARCH))
    person["writing"] = _writing(raw.get("writing"))
    person["question_notes"] = _text_map(raw.get("question_notes"), None, MAX_LONG_TEXT,
                                         MAX_QUESTION_NOTES)
    person["knows_them"] = _whole(raw.get("knows_them"), 0, 3, 0)
    person["interest"] = _whole(raw.get("interest"), 0, 3, 0)
    person["updated"] = _whole(raw.get("updated"), 0, 2**53, 0)
    person["started_at"] = _whole(raw.get("started_at"), 0, 2**53, 0)
    person["finished_at"] = _whole(raw.get("finished_at"), 0, 2**53, 0)
    return person


def clean_people(raw: Any) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """The people of a stored or restored copy, by id; notices for what had to be set aside."""
    if not isinstance(raw, dict):
        return {}, [] if raw is None else ["Your saved list of people could not be read."]
    people: dict[str, dict[str, Any]] = {}
    dropped = 0
    for key, value in list(raw.items())[:MAX_PEOPLE]:
        person = clean_person(value)
        if person is None or person["id"] != key:
            dropped += 1
            continue
        people[key] = person
    for person in people.values():  # a link to someone no longer in the list is dropped
        if person["referred_by"] not in people:
            person["referred_by"] = ""
    notices = [f"{dropped} saved {'person' if dropped == 1 else 'people'} could not be read "
               f"and {'was' if dropped == 1 else 'were'} set aside."] if dropped else []
    return people, notices


def set_stage(person: dict[str, Any], stage: str, on: date, updated: int) -> dict[str, Any]:
    """A copy at `stage`, remembering the day it was first reached (earlier stages too)."""
    if stage not in ALL_STAGES:
        raise ValueError(f"unknown stage {stage!r}")
    dates = dict(person["stage_dates"])
    dates.setdefault(stage, on.isoformat())
    return {**person, "stage": stage, "stage_dates": dates, "updated": updated}


def referrer_choices(people: dict[str, dict[str, Any]], person_id: str) -> list[str]:
    """Ids of the people who may have referred `person_id`: anyone but them and those they
    (directly or not) referred, so the chain never loops."""
    below = {person_id}
    grew = True
    while grew:
        grew = False
        for other in people.values():
            if other["referred_by"] in below and other["id"] not in below:
                below.add(other["id"])
                grew = True
    return [pid for pid in people if pid not in below]


def suggested_by(people: dict[str, dict[str, Any]], person_id: str) -> list[dict[str, Any]]:
    """The people this person suggested (linked by id), in the order they were added."""
    return [p for p in people.values() if p["referred_by"] == person_id]
