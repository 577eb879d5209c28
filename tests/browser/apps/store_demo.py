"""Tiny app for the browser_store tests: a note and a tick box, each kept in this browser as a
record of its own ("note", "done").

Run from the repo root with PYTHONPATH=. (the test fixture does that).
"""

from __future__ import annotations

import time

import streamlit as st

from interview_coach.saving import records
from ui.browser_store import browser_store, store_status, take_reports

NAME = "store-demo"
NOTICE = "Your saved copy could not be read, so the app started fresh."
ss = st.session_state

for key, default in {"note": "", "done": False, "remember": True, "forgets": 0}.items():
    ss.setdefault(key, default)
ss.setdefault("stamps", {})


def forget() -> None:
    ss.forgets += 1
    ss.note, ss.done = "", False
    ss.pop("restored", None)


def put_back(texts: dict) -> bool:
    """Minimal validation, like the real app's: bad data gives a notice, never an exception."""
    good = True
    for key, kind in (("note", str), ("done", bool)):
        if key not in texts:
            continue
        if texts[key] is None:
            ss[key] = kind()
            continue
        try:
            stamp, value, _ = records.decode(texts[key])
        except records.Unreadable:
            good = False
            continue
        if not isinstance(value, kind):
            good = False
            continue
        ss[key] = value
        ss.stamps[key] = [records.dumps(value), stamp]
    if not good:
        ss.problem = NOTICE
    return good


def on_load(loaded: dict) -> tuple[dict, bool]:
    if loaded["records"] and put_back(loaded["records"]):
        ss.restored = True
    return {}, False


def on_change(changes: dict, forgot: bool, known: dict) -> None:  # noqa: ARG001
    if forgot:
        ss.note, ss.done = "", False
    put_back(changes)


def on_mode(mode: str) -> None:
    ss.remember = mode != "off"


def stored_texts() -> dict[str, str]:
    texts = {}
    for key in ("note", "done"):
        value = ss[key]
        if not value:
            continue
        value_text = records.dumps(value)
        if ss.stamps.get(key, [None])[0] != value_text:
            ss.stamps[key] = [value_text, int(time.time() * 1000)]
        texts[key] = records.encode(ss.stamps[key][1], value_text)
    return texts


take_reports(NAME, on_load=on_load, on_change=on_change, on_mode=on_mode)
st.title("Browser store demo")
st.text_input("Note", key="note")
st.checkbox("Done", key="done")
st.toggle("Remember on this computer", key="remember")
st.button("Forget this browser's copy", on_click=forget)
st.button("Rerun")  # changes nothing: for checking what an unchanged rerun sends
browser_store(NAME, records=stored_texts(), mode="device" if ss.remember else "off",
              forget=ss.forgets)
st.caption(f"Browser copy: {store_status(NAME)}")
if ss.get("restored"):
    st.success("Restored your work from this browser.")
if "problem" in ss:
    st.warning(ss.problem)
