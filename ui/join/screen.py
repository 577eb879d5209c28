"""The Join screen: the app's address in large type, and its QR code for phones."""

import base64
import html
import os

import streamlit as st

from interview_coach.classroom.join import app_address, is_local, qr_png
from ui.presenter import words

ENV_NAME = "INTERVIEW_COACH_PUBLIC_URL"


def configured_address() -> str:
    """A public address set by IT: `[join] public_url` in secrets.toml, or the environment."""
    try:
        configured = st.secrets.get("join", {}).get("public_url", "")
    except (FileNotFoundError, KeyError, AttributeError):
        configured = ""
    except Exception:  # no secrets file at all: Streamlit raises its own error type
        configured = ""
    return str(configured or os.environ.get(ENV_NAME, ""))


def show(page_key: str) -> None:
    w = words().join
    address = app_address(st.context.url or "", page_key, configured_address())
    st.title(w.title, anchor=False)
    st.header(w.lead, anchor=False)
    code, text = st.columns([1, 1], gap="large", vertical_alignment="center")
    png = base64.b64encode(qr_png(address)).decode("ascii")
    alt = html.escape(w.qr_alt.format(url=address), quote=True)
    # An <img> of our own: st.image draws no alternative text for a screen reader.
    code.container(key="join_qr").html(
        f'<img src="data:image/png;base64,{png}" alt="{alt}" '
        'style="width: 100%; max-width: 30rem; image-rendering: pixelated;">')
    with text:
        st.caption(w.address_label)
        st.container(key="join_address").code(address, language=None, wrap_lines=True)
        st.markdown(w.scan)
        if is_local(address):
            st.warning(w.local_warning, icon=":material/warning:")
        st.caption(w.configure)
