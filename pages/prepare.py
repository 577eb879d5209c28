import streamlit as st

from ui import course, links, pages_folder_mode

pages_folder_mode.leave()  # before anything else: see ui/pages_folder_mode.py

page = course.guide().prepare

st.title(page.heading, anchor=False)
st.markdown(page.lead)

st.header(page.research_title, anchor=False)
for column, topic in zip(st.columns(len(page.research)), page.research, strict=True):
    with column, st.container(border=True, height="stretch"):
        st.markdown(f"**{topic.title}**\n\n{topic.text}")  # one element, not two

with st.expander(page.contact_question, icon=":material/help:"):
    st.markdown(f"{page.contact_hints_intro}\n\n"
                + "\n".join(f"- {hint}" for hint in page.contact_hints))

st.header(page.strategy_title, anchor=False)
st.markdown("\n\n".join([page.strategy_intro, *(
    f"**{number}. {part.title}.** {part.text}"
    for number, part in enumerate(page.strategy, start=1))]))
st.success(page.rehearse, icon=":material/record_voice_over:")

links.try_it(page.try_it)
