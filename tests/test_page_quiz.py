"""The self-check quiz page: check each answer, see the guide's words, score, retry (AppTest)."""

from apptest_helpers import open_page, texts
from interview_coach.quiz import load_quiz

QUIZ = load_quiz()
SINGLE = [q for q in QUIZ.questions if not q.select_all]
SELECT_ALL = next(q for q in QUIZ.questions if q.select_all)


def wrong_option(question) -> str:
    return next(o for o in question.options if o not in question.correct_options)


def answer(at, question, right: bool = True):
    """Pick an answer to `question` (the right one or a wrong one) and press its Check button."""
    if question.select_all:
        chosen = question.correct_options if right else [wrong_option(question)]
        for i, option in enumerate(question.options):
            if option in chosen:
                at.checkbox(key=f"_w_quiz_{question.id}_{i}").check().run()
    else:
        at.radio(key=f"_w_quiz_{question.id}").set_value(
            question.answer if right else wrong_option(question)).run()
    return at.button(key=f"_check_{question.id}").click().run()


def test_nothing_is_preselected_and_check_waits_for_an_answer():
    at = open_page("quiz")
    assert not at.exception
    assert [t.value for t in at.title] == [QUIZ.title]
    assert all(radio.value is None for radio in at.radio)
    assert len(at.radio) == len(SINGLE)
    assert len(at.checkbox) == len(SELECT_ALL.options)
    assert at.button(key=f"_check_{SINGLE[0].id}").disabled


def test_a_right_answer_gets_a_tick_and_the_guide_quote():
    at = answer(open_page("quiz"), SINGLE[0])
    assert texts(at.success) == [
        f"**✓ {QUIZ.verdicts.right}** — {SINGLE[0].explain}\n\n"
        f"**From the guide** · {' '.join(SINGLE[0].feedback.split())}"]
    assert at.radio(key=f"_w_quiz_{SINGLE[0].id}").disabled  # checked answers are locked
    assert not at.error


def test_a_wrong_answer_gets_a_cross_and_the_right_answer():
    question = SINGLE[1]
    at = answer(open_page("quiz"), question, right=False)
    [feedback] = texts(at.error)
    assert feedback.startswith(f"**✗ {QUIZ.verdicts.wrong}**")
    assert f"**Your answer:** {wrong_option(question)}" in feedback
    assert f"**The answer:** {question.answer}" in feedback
    assert question.feedback.split("“")[1].split()[0] in feedback
    assert not at.success


def test_select_all_is_right_only_with_every_right_option():
    at = answer(open_page("quiz"), SELECT_ALL, right=False)
    assert "**The answers:** " + "; ".join(SELECT_ALL.correct_options) in at.error[0].value
    at = answer(open_page("quiz"), SELECT_ALL)
    assert at.success[0].value.startswith("**✓")


def test_score_after_all_answers_then_retry_clears_them():
    at = open_page("quiz")
    wrong = {SINGLE[0].id, SELECT_ALL.id}
    for question in QUIZ.questions:
        at = answer(at, question, right=question.id not in wrong)
    total = len(QUIZ.questions)
    assert f"You got {total - 2} of {total} right." in texts(at.header)
    assert any(QUIZ.score_bands[1].message in info for info in texts(at.info))
    at.button(key="_quiz_retry").click().run()
    assert at.session_state.quiz_answers == {} and at.session_state.quiz_checked == []
    assert all(radio.value is None and not radio.disabled for radio in at.radio)
    assert not any(box.value for box in at.checkbox)
    assert not at.success and not at.error
    assert not any("You got" in header for header in texts(at.header))


def test_full_marks_get_the_top_message():
    at = open_page("quiz")
    for question in QUIZ.questions:
        at = answer(at, question)
    total = len(QUIZ.questions)
    assert f"You got {total} of {total} right." in texts(at.header)
    assert QUIZ.score_bands[0].message in texts(at.success)


def test_answers_survive_a_page_switch():
    at = answer(open_page("quiz"), SINGLE[0])
    at.radio(key=f"_w_quiz_{SINGLE[1].id}").set_value(SINGLE[1].options[2]).run()
    at.switch_page("pages/start.py").run()
    at.switch_page("pages/quiz.py").run()
    assert at.radio(key=f"_w_quiz_{SINGLE[0].id}").value == SINGLE[0].answer
    assert at.radio(key=f"_w_quiz_{SINGLE[0].id}").disabled
    assert len(at.success) == 1
    assert at.radio(key=f"_w_quiz_{SINGLE[1].id}").value == SINGLE[1].options[2]
    assert not at.button(key=f"_check_{SINGLE[1].id}").disabled
