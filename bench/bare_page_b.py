"""A second bare page, so the browser benchmark can click between two pages."""

import streamlit as st

st.title("Second bare page", anchor=False)
st.markdown("A paragraph of text, the kind every page of the coach starts with.")
st.button("A button")
