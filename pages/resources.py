import streamlit as st

from ui import course, pages_folder_mode

pages_folder_mode.leave()  # before anything else: see ui/pages_folder_mode.py

page = course.guide().resources

st.title(page.heading, anchor=False)
st.markdown(page.lead)
for site in page.sites:
    with st.container(border=True):
        name = f"[{site.name}]({site.url})" if site.url else site.name
        st.markdown(f"**{name}**\n\n{site.description}")
st.caption(page.note)
