"""Getting a message out of the coach: a Copy button, an "Open in my email" link and a .txt file.

The Copy button is a tiny component: navigator.clipboard where the page may use it (HTTPS or
localhost), else a hidden text area and the browser's copy command (a class server on plain
HTTP). It says "Copied" beside itself, for screen readers too. Its words come from
content/writing.yaml (`send`).
"""

from __future__ import annotations

from urllib.parse import quote

import streamlit as st

from ui import course

_HTML = """<span class="st-copy-out"><button type="button" class="st-copy-button"></button>
<span class="st-copy-status" role="status" aria-live="polite"></span></span>"""
# Kept on several lines: a one-line string with "[" would be taken for a file glob.
_CSS = """
.st-copy-out { display: inline-flex; align-items: center; gap: .5rem; flex-wrap: wrap; }
.st-copy-button {
  font: inherit; font-size: 0.9rem; line-height: 1.6; min-height: 2.75rem; cursor: pointer;
  padding: .25rem .85rem; border-radius: .5rem; color: inherit;
  background: var(--st-secondary-background-color, #f0f2f6);
  border: 1px solid var(--st-border-color, rgba(49, 51, 63, .3));
}
.st-copy-button:hover { border-color: var(--st-primary-color, #ff4b4b); }
.st-copy-button:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; }
.st-copy-status { font-size: .9rem; }
"""
_JS = """
function fallbackCopy(text) {
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.top = "0";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  let ok = false;
  try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
  area.remove();
  return ok;
}

async function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    try { await navigator.clipboard.writeText(text); return true; } catch (e) {}
  }
  return fallbackCopy(text);
}

export default function ({ data, parentElement }) {
  const button = parentElement.querySelector(".st-copy-button");
  const status = parentElement.querySelector(".st-copy-status");
  if (!button || !data) return;
  button.textContent = data.label;
  status.textContent = "";
  button.onclick = async () => {
    const ok = await copyText(data.text);
    status.textContent = ok ? data.done : data.failed;
    button.dataset.copied = String(ok);
  };
}
"""

_component = st.components.v2.component(
    "copy_out", html=_HTML, css=_CSS, js=_JS, isolate_styles=False
)


def copy_button(text: str, label: str, key: str) -> None:
    """A button that puts `text` on the clipboard and says so."""
    send = course.writing().send
    _component(key=key, width="content", data={
        "text": text, "label": label, "done": send.copied, "failed": send.copy_failed})


def mailto(subject: str, body: str) -> str:
    """A mailto: link that opens the student's email program with this subject and body."""
    return f"mailto:?subject={quote(subject, safe='')}&body={quote(body, safe='')}"


def send_row(key: str, subject: str, body: str, file_name: str, what: str) -> None:
    """The subject in the open, then Copy subject, Copy <what>, Open in my email and a .txt
    download, on one row that wraps on a phone."""
    send = course.writing().send
    st.markdown(f"**{send.subject}**")
    st.text(subject)  # the student's words stay plain text
    with st.container(horizontal=True, gap="small", vertical_alignment="center"):
        copy_button(subject, send.copy_subject, f"{key}_copy_subject")
        copy_button(body, send.copy_body.format(what=what), f"{key}_copy_body")
        st.link_button(send.open_email, mailto(subject, body), icon=":material/mail:")
        st.download_button(send.download.format(what=what),
                           data=f"{send.subject}: {subject}\n\n{body}\n",
                           file_name=file_name, mime="text/plain", on_click="ignore",
                           icon=":material/download:", key=f"{key}_txt")
