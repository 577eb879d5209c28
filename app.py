"""Information Interview Coach — the table of contents: page set-up, navigation, shared sidebar."""

import streamlit as st

from ui import course, pages_folder_mode, presenter, saved_work, server_gc, sidebar, state, style
from ui.nav_semantics import repair_navigation

st.set_page_config(
    page_title="Information Interview Coach",
    page_icon=":material/record_voice_over:",
    layout="wide",
)
pages_folder_mode.leave()  # see ui/pages_folder_mode.py
server_gc.tune()  # once per process: see ui/server_gc.py
state.init()
saved_work.receive()  # the browser's copy (and other tabs' changes), before anything is drawn
presenter.restore_choices()  # ?projector=1 and ?present=1, kept in the address

guide = course.guide()


def table_of_contents() -> dict[str, list[st.Page]]:
    """The navigation's sections, from content/site_map.yaml."""
    def page(entry) -> st.Page:
        if entry.step_number:
            step = guide.step(entry.step_number)
            return st.Page(entry.script, title=f"{step.number}. {step.short_title}")
        return st.Page(entry.script, title=entry.title, icon=entry.icon,
                       default=entry.key == "start")

    return {section.title: [page(entry) for entry in section.pages]
            for section in course.site_map().sections}


# Built once per session (st.Page looks each file up on disk); never shared between sessions,
# since st.navigation marks which page of the set may run.
if "_table_of_contents" not in st.session_state:
    st.session_state._table_of_contents = table_of_contents()
pg = st.navigation(st.session_state._table_of_contents, expanded=True, position="top")
status_spot = sidebar.show(guide)
style.apply(st.session_state.projector, st.session_state.presenter)
if saved_work.store_status() == "waiting":
    # Once this tab has answered the browser store it has also run the repair, which keeps
    # watching the page from then on: later runs need not send it. Last in the sidebar, so
    # dropping it moves no other element (a moved element is drawn again and loses focus).
    with st.sidebar:
        repair_navigation()
saved_work.show_notices()
pg.run()
presenter.controls(pg.url_path or "start")  # presenter mode: Previous / Next, keys
saved_work.sync()
saved_work.show_status(status_spot)
