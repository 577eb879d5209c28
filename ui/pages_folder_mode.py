"""Leave Streamlit's old "pages folder" mode, which a pages/ folder beside app.py switches on.

Streamlit (1.67) decides per server process, before its first script run, whether the app uses
the multipage-v1 "pages folder" (its own code calls it a relic). In that mode a first run that
starts on a page's address (/checklist) runs pages/checklist.py alone: no app.py, so no sidebar,
settings or saved work. st.navigation turns the mode off, but only once app.py has run.
We keep pages/ at the top level, so: every page script calls `leave()` first. Once app.py's
st.navigation has run it does nothing; on that first run it turns the mode off and runs the
script again, this time through app.py. tests/test_pages_folder_mode.py fails when a Streamlit
upgrade changes this, so the workaround can then go. (AppTest resets the mode before every run;
tests/conftest.py does the same there.)
"""

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager


def leave() -> None:
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()
