"""Information Interview Coach — the table of contents: page set-up, navigation, shared sidebar."""

import streamlit as st

from ui import content, saved_work, sidebar, state, style
from ui.nav_semantics import repair_navigation

st.set_page_config(
    page_title="Information Interview Coach",
    page_icon=":material/record_voice_over:",
    layout="wide",
)
state.init()
if st.query_params.get("projector") == "1":
    st.session_state.projector = True

guide = content.guide()


def table_of_contents() -> dict[str, list[st.Page]]:
    steps = [
        st.Page(f"pages/step_{step.number}.py", title=f"{step.number}. {step.short_title}")
        for step in guide.steps
    ]
    return {
        "Start": [
            st.Page("pages/start.py", title="Start here", icon=":material/home:", default=True),
            st.Page("pages/prepare.py", title="Prepare", icon=":material/menu_book:"),
            st.Page("pages/find_someone.py", title="Find someone to interview",
                    icon=":material/person_search:"),
            st.Page("pages/resources.py", title="Resources", icon=":material/link:"),
        ],
        "The 7 steps": [
            *steps,
            st.Page("pages/quiz.py", title="Check yourself: quiz", icon=":material/school:"),
        ],
        "Tools": [
            st.Page("pages/question_picker.py", title="Question picker", icon=":material/quiz:"),
            st.Page("pages/checklist.py", title="Prep checklist", icon=":material/checklist:"),
            st.Page("pages/writing_help.py", title="Writing help", icon=":material/edit_note:"),
            st.Page("pages/interview_log.py", title="Interview log", icon=":material/table_chart:"),
        ],
        "For instructors": [
            st.Page("pages/class_summary.py", title="Class summary", icon=":material/groups:"),
        ],
    }


# Built once per session (st.Page looks each file up on disk); never shared between sessions,
# since st.navigation marks which page of the set may run.
if "_table_of_contents" not in st.session_state:
    st.session_state._table_of_contents = table_of_contents()
pg = st.navigation(st.session_state._table_of_contents, expanded=True, position="top")
status_spot = sidebar.show(guide)
style.apply(st.session_state.projector)
if saved_work.store_status() == "waiting":
    # Once this tab has answered the browser store it has also run the repair, which keeps
    # watching the page from then on: later runs need not send it. Last in the sidebar, so
    # dropping it moves no other element (a moved element is drawn again and loses focus).
    with st.sidebar:
        repair_navigation()
saved_work.show_notices()
pg.run()
saved_work.sync()
saved_work.show_status(status_spot)
