import pytest

from interview_coach.questions.job_words import load_job_words
from interview_coach.writing.six_point import (
    about_them_share,
    email_body,
    load_six_point,
    six_point_checks,
)
from interview_coach.writing.templates import load_writing

CONTENT = load_six_point()
JOB_WORDS = load_job_words()
NOT_A_JOB = load_writing().checks.not_a_job.not_a_job_phrases
GOOD = """Dear Ms. Chen,

As a fellow Fleming design student, I read your article on print production at Acme Press.
Your path into the printing industry is one I hope to follow. Would you be open to a 20-minute
call to share your advice?

Best,
Sam Lee"""
LABELS = ["Under 75 words", "Asks for advice, not a job", "States the connection first",
          'The request is a question ending in "?"', "Names your interest narrowly and broadly",
          "More than half of it is about them"]


def checks(text, narrow=("Acme Press",)):
    return six_point_checks(text, CONTENT, JOB_WORDS, NOT_A_JOB, list(narrow))


def failed(text, **options):
    return [c.label for c in checks(text, **options) if not c.ok]


def test_a_six_point_email_passes_all_six():
    result = checks(GOOD)
    assert [c.label for c in result] == LABELS
    assert failed(GOOD) == []


def test_greeting_and_sign_off_are_left_out_of_the_count():
    body = email_body(GOOD, CONTENT)
    assert not body.startswith("Dear") and "Sam Lee" not in body and body.endswith("advice?")


def test_a_long_email_fails_the_word_limit_only():
    long = GOOD.replace("Would you", "Your team's work on recycled inks and the new press "
                        "line sounds fascinating and you have clearly done a great deal. " * 3
                        + "Would you")
    assert failed(long) == ["Under 75 words"]


def test_asking_for_a_job_fails_advice_not_a_job():
    assert "Asks for advice, not a job" in failed(GOOD.replace("your advice?",
                                                               "a job opening?"))


def test_the_connection_must_come_first():
    moved = GOOD.replace("As a fellow Fleming design student, I read your article on",
                         "Your work on").replace("your advice?", "your advice? We are both "
                                                  "Fleming graduates.")
    assert failed(moved) == ["States the connection first"]


def test_a_request_without_a_question_mark_fails():
    assert failed(GOOD.replace("your advice?", "your advice.")) == [
        'The request is a question ending in "?"']


def test_narrow_and_broad_both_needed():
    assert failed(GOOD, narrow=("Globex",)) == ["Names your interest narrowly and broadly"]
    assert failed(GOOD, narrow=("", "  ")) == ["Names your interest narrowly and broadly"]
    assert failed(GOOD.replace("printing industry", "printing world")) == [
        "Names your interest narrowly and broadly"]


@pytest.mark.parametrize(("text", "share"), [
    ("I study design. I like print. Would you talk to me?", 5 / 11),  # a tie counts
    ("I study design. I like print.", 0.0),
    ("Your work inspires me. I study design.", 4 / 7),
    ("", 0.0),
])
def test_about_them_counts_words_in_sentences_that_turn_to_them(text, share):
    assert about_them_share(text) == pytest.approx(share)


def test_an_email_about_me_fails_more_than_half_about_them():
    me = """Hi Ana,

I am a fellow student in the design field. I want to learn about Acme Press. I have done
print work and I like it a lot. Would you share your advice?"""
    assert failed(me) == ["More than half of it is about them"]
