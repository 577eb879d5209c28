"""Shared Streamlit pieces: session state, browser storage, sidebar, page parts."""

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

# A server's very first run, if it starts on a page's own address, uses Streamlit's older
# "pages folder" mode and runs that page without app.py (no sidebar, no session defaults).
# Every page imports this package first: switch to app.py's navigation and run again.
if PagesManager.uses_pages_directory:
    PagesManager.uses_pages_directory = False
    st.rerun()
