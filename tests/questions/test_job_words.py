import pytest

from interview_coach.course.guide import load_guide
from interview_coach.questions.job_words import find_job_words, load_job_words

PHRASES = load_job_words().phrases


def test_the_guides_own_advice_is_not_flagged():
    # Step 1 asks about "hiring potential" and "a job of your choice"; Step 4 about "hiring
    # possibilities" later on: advice the check must not call job-seeking.
    guide = load_guide()
    paragraphs = [text for step in guide.steps for text in (*step.guide, *step.do)]
    assert any("hiring potential" in text for text in paragraphs)
    assert {text: find_job_words(text, PHRASES) for text in paragraphs
            if find_job_words(text, PHRASES)} == {}


@pytest.mark.parametrize("question", [
    "What is the company's hiring potential over the next few years?",
    "What experience is needed to obtain a job of your choice in this company?",
    "How did you get your job?",
    "How do you apply what you learned at college in your work?",
    "What education do you need for a position like yours?",
    "How many people does the organization employ?",
])
def test_questions_about_jobs_are_not_asking_for_one(question):
    assert find_job_words(question, PHRASES) == []


@pytest.mark.parametrize(("request_text", "found"), [
    ("Are you hiring students this summer?", ["Are you hiring"]),
    ("Do you have any openings for a designer?", ["any openings"]),
    ("Could I apply to your company?", ["Could I apply"]),
    ("Would you hire me?", ["hire me"]),
    ("Is there a job for me at your studio?", ["job for me"]),
    ("Could you pass on my resume to HR?", ["pass on my resume"]),
    ("I am  LOOKING FOR\na job.", ["LOOKING FOR a job"]),
    ("Are there any job openings I could apply for?", ["any job openings", "I could apply"]),
    ("Do you have any jobs available?", ["jobs available"]),
    ("Could you pass my résumé to HR?", ["pass my résumé"]),
    ("Is your team looking to hire interns?", ["looking to hire"]),
    ("Internships open at your company?", ["Internships open"]),
    ("Any internships this summer?", ["Any internships"]),
])
def test_asking_for_a_job_is_flagged_as_written(request_text, found):
    assert find_job_words(request_text, PHRASES) == found


def test_longer_phrase_wins_and_words_inside_other_words_are_not_matched():
    assert find_job_words("Is there a job here? It's a jobhere.", PHRASES) == ["a job here"]
    assert find_job_words("", PHRASES) == [] and find_job_words("Are you hiring?", []) == []
