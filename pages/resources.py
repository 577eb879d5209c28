import streamlit as st

from ui import content

page = content.guide().resources

st.title(page.heading, anchor=False)
st.markdown(page.lead)
for site in page.sites:
    with st.container(border=True):
        if site.url:
            st.markdown(f"**[{site.name}]({site.url})**")
        else:
            st.markdown(f"**{site.name}**")
        st.markdown(site.description)
st.caption(page.note)
