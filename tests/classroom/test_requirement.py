"""The instructor's requirement and mappings, and its settings file."""

import json
from datetime import date

import pytest
from pydantic import ValidationError

from interview_coach.classroom.requirement import Requirement, read_settings, settings_json


def test_settings_file_round_trip():
    requirement = Requirement(interviews=4, thank_yous=2, referrals=0, due=date(2027, 4, 1)
                              ).with_mapping("status", "Coffee chat", "Completed")
    data = settings_json(requirement)
    assert json.loads(data)["version"] == 1
    assert read_settings(data) == requirement


@pytest.mark.parametrize("data", [
    b"not json", b"[]", b'{"version": 2}', b'{"version": 1, "interviews": -1}',
    b'{"version": 1, "value_map": {"notes": {"a": "b"}}}',
    b'{"version": 1, "value_map": {"status": {"a": "Hired"}}}',
    b'{"version": 1, "student": "Ana"}', b"{" + b" " * 70_000 + b"}"])
def test_anything_else_is_not_a_settings_file(data):
    assert read_settings(data) is None


def test_numbers_are_bounded():
    with pytest.raises(ValidationError):
        Requirement(interviews=51)
