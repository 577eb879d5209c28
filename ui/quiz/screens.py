"""The quiz's two screens: one question (answers lettered A–D for a show of hands), and the
score. A checked question shows its options marked beside the feedback, with Next under them,
so a room sees the answer, the guide's words and the way on without scrolling."""

import streamlit as st

from interview_coach.course import quiz as qz
from ui import links

ss = st.session_state


def go(position: int) -> None:
    ss.quiz_at = position


def jump() -> None:
    if ss["_w_quiz_jump"] is not None:
        ss.quiz_at = ss["_w_quiz_jump"]


def choose(question_id: str) -> None:
    ss.quiz_answers = {**ss.quiz_answers, question_id: ss[f"_w_quiz_{question_id}"]}


def tick(question: qz.Question) -> None:
    ticked = [o for i, o in enumerate(question.options) if ss[f"_w_quiz_{question.id}_{i}"]]
    ss.quiz_answers = {**ss.quiz_answers, question.id: ticked}


def check(question_id: str) -> None:
    ss.quiz_checked = [*ss.quiz_checked, question_id]


def reveal(question_id: str) -> None:
    """Checked with no answer: the answer and the guide's words show, it scores as unanswered."""
    ss.quiz_answers = {k: v for k, v in ss.quiz_answers.items() if k != question_id}
    ss.quiz_checked = [*ss.quiz_checked, question_id]


def try_again(question_id: str) -> None:
    ss.quiz_answers, ss.quiz_checked = qz.reopen(ss.quiz_answers, ss.quiz_checked,
                                                 [question_id])


def retry_missed(quiz: qz.Quiz) -> None:
    missed = qz.missed_ids(quiz, ss.quiz_answers, ss.quiz_checked)
    ss.quiz_answers, ss.quiz_checked = qz.reopen(ss.quiz_answers, ss.quiz_checked, missed)
    ss.quiz_at = next(i for i, q in enumerate(quiz.questions) if q.id in set(missed))


def retry() -> None:
    ss.quiz_answers, ss.quiz_checked, ss.quiz_at = {}, [], 0


def answer_widgets(quiz: qz.Quiz, question: qz.Question) -> None:
    answer = ss.quiz_answers.get(question.id)
    if not question.select_all:
        ss[f"_w_quiz_{question.id}"] = answer
        # The label is the question for screen readers; it is shown just above.
        st.radio(question.question, question.options, index=None,
                 key=f"_w_quiz_{question.id}", on_change=choose, args=(question.id,),
                 format_func=lambda option: qz.lettered(question, option),
                 label_visibility="collapsed")
        return
    st.caption(quiz.select_all_hint)
    for i, option in enumerate(question.options):
        ss[f"_w_quiz_{question.id}_{i}"] = option in (answer or [])
        st.checkbox(qz.lettered(question, option), key=f"_w_quiz_{question.id}_{i}",
                    on_change=tick, args=(question,))


def _buttons(quiz: qz.Quiz, at: int, locked: bool, checked: list[str],
             key: str | None = None) -> None:
    words, total = quiz.labels, len(quiz.questions)
    question = quiz.questions[at]
    answer = ss.quiz_answers.get(question.id)
    with st.container(horizontal=True, key=key):
        if not locked:
            picked = qz.check_answer(question, answer) is not None
            st.button(words.check, key="_quiz_check", on_click=check, args=(question.id,),
                      type="primary", disabled=not picked, icon=":material/done:",
                      help=None if picked else words.pick_first)
            st.button(words.reveal, key="_quiz_reveal", on_click=reveal, args=(question.id,),
                      icon=":material/visibility:", help=words.reveal_help)
        st.button(words.back, key="_quiz_back", on_click=go, args=(at - 1,), disabled=at == 0,
                  icon=":material/arrow_back:")
        reviewing = len(checked) == total and at < total - 1  # the score is already there
        st.button(words.see_score if at == total - 1 else words.next, key="_quiz_next",
                  on_click=go, args=(at + 1,), icon=":material/arrow_forward:",
                  icon_position="right",
                  type="primary" if locked and not reviewing else "secondary")
        if reviewing:
            st.button(words.see_score, key="_quiz_to_score", on_click=go, args=(total,),
                      type="primary", icon=":material/school:")
        if locked and qz.check_answer(question, answer) is not True:
            st.button(words.try_again, key="_quiz_try_again", on_click=try_again,
                      args=(question.id,), icon=":material/replay:")


def question_screen(quiz: qz.Quiz, at: int, checked: list[str]) -> None:
    question, total = quiz.questions[at], len(quiz.questions)
    answer = ss.quiz_answers.get(question.id)
    locked = question.id in checked
    st.progress(len(checked) / total, text=quiz.labels.progress_question.format(
        number=at + 1, total=total, checked=len(checked)))
    st.header(question.question, anchor=False)
    if not locked:
        answer_widgets(quiz, question)
        _buttons(quiz, at, locked, checked)
        return
    # The answer is fixed: its options marked and the way on, beside what the guide says. In
    # presenter mode the way on comes first, above both: the room's screen is short.
    presenting = bool(ss.get("presenter"))
    if presenting:  # keyed: ui/style.py draws the page title smaller, to leave more room
        _buttons(quiz, at, locked, checked, key="quiz_underway")
    options, feedback = st.columns([1, 3] if presenting else [1, 2], gap="medium")
    with options:
        st.markdown(qz.marked_options(question, answer))
        if not presenting:
            _buttons(quiz, at, locked, checked)
    correct = qz.check_answer(question, answer)
    show = {True: feedback.success, False: feedback.error, None: feedback.info}[correct]
    show(qz.feedback_markdown(quiz, question, answer, compact=presenting))


def score_screen(quiz: qz.Quiz, checked: list[str]) -> None:
    words, total = quiz.labels, len(quiz.questions)
    st.progress(len(checked) / total,
                text=words.progress_score.format(total=total, checked=len(checked)))
    first_open = qz.first_unchecked(quiz, checked)
    missed = qz.missed_ids(quiz, ss.quiz_answers, checked)
    if first_open is None:
        result = qz.grade(quiz, ss.quiz_answers)
        st.header(qz.score_line(quiz, result), anchor=False)
        top = result.score == result.total
        (st.success if top else st.info)(qz.score_message(quiz, result), icon=":material/school:")
        if not top:
            links.link("step_1", words.review_steps)
    else:
        st.info(words.still_to_check.format(left=total - len(checked), total=total),
                icon=":material/pending:")
    with st.container(horizontal=True):
        st.button(words.back, key="_quiz_back", on_click=go, args=(total - 1,),
                  icon=":material/arrow_back:")
        if first_open is not None:
            st.button(words.go_to.format(number=first_open + 1), key="_quiz_go_to", on_click=go,
                      args=(first_open,), type="primary", icon=":material/arrow_forward:",
                      icon_position="right")
        elif missed:
            st.button(words.retry_missed, key="_quiz_retry_missed", on_click=retry_missed,
                      args=(quiz,), type="primary", icon=":material/replay:",
                      help=words.retry_missed_help)
        st.button(words.retry, on_click=retry, icon=":material/restart_alt:", key="_quiz_retry",
                  disabled=not (ss.quiz_answers or ss.quiz_checked), help=words.retry_help)
    # Every question marked right or wrong; a click opens it again. Only here: drawing these
    # buttons on every question made the page a third slower to open in the browser.
    names = [qz.place_label(quiz, place, ss.quiz_answers, checked) for place in range(total)]
    ss["_w_quiz_jump"] = None
    st.pills(words.jump, range(total), key="_w_quiz_jump", on_change=jump,
             format_func=names.__getitem__)
