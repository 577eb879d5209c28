"""Keep a copy of one student's data in their own browser (localStorage), never on the server.

Call `browser_store` once per script run (in app.py, before `pg.run()`, so it is on every page):

    text = browser_store("interview-coach", save=dump(...), remember=remember, forget=forgets)
    if text is not None:   # once per session, a moment after the page loads
        restore(text)      # do this right away, before drawing anything else

How a session goes:
1. Until the browser has answered, nothing is returned and nothing is written, so the
   app's defaults can never overwrite the copy saved last time. `store_status` is "waiting".
2. Once the first run has finished rendering, the browser reads its copy (whatever `remember`
   says) and reruns the script. In that run `browser_store` returns the stored text (None if
   there is none); it never returns it again in this session.
3. From then on, while `remember` is True, `save` is written whenever its content changed
   since the last write (the text crosses the network only then). Defaults the app already
   had when nothing was stored, and the cleared state after a forget, are not written.
4. `remember=False` removes the copy and stops writing; True again writes the current `save`.
   Raising `forget` (a counter) removes the copy once; the app clears its own state itself,
   best in the forget button's on_click callback.
A part of a page run as an st.fragment does not reach app.py's store when it reruns on its
own: it ends with `browser_store_in_fragment` (a second, write-only mount that shares the same
bookkeeping), so its changes are written at once too.
Without a browser (AppTest) it returns None and stays "waiting". Two tabs of one browser
share the copy: the last one to write wins.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from typing import Any, Literal

import streamlit as st

StoreStatus = Literal["waiting", "ok", "unavailable", "write_failed"]

_PREFIX = "_browser_store:"

# Only this marker reaches the page: the CSS hides the element's container so it takes no
# layout space (no flex gap). Student data travels only in `data`, as JSON.
_HTML = '<span class="st-browser-store" hidden></span>'
# Kept on several lines: a one-line string with "[" would be taken for a file glob.
_CSS = """
div[data-testid="stElementContainer"]:has(.st-browser-store) {
  display: none;
}
"""
_JS = """
const pending = new Map(); // name -> cancels a report not yet answered
const lastWrite = new Map(); // name -> did the last write work
const reported = new Map(); // name -> what Python was last told about writing (default: works)

function storage() {
  try { return window.localStorage; } catch (e) { return null; }
}

function readStored(name) {
  let text = "";
  let available = false;
  try { text = storage().getItem(name) ?? ""; } catch (e) {}
  try {
    storage().setItem(name + ":probe", "1");
    storage().removeItem(name + ":probe");
    available = true;
  } catch (e) {}
  return { text, available };
}

// Report only when the page is settled: the script run finished and every element has
// rendered (no loading skeletons). A report reruns the script at once, and widgets that have
// not rendered yet would be sent without their values and come back at their defaults.
function whenSettled(report) {
  let calm = 0;
  const timer = setInterval(() => {
    const app = document.querySelector('[data-testid="stApp"]');
    const state = app?.getAttribute("data-test-script-state");
    const running = state !== undefined && state !== null && state !== "notRunning";
    const loading = document.querySelector('[data-testid="stSkeleton"]') !== null;
    calm = running || loading ? 0 : calm + 1;
    if (calm >= 3) {
      clearInterval(timer);
      report();
    }
  }, 50);
  return () => clearInterval(timer);
}

export default function ({ data, parentElement, setTriggerValue }) {
  if (!data || typeof data.name !== "string") return;
  const name = data.name;
  // "read" or "sync" (= Python has the stored copy): lets browser tests wait for it.
  parentElement?.querySelector(".st-browser-store")?.setAttribute("data-mode", data.mode);
  pending.get(name)?.();

  if (data.mode === "read") {
    reported.delete(name); // a new session: it has not heard of any failure yet
    const stored = readStored(name);
    let tries = 0;
    let stop = () => {};
    const report = () => {
      setTriggerValue("loaded", stored);
      // Python answers by switching to "sync"; if that never comes, ask again a few times.
      if (tries++ < 3) {
        const timer = setTimeout(() => { stop = whenSettled(report); }, 8000);
        stop = () => clearTimeout(timer);
      }
    };
    stop = whenSettled(report);
    const cancel = () => stop();
    pending.set(name, cancel);
    return cancel;
  }

  let ok = true;
  try {
    const store = storage();
    if (data.wipe || !data.remember) store.removeItem(name);
    if (data.remember && typeof data.save === "string") store.setItem(name, data.save);
  } catch (e) {
    ok = false; // private mode or quota exceeded: the app keeps working without a copy
  }
  // Tell Python only when writing starts failing or works again.
  if (typeof data.save !== "string") return;
  lastWrite.set(name, ok);
  const told = () => reported.get(name) ?? true;
  if (told() !== ok) {
    whenSettled(() => {
      if (told() === lastWrite.get(name)) return;
      reported.set(name, lastWrite.get(name));
      setTriggerValue("written", lastWrite.get(name));
    });
  }
}
"""

_component = st.components.v2.component(
    "browser_store", html=_HTML, css=_CSS, js=_JS, isolate_styles=False
)


@dataclass
class StoreBook:
    """What this session knows about one stored copy (kept in st.session_state as a dict)."""

    forget_seen: int
    hydrated: bool = False
    status: StoreStatus = "waiting"
    written_hash: str | None = None  # hash of what the browser holds (or is about to)
    rev: int = 0  # bumped with every write or wipe sent, so the browser sees each one


def _digest(text: str | None) -> str | None:
    if text is None:
        return None
    # surrogatepass: text from the browser may hold a lone UTF-16 surrogate
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def plan_run(
    book: StoreBook,
    *,
    loaded: Any,
    written: Any,
    save: str | None,
    remember: bool,
    forget: int,
) -> tuple[dict[str, Any], str | None]:
    """The bookkeeping of one run, without Streamlit: update `book`, return (data for the
    browser, text to hand to the app). `loaded` and `written` are the browser's reports since
    the last run (None: none sent).
    """
    if isinstance(written, bool) and book.status in ("ok", "write_failed"):
        book.status = "ok" if written else "write_failed"
    returned: str | None = None
    just_hydrated = False
    if not book.hydrated:
        if not isinstance(loaded, dict):
            return {"mode": "read"}, None
        text = loaded.get("text") if isinstance(loaded.get("text"), str) else ""
        book.hydrated = just_hydrated = True
        book.status = "ok" if loaded.get("available") else "unavailable"
        returned = text or None
        book.written_hash = _digest(text) if text else _digest(save)

    wipe = forget > book.forget_seen
    book.forget_seen = forget
    if wipe:
        returned = None
        book.written_hash = _digest(save)  # the state being cleared now is not re-written
        book.rev += 1
    send: str | None = None
    if not remember or book.status == "unavailable":
        book.written_hash = None
    elif save is not None and not just_hydrated and _digest(save) != book.written_hash:
        send, book.written_hash = save, _digest(save)
        book.rev += 1
    data = {"mode": "sync", "remember": remember, "save": send, "wipe": wipe, "rev": book.rev}
    return data, returned


def _receive(name: str, widget_key: str) -> None:
    """Callback: keep the browser's one-run reports until this run's `browser_store` call."""
    reports = st.session_state.get(widget_key) or {}
    inbox = st.session_state.setdefault(f"{_PREFIX}{name}:inbox", {})
    for event in ("loaded", "written"):
        if reports.get(event) is not None:
            inbox[event] = reports[event]


def browser_store(name: str, *, save: str | None, remember: bool, forget: int = 0) -> str | None:
    """Mount the invisible store; return the browser's copy once per session (see module doc).

    name: localStorage key (one per app); save: the text to keep (None: nothing to write yet);
    remember: keep a copy at all; forget: a counter, each increase removes the copy once.
    """
    return _mount(name, f"{_PREFIX}{name}:widget", save=save, remember=remember, forget=forget)


def browser_store_in_fragment(name: str, *, save: str | None, remember: bool,
                              forget: int = 0) -> None:
    """A second mount, for the end of an st.fragment: a fragment's rerun does not reach the
    main store, so what it changed is written from here. Only once the browser has answered
    (until then the main store is reading, and nothing may be written)."""
    known = st.session_state.get(f"{_PREFIX}{name}")
    if isinstance(known, dict) and known.get("hydrated"):
        _mount(name, f"{_PREFIX}{name}:fragment", save=save, remember=remember, forget=forget)


def _mount(name: str, widget_key: str, *, save: str | None, remember: bool,
           forget: int) -> str | None:
    book_key, inbox_key = f"{_PREFIX}{name}", f"{_PREFIX}{name}:inbox"
    # A plain dict survives Streamlit reloading this module while the app runs.
    try:
        book = StoreBook(**st.session_state[book_key])
    except (KeyError, TypeError):
        book = StoreBook(forget_seen=forget)
    inbox = st.session_state.get(inbox_key, {})
    data, returned = plan_run(
        book,
        loaded=inbox.get("loaded"),
        written=inbox.get("written"),
        save=save,
        remember=remember,
        forget=forget,
    )
    # Mounting is where Streamlit may stop this run for a newer one; only if it gets past
    # that do we record the run, so a stopped run is simply redone.
    _component(
        key=widget_key,
        data={"name": name, **data},
        on_loaded_change=lambda: _receive(name, widget_key),
        on_written_change=lambda: _receive(name, widget_key),
    )
    st.session_state[book_key] = asdict(book)
    st.session_state.pop(inbox_key, None)
    return returned


def store_status(name: str) -> StoreStatus:
    """The copy's state: "waiting" (no answer from the browser yet), then "ok",
    "unavailable" (no localStorage here) or "write_failed" (e.g. storage full)."""
    known = st.session_state.get(f"{_PREFIX}{name}")
    return known.get("status", "waiting") if isinstance(known, dict) else "waiting"
