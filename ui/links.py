"""Links between pages, by the page keys of content/site_map.yaml."""

import streamlit as st

from interview_coach.course.guide import Link
from ui import course


def page_path(page_key: str) -> str:
    """The page's script; an unknown key is an error, never a silently missing link."""
    return course.site_map().page(page_key).script


def link(page_key: str, label: str, icon: str = ":material/arrow_forward:",
         tool: str | None = None) -> None:
    st.page_link(page_path(page_key), label=label, icon=icon,
                 query_params={"tool": tool} if tool else None)


def try_it(links: list[Link]) -> None:
    """A short list of links to the tools that help with what the page teaches."""
    if not links:
        return
    st.header(course.guide().app.try_it_title, anchor=False)
    for item in links:
        link(item.page, item.label, tool=item.tool)
