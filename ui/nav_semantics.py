"""Repair what Streamlit's page lacks for keyboards and screen readers.

On narrow screens the pages are listed in the sidebar as <ul> > <div> (a section) > <li>, which
screen readers cannot read as a list (axe: "list" and "listitem"). This invisible element gives
each section the list role and takes it off the outer <ul>. On a phone the referral tree scrolls
sideways in its own box (ui/style.py): the box is made a tab stop, so a keyboard can scroll it
(axe: "scrollable-region-focusable"). It sends and receives no data.
Its observer stays in the tab after the element is gone, so app.py sends it only until the tab
has answered the browser store.
"""

import streamlit as st

_HTML = '<span class="st-nav-semantics" hidden></span>'
_CSS = """
div[data-testid="stElementContainer"]:has(.st-nav-semantics) {
  display: none;
}
"""
_JS = """
function repair() {
  for (const box of document.querySelectorAll('[data-testid="stGraphVizChart"]')) {
    const scrolls = box.scrollWidth > box.clientWidth;  // only then is it worth a tab stop
    if (scrolls && !box.hasAttribute("tabindex")) box.setAttribute("tabindex", "0");
    if (!scrolls && box.hasAttribute("tabindex")) box.removeAttribute("tabindex");
  }
  for (const list of document.querySelectorAll('[data-testid="stSidebarNavItems"]')) {
    if (list.getAttribute("role") !== "none") list.setAttribute("role", "none");
    for (const section of list.children) {
      if (section.tagName === "DIV" && section.getAttribute("role") !== "list") {
        section.setAttribute("role", "list");
      }
    }
  }
}

export default function () {
  repair();
  if (!window.__navSemanticsObserver) {
    window.__navSemanticsObserver = new MutationObserver(repair);
    window.__navSemanticsObserver.observe(document.body, { childList: true, subtree: true });
  }
}
"""

_component = st.components.v2.component(
    "nav_semantics", html=_HTML, css=_CSS, js=_JS, isolate_styles=False
)


def repair_navigation() -> None:
    _component(key="_nav_semantics")
