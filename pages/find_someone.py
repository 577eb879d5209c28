import streamlit as st

from ui import course, links, pages_folder_mode

pages_folder_mode.leave()  # before anything else: see ui/pages_folder_mode.py

guide = course.guide()
page = guide.find

st.title(page.heading, anchor=False)
st.markdown(page.lead)

st.header(page.ways_title, anchor=False)
for row in (page.ways[:2], page.ways[2:]):
    for column, way in zip(st.columns(2, gap="medium"), row, strict=False):
        with column, st.container(border=True, height="stretch"):
            st.markdown(f"**{way.title}**\n\n{way.text}")  # one element, not two

st.info(page.log_tip, icon=":material/table_chart:")
links.try_it(page.try_it)
links.link("step_1", guide.step_page.next_step.format(number=1, title=guide.step(1).short_title))
