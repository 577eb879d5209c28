"""Links between pages: every page key in the content is the name of a script in pages/."""

from functools import cache
from pathlib import Path

import streamlit as st

from interview_coach.guide import Link

APP_ROOT = Path(__file__).resolve().parent.parent


def page_path(page_key: str) -> str:
    return f"pages/{page_key}.py"


@cache  # the pages do not change while the server runs
def page_exists(page_key: str) -> bool:
    return (APP_ROOT / page_path(page_key)).is_file()


def link(page_key: str, label: str, icon: str = ":material/arrow_forward:",
         tool: str | None = None) -> None:
    if page_exists(page_key):
        st.page_link(page_path(page_key), label=label, icon=icon,
                     query_params={"tool": tool} if tool else None)


def try_it(links: list[Link], heading: str = "Try it") -> None:
    """A short list of links to the tools that help with what the page teaches."""
    shown = [item for item in links if page_exists(item.page)]
    if not shown:
        return
    st.header(heading, anchor=False)
    for item in shown:
        link(item.page, item.label, tool=item.tool)
