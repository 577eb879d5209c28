"""Bringing a backup's records in: what it would change, and the records to write.

Merge keeps, for each record, the newer of the two (by its stamp); replace takes the file as it
is. Either way the number of people stays within what the app can hold (MAX_PEOPLE): a merge
that would go past it is refused before anything changes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from interview_coach.people.record import MAX_PEOPLE
from interview_coach.saving import records


@dataclass(frozen=True)
class Preview:
    """What a file holds and what merging it would do, in counts (no names)."""

    people: int
    checklist: int
    writing: int
    other: int  # picks, own questions, slot, profile, chosen person
    new: int  # records the student does not have
    newer: int  # records the file has in a newer version
    older: int  # records where the student's own is newer (a merge keeps theirs)
    people_after_merge: int

    @property
    def too_many_people(self) -> bool:
        return self.people_after_merge > MAX_PEOPLE or self.people > MAX_PEOPLE


def preview(mine: Mapping[str, str], incoming: Mapping[str, str]) -> Preview:
    counts = {"people": 0, "checklist": 0, "writing": 0, "other": 0}
    new = newer = older = 0
    for key, text in incoming.items():
        counts[_kind(key)] += 1
        if key not in mine:
            new += 1
        elif mine[key] != text:
            if records.newer(mine[key], text) or records.stamp_of(mine[key]) == \
                    records.stamp_of(text):
                older += 1
            else:
                newer += 1
    mine_people = sum(1 for key in mine if key.startswith(records.PERSON))
    new_people = sum(1 for key in incoming if key.startswith(records.PERSON) and key not in mine)
    return Preview(**counts, new=new, newer=newer, older=older,
                   people_after_merge=mine_people + new_people)


def merged(mine: Mapping[str, str], incoming: Mapping[str, str]) -> dict[str, str]:
    """The records of `incoming` that a merge writes: new ones, and those newer than mine."""
    return {key: text for key, text in incoming.items()
            if key not in mine or (mine[key] != text and records.newer(text, mine[key]))}


def _kind(key: str) -> str:
    if key.startswith(records.PERSON):
        return "people"
    if key.startswith(records.CHECKLIST):
        return "checklist"
    if key.startswith(records.WRITING):
        return "writing"
    return "other"
