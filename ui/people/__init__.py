"""The student's people in st.session_state: one record per person (interview_coach.people).

Every change goes through here, so each record's `updated` stamp (which orders two tabs'
versions of one person) and the session's people version (which says when derived numbers
and frames must be made again) are always set.
"""

from __future__ import annotations

import time
from datetime import date
from typing import Any

import streamlit as st

from interview_coach.people import record

ss = st.session_state
CARD_PAGE = "people_card_page"  # the page of cards the list shows (ui/people/board.py)


def now_ms() -> int:
    return int(time.time() * 1000)


def people() -> dict[str, dict[str, Any]]:
    return ss.people


def version() -> int:
    return ss.get("people_version", 0)


def _changed() -> None:
    ss.people_version = version() + 1


def get(person_id: str | None) -> dict[str, Any] | None:
    return ss.people.get(person_id) if person_id else None


def put(person: dict[str, Any]) -> None:
    """Keep a new or changed record (a copy with a fresh `updated` stamp)."""
    ss.people = {**ss.people, person["id"]: {**person, "updated": now_ms()}}
    _changed()


def update(person_id: str, **changes: Any) -> None:
    person = get(person_id)
    if person is not None:
        put({**person, **changes})


def add(name: str, **fields: Any) -> str:
    person = record.new_person(name, date.today(), now_ms(), **fields)
    put(person)
    return person["id"]


def set_stage(person_id: str, stage: str, on: date | None = None) -> None:
    person = get(person_id)
    if person is not None:
        put(record.set_stage(person, stage, on or date.today(), now_ms()))


def remove(person_id: str) -> None:
    """Forget one person; the people they referred keep their own records, unlinked."""
    kept = {pid: ({**p, "referred_by": "", "updated": now_ms()}
                  if p["referred_by"] == person_id else p)
            for pid, p in ss.people.items() if pid != person_id}
    ss.people = kept
    if ss.get("chosen_person") == person_id:
        ss.chosen_person = None
    _changed()


def replace_all(new_people: dict[str, dict[str, Any]]) -> None:
    """Put a whole list in place (an import that replaces, the demo, a restore); its cards
    start at their first page."""
    ss.people = dict(new_people)
    ss.pop(CARD_PAGE, None)
    _changed()


def merge(new_people: dict[str, dict[str, Any]]) -> None:
    ss.people = {**ss.people, **new_people}
    _changed()


def chosen() -> dict[str, Any] | None:
    """The person the tools (writing help, checklist, companion) are working on."""
    return get(ss.get("chosen_person"))


def choose(person_id: str | None) -> None:
    ss.chosen_person = person_id if person_id in ss.people else None


def frame():
    """The people in the old log's shape (interview_coach.people.log_file.people_frame), made
    again only when a record changed; row positions follow the people's order."""
    from interview_coach.people.log_file import people_frame

    kept = ss.get("_people_frame")
    if kept is None or kept[0] != version():
        kept = (version(), people_frame(ss.people))
        ss._people_frame = kept
    return kept[1]


def asked_frame():
    """frame() without the people not yet asked: what the numbers, charts and follow-ups count."""
    kept = ss.get("_asked_frame")
    if kept is None or kept[0] != version():
        whole = frame()
        kept = (version(), whole.loc[whole["conversation_stage"] != "To ask"].reset_index(
            drop=True))
        ss._asked_frame = kept
    return kept[1]


def row_of(person_id: str | None) -> int | None:
    """The person's position in frame(), None if they are not in the list."""
    ids = list(ss.people)
    return ids.index(person_id) if person_id in ss.people else None


def id_at(row: int) -> str:
    return list(ss.people)[row]


def hidden_names() -> dict[str, str]:
    """Person id -> the placeholder Hide names shows for them ("Contact 3"), numbered as the
    log's hidden names are, so one person has one placeholder everywhere."""
    from interview_coach.classroom.hidden_names import name_placeholders
    from interview_coach.log.stats import contact_key

    kept = ss.get("_hidden_names")
    if kept is None or kept[0] != version():
        placeholders = name_placeholders(frame())
        kept = (version(), {pid: placeholders.get(contact_key(p["name"]), "")
                            for pid, p in ss.people.items()})
        ss._hidden_names = kept
    return kept[1]


def shown_name(person: dict[str, Any], no_name: str) -> str:
    """The person's name as the page may show it: a placeholder while Hide names is on."""
    if ss.get("hide_names"):
        return hidden_names().get(person["id"]) or no_name
    return person["name"] or no_name
