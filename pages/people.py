import streamlit as st

from ui import course, pages_folder_mode, people
from ui.people import board, insights, person_form, table, transfer
from ui.saved_work import saving_fragment, work_ready

pages_folder_mode.leave()  # before anything else: see ui/pages_folder_mode.py

ss = st.session_state


# A card's button, a typed field or an import reruns only this (or less), saved at once.
@saving_fragment(key=board.PAGE_PART)
def people_page() -> None:
    board.go_where_asked()
    board.open_from_address()
    board.headline()
    person = people.get(ss.get("open_person"))
    if person is not None:
        person_form.show(person)
        return
    parts = [lambda: (board.quick_add(), board.cards(), transfer.show_sample_button()),
             table.show, insights.show_follow_ups, insights.charts, insights.referral_tree,
             transfer.show_transfer]
    with st.container(key="people_tabs"):  # ui/style.py wraps the tabs on a phone
        tabs = st.tabs(course.people_wording().tabs, key="_w_people_tab", on_change="rerun")
        for tab, part in zip(tabs, parts, strict=True):
            if tab.open:
                with tab:
                    part()


words = course.people_wording()
st.title(words.title, anchor=False)
st.markdown(words.intro)
if work_ready():
    people_page()
