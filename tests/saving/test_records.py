"""The work as records: each piece its own stamped text; a person without their blank fields."""

import json

import pytest

from interview_coach.people import record
from interview_coach.saving import records


def test_a_record_reads_back_with_its_stamp_and_value():
    text = records.encode(1234, records.dumps({"done": True, "note": "ask Robin"}))
    assert records.decode(text) == (1234, {"done": True, "note": "ask Robin"}, False)


@pytest.mark.parametrize("text", ["{broken", "[]", '{"v": 1}', '{"u": "1", "v": 1}',
                                  '{"u": -1, "v": 1}', '{"u": true, "v": 1}',
                                  '{"u": 1, "v": 1, "x": 2}', 42])
def test_anything_else_is_unreadable(text):
    with pytest.raises(records.Unreadable):
        records.decode(text)


def test_a_lone_surrogate_is_repaired_and_said():
    stamp, value, damaged = records.decode('{"u":1,"v":{"note":"n\\ud800"}}')
    assert value == {"note": "n\ufffd"} and damaged


def test_a_person_is_stored_without_blank_fields_and_comes_back_the_same():
    person = record.new_person("Priya Sharma", __import__("datetime").date(2026, 12, 1), 77,
                               organization="City Hospital")
    text = records.person_text(person)
    stored = json.loads(text)
    assert stored["u"] == 77
    assert set(stored["v"]) == {"id", "name", "organization", "stage_dates"}
    stamp, value, _ = records.decode(text)
    assert records.person_from(records.PERSON + person["id"], stamp, value) == person


def test_a_person_under_another_key_is_not_taken():
    assert records.person_from("person/other", 1, {"id": "p1", "name": "A"}) is None
    assert records.person_from("person/p1", 1, ["not", "a", "person"]) is None


def test_blank_parts_are_not_stored_and_each_item_is_its_own_record():
    work = {"picks": [], "own_questions": [], "slot_minutes": 30, "slot_is_custom": False,
            "profile": {"student_name": ""}, "chosen_person": None,
            "checklist": {"a": {"done": True, "note": ""}, "b": {"done": False, "note": ""}},
            "writing": {"request": {"program": "Nursing"}}}
    assert records.plain_values(work) == {"checklist/a": {"done": True, "note": ""},
                                          "writing/request": {"program": "Nursing"}}


def test_newer_compares_stamps():
    old, new = records.encode(1, "1"), records.encode(2, "2")
    assert records.newer(new, old) and not records.newer(old, new)
    assert not records.newer(None, old)
