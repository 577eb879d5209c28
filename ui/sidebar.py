"""The sidebar every page shares: about, the student's own data controls, then the classroom
switches (an instructor's: a student meets their own first)."""

import streamlit as st

from interview_coach.course.guide import Guide
from ui import demo_switch, presenter, saved_work, state


def show(guide: Guide):
    """Draw the sidebar; return the spot for the saving status (see saved_work.show_status)."""
    with st.sidebar:
        # One markdown element for title and about: each element costs time on every run.
        st.markdown(f"### {guide.app.title}\n\n:small[{guide.app.sidebar_caption}]")
        st.markdown("**Your work**")
        st.toggle(
            "Remember my work on this device",
            help="Keeps your picks, checklist and log in this browser, never on the server. "
            "Switch off on a shared lab computer.",
            **state.bound("remember"),
        )
        status = st.empty()  # filled after the page ran, once the browser has answered
        with st.popover("Forget my data on this device", icon=":material/delete:"):
            st.markdown("This clears your picked questions, checklist, notes and interview log "
                        "here and in this browser. Download anything you want to keep first.")
            st.button("Yes, forget everything", on_click=saved_work.forget, type="primary",
                      key="_forget_confirm")
        st.markdown(f"**{guide.app.classroom_label}**")
        st.toggle(
            "Projector mode",
            help="Bigger text and charts for the back row. Stays on until you switch it off.",
            **state.bound("projector"),
        )
        st.toggle(presenter.words().presenter.switch,
                  help=presenter.words().presenter.switch_help, **state.bound("presenter"))
        st.toggle(
            "Hide names",
            help="Replaces every contact's name with “Contact 1”, “Contact 2”… on every page.",
            **state.bound("hide_names"),
        )
        demo_switch.show_controls()
    return status
