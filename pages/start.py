import streamlit as st

from ui import course, journey, links, pages_folder_mode

pages_folder_mode.leave()  # before anything else: see ui/pages_folder_mode.py

guide = course.guide()
page = guide.start

st.title(page.heading, anchor=False)
st.markdown(f"**{guide.app.tagline}**")  # a tagline, not a heading under the title
st.markdown(page.lead)

# First, on the first screen of a phone too: where the student is and where to go next.
with st.container(border=True, key="begin"):
    st.markdown(f"**{page.begin.title}**  \n{journey.where_you_are(page.begin)}")
    label, target, tool = journey.next_step(page.begin)
    links.link(target, label, tool=tool)
    st.markdown(f"[{page.begin.how_to_use} ↓](#how-to-use)")

is_col, is_not_col = st.columns(2, gap="large")
# A heading and its text share one markdown element throughout: each element costs run time.
# Keyed: ui/style.py draws each heading's icon (silent for screen readers).
with is_col, st.container(border=True, key="yes_list"):
    st.markdown(f"## {page.is_title}\n\n"
                + "\n".join(f"- {item}" for item in page.is_))
with is_not_col, st.container(border=True, key="no_list"):
    st.markdown(f"## {page.is_not_title}\n\n"
                + "\n".join(f"- {item}" for item in page.is_not))

st.header(page.why_title, anchor=False)
# Two by two: four narrow cards of unequal length left three of them mostly empty.
for row in (page.why[:2], page.why[2:]):
    for column, reason in zip(st.columns(2, gap="medium"), row, strict=False):
        with column, st.container(border=True, height="stretch"):
            st.markdown(f"**{reason.title}**\n\n{reason.text}")

st.info(page.courage, icon=":material/favorite:")

st.header(page.path_title, anchor="how-to-use")
with st.container(border=True):
    for number, stop in enumerate(page.path, start=1):
        st.markdown(f"**{number}. {stop.label}** — {stop.text}")
        for link in stop.links:
            links.link(link.page, link.label, tool=link.tool)

st.caption(page.privacy)
