"""The layout shared by the seven step pages."""

import streamlit as st

from interview_coach.course.guide import neighbours
from ui import course, links


def show_step(number: int) -> None:
    guide = course.guide()
    step, words = guide.step(number), guide.step_page
    total = len(guide.steps)
    st.title(step.title, anchor=False)
    # Under the title: above it, the top navigation bar would cover it.
    st.caption(words.position.format(number=number, total=total))
    st.progress(number / total, text=None)

    # Headings and their text share one markdown element: fewer elements, quicker runs.
    with st.container(border=True):
        st.markdown("\n\n".join([f"**{words.from_guide_title}**", *step.guide]))

    do_col, avoid_col = st.columns(2, gap="large")
    # Keyed: ui/style.py draws each heading's icon (silent for screen readers).
    do_col.container(key="do_list").markdown(_list_with_heading(words.do_title, step.do))
    avoid_col.container(key="avoid_list").markdown(_list_with_heading(words.avoid_title,
                                                                      step.avoid))

    if step.show_guide_questions:
        _guide_questions(words.guide_questions_title)

    links.try_it([step.try_it])
    _prev_next(number)


def _list_with_heading(heading: str, items: list[str]) -> str:
    return f"## {heading}\n\n" + "\n".join(f"- {item}" for item in items)


def _guide_questions(heading: str) -> None:
    """The handout's sample questions, in its two groups, read from the question bank."""
    bank = course.question_bank()
    st.header(heading, anchor=False)
    for group in bank.guide_groups:
        with st.expander(group, expanded=True):
            texts = [q.text for q in bank.questions if q.from_guide and q.guide_group == group]
            st.markdown("\n".join(f"{i}. {text}" for i, text in enumerate(texts, start=1)))


def _prev_next(number: int) -> None:
    guide = course.guide()
    words = guide.step_page
    before, after = neighbours(number)
    st.divider()
    left, right = st.columns(2)
    with left:
        if before:
            st.page_link(
                links.page_path(f"step_{before}"),
                label=words.previous_step.format(number=before,
                                                 title=guide.step(before).short_title),
                icon=":material/arrow_back:",
            )
        else:
            links.link("find_someone", words.before_first_step, ":material/arrow_back:")
    with right:
        if after:
            st.page_link(
                links.page_path(f"step_{after}"),
                label=words.next_step.format(number=after,
                                             title=guide.step(after).short_title),
                icon=":material/arrow_forward:",
            )
        else:
            links.link("quiz", words.after_last_step)
