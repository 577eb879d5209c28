"""The Class summary page's words, loaded once per server (they hold no student data)."""

import streamlit as st

from interview_coach.classroom.summary_words import ClassSummaryWords, load_class_summary_words
from interview_coach.course.loading import ContentError
from ui import course


@st.cache_resource(show_spinner=False, max_entries=4)
def _load(stamp: int) -> ClassSummaryWords:  # noqa: ARG001 (a new stamp reads the file again)
    return load_class_summary_words()


def words() -> ClassSummaryWords:
    """The words; a broken content file stops the page with one clear message."""
    try:
        return _load(course.content_stamp())
    except ContentError as err:
        st.error(f"**The coach cannot show this page because a content file is broken.**\n\n{err}",
                 icon=":material/error:")
        st.stop()
