import pytest

from interview_coach.conversation.opening import (
    clock_text,
    load_rehearse,
    opening_checks,
    overview_length,
    spoken_seconds,
)
from interview_coach.questions.job_words import load_job_words
from interview_coach.writing.templates import load_writing

CONTENT = load_rehearse().opening
JOB_WORDS = load_job_words()
NOT_A_JOB = load_writing().checks.not_a_job.not_a_job_phrases
FULL = {
    "why": "I'd like to learn what the work in print production is really like.",
    "overview": "My goal is a career in packaging design. I worked as an intern at a print "
                "shop, I led our class's poster project, and I'm good at layout.",
    "closing": "Who else do you think I should talk to?",
}


def checks(texts, picked=3):
    return {c.label: c for c in opening_checks(texts, picked, CONTENT, JOB_WORDS, NOT_A_JOB)}


def test_a_full_opening_passes_every_point_of_the_handouts_plan():
    result = checks(FULL)
    assert all(c.ok for c in result.values()), [c for c in result.values() if not c.ok]
    assert len(result) == 8  # why, 4 overview parts, questions, closing, no job words


@pytest.mark.parametrize(("part", "label"), [
    ("why", "1. Why you asked: what you hope to learn"),
    ("closing", "4. The closing ask for referrals"),
])
def test_a_missing_part_fails_its_own_check(part, label):
    result = checks({**FULL, part: "Hello there."})
    assert not result[label].ok
    assert sum(not c.ok for c in result.values()) == 1


def test_each_part_of_the_overview_is_checked_on_its_own():
    result = checks({**FULL, "overview": "My goal is to work in design."})
    failed = sorted(label for label, c in result.items() if not c.ok)
    assert failed == ["2. Overview: an accomplishment", "2. Overview: your experience",
                      "2. Overview: your skills"]


def test_no_questions_and_job_words_fail():
    result = checks({**FULL, "why": FULL["why"] + " Are you hiring?"}, picked=0)
    assert not result["3. Your questions"].ok
    no_job = result["Not asking for a job"]
    assert not no_job.ok and "hiring" in no_job.detail


def test_spoken_length_at_the_speaking_pace():
    assert spoken_seconds("", 130) == 0
    assert spoken_seconds("word " * 130, 130) == 60
    assert spoken_seconds("word " * 131, 130) == 61  # rounded up
    assert clock_text(75) == "1:15" and clock_text(-30) == "-0:30"


@pytest.mark.parametrize(("words", "level"), [(0, "empty"), (50, "short"), (200, "fits"),
                                              (300, "long")])
def test_overview_length_against_the_plans_minute_or_two(words, level):
    length = overview_length("word " * words, CONTENT)
    assert length.level == level and length.words == words
    if words:
        assert clock_text(length.seconds) in length.message
