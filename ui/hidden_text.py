"""Text a student typed (own questions, checklist notes), as a page may show it: while Hide
names is on, every name of their people is replaced by that person's placeholder ("Contact 2"),
the same one the People page shows."""

from __future__ import annotations

import streamlit as st

from interview_coach.classroom.hidden_names import hide_in_text, name_placeholders
from ui import people


def placeholders() -> dict[str, str]:
    kept = st.session_state.get("_text_placeholders")
    if kept is None or kept[0] != people.version():
        kept = (people.version(), name_placeholders(people.frame()))
        st.session_state._text_placeholders = kept
    return kept[1]


def shown(text: str) -> str:
    if not text or not st.session_state.get("hide_names"):
        return text
    return hide_in_text(text, placeholders())
