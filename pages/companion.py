import streamlit as st

from ui import course, pages_folder_mode
from ui.companion.parts import companion
from ui.saved_work import saving_fragment, work_ready

pages_folder_mode.leave()  # before anything else: see ui/pages_folder_mode.py

st.title(course.site_map().page("companion").title, anchor=False)
st.markdown(course.companion().intro)
if st.session_state.hide_names:
    st.info(course.companion().names_hidden, icon=":material/visibility_off:")
elif work_ready():
    saving_fragment(companion)()  # a note, a tap or a quick add reruns only this, saved at once
