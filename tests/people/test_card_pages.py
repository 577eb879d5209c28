"""Which cards the People page shows: urgency order, ten at a time, the just-added first."""

from datetime import date

from interview_coach.people import record
from interview_coach.people.card_pages import (
    JUST_ADDED_KEPT,
    PAGE_SIZE,
    card_page,
    remember_added,
    urgency,
)

DAY = date(2026, 3, 2)


def person(name: str, stage: str = "To ask", rank: int = 0) -> dict:
    made = record.new_person(name, DAY, 1, knows_them=rank, interest=rank)
    return record.set_stage(made, stage, DAY, 1) if stage != "To ask" else made


def names(page) -> list[str]:
    return [p["name"] for p in page.people]


def test_the_thank_you_due_comes_before_the_conversation_then_requests_then_the_ranked():
    crowd = [person("Low", rank=1), person("Asked", "Requested"), person("Talked", "Held"),
             person("High", rank=5), person("Booked", "Scheduled"), person("Done", "Thanked")]
    assert names(card_page(crowd, None, 0)) == ["Talked", "Booked", "Asked", "High", "Low",
                                                 "Done"]
    assert min(crowd, key=urgency)["name"] == "Talked"


def test_ten_a_page_and_the_last_page_holds_the_rest():
    crowd = [person(f"P{n:02d}", rank=5 - n // 10) for n in range(25)]
    first, third = card_page(crowd, None, 0), card_page(crowd, None, 2)
    assert PAGE_SIZE == 10 and len(first.people) == 10 and first.pages == 3
    assert (first.first, first.last, first.total) == (1, 10, 25)
    assert (third.first, third.last, len(third.people)) == (21, 25, 5)
    shown = [n for page in range(3) for n in names(card_page(crowd, None, page))]
    assert sorted(shown) == sorted(p["name"] for p in crowd)  # each once, none lost


def test_a_page_past_the_end_or_before_the_start_is_the_nearest_one():
    crowd = [person(f"P{n}") for n in range(12)]
    assert card_page(crowd, None, 9).number == 1
    assert card_page(crowd, None, -3).number == 0
    empty = card_page([], None, 4)
    assert (empty.number, empty.pages, empty.first, empty.last, empty.total) == (0, 1, 0, 0, 0)


def test_a_stage_shows_only_its_people():
    crowd = [person("A"), person("B", "Requested"), person("C", "Requested")]
    page = card_page(crowd, "Requested", 0)
    assert names(page) == ["B", "C"] and page.total == 2


def test_the_people_just_added_come_first_on_the_first_page_newest_first():
    crowd = [person(f"P{n:02d}", rank=5) for n in range(15)]
    new = person("New", rank=0)  # by rank alone the last, on the second page
    crowd.append(new)
    assert "New" not in names(card_page(crowd, None, 0))
    first = card_page(crowd, None, 0, just_added=[new["id"]])
    assert names(first)[0] == "New" and len(first.people) == 10
    assert "New" not in names(card_page(crowd, None, 1, just_added=[new["id"]]))
    # Not at that stage, or forgotten since: no place kept for them.
    assert "New" not in names(card_page(crowd, "Requested", 0, just_added=[new["id"]]))
    assert card_page(crowd, None, 0, just_added=["gone"]).people[0]["name"] == "P00"


def test_only_the_last_few_additions_are_kept_first():
    ids = []
    for n in range(JUST_ADDED_KEPT + 2):
        ids = remember_added(ids, f"id{n}")
    assert ids == [f"id{n}" for n in range(JUST_ADDED_KEPT + 1, 1, -1)]
    assert remember_added(["a", "b"], "b") == ["b", "a"]
