"""Which people's cards the People page shows: the most urgent first, a page of them at a time.

A page of ten keeps a phone's list short and every click on it quick (each card is several
elements the browser redraws). The people the student just added come first on the first page,
so a new card is on screen without a search, whatever its rank.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

PAGE_SIZE = 10
JUST_ADDED_KEPT = 3  # newest first; older additions take their place in the order
# Whom to deal with first: a thank-you is due within a day, then the conversations coming up,
# the requests waiting, the people to ask (by rank), and those already done.
URGENCY = ["Held", "Scheduled", "Requested", "To ask", "Thanked", "No reply", "Declined"]


def urgency(person: dict[str, Any]) -> tuple:
    return (URGENCY.index(person["stage"]), -(person["knows_them"] + person["interest"]),
            person["stage_dates"].get(person["stage"], ""))


@dataclass(frozen=True)
class CardPage:
    people: list[dict[str, Any]]
    number: int  # 0-based, within range
    pages: int
    first: int  # 1-based position of the first card shown, 0 when none
    last: int
    total: int


def card_page(everyone: list[dict[str, Any]], stage: str | None, number: int,
              just_added: list[str] = (), size: int = PAGE_SIZE) -> CardPage:
    """Page `number` (clamped) of the people at `stage` (None: everyone)."""
    chosen = [p for p in everyone if stage in (None, p["stage"])]
    chosen.sort(key=urgency)
    by_id = {p["id"]: p for p in chosen}
    first_ids = [pid for pid in dict.fromkeys(just_added) if pid in by_id][:JUST_ADDED_KEPT]
    ordered = [by_id[pid] for pid in first_ids] + [p for p in chosen
                                                   if p["id"] not in first_ids]
    pages = max(1, -(-len(ordered) // size))
    number = min(max(number, 0), pages - 1)
    shown = ordered[number * size:(number + 1) * size]
    first = number * size + 1 if shown else 0
    return CardPage(shown, number, pages, first, first + len(shown) - 1 if shown else 0,
                    len(ordered))


def remember_added(just_added: list[str], person_id: str) -> list[str]:
    """The ids shown first, newest first, with `person_id` added."""
    return [person_id, *(pid for pid in just_added if pid != person_id)][:JUST_ADDED_KEPT]
