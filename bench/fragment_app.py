"""A test app for bench_fragment_cost.py: a checkbox in an st.fragment, with ?inside=N
paragraphs drawn in the fragment beside it and ?outside=N drawn on the page around it.
Run: streamlit run bench/fragment_app.py"""

import streamlit as st

inside = int(st.query_params.get("inside", 0))
outside = int(st.query_params.get("outside", 0))
st.title("Fragment cost", anchor=False)
for number in range(outside):
    st.markdown(f"Paragraph {number} on the page, outside the fragment.")


@st.fragment
def part() -> None:
    ticks = st.session_state["ticks"] = st.session_state.get("ticks", -1) + 1
    st.caption(f"Ticked {ticks} times")  # changes with every run: the browser can tell it ended
    st.checkbox("Tick me")
    for number in range(inside):
        st.markdown(f"Paragraph {number} inside the fragment.")


part()
