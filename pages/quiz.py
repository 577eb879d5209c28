import streamlit as st

from interview_coach.course import quiz as qz
from ui import course, links, pages_folder_mode

pages_folder_mode.leave()  # before anything else: see ui/pages_folder_mode.py

quiz = course.quiz()
words = quiz.labels
total = len(quiz.questions)
ss = st.session_state
ss.setdefault("quiz_answers", {})  # question id -> the option, or the list of options ticked
ss.setdefault("quiz_checked", [])  # ids whose answer was checked: feedback shown, answer locked
ss.setdefault("quiz_at", 0)  # the question shown (0-based); `total` is the score


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


def retry() -> None:
    ss.quiz_answers, ss.quiz_checked, ss.quiz_at = {}, [], 0


def answer_widgets(question: qz.Question) -> None:
    answer = ss.quiz_answers.get(question.id)
    if not question.select_all:
        ss[f"_w_quiz_{question.id}"] = answer
        # The label is the question for screen readers; it is shown just above.
        st.radio(question.question, question.options, index=None,
                 key=f"_w_quiz_{question.id}", on_change=choose, args=(question.id,),
                 label_visibility="collapsed")
        return
    st.caption(quiz.select_all_hint)
    for i, option in enumerate(question.options):
        ss[f"_w_quiz_{question.id}_{i}"] = option in (answer or [])
        st.checkbox(option, key=f"_w_quiz_{question.id}_{i}", on_change=tick, args=(question,))


def question_screen(at: int, checked: list[str]) -> None:
    question = quiz.questions[at]
    answer = ss.quiz_answers.get(question.id)
    locked = question.id in checked
    st.progress(len(checked) / total, text=words.progress_question.format(
        number=at + 1, total=total, checked=len(checked)))
    st.header(question.question, anchor=False)
    if locked:  # the answer is fixed: show it marked, then what the guide says
        st.markdown(qz.marked_options(question, answer))
        correct = qz.check_answer(question, answer)
        (st.success if correct else st.error)(qz.feedback_markdown(quiz, question, answer))
    else:
        answer_widgets(question)
    with st.container(horizontal=True):
        if not locked:
            picked = qz.check_answer(question, answer) is not None
            st.button(words.check, key="_quiz_check", on_click=check, args=(question.id,),
                      type="primary", disabled=not picked, icon=":material/done:",
                      help=None if picked else words.pick_first)
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


def score_screen(checked: list[str]) -> None:
    st.progress(len(checked) / total,
                text=words.progress_score.format(total=total, checked=len(checked)))
    first_open = qz.first_unchecked(quiz, checked)
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
        st.button(words.retry, on_click=retry, icon=":material/restart_alt:", key="_quiz_retry",
                  disabled=not (ss.quiz_answers or ss.quiz_checked), help=words.retry_help)
    # Every question marked right or wrong; a click opens it again. Only here: drawing these
    # buttons on every question made the page a third slower to open in the browser.
    names = [qz.place_label(quiz, place, ss.quiz_answers, checked) for place in range(total)]
    ss["_w_quiz_jump"] = None
    st.pills(words.jump, range(total), key="_w_quiz_jump", on_change=jump,
             format_func=names.__getitem__)


@st.fragment  # nothing here is saved or shown elsewhere: a click reruns only the quiz
def quiz_body() -> None:
    at = qz.place(quiz, ss.quiz_at)
    checked = qz.checked_ids(quiz, ss.quiz_checked)
    if at == 0:
        st.markdown(quiz.intro)
    if at < total:
        question_screen(at, checked)
    else:
        score_screen(checked)


st.title(quiz.title, anchor=False)
quiz_body()

