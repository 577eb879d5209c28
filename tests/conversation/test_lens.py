import pytest

from interview_coach.conversation.lens import (
    LENS_NAMES,
    TiaraContent,
    check_against_bank,
    coverage,
    load_tiara,
    suggested_order,
)
from interview_coach.course.loading import CONTENT_DIR, ContentError
from interview_coach.questions.bank import load_question_bank

BANK = load_question_bank()
TIARA = load_tiara()


def test_every_bank_question_has_one_of_the_five_lenses():
    assert set(TIARA.questions) == {q.id for q in BANK.questions}
    assert set(TIARA.questions.values()) == set(LENS_NAMES)  # every lens has questions


def _with_questions(questions: dict) -> TiaraContent:
    return TIARA.model_copy(update={"questions": questions})


def test_a_bank_question_without_a_lens_is_named():
    untagged = dict(TIARA.questions)
    del untagged["industry-trends"]
    with pytest.raises(ContentError, match="industry-trends"):
        check_against_bank(_with_questions(untagged), BANK)


def test_a_tag_for_no_bank_question_is_named():
    with pytest.raises(ContentError, match="no-such-question"):
        check_against_bank(_with_questions({**TIARA.questions, "no-such-question": "Trends"}),
                           BANK)


def test_the_lenses_must_be_tiara_in_its_order(tmp_path):
    broken = tmp_path / "tiara.yaml"
    source = (CONTENT_DIR / "tiara.yaml").read_text(encoding="utf-8")
    broken.write_text(source.replace("  - name: Trends\n", "  - name: Trendz\n"))
    with pytest.raises(ContentError, match="lenses"):
        load_tiara(broken)


def test_coverage_lists_lenses_in_order_and_own_questions_apart():
    picks = ["what-to-do-next", "industry-trends", "own-1", "common-mistakes"]
    result = coverage(picks, TIARA)
    assert result.covered == ["Trends", "Advice", "Assignments"]
    assert result.missing == ["Insights", "Resources"]
    assert result.untagged == ["own-1"] and not result.in_order


def test_suggested_order_is_trends_to_assignments_keeping_own_questions_with_their_neighbour():
    picks = ["what-to-do-next", "common-mistakes", "own-1", "journals-and-organizations",
             "typical-week", "industry-trends"]
    ordered = suggested_order(picks, TIARA)
    assert [TIARA.questions.get(q) for q in ordered] == [
        "Trends", "Insights", "Advice", None, "Resources", "Assignments"]
    assert ordered[3] == "own-1"  # still right after the question it followed
    assert coverage(ordered, TIARA).in_order
    assert suggested_order(ordered, TIARA) == ordered
