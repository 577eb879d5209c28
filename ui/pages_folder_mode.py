"""Leave Streamlit's old "pages folder" mode, which a pages/ folder beside app.py switches on.

Streamlit (1.67) decides per server process, before its first script run, whether the app uses
the multipage-v1 "pages folder" (its own code calls it a relic). In that mode a first run that
starts on a page's address (/checklist) runs pages/checklist.py alone: no app.py, so no sidebar,
settings or saved work. st.navigation turns the mode off, but only once app.py has run.
We keep pages/ at the top level, so: every page script (and app.py) calls `leave()` first.
Run by the old mode (Streamlit's `_mpa_v1` in the call stack) it turns the mode off and runs
the script again, this time through app.py; otherwise it does nothing. It asks this run, not
the mode: sessions opened at the same moment on a fresh server all start in the old mode, and
the first to turn it off must not leave the others on a page without app.py.
tests/test_pages_folder_mode.py fails when a Streamlit upgrade changes this, so the workaround
can then go. (AppTest resets the mode before every run; tests/conftest.py does the same there.)
"""

import sys

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

OLD_MODE_RUNNER = "_mpa_v1"  # streamlit/runtime/scriptrunner/script_runner.py


def run_by_old_mode() -> bool:
    frame = sys._getframe(1)
    while frame is not None:
        if frame.f_code.co_name == OLD_MODE_RUNNER:
            return True
        frame = frame.f_back
    return False


def leave() -> None:
    if run_by_old_mode():
        PagesManager.uses_pages_directory = False
        st.rerun()
