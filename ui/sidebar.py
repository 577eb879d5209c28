"""The sidebar every page shares: about, classroom switches, and the student's data controls."""

import streamlit as st

from interview_coach.guide import Guide
from ui import state


def show(guide: Guide) -> None:
    with st.sidebar:
        st.caption(guide.app.sidebar_caption)
        st.markdown("**Classroom**")
        st.toggle(
            "Projector mode",
            help="Bigger text and charts for the back row. Stays on until you switch it off.",
            **state.bound("projector"),
        )
        st.toggle(
            "Hide names",
            help="Replaces every contact's name with “Contact 1”, “Contact 2”… on every page.",
            **state.bound("hide_names"),
        )
