import streamlit as st

from ui import course, pages_folder_mode
from ui.people import chooser
from ui.saved_work import saving_fragment, work_ready
from ui.writing_help import calendar, form, prep_sheet, request, thank_you

pages_folder_mode.leave()  # before anything else: see ui/pages_folder_mode.py

TOOLS = {
    "The request": request.show,
    "Thank-you note": thank_you.show,
    "Calendar file": calendar.show,
    "Prep sheet": prep_sheet.show,
}

@saving_fragment(key=form.TOOLS)  # typing and the tools' buttons rerun only the tools (or less)
def tools() -> None:
    chooser.choose()
    # The open tab is in the URL (?tool=Calendar+file), so other pages can link to a tool.
    # Only the open tab runs, so each stored field has one widget on screen at a time.
    tabs = st.tabs(list(TOOLS), key="tool", bind="query-params")
    for tab, show in zip(tabs, TOOLS.values(), strict=True):
        if tab.open is not False:
            with tab:
                show()


st.title(course.site_map().page("writing_help").title, anchor=False)
st.markdown(course.writing().page.intro)
if st.session_state.hide_names:
    # Every tool here shows a contact's name in the message itself, so none is shown.
    st.info(course.writing().page.names_hidden, icon=":material/visibility_off:")
elif work_ready():
    tools()
