import pytest

from interview_coach.questions.job_words import load_job_words
from interview_coach.writing.checks import (
    Check,
    find_phrases,
    job_words_used,
    request_checks,
    short_time_check,
    thank_you_checks,
    time_mentions,
    word_count,
)
from interview_coach.writing.templates import load_writing

CHECKS = load_writing().checks
JOB_WORDS = load_job_words()
GOOD_EMAIL = (
    "Dear Ms. Chen,\n\nI am a student in the Graphic Design program. Would you have 20 minutes "
    "to talk with me by phone? I am not asking for a job; this would be an information "
    "interview.\n\nSincerely,\nSam"
)


def by_label(checks: list[Check]) -> dict[str, Check]:
    return {c.label: c for c in checks}


def test_word_count_counts_like_a_reader():
    assert word_count("A 20-minute chat, don't you think? Ms. Chen agreed.") == 9
    assert word_count("") == 0
    assert word_count("  \n ") == 0


def test_short_email_passes_every_check():
    checks = request_checks(GOOD_EMAIL, CHECKS, JOB_WORDS)
    assert [c.label for c in checks] == [
        CHECKS.blanks.label, CHECKS.word_count.label, CHECKS.short_time.label,
        CHECKS.not_a_job.label, CHECKS.job_words.label,
    ]
    assert all(c.ok for c in checks)
    assert checks[1].detail.startswith(f"{word_count(GOOD_EMAIL)} words")


def test_long_email_fails_the_length_check_and_says_so():
    body = GOOD_EMAIL + " More." * (101 - word_count(GOOD_EMAIL))
    check = by_label(request_checks(body, CHECKS, JOB_WORDS))[CHECKS.word_count.label]
    assert not check.ok
    assert "101 words" in check.detail and "under 100 words" in check.detail
    exactly = GOOD_EMAIL + " More." * (100 - word_count(GOOD_EMAIL))
    assert by_label(request_checks(exactly, CHECKS, JOB_WORDS))[CHECKS.word_count.label].ok


def test_phone_script_checks_leave_out_the_length():
    labels = [c.label for c in request_checks(GOOD_EMAIL, CHECKS, JOB_WORDS, count_words=False)]
    assert CHECKS.word_count.label not in labels and len(labels) == 4


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Would you have 20 minutes?", "20 minutes"),
        ("Could we meet for half an hour?", "half an hour"),
        ("A 30-minute phone call", "30-minute"),
        ("twenty minutes of your time", "twenty minutes"),
        ("about 20–30 minutes", "20–30 minutes"),
        ("20 to 30 min", "20 to 30 min"),
        ("a quarter of an hour", "quarter of an hour"),
        ("a half-hour chat", "a half-hour"),
        ("Twenty-five minutes", "Twenty-five minutes"),
    ],
)
def test_short_specific_times_pass(text, found):
    check = short_time_check(text, CHECKS)
    assert check.ok, check.detail
    assert f'"{found}"' in check.detail


@pytest.mark.parametrize(
    ("text", "found"),
    [("Could we meet for an hour?", "an hour"), ("45 minutes", "45 minutes"),
     ("20 minutes, or 1.5 hours if you can", "1.5 hours"), ("a 20-40 minute chat", "20-40 minute"),
     ("an hour or so", "an hour"),
     ("an hour-long visit", "an hour"),
     ("a long, hour-long visit", "hour-long"), ("a few hours", "a few hours")],
)
def test_long_times_fail(text, found):
    check = short_time_check(text, CHECKS)
    assert not check.ok
    assert f'"{found}" is more than 30 minutes' in check.detail


@pytest.mark.parametrize("text", ["Could we talk sometime?", "a few minutes", "at 10:30 on May 2",
                                  ""])
def test_no_specific_time_fails(text):
    check = short_time_check(text, CHECKS)
    assert not check.ok
    assert "20 minutes" in check.detail


def test_time_mentions_in_order_with_minutes():
    assert time_mentions("half an hour, or 20 minutes, not two hours") == [
        ("half an hour", 30.0), ("20 minutes", 20.0), ("two hours", 120.0)
    ]


@pytest.mark.parametrize(
    "text",
    ["I'm not looking for a job.", "This isn't a job interview.", "I won't ask you for a job.",
     "I am NOT  asking\nfor a job", "I’m not seeking employment right now."],
)
def test_saying_plainly_it_is_not_about_a_job_passes(text):
    check = by_label(request_checks(text, CHECKS, JOB_WORDS))[CHECKS.not_a_job.label]
    assert check.ok
    assert "To be even clearer" not in check.detail


@pytest.mark.parametrize("text", ["I would like to learn about your work.",
                                  "Could we have an informational interview?"])
def test_learning_words_pass_with_a_suggestion(text):
    check = by_label(request_checks(text, CHECKS, JOB_WORDS))[CHECKS.not_a_job.label]
    assert check.ok
    assert "I am not asking for a job" in check.detail


@pytest.mark.parametrize("text", ["Could we meet for 20 minutes?", "I'm looking for a job.",
                                  "I am not sure what to ask."])
def test_not_saying_it_fails(text):
    check = by_label(request_checks(text, CHECKS, JOB_WORDS))[CHECKS.not_a_job.label]
    assert not check.ok
    assert check.detail == CHECKS.not_a_job.missing


def test_job_words_are_flagged_with_the_guides_reason():
    check = by_label(request_checks("Are you hiring? Could I apply?", CHECKS, JOB_WORDS))[
        CHECKS.job_words.label]
    assert not check.ok
    assert "“Are you hiring”" in check.detail and "“Could I apply”" in check.detail
    assert JOB_WORDS.reason in check.detail


def test_job_words_inside_a_reassurance_are_not_flagged():
    text = "I'm not looking for a job, and this isn't a job interview."
    assert job_words_used(text, JOB_WORDS.phrases, CHECKS.not_a_job.not_a_job_phrases) == []
    mixed = "I'm not looking for a job, but do you have any openings?"
    assert job_words_used(mixed, JOB_WORDS.phrases, CHECKS.not_a_job.not_a_job_phrases) == [
        "any openings"
    ]
    # Without the "not" it is a job request.
    assert job_words_used("I'm looking for a job.", JOB_WORDS.phrases,
                          CHECKS.not_a_job.not_a_job_phrases) == ["looking for a job"]


def test_subject_is_checked_for_job_words_but_not_counted():
    checks = by_label(request_checks(GOOD_EMAIL, CHECKS, JOB_WORDS, subject="Job application"))
    assert not checks[CHECKS.job_words.label].ok
    assert "“Job application”" in checks[CHECKS.job_words.label].detail
    assert checks[CHECKS.word_count.label].detail.startswith(f"{word_count(GOOD_EMAIL)} words")


def test_find_phrases_reports_words_as_written_without_repeats():
    found = find_phrases("Learn about it. LEARN   ABOUT it again.", ["learn about"])
    assert found == ["Learn about"]


def test_good_thank_you_note_passes():
    note = ("Dear Ms. Chen,\n\nThank you for taking the time to speak with me. I would be glad "
            "to stay in touch.\n\nSincerely,\nSam")
    checks = thank_you_checks(note, CHECKS, JOB_WORDS)
    assert [c.label for c in checks] == [CHECKS.blanks.label, CHECKS.thanks.label,
                                         CHECKS.door_open.label, CHECKS.job_words.label]
    assert all(c.ok for c in checks)
    assert checks[1].detail == 'Says "Thank you".'


def test_thank_you_note_without_thanks_or_open_door_fails():
    checks = thank_you_checks("Hi, do you have any vacancies?", CHECKS, JOB_WORDS)
    assert [c.ok for c in checks] == [True, False, False, False]
    assert checks[1].detail == CHECKS.thanks.missing
    assert checks[2].detail == CHECKS.door_open.missing
    assert "“vacancies”" in checks[3].detail


def test_a_blank_left_from_the_template_fails_until_it_is_filled_in():
    blanks = ["[their name]", "[something specific you learned]", "[your name]"]
    note = ("Dear [their name],\n\nThank you. I learned [something specific you learned]. "
            "I would be glad to stay in touch.\n\nSincerely,\n[your name]")
    check = thank_you_checks(note, CHECKS, JOB_WORDS, blanks=blanks)[0]
    assert (check.label, check.ok) == (CHECKS.blanks.label, False)
    assert check.detail == ("Replace “[their name]”, “[something specific you learned]”, "
                            "“[your name]” with your own words before you send it.")
    filled = note.replace("[their name]", "Ms. Chen").replace("[your name]", "Sam")
    still = thank_you_checks(filled, CHECKS, JOB_WORDS, blanks=blanks)[0]
    assert not still.ok and "[something specific you learned]" in still.detail
    done = filled.replace("[something specific you learned]", "how maps are checked")
    assert thank_you_checks(done, CHECKS, JOB_WORDS, blanks=blanks)[0].ok
    # Other square brackets, like the phone script's part names, are not blanks.
    assert request_checks("[Introduce yourself] Hi", CHECKS, JOB_WORDS, blanks=blanks)[0].ok
