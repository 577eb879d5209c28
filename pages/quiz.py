import streamlit as st

from interview_coach.quiz import Question, check_answer, grade, score_line, score_message
from ui import content, links

quiz = content.quiz()
ss = st.session_state
ss.setdefault("quiz_answers", {})  # question id -> the option, or the list of options ticked
ss.setdefault("quiz_checked", [])  # ids whose answer was checked: feedback shown, answer locked


def choose(question_id: str) -> None:
    ss.quiz_answers = {**ss.quiz_answers, question_id: ss[f"_w_quiz_{question_id}"]}


def tick(question: Question) -> None:
    ticked = [o for i, o in enumerate(question.options) if ss[f"_w_quiz_{question.id}_{i}"]]
    ss.quiz_answers = {**ss.quiz_answers, question.id: ticked}


def check(question_id: str) -> None:
    ss.quiz_checked = [*ss.quiz_checked, question_id]


def retry() -> None:
    ss.quiz_answers, ss.quiz_checked = {}, []


def answer_widgets(number: int, question: Question, locked: bool) -> None:
    answer = ss.quiz_answers.get(question.id)
    st.markdown(f"**{number}. {question.question}**")
    if not question.select_all:
        ss[f"_w_quiz_{question.id}"] = answer
        # The label is the question for screen readers; it is shown just above.
        st.radio(question.question, question.options, index=None,
                 key=f"_w_quiz_{question.id}", on_change=choose, args=(question.id,),
                 disabled=locked, label_visibility="collapsed")
        return
    st.caption(quiz.select_all_hint)
    for i, option in enumerate(question.options):
        ss[f"_w_quiz_{question.id}_{i}"] = option in (answer or [])
        st.checkbox(option, key=f"_w_quiz_{question.id}_{i}", on_change=tick, args=(question,),
                    disabled=locked)


def feedback(question: Question) -> None:
    correct = check_answer(question, ss.quiz_answers.get(question.id))
    verdict = f"{'✓' if correct else '✗'} {quiz.verdicts.label(correct)}"
    lines = [f"**{verdict}** — {question.explain}"]
    if not correct:
        given = ss.quiz_answers.get(question.id)
        lines.append(f"**Your answer:** {given if isinstance(given, str) else '; '.join(given)}")
        right = "; ".join(question.correct_options)
        lines.append(f"**The answer{'s' if question.select_all else ''}:** {right}")
    lines.append(f"**From the guide** · {question.feedback}")
    (st.success if correct else st.error)("\n\n".join(lines))


st.title(quiz.title, anchor=False)
st.markdown(quiz.intro)
checked = [q.id for q in quiz.questions if q.id in ss.quiz_checked]
st.progress(len(checked) / len(quiz.questions),
            text=f"Checked: {len(checked)} of {len(quiz.questions)}")

for number, question in enumerate(quiz.questions, start=1):
    locked = question.id in checked
    with st.container(border=True):
        answer_widgets(number, question, locked)
        if locked:
            feedback(question)
        else:
            picked = check_answer(question, ss.quiz_answers.get(question.id)) is not None
            st.button("Check", key=f"_check_{question.id}", on_click=check, args=(question.id,),
                      disabled=not picked, icon=":material/done:",
                      help=None if picked else "Pick an answer first")

st.divider()
if len(checked) == len(quiz.questions):
    result = grade(quiz, ss.quiz_answers)
    st.header(score_line(quiz, result), anchor=False)
    top = result.score == result.total
    (st.success if top else st.info)(score_message(quiz, result), icon=":material/school:")
    if not top:
        links.link("step_1", "Go back through the seven steps")
else:
    left = len(quiz.questions) - len(checked)
    st.caption(f"Check {left} more answer{'s' if left != 1 else ''} to see your score.")
st.button("Retry", on_click=retry, icon=":material/restart_alt:", key="_quiz_retry",
          disabled=not (ss.quiz_answers or ss.quiz_checked),
          help="Clear every answer and start the quiz again")
