import streamlit as st

from ui import course, pages_folder_mode
from ui.question_picker.parts import picker
from ui.saved_work import work_ready

pages_folder_mode.leave()  # before anything else: see ui/pages_folder_mode.py

st.title(course.site_map().page("question_picker").title, anchor=False)
st.markdown(course.question_bank().intro)
if work_ready():
    picker()
