"""The student's work as records: one small text per piece, each saved and merged on its own.

A record's key says what it holds: `picks`, `own_questions`, `slot`, `profile`,
`chosen_person`, `checklist/<item id>`, `writing/<section>`, `person/<id>`. Its text is
`{"u": <ms>, "v": <value>}`: `u` is when it last changed (a person's own `updated` stamp), so of
two tabs' versions of one record the later one wins, and nothing else is touched. A record that
holds its default (no picks, an unticked item without a note) is not stored at all.

A person is stored without the fields that hold their blank value (`clean_person` fills them
in again): that keeps 20,000 people within the few million characters a browser allows.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from interview_coach.people import record
from interview_coach.saving.stored_copy import make_valid_text

PERSON = "person/"
CHECKLIST = "checklist/"
WRITING = "writing/"
SINGLE = ("picks", "own_questions", "slot", "profile", "chosen_person", "backed_up")
SLOT_DEFAULT = {"minutes": 30, "custom": False}
_SURROGATE = re.compile(r"[\ud800-\udfff]")


class Unreadable(ValueError):
    """A stored record that is not one of ours (bad JSON, wrong shape)."""


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


def encode(stamp: int, value_text: str) -> str:
    """The stored text of a record whose value is already `value_text` (JSON)."""
    return f'{{"u":{int(stamp)},"v":{value_text}}}'


def decode(text: object) -> tuple[int, Any, bool]:
    """(stamp, value, damaged) of a stored record; raises Unreadable. `damaged`: a broken
    character had to be replaced by U+FFFD."""
    if not isinstance(text, str):
        raise Unreadable("not text")
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise Unreadable("not JSON") from None
    if not isinstance(data, dict) or set(data) != {"u", "v"}:
        raise Unreadable("not a record")
    stamp = data["u"]
    if isinstance(stamp, bool) or not isinstance(stamp, int) or not 0 <= stamp < 2**53:
        raise Unreadable("no stamp")
    if "\\u" not in text and not _SURROGATE.search(text):
        return stamp, data["v"], False  # no lone surrogate can hide in it: no need to look
    holder = [data["v"]]
    damaged = make_valid_text(holder)
    return stamp, holder[0], damaged


def stamp_of(text: str | None) -> int:
    """The stamp of a stored record, -1 when it has none that can be read."""
    try:
        return decode(text)[0]
    except Unreadable:
        return -1


_BLANK = record.blank_person("")


def compact_person(person: Mapping[str, Any]) -> dict[str, Any]:
    """The person without the fields at their blank value (and without `updated`, which is
    the record's stamp)."""
    return {k: v for k, v in person.items()
            if k == "id" or (k != "updated" and _BLANK.get(k, _BLANK) != v)}


def person_text(person: Mapping[str, Any]) -> str:
    return encode(person.get("updated", 0), dumps(compact_person(person)))


def person_from(key: str, stamp: int, value: Any) -> dict[str, Any] | None:
    """The person a stored record holds, or None when it is not one (or not this key's)."""
    if not isinstance(value, dict):
        return None
    person = record.clean_person({**value, "updated": stamp})
    return person if person is not None and PERSON + person["id"] == key else None


def plain_values(work: Mapping[str, Any]) -> dict[str, Any]:
    """Every record but the people, as key -> JSON-safe value (records at their default are
    left out). `work` holds the session's work keys (ui/state.WORK_DEFAULTS)."""
    values: dict[str, Any] = {
        "picks": list(work.get("picks") or []),
        "own_questions": [q if isinstance(q, dict) else _asdict(q)
                          for q in work.get("own_questions") or []],
        "slot": {"minutes": work.get("slot_minutes", 30),
                 "custom": bool(work.get("slot_is_custom", False))},
        "profile": {k: v for k, v in (work.get("profile") or {}).items() if v},
        "chosen_person": work.get("chosen_person"),
        "backed_up": work.get("backed_up", 0),  # the newest stamp in the last backup file
    }
    for item_id, entry in (work.get("checklist") or {}).items():
        values[CHECKLIST + item_id] = entry
    for section, value in (work.get("writing") or {}).items():
        values[WRITING + section] = value
    return {k: v for k, v in values.items() if not is_default(k, v)}


def is_default(key: str, value: Any) -> bool:
    if key == "slot":
        return value == SLOT_DEFAULT
    if key.startswith(CHECKLIST):
        return not value.get("done") and not value.get("note")
    return value in (None, [], {}, "", 0) and value is not False


def _asdict(question: Any) -> dict[str, Any]:
    return {"id": question.id, "text": question.text, "minutes": question.minutes}


def newer(stored: str | None, mine: str) -> bool:
    """Whether the stored text of a record is newer than `mine` (so `mine` must not replace it)."""
    return stored is not None and stamp_of(stored) > stamp_of(mine)
