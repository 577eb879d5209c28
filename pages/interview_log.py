import streamlit as st

from interview_coach.classroom.hidden_names import hide_names
from ui import pages_folder_mode
from ui.interview_log import editor, insights, transfer
from ui.saved_work import saving_fragment, work_ready

pages_folder_mode.leave()  # before anything else: see ui/pages_folder_mode.py

ss = st.session_state


@saving_fragment  # edits, imports and tab changes rerun only the log, saved at once
def log_page() -> None:
    view = insights.per_log("view", lambda: hide_names(ss.log)) if ss.hide_names else ss.log
    insights.show_headline(view)

    tabs = st.tabs(["My log", "Charts", "Follow-ups", "Referral tree", "Import & export"],
                   key="_w_log_tab", on_change="rerun")
    if tabs[0].open:
        with tabs[0]:
            editor.show()
            transfer.show_sample_button()
    if tabs[1].open:
        with tabs[1]:
            insights.show_charts(view, large=ss.projector)
    if tabs[2].open:
        with tabs[2]:
            insights.show_follow_ups(view)
    if tabs[3].open:
        with tabs[3]:
            insights.show_referral_tree(view, large=ss.projector)
    if tabs[4].open:
        with tabs[4]:
            transfer.show_import()
            st.divider()
            transfer.show_export()


st.title("Interview log", anchor=False)
st.markdown("Everyone you contact and every interview you hold, in one place. It stays in this "
            "browser; download it as CSV to keep it or open it in a spreadsheet.")
if work_ready():
    log_page()
