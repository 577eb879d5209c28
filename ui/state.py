"""The student's data in st.session_state, under our own keys.

Widgets get a separate key ("_w_" + name) that is refreshed from our key before each render:
Streamlit deletes a widget's key when a page stops showing it, ours survive page switches.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

SETTINGS_DEFAULTS: dict[str, Callable[[], Any]] = {
    "remember": lambda: True,
    "projector": lambda: False,
    "hide_names": lambda: False,
}


def init(defaults: dict[str, Callable[[], Any]] = SETTINGS_DEFAULTS) -> None:
    """Give every key its default once per session."""
    for key, make in defaults.items():
        if key not in st.session_state:
            st.session_state[key] = make()


def widget_key(key: str) -> str:
    """The widget key bound to our `key`, set to its current value (call right before the widget)."""
    wkey = f"_w_{key}"
    st.session_state[wkey] = st.session_state[key]
    return wkey


def keep(key: str) -> None:
    """on_change callback: copy the widget's value into our key."""
    st.session_state[key] = st.session_state[f"_w_{key}"]


def bound(key: str) -> dict[str, Any]:
    """Keyword arguments that bind a widget to our `key`: st.toggle("…", **bound("projector"))."""
    return {"key": widget_key(key), "on_change": keep, "args": (key,)}
