"""Tiny app for the browser_store tests: a note and a tick box kept in this browser.

Run from the repo root with PYTHONPATH=. (the test fixture does that).
"""

from __future__ import annotations

import json

import streamlit as st

from ui.browser_store import browser_store, store_status

NAME = "store-demo"

for key, default in {"note": "", "done": False, "remember": True, "forgets": 0}.items():
    st.session_state.setdefault(key, default)


def forget() -> None:
    st.session_state.forgets += 1
    st.session_state.note = ""
    st.session_state.done = False
    st.session_state.pop("restored", None)


def restore(text: str) -> None:
    """Minimal validation, like the real app's: bad data gives a notice, never an exception."""
    try:
        parts = json.loads(text)
        note, done = parts["note"], parts["done"]
        if not isinstance(note, str) or not isinstance(done, bool):
            raise TypeError("wrong types")
    except (ValueError, KeyError, TypeError):
        st.session_state.problem = "Your saved copy could not be read, so the app started fresh."
        return
    st.session_state.note, st.session_state.done = note, done
    st.session_state.restored = True


saved = json.dumps({"note": st.session_state.note, "done": st.session_state.done})
stored = browser_store(
    NAME, save=saved, remember=st.session_state.remember, forget=st.session_state.forgets
)
if stored is not None:
    restore(stored)

st.title("Browser store demo")
st.text_input("Note", key="note")
st.checkbox("Done", key="done")
st.toggle("Remember on this computer", key="remember")
st.button("Forget this browser's copy", on_click=forget)
st.button("Rerun")  # changes nothing: for checking what an unchanged rerun sends
st.caption(f"Browser copy: {store_status(NAME)}")
if st.session_state.get("restored"):
    st.success("Restored your work from this browser.")
if "problem" in st.session_state:
    st.warning(st.session_state.problem)
