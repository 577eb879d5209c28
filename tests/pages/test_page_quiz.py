"""The self-check quiz page, one question at a time: check, the guide's words, move back and
forth, keep progress across pages, score, retry (AppTest)."""

from apptest_helpers import open_page, texts
from interview_coach.course.quiz import lettered, load_quiz

QUIZ = load_quiz()
TOTAL = len(QUIZ.questions)
SINGLE = [q for q in QUIZ.questions if not q.select_all]
SELECT_ALL = next(q for q in QUIZ.questions if q.select_all)
PLACE = {q.id: i for i, q in enumerate(QUIZ.questions)}


def wrong_option(question) -> str:
    return next(o for o in question.options if o not in question.correct_options)


def go_to(at, question):
    """Press Next or Back until `question` is on screen."""
    while (here := place_shown(at)) != PLACE[question.id]:
        at.button(key="_quiz_next" if here < PLACE[question.id] else "_quiz_back").click().run()
    return at


def pick(at, question, right: bool = True):
    """Pick an answer to the question on screen (the right one or a wrong one), unchecked."""
    if question.select_all:
        chosen = question.correct_options if right else [wrong_option(question)]
        for i, option in enumerate(question.options):
            if option in chosen:
                at.checkbox(key=f"_w_quiz_{question.id}_{i}").check().run()
        return at
    option = question.answer if right else wrong_option(question)
    return at.radio(key=f"_w_quiz_{question.id}").set_value(option).run()


def answer(at, question, right: bool = True):
    """Go to `question`, pick an answer and press Check."""
    at = pick(go_to(at, question), question, right)
    return at.button(key="_quiz_check").click().run()


def progress_text(at) -> str:
    return at.get("progress")[0].proto.text


def shown_question(at) -> str:
    [heading] = texts(at.header)
    return heading


def place_shown(at) -> int:
    return [q.question for q in QUIZ.questions].index(shown_question(at))


def test_one_question_at_a_time_and_check_waits_for_an_answer():
    at = open_page("quiz")
    assert not at.exception
    assert [t.value for t in at.title] == [QUIZ.title]
    assert shown_question(at) == QUIZ.questions[0].question
    assert progress_text(at) == f"Question 1 of {TOTAL} · 0 checked"
    assert [radio.value for radio in at.main.radio] == [None]
    assert at.button(key="_quiz_check").disabled
    assert at.button(key="_quiz_back").disabled
    assert not at.pills  # the question-by-question marks are on the score screen only


def test_a_right_answer_gets_a_tick_and_the_guide_quote():
    question = SINGLE[0]
    at = answer(open_page("quiz"), question)
    assert texts(at.success) == [
        f"**✓ {QUIZ.verdicts.right}** — {question.explain}\n\n"
        f"**From the guide** · {' '.join(question.feedback.split())}"]
    assert not at.error
    # The answer is fixed now: the options are shown marked, with no radio to change them.
    assert not at.main.radio
    assert f"- ✓ **{lettered(question, question.answer)}**" in "\n".join(texts(at.main.markdown))
    assert "_quiz_check" not in [b.key for b in at.button]
    assert at.button(key="_quiz_next").proto.type == "primary"
    assert "· 1 checked" in progress_text(at)


def test_a_wrong_answer_gets_a_cross_and_the_right_answer():
    question = SINGLE[1]
    at = answer(open_page("quiz"), question, right=False)
    [feedback] = texts(at.error)
    assert feedback.startswith(f"**✗ {QUIZ.verdicts.wrong}**")
    assert f"**Your answer:** {lettered(question, wrong_option(question))}" in feedback
    assert f"**The answer:** {lettered(question, question.answer)}" in feedback
    assert f"**From the guide** · {' '.join(question.feedback.split())}" in feedback
    assert not at.success
    assert f"- ✗ {lettered(question, wrong_option(question))}" in "\n".join(
        texts(at.main.markdown))


def test_select_all_is_right_only_with_every_right_option():
    at = answer(open_page("quiz"), SELECT_ALL, right=False)
    assert shown_question(at) == SELECT_ALL.question
    assert "**The answers:** " + "; ".join(
        lettered(SELECT_ALL, o) for o in SELECT_ALL.correct_options) in at.error[0].value
    at = answer(open_page("quiz"), SELECT_ALL)
    assert at.success[0].value.startswith("**✓")


def test_next_and_back_keep_picked_and_checked_answers():
    first, second = QUIZ.questions[0], QUIZ.questions[1]
    at = pick(open_page("quiz"), first, right=False)  # picked, not checked
    at.button(key="_quiz_next").click().run()
    assert shown_question(at) == second.question
    assert progress_text(at) == f"Question 2 of {TOTAL} · 0 checked"
    at = pick(at, second)
    at.button(key="_quiz_check").click().run()
    at.button(key="_quiz_back").click().run()
    assert shown_question(at) == first.question
    assert at.radio(key=f"_w_quiz_{first.id}").value == wrong_option(first)
    assert not at.button(key="_quiz_check").disabled
    at.button(key="_quiz_next").click().run()
    assert texts(at.success)[0].startswith("**✓")  # still checked, still right
    assert at.session_state.quiz_answers == {first.id: wrong_option(first),
                                             second.id: second.answer}


def test_switching_pages_keeps_the_place_and_the_answers():
    checked, picked = SINGLE[0], SINGLE[1]
    at = answer(open_page("quiz"), checked)
    at = pick(go_to(at, picked), picked, right=False)
    at.switch_page("pages/start.py").run()
    at.switch_page("pages/quiz.py").run()
    assert not at.exception
    assert shown_question(at) == picked.question
    assert at.radio(key=f"_w_quiz_{picked.id}").value == wrong_option(picked)
    assert not at.button(key="_quiz_check").disabled
    go_to(at, checked)
    assert texts(at.success)[0].startswith(f"**✓ {QUIZ.verdicts.right}**")
    assert "· 1 checked" in progress_text(at)


def test_the_score_waits_for_every_answer_and_points_to_the_first_left():
    at = answer(open_page("quiz"), QUIZ.questions[0])
    go_to(at, QUIZ.questions[-1]).button(key="_quiz_next").click().run()
    assert at.button(key="_quiz_back").label == QUIZ.labels.back  # on the score screen
    assert not any("You got" in header for header in texts(at.header))
    assert texts(at.info) == [QUIZ.labels.still_to_check.format(left=TOTAL - 1, total=TOTAL)]
    go = at.button(key="_quiz_go_to")
    assert go.label == QUIZ.labels.go_to.format(number=2)
    go.click().run()
    assert shown_question(at) == QUIZ.questions[1].question


def test_score_and_band_after_all_answers_then_retry_clears_them():
    at = open_page("quiz")
    wrong = {SINGLE[0].id, SELECT_ALL.id}
    for question in QUIZ.questions:
        at = answer(at, question, right=question.id not in wrong)
    assert at.button(key="_quiz_next").label == QUIZ.labels.see_score  # on the last question
    at.button(key="_quiz_next").click().run()
    assert f"You got {TOTAL - 2} of {TOTAL} right." in texts(at.header)
    assert texts(at.info) == [QUIZ.score_bands[1].message]
    assert progress_text(at) == f"{TOTAL} of {TOTAL} checked"
    marks = at.pills(key="_w_quiz_jump")
    assert [marks.options[PLACE[q]] for q in (SINGLE[0].id, SINGLE[1].id)] == [
        f":red[{PLACE[SINGLE[0].id] + 1} ✗]", f":green[{PLACE[SINGLE[1].id] + 1} ✓]"]
    assert marks.value is None
    marks.set_value(PLACE[SINGLE[0].id]).run()  # open a missed question again
    assert shown_question(at) == SINGLE[0].question and at.error
    at.button(key="_quiz_to_score").click().run()
    assert f"You got {TOTAL - 2} of {TOTAL} right." in texts(at.header)
    at.button(key="_quiz_retry").click().run()
    assert at.session_state.quiz_answers == {} and at.session_state.quiz_checked == []
    assert shown_question(at) == QUIZ.questions[0].question
    assert [radio.value for radio in at.main.radio] == [None]
    assert not at.success and not at.error


def test_full_marks_get_the_top_message():
    at = open_page("quiz")
    for question in QUIZ.questions:
        at = answer(at, question)
    at.button(key="_quiz_next").click().run()
    assert f"You got {TOTAL} of {TOTAL} right." in texts(at.header)
    assert QUIZ.score_bands[0].message in texts(at.success)


def test_a_place_left_over_from_a_longer_quiz_is_kept_in_range():
    at = open_page("quiz", quiz_at=99, quiz_checked=["no-such-question"])
    assert not at.exception
    assert progress_text(at) == f"0 of {TOTAL} checked"  # the score screen


def test_answers_are_lettered_a_to_d():
    question = QUIZ.questions[0]
    at = open_page("quiz")
    radio = at.radio(key=f"_w_quiz_{question.id}")
    assert radio.options == [f"{'ABCD'[i]}. {o}" for i, o in enumerate(question.options)]


def test_reveal_the_answer_without_choosing_one():
    question = QUIZ.questions[0]
    at = open_page("quiz")
    at.button(key="_quiz_reveal").click().run()
    [shown] = texts(at.main.info)[-1:]
    assert shown.startswith(f"**{QUIZ.labels.revealed}:** {lettered(question, question.answer)}")
    assert f"- ✓ **{lettered(question, question.answer)}**" in "\n".join(
        texts(at.main.markdown))
    assert "· 1 checked" in progress_text(at)
    assert at.button(key="_quiz_next").proto.type == "primary"


def test_a_missed_question_opened_again_can_be_tried_again():
    question = SINGLE[1]
    at = answer(open_page("quiz"), question, right=False)
    at.button(key="_quiz_try_again").click().run()
    assert at.radio(key=f"_w_quiz_{question.id}").value is None  # open, answer cleared
    assert question.id not in at.session_state.quiz_checked
    at = pick(at, question).button(key="_quiz_check").click().run()
    assert texts(at.success)[0].startswith("**✓")


def test_try_the_missed_ones_again_keeps_the_right_ones():
    at = open_page("quiz")
    wrong = {SINGLE[1].id, SELECT_ALL.id}
    for question in QUIZ.questions:
        at = answer(at, question, right=question.id not in wrong)
    at.button(key="_quiz_next").click().run()
    at.button(key="_quiz_retry_missed").click().run()
    first_missed = min(PLACE[i] for i in wrong)
    assert place_shown(at) == first_missed
    assert set(at.session_state.quiz_checked) == {q.id for q in QUIZ.questions} - wrong
    assert set(at.session_state.quiz_answers) == {q.id for q in QUIZ.questions} - wrong
