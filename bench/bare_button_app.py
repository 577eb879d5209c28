"""The yardstick for a press: a bare page (a title, a paragraph, a button) whose paragraph counts
the presses, so the browser can see that the run a press caused has finished.
Run: streamlit run bench/bare_button_app.py"""

import streamlit as st

presses = st.session_state["presses"] = st.session_state.get("presses", -1) + 1
st.title("Bare page", anchor=False)
st.markdown(f"A paragraph of text; the button below has been pressed {presses} times.")
st.button("A button")
