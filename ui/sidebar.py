"""The sidebar every page shares: about, the student's own data controls, then the classroom
switches (an instructor's: a student meets their own first)."""

import streamlit as st

from interview_coach.course.guide import Guide
from ui import backup, demo_switch, presenter, state


def show(guide: Guide):
    """Draw the sidebar; return the spot for the saving status (see saved_work.show_status)."""
    with st.sidebar:
        # One markdown element for title and about: each element costs time on every run.
        st.markdown(f"### {guide.app.title}\n\n:small[{guide.app.sidebar_caption}]")
        status = backup.show_controls()  # where the work is kept, backup file, Forget
        st.markdown(f"**{guide.app.classroom_label}**")
        st.toggle(guide.app.projector.title, help=guide.app.projector.text,
                  **state.bound("projector"))
        st.toggle(presenter.words().presenter.switch,
                  help=presenter.words().presenter.switch_help, **state.bound("presenter"))
        st.toggle(guide.app.hide_names.title, help=guide.app.hide_names.text,
                  **state.bound("hide_names"))
        demo_switch.show_controls()
    return status
