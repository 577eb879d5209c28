import streamlit as st

from ui import course, pages_folder_mode
from ui.rehearse.parts import rehearse
from ui.saved_work import saving_fragment, work_ready

pages_folder_mode.leave()  # before anything else: see ui/pages_folder_mode.py

st.title(course.site_map().page("rehearse").title, anchor=False)
st.markdown(course.rehearse().intro)
if work_ready():
    saving_fragment(rehearse)()  # typing and the practice run rerun only this, saved at once
