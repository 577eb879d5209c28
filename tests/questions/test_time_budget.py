import pytest
import yaml

from interview_coach.course.loading import CONTENT_DIR, ContentError
from interview_coach.questions.time_budget import (
    Budget,
    budget,
    budget_level,
    budget_message,
    load_time_budget_content,
    long_slot_message,
    reserve_minutes,
)


@pytest.fixture(scope="module")
def content():
    return load_time_budget_content()


def test_content_offers_the_guides_slots_and_a_reserve(content):
    assert content.slot_choices == [20, 30]
    assert (content.custom_slot.min, content.custom_slot.max) == (5, 60)
    assert content.custom_slot.guide_max == 30
    assert [p.part for p in content.reserve] == ["Introduction", "Closing"]
    assert content.nearly_full_share == 0.9


def test_reserve_is_the_yaml_parts_but_never_more_than_half_the_slot(content):
    total = sum(p.minutes for p in content.reserve)
    assert reserve_minutes(30, content) == total
    assert reserve_minutes(5, content) == 2
    assert reserve_minutes(90, content) == total


def test_budget_that_fits():
    result = budget([3, 4, 5], 20, 5)
    assert result == Budget(
        used=12, available=15, slot=20, fits=True, over_by=0, share=0.8, reserve=5, count=3
    )


def test_budget_exactly_full_still_fits():
    result = budget([10, 5], 20, 5)
    assert result.fits and result.over_by == 0 and result.share == 1.0


def test_budget_over():
    result = budget([6, 6, 6], 20, 5)
    assert (result.fits, result.over_by, result.share) == (False, 3, 1.2)


def test_empty_budget():
    result = budget([], 30, 5)
    assert (result.used, result.available, result.fits, result.share, result.count) == (
        0,
        25,
        True,
        0.0,
        0,
    )


@pytest.mark.parametrize(("slot", "reserve"), [(0, 0), (20, 20), (20, 25), (20, -1)])
def test_budget_refuses_impossible_slots(slot, reserve):
    with pytest.raises(ValueError):
        budget([1], slot, reserve)


@pytest.mark.parametrize(
    ("minutes", "level"),
    [
        ([], "empty"),
        ([5, 5], "fits"),
        ([5, 8], "fits"),
        ([5, 9], "nearly_full"),
        ([10, 5], "nearly_full"),
        ([10, 6], "over"),
    ],
)
def test_levels(content, minutes, level):
    assert budget_level(budget(minutes, 20, 5), content) == level


def test_messages_name_the_numbers(content):
    level, text = budget_message(budget([], 20, 5), content)
    assert level == "empty"
    assert "20-minute slot leaves 15 min for questions after 5 min" in text
    level, text = budget_message(budget([3, 4], 20, 5), content)
    assert level == "fits" and "7 of 15 min, with 8 min to spare" in text
    level, text = budget_message(budget([7, 7], 20, 5), content)
    assert level == "nearly_full" and "14 of 15 min" in text
    level, text = budget_message(budget([6, 6, 6], 20, 5), content)
    assert level == "over"
    assert text.startswith("Your list is 3 min over the 15 min you have for questions")
    assert "respect the time limit you agreed" in text


def test_broken_content_is_refused(tmp_path):
    raw = yaml.safe_load((CONTENT_DIR / "time_budget.yaml").read_text(encoding="utf-8"))
    raw["messages"]["over"] = "Over by {minutes_over}"
    path = tmp_path / "time_budget.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ContentError, match="minutes_over"):
        load_time_budget_content(path)
    raw["messages"]["over"] = "Over by {over_by}"
    raw["slot_choices"] = [20, 120]
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ContentError, match="slot_choices"):
        load_time_budget_content(path)


def test_a_slot_longer_than_the_guides_says_so_and_fits_without_comfortably(content):
    assert long_slot_message(30, content) is None
    assert "20–30 minutes" in long_slot_message(45, content)
    level, text = budget_message(budget([3], 45, 5), content)
    assert level == "fits" and "comfortably" not in text and "3 of 40 min" in text
    assert "comfortably" in budget_message(budget([3], 30, 5), content)[1]
