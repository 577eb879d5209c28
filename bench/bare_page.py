"""The yardstick: a bare Streamlit page (a title, a paragraph, a button)."""

import streamlit as st

st.title("Bare page", anchor=False)
st.markdown("A paragraph of text, the kind every page of the coach starts with.")
st.button("A button")
