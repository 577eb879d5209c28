"""Presenter mode: the guide's pages one per screen for the front of a room.

No sidebar, projector-sized text, big Previous / Next links fixed at the bottom of the screen,
and the keyboard (arrows, Page Up / Page Down) moving between the guide's pages — the Start
section and the seven steps, in the navigation's order. Every page opens at its top.

The projector and presenter choices survive a reload: they are kept in the address
(`?projector=1`, `?present=1`), which the app reads on a session's first run and writes back on
every run (Streamlit clears the query parameters when moving to another page).
"""

from __future__ import annotations

import streamlit as st

from interview_coach.classroom.classroom_words import ClassroomWords
from ui import course, links

ss = st.session_state
PARAMS = {"projector": "projector", "presenter": "present"}  # state key -> query parameter
GUIDE_SECTIONS = 2  # the navigation's first sections are the guide: Start, The 7 steps

_HTML = '<span class="st-presenter-keys" hidden></span>'
_CSS = """
div[data-testid="stElementContainer"]:has(.st-presenter-keys) {
  display: none;
}
"""
_JS = """
function toTop() {
  window.scrollTo(0, 0);
  for (const box of document.querySelectorAll('[data-testid="stMain"], .stMain, .stApp')) {
    box.scrollTop = 0;
  }
}

function onKey(event) {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const forward = event.key === "ArrowRight" || event.key === "PageDown";
  const back = event.key === "ArrowLeft" || event.key === "PageUp";
  if (!forward && !back) return;
  const target = event.target;
  // Arrow keys that move inside a field, a choice or a tab list stay theirs.
  if (target && target.closest && target.closest(
      'input, textarea, select, [contenteditable="true"], [role="radiogroup"], [role="radio"],' +
      ' [role="slider"], [role="listbox"], [role="tablist"], [role="tab"], [role="menu"]')) {
    return;
  }
  const link = document.querySelector(
    forward ? ".st-key-presenter_next a" : ".st-key-presenter_previous a");
  if (!link) return;
  event.preventDefault();
  link.click();
}

export default function ({ data }) {
  if (window.__presenterPage !== data.page) {
    window.__presenterPage = data.page;
    toTop();
    // Streamlit may restore the old scroll once the page has drawn: once more after that.
    requestAnimationFrame(() => requestAnimationFrame(toTop));
    setTimeout(toTop, 150);
  }
  if (!window.__presenterKeys) {
    window.__presenterKeys = onKey;
    document.addEventListener("keydown", onKey);
  }
}
"""

_keys = st.components.v2.component("presenter_keys", html=_HTML, css=_CSS, js=_JS,
                                   isolate_styles=False)


def words() -> ClassroomWords:
    return course.classroom_words()


def restore_choices() -> None:
    """Read ?projector=1 / ?present=1 on a session's first run; keep the address in step with
    the choices on every run after that (call before the sidebar is drawn)."""
    ss.setdefault("presenter", False)
    if not ss.get("_presenter_params_read"):
        ss._presenter_params_read = True
        for key, param in PARAMS.items():
            if st.query_params.get(param) == "1":
                ss[key] = True
    for key, param in PARAMS.items():
        if ss.get(key) and st.query_params.get(param) != "1":
            st.query_params[param] = "1"
        elif not ss.get(key) and param in st.query_params:
            del st.query_params[param]


def guide_pages() -> list[tuple[str, str]]:
    """(key, title) of the guide's pages in the navigation's order."""
    guide = course.guide()
    pages = []
    for section in course.site_map().sections[:GUIDE_SECTIONS]:
        for entry in section.pages:
            title = (guide.step(entry.step_number).short_title if entry.step_number
                     else entry.title)
            pages.append((entry.key, title))
    return pages


def neighbours(page_key: str) -> tuple[tuple[str, str] | None, tuple[str, str] | None, int]:
    """The guide pages before and after `page_key`, and its place (0 when not a guide page)."""
    pages = guide_pages()
    keys = [key for key, _ in pages]
    if page_key not in keys:
        return None, None, 0
    at = keys.index(page_key)
    return (pages[at - 1] if at else None,
            pages[at + 1] if at + 1 < len(pages) else None, at + 1)


def _leave() -> None:
    ss.presenter = False


def controls(page_key: str) -> None:
    """In presenter mode: the Previous / Next bar and the keys (call after the page ran)."""
    if not ss.get("presenter"):
        return
    w = words().presenter
    before, after, number = neighbours(page_key)
    with st.container(key="presenter_bar", horizontal=True, vertical_alignment="center"):
        if before:
            with st.container(key="presenter_previous", width="content"):
                st.page_link(links.page_path(before[0]), icon=":material/arrow_back:",
                             label=w.previous.format(title=before[1]))
        if number:
            st.caption(w.where.format(number=number, total=len(guide_pages())))
        if after:
            with st.container(key="presenter_next", width="content"):
                st.page_link(links.page_path(after[0]), icon=":material/arrow_forward:",
                             label=w.next.format(title=after[1]))
        st.button(w.exit, key="_presenter_leave", on_click=_leave, icon=":material/close:",
                  type="tertiary")
    _keys(key="_presenter_keys", data={"page": page_key})
