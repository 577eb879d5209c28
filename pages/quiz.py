import streamlit as st

from interview_coach.course import quiz as qz
from ui import course, pages_folder_mode
from ui.quiz import screens

pages_folder_mode.leave()  # before anything else: see ui/pages_folder_mode.py

quiz = course.quiz()
ss = st.session_state
ss.setdefault("quiz_answers", {})  # question id -> the option, or the list of options ticked
ss.setdefault("quiz_checked", [])  # ids whose answer was checked: feedback shown, answer locked
ss.setdefault("quiz_at", 0)  # the question shown (0-based); len(questions) is the score


@st.fragment  # nothing here is saved or shown elsewhere: a click reruns only the quiz
def quiz_body() -> None:
    at = qz.place(quiz, ss.quiz_at)
    checked = qz.checked_ids(quiz, ss.quiz_checked)
    if at == 0 and not checked:  # once under way, the room needs the room on screen
        st.markdown(quiz.intro)
    if at < len(quiz.questions):
        screens.question_screen(quiz, at, checked)
    else:
        screens.score_screen(quiz, checked)


st.title(quiz.title, anchor=False)
quiz_body()
