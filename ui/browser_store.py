"""Keep one student's work in their own browser, record by record, never on the server.

The work is a set of records (key -> text; see interview_coach.saving.records), each kept under
its own storage key `<name>/<key>` with its stamp, so that a tab only ever writes the records it
changed, and of two versions of one record the newer stays:

1. Until the browser has answered, nothing is written, so the app's defaults can never
   overwrite the copy saved last time. `store_status` is "waiting".
2. Once the first run has rendered, the browser reads every record of this store (and the mode
   flag, the set-aside copies and any old one-piece copy) and reports them; `take_reports`
   (called at the top of every run) hands them to the app's `on_load` once per session.
3. From then on `browser_store` (at the end of a run) sends only the records whose text
   differs from what the browser holds, and the last writes again with the next few mounts at
   the same rev (a run's message can be dropped unsent when the next run starts; a browser that
   had it skips the rev); the browser writes one only if its stored version is not newer
   (otherwise it reports the stored one back) and removes one only if it is not newer than the
   removal.
4. Every open tab of the browser hears the others' writes (the `storage` event) and looks
   again when it is shown (`visibilitychange`, `pageshow`, `focus`); the changes reach the app's
   `on_change` in the next run.
5. `mode` is where the records live: "device" (localStorage), "tab" (sessionStorage: gone when
   the tab closes) or "off" (nowhere). The choice itself is kept as a flag in localStorage
   (`<name>:mode`, no student data), reaches every tab, and is read back at the next visit.
   Raising `forget` (a counter) removes every record and set-aside copy once, in every tab.
A part of a page run as an st.fragment ends with `browser_store_in_fragment`, a second mount
sharing the same bookkeeping, so its changes are written at once too. Without a browser
(AppTest) nothing is reported and the status stays "waiting".
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

import streamlit as st

StoreStatus = Literal["waiting", "ok", "unavailable", "write_failed"]
Mode = Literal["device", "tab", "off"]
MODES = ("device", "tab", "off")

_PREFIX = "_browser_store:"

_HTML = '<span class="st-browser-store" hidden></span>'
# Kept on several lines: a one-line string with "[" would be taken for a file glob.
_CSS = """
div[data-testid="stElementContainer"]:has(.st-browser-store) {
  display: none;
}
"""
_JS = """
const sessions = new Map(); // name -> this page's bookkeeping for one store
const listening = new Set();

function area(mode) {
  try {
    return mode === "tab" ? window.sessionStorage : mode === "device" ? window.localStorage : null;
  } catch (e) { return null; }
}
function local() { try { return window.localStorage; } catch (e) { return null; } }
function stamp(text) {
  try {
    const u = JSON.parse(text).u;
    return Number.isInteger(u) ? u : -1;
  } catch (e) { return -1; }
}
function scan(store, prefix) {
  const found = {};
  if (!store) return found;
  try {
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key && key.startsWith(prefix)) found[key.slice(prefix.length)] = store.getItem(key);
    }
  } catch (e) {}
  return found;
}
function probe(name) {
  try {
    local().setItem(name + ":probe", "1");
    local().removeItem(name + ":probe");
    return true;
  } catch (e) { return false; }
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

function flush(sess) {
  if (sess.flushing) return;
  sess.flushing = true;
  setTimeout(() => whenSettled(() => {
    sess.flushing = false;
    const report = sess.pending;
    sess.pending = { changes: {} };
    if (Object.keys(report.changes).length || report.mode !== undefined || report.forgot) {
      sess.seq += 1;
      sess.trigger?.("changed", { ...report, seq: sess.seq });
    }
  }), 100);
}

function noteChange(sess, key, text) {
  if ((sess.mirror.get(key) ?? null) === text) return;
  if (text === null) sess.mirror.delete(key); else sess.mirror.set(key, text);
  sess.pending.changes[key] = text;
  flush(sess);
}

function lookAgain(sess) {
  const flag = local()?.getItem(sess.name + ":mode") ?? "device";
  if (flag !== sess.mode) { modeHeard(sess, flag); return; }
  const found = scan(area(sess.mode), sess.name + "/");
  for (const [key, text] of Object.entries(found)) noteChange(sess, key, text);
  for (const key of [...sess.mirror.keys()]) if (!(key in found)) noteChange(sess, key, null);
}

function modeHeard(sess, mode) {
  sess.mode = mode;
  sess.mirror.clear();
  sess.pending.mode = mode;
  flush(sess);
}

function listen(name) {
  if (listening.has(name)) return;
  listening.add(name);
  window.addEventListener("storage", (event) => {
    const sess = sessions.get(name);
    if (!sess || !sess.synced || event.storageArea !== local()) return;
    if (event.key === null) { lookAgain(sess); return; }
    if (event.key === name + ":mode") { modeHeard(sess, event.newValue ?? "device"); return; }
    if (event.key === name + ":forgotten") {
      sess.mirror.clear();
      sess.pending = { changes: {}, forgot: true };
      flush(sess);
      return;
    }
    if (sess.mode === "device" && event.key.startsWith(name + "/")) {
      noteChange(sess, event.key.slice(name.length + 1), event.newValue);
    }
  });
  const again = () => {
    const sess = sessions.get(name);
    if (sess?.synced && document.visibilityState === "visible") lookAgain(sess);
  };
  document.addEventListener("visibilitychange", again);
  window.addEventListener("pageshow", again);
  window.addEventListener("focus", again);
}

function read(name, data, setTriggerValue) {
  const flag = local()?.getItem(name + ":mode") ?? null;
  const mode = flag ?? "device";
  const loaded = {
    records: scan(area(mode), name + "/"),
    mode: flag,
    aside: scan(local(), name + ":aside/"),
    legacy: data.legacy ? local()?.getItem(data.legacy) ?? null : null,
    available: probe(name),
  };
  const sess = { name, nonce: data.nonce, rev: 0, mode, synced: false, seq: 0, flushing: false,
                 mirror: new Map(Object.entries(loaded.records)), pending: { changes: {} },
                 trigger: setTriggerValue, okReported: true, persistAsked: false };
  sessions.set(name, sess);
  listen(name);
  let tries = 0;
  let stop = () => {};
  const report = () => {
    setTriggerValue("loaded", loaded);
    // Python answers by switching to "sync"; if that never comes, ask again a few times.
    if (tries++ < 3) {
      const timer = setTimeout(() => { stop = whenSettled(report); }, 8000);
      stop = () => clearTimeout(timer);
    }
  };
  stop = whenSettled(report);
  sess.cancel = () => stop();
}

function switchMode(sess, mode, name) {
  const old = area(sess.mode);
  for (const key of Object.keys(scan(old, name + "/"))) old.removeItem(name + "/" + key);
  local()?.setItem(name + ":mode", mode);
  sess.mode = mode;
  sess.mirror.clear();
}

function wipe(sess, name) {
  local()?.setItem(name + ":forgotten", String(Date.now()));
  for (const store of [local(), area("tab")]) {
    for (const prefix of [name + "/", name + ":aside/"]) {
      for (const key of Object.keys(scan(store, prefix))) store.removeItem(prefix + key);
    }
  }
  if (sess.legacy) local()?.removeItem(sess.legacy);
  sess.mirror.clear();
}

function put(sess, store, key, text, force) {
  const full = sess.name + "/" + key;
  const stored = store.getItem(full);
  if (!force && stored !== null && stamp(stored) > stamp(text)) {
    noteChange(sess, key, stored); // the other tab's newer one stays, and comes here
    return;
  }
  store.setItem(full, text);
  sess.mirror.set(key, text);
}

function drop(sess, store, key, when) {
  const full = sess.name + "/" + key;
  const stored = store.getItem(full);
  if (stored !== null && stamp(stored) > when) { noteChange(sess, key, stored); return; }
  store.removeItem(full);
  sess.mirror.delete(key);
}

function write(sess, data) {
  const name = sess.name;
  if (data.storeMode !== sess.mode) {
    // Another tab chose where the work is kept after this tab's run began: its choice stands,
    // this write is dropped, and Python hears the mode (then writes there, if anywhere).
    if (!data.modeChange) { modeHeard(sess, sess.mode); return; }
    switchMode(sess, data.storeMode, name);
  }
  if (data.wipe) wipe(sess, name);
  const store = area(sess.mode);
  for (const [key, text] of Object.entries(data.aside ?? {})) {
    const kept = name + ":aside/" + key;
    if (local()?.getItem(kept) === null) local().setItem(kept, text);
  }
  for (const key of data.unaside ?? []) local()?.removeItem(name + ":aside/" + key);
  if (data.dropLegacy && data.legacy) local()?.removeItem(data.legacy);
  if (!store) return;
  for (const [key, text] of Object.entries(data.put ?? {})) put(sess, store, key, text, data.force);
  for (const [key, when] of Object.entries(data.drop ?? {})) drop(sess, store, key, when);
}

export default function ({ data, parentElement, setTriggerValue }) {
  if (!data || typeof data.name !== "string") return;
  const name = data.name;
  const marker = parentElement?.querySelector(".st-browser-store");
  // "read" or "sync" (= Python has the stored copy): lets browser tests wait for it.
  marker?.setAttribute("data-mode", data.mode);
  if (data.mode === "read") {
    sessions.get(name)?.cancel?.();
    read(name, data, setTriggerValue);
    return;
  }
  const sess = sessions.get(name);
  if (!sess || sess.nonce !== data.nonce) return; // a page that never read: nothing to write
  sess.cancel?.();
  sess.synced = true;
  sess.legacy = data.legacy;
  if (data.main) sess.trigger = setTriggerValue;
  if (data.persist && !sess.persistAsked && navigator.storage?.persist) {
    sess.persistAsked = true;
    navigator.storage.persist().then((granted) => {
      document.documentElement.setAttribute("data-storage-persisted", String(granted));
    }).catch(() => {});
  }
  if (data.rev <= sess.rev) return; // drawn again: already done
  sess.rev = data.rev;
  let ok = true;
  try {
    write(sess, data);
  } catch (e) {
    ok = false; // private mode or quota exceeded: the app keeps working without a copy
  }
  marker?.setAttribute("data-rev", String(data.rev));
  marker?.setAttribute("data-store-mode", sess.mode);
  // Tell Python only when writing starts failing or works again.
  if (sess.okReported !== ok) {
    sess.okReported = ok;
    // Through the main mount: a full run, so the sidebar's status is drawn again too.
    whenSettled(() => (sess.trigger ?? setTriggerValue)("written", ok));
  }
}
"""

_component = st.components.v2.component(
    "browser_store", html=_HTML, css=_CSS, js=_JS, isolate_styles=False
)

OnLoad = Callable[[dict[str, Any]], tuple[dict[str, str], bool]]
OnChange = Callable[[dict[str, str | None], bool, dict[str, str]], None]


@dataclass
class StoreBook:
    """What this session knows about one store (kept in st.session_state as a dict). The texts
    the browser holds are kept beside it (`known`), not in it: they can be many."""

    forget_seen: int
    nonce: str = field(default_factory=lambda: secrets.token_hex(8))
    hydrated: bool = False
    status: StoreStatus = "waiting"
    mode: str = "device"
    rev: int = 0
    aside: dict[str, str] = field(default_factory=dict)  # to be kept under backup keys
    drop_legacy: bool = False
    force: bool = False  # the next writes replace whatever is stored (a restore that replaces)
    # The last writes, sent again with the next few mounts: [put keys, {dropped key: when},
    # mounts left]. A run that starts before the browser got a run's message takes it out of
    # Streamlit's queue unsent (a tick, and at once another tab's news): one-shot writes
    # were lost. The browser does one rev once, so a message that did arrive is not redone.
    recent: list[list[Any]] = field(default_factory=list)


RESEND_MOUNTS = 4  # a full run mounts twice (its page part's and the main one)


def _keys(name: str) -> tuple[str, str, str]:
    return f"{_PREFIX}{name}", f"{_PREFIX}{name}:inbox", f"{_PREFIX}{name}:known"


def _book(name: str, forget: int = 0) -> StoreBook:
    try:
        return StoreBook(**st.session_state[_keys(name)[0]])
    except (KeyError, TypeError):
        return StoreBook(forget_seen=forget)


def known(name: str) -> dict[str, str]:
    """The records the browser holds, as far as this session knows (key -> text)."""
    return st.session_state.setdefault(_keys(name)[2], {})


def plan_run(book: StoreBook, known_texts: dict[str, str], *, records: dict[str, str] | None,
             mode: str, forget: int, now_ms: int) -> dict[str, Any]:
    """The bookkeeping of one run, without Streamlit: update `book` and `known_texts` and
    return the data for the browser (writes are sent only once hydrated)."""
    data: dict[str, Any] = {"mode": "sync", "nonce": book.nonce, "storeMode": book.mode}
    if mode != book.mode:
        book.mode = data["storeMode"] = mode
        data["modeChange"] = True  # this tab's own choice (else a stale tab's old mode)
        known_texts.clear()
        book.recent = []
        book.rev += 1
    if forget > book.forget_seen:
        book.forget_seen = forget
        data["wipe"] = True
        known_texts.clear()
        book.recent = []
        book.rev += 1
    if book.aside or book.drop_legacy:
        data.update(aside=book.aside, dropLegacy=book.drop_legacy)
        book.aside, book.drop_legacy = {}, False
        book.rev += 1
    if records is not None and mode != "off" and book.status != "unavailable":
        puts = {k: t for k, t in records.items() if known_texts.get(k) is not t
                and known_texts.get(k) != t}
        drops = {k: now_ms for k in known_texts if k not in records}
        if puts or drops:
            data["force"] = book.force
            known_texts.update(puts)
            for key in drops:
                del known_texts[key]
            book.recent.append([list(puts), drops, RESEND_MOUNTS])
            book.force = False
            book.rev += 1
        _with_recent_writes(book, known_texts, data)
    data["rev"] = book.rev
    return data


def _with_recent_writes(book: StoreBook, known_texts: dict[str, str], data: dict) -> None:
    """Put the recent writes that still hold in `data` (see StoreBook.recent)."""
    puts = {k: known_texts[k] for keys, _, _ in book.recent for k in keys if k in known_texts}
    drops = {k: when for _, dropped, _ in book.recent for k, when in dropped.items()
             if k not in known_texts}
    data.update({"put": puts} if puts else {}, **({"drop": drops} if drops else {}))
    book.recent = [[keys, dropped, left - 1] for keys, dropped, left in book.recent if left > 1]


def _receive(name: str, widget_key: str) -> None:
    """Callback: keep the browser's reports until the next `take_reports`."""
    reports = st.session_state.get(widget_key) or {}
    inbox = st.session_state.setdefault(_keys(name)[1], {})
    if reports.get("loaded") is not None:
        inbox["loaded"] = reports["loaded"]
    if reports.get("written") is not None:
        inbox["written"] = reports["written"]
    changed = reports.get("changed")
    if isinstance(changed, dict):
        inbox.setdefault("changed", []).append(changed)


def take_reports(name: str, *, on_load: OnLoad, on_change: OnChange,
                 on_mode: Callable[[str], None]) -> None:
    """At the top of a run: hand what the browser reported since the last run to the app.

    on_load(loaded) once per session, with {"records", "mode", "aside", "legacy",
    "available"}; it puts the work in place and returns (the records to keep under backup
    keys, as it could not read them; whether the old one-piece copy may now be removed).
    on_change(changes, forgot, known) for other tabs' writes (key -> text, None: removed).
    on_mode(mode) when the mode flag says another mode.
    """
    book_key, inbox_key, _ = _keys(name)
    inbox = st.session_state.pop(inbox_key, None)
    if not inbox:
        return
    book = _book(name)
    if isinstance(inbox.get("written"), bool) and book.status in ("ok", "write_failed"):
        book.status = "ok" if inbox["written"] else "write_failed"
    loaded = inbox.get("loaded")
    if not book.hydrated and isinstance(loaded, dict):
        _hydrate(book, name, loaded, on_load, on_mode)
    elif book.hydrated:
        for report in inbox.get("changed", []):
            _changed(book, name, report, on_change, on_mode)
    st.session_state[book_key] = asdict(book)


def _texts(value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        return {}
    return {k: v for k, v in value.items() if isinstance(k, str) and isinstance(v, str)}


def _hydrate(book: StoreBook, name: str, loaded: dict, on_load: OnLoad,
             on_mode: Callable[[str], None]) -> None:
    book.hydrated = True
    book.status = "ok" if loaded.get("available") else "unavailable"
    flag = loaded.get("mode")
    book.mode = flag if flag in MODES else "device"
    on_mode(book.mode)
    texts = _texts(loaded.get("records"))
    loaded = {**loaded, "records": texts, "aside": _texts(loaded.get("aside"))}
    st.session_state[_keys(name)[2]] = dict(texts)
    aside, book.drop_legacy = on_load(loaded)
    stamp = int(time.time() * 1000)
    book.aside = {f"{key}@{stamp}": text for key, text in aside.items()}


def _changed(book: StoreBook, name: str, report: dict, on_change: OnChange,
             on_mode: Callable[[str], None]) -> None:
    texts = known(name)
    mode = report.get("mode")
    if mode is not None:
        book.mode = mode if mode in MODES else "device"
        texts.clear()
        on_mode(book.mode)
    changes = report.get("changes") if isinstance(report.get("changes"), dict) else {}
    changes = {k: v for k, v in changes.items()
               if isinstance(k, str) and (v is None or isinstance(v, str))}
    forgot = report.get("forgot") is True
    if forgot:
        texts.clear()
    on_change(changes, forgot, texts)
    for key, text in changes.items():
        if text is None:
            texts.pop(key, None)
        else:
            texts[key] = text


def set_aside(name: str, texts: dict[str, str]) -> None:
    """Keep these texts under backup keys (`<name>:aside/<key>`) at the next write."""
    book = _book(name)
    stamp = int(time.time() * 1000)
    book.aside = {**book.aside, **{f"{key}@{stamp}": text for key, text in texts.items()}}
    st.session_state[_keys(name)[0]] = asdict(book)


def remove_aside(name: str, keys: list[str]) -> None:
    """Remove set-aside copies (once the student has them, or says so)."""
    st.session_state.setdefault(f"{_PREFIX}{name}:unaside", []).extend(keys)


def replace_next(name: str) -> None:
    """The next writes replace what is stored, newer or not (a restore that replaces)."""
    book = _book(name)
    book.force = True
    st.session_state[_keys(name)[0]] = asdict(book)


def browser_store(name: str, *, records: dict[str, str] | None, mode: str, forget: int = 0,
                  legacy: str | None = None, persist: bool = False) -> None:
    """Mount the invisible store at the end of a run (see module doc).

    records: the work now, key -> text (None: write nothing, e.g. during a demo); mode:
    "device", "tab" or "off"; forget: a counter, each increase removes everything once;
    legacy: the key of an old one-piece copy to read (and remove once the app says so);
    persist: ask the browser to keep the storage even when space runs low.
    """
    _mount(name, f"{_PREFIX}{name}:widget", main=True, records=records, mode=mode,
           forget=forget, legacy=legacy, persist=persist)


def browser_store_in_fragment(name: str, *, records: dict[str, str] | None, mode: str,
                              forget: int = 0, legacy: str | None = None) -> None:
    """A second mount, for the end of an st.fragment (its rerun does not reach the main
    store). Only once the browser has answered: until then nothing may be written."""
    if _book(name).hydrated:
        _mount(name, f"{_PREFIX}{name}:fragment", main=False, records=records, mode=mode,
               forget=forget, legacy=legacy, persist=False)


def _mount(name: str, widget_key: str, *, main: bool, records: dict[str, str] | None,
           mode: str, forget: int, legacy: str | None, persist: bool) -> None:
    book_key = _keys(name)[0]
    book = _book(name, forget)
    if not book.hydrated:
        data: dict[str, Any] = {"mode": "read", "nonce": book.nonce, "legacy": legacy}
        st.session_state[book_key] = asdict(book)
    else:
        # Work on copies: mounting is where Streamlit may stop this run for a newer one, and
        # only if it gets past that is the run recorded (a stopped run is simply redone).
        texts = dict(known(name))
        data = plan_run(book, texts, records=records, mode=mode, forget=forget,
                        now_ms=int(time.time() * 1000))
        data.update(legacy=legacy, main=main, persist=persist)
        unaside = st.session_state.get(f"{_PREFIX}{name}:unaside")
        if unaside:
            book.rev += 1
            data.update(unaside=list(unaside), rev=book.rev)
    _component(
        key=widget_key,
        data={"name": name, **data},
        on_loaded_change=lambda: _receive(name, widget_key),
        on_written_change=lambda: _receive(name, widget_key),
        on_changed_change=lambda: _receive(name, widget_key),
    )
    if book.hydrated:
        st.session_state[book_key] = asdict(book)
        st.session_state[_keys(name)[2]] = texts
        if data.get("unaside"):
            st.session_state.pop(f"{_PREFIX}{name}:unaside", None)


def store_status(name: str) -> StoreStatus:
    """The copy's state: "waiting" (no answer from the browser yet), then "ok",
    "unavailable" (no localStorage here) or "write_failed" (e.g. storage full)."""
    known_book = st.session_state.get(_keys(name)[0])
    return known_book.get("status", "waiting") if isinstance(known_book, dict) else "waiting"


def store_mode(name: str) -> str:
    known_book = st.session_state.get(_keys(name)[0])
    return known_book.get("mode", "device") if isinstance(known_book, dict) else "device"
