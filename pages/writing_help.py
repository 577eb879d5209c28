import streamlit as st

from ui import pages_folder_mode
from ui.people import chooser
from ui.saved_work import saving_fragment, work_ready
from ui.writing_help import calendar, prep_sheet, request, thank_you

pages_folder_mode.leave()  # before anything else: see ui/pages_folder_mode.py

TOOLS = {
    "The request": request.show,
    "Thank-you note": thank_you.show,
    "Calendar file": calendar.show,
    "Prep sheet": prep_sheet.show,
}

@saving_fragment  # typing and the tools' buttons rerun only the tools, saved at once
def tools() -> None:
    chooser.choose()
    # The open tab is in the URL (?tool=Calendar+file), so other pages can link to a tool.
    # Only the open tab runs, so each stored field has one widget on screen at a time.
    tabs = st.tabs(list(TOOLS), key="tool", bind="query-params")
    for tab, show in zip(tabs, TOOLS.values(), strict=True):
        if tab.open is not False:
            with tab:
                show()


st.title("Writing help", anchor=False)
st.markdown(
    "Write your request for an interview, your thank-you note afterwards, a calendar file for "
    "the day and a prep sheet to print. What you type is kept as you move between pages."
)
if st.session_state.hide_names:
    # Every tool here shows a contact's name in the message itself, so none is shown.
    st.info("**Hide names** is on, so the writing tools are hidden: every message names your "
            "contact. Switch it off in the sidebar to write.", icon=":material/visibility_off:")
elif work_ready():
    tools()
