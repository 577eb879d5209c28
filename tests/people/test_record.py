from datetime import date

import pytest

from interview_coach.people import record

TODAY = date(2026, 12, 1)


def test_a_new_person_is_to_ask_from_today():
    person = record.new_person("  Priya Sharma ", TODAY, 5, organization="Civic Hospital")
    assert person["name"] == "Priya Sharma" and person["stage"] == "To ask"
    assert person["stage_dates"] == {"To ask": "2026-12-01"} and person["updated"] == 5
    assert record.clean_person(person) == person


def test_set_stage_keeps_the_first_day_each_stage_was_reached():
    person = record.new_person("A", TODAY, 1)
    person = record.set_stage(person, "Requested", date(2026, 12, 2), 2)
    person = record.set_stage(person, "Requested", date(2026, 12, 9), 3)
    assert person["stage_dates"]["Requested"] == "2026-12-02" and person["updated"] == 3
    with pytest.raises(ValueError):
        record.set_stage(person, "Interviewed", TODAY, 4)


@pytest.mark.parametrize("bad", [None, 3, "x", [], {"name": "no id"}, {"id": ""}, {"id": 7}])
def test_what_is_not_a_person_is_none(bad):
    assert record.clean_person(bad) is None


def test_wrong_types_become_blanks_and_long_text_is_cut():
    person = record.clean_person({
        "id": "p1", "name": ["x"], "notes": "n" * 50_000, "stage": "Interviewed",
        "stage_dates": {"Held": "2150-13-40", "Requested": "2026-11-02", "Nope": "2026-01-01"},
        "minutes": 900, "knows_them": True,
        "writing": {"request": {"message": "Dear Ana", "n": 5}, "bad": "x", 3: {}},
        "question_notes": {"q1": "said yes", 3: "no"}, "research": "flat"})
    assert person["name"] == "" and len(person["notes"]) == record.MAX_LONG_TEXT
    assert person["stage"] == "To ask" and person["stage_dates"] == {"Requested": "2026-11-02"}
    assert person["minutes"] == 90 and person["knows_them"] == 0
    assert person["writing"] == {"request": {"message": "Dear Ana", "n": None}}
    assert person["question_notes"] == {"q1": "said yes"}
    assert person["research"] == dict.fromkeys(record.RESEARCH, "")


def test_clean_people_sets_aside_bad_records_and_broken_links():
    good = record.new_person("A", TODAY, 1)
    linked = record.new_person("B", TODAY, 1, referred_by="gone")
    people, notices = record.clean_people({good["id"]: good, linked["id"]: linked,
                                           "p-bad": "nonsense", "p-x": {"id": "p-y"}})
    assert set(people) == {good["id"], linked["id"]}
    assert people[linked["id"]]["referred_by"] == ""
    assert notices == ["2 saved people could not be read and were set aside."]
    assert record.clean_people(None) == ({}, [])


def test_a_referrer_is_never_someone_the_person_led_to():
    a, b, c = (record.new_person(n, TODAY, 1) for n in "ABC")
    b["referred_by"], c["referred_by"] = a["id"], b["id"]
    people = {p["id"]: p for p in (a, b, c)}
    assert record.referrer_choices(people, a["id"]) == []
    assert record.referrer_choices(people, c["id"]) == [a["id"], b["id"]]
    assert record.suggested_by(people, a["id"]) == [b]


def test_the_companion_clock_survives_saving_and_bad_values_become_not_started():
    person = {**record.new_person("Ana", TODAY, 1), "started_at": 1_764_600_000_000,
              "finished_at": 1_764_601_200_000}
    assert record.clean_person(person)["started_at"] == 1_764_600_000_000
    assert record.clean_person(person)["finished_at"] == 1_764_601_200_000
    damaged = record.clean_person({**person, "started_at": "soon", "finished_at": -5})
    assert (damaged["started_at"], damaged["finished_at"]) == (0, 0)
