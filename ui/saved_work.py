"""The student's work and its copy in their browser, record by record (ui/browser_store).

`receive()` at the top of every run hands the browser's reports to the session: once per
session the saved records (each one checked like an upload; what cannot be read is kept aside
in the browser, not overwritten), and afterwards the records other tabs wrote. `sync()` at the
end of the run sends the records this tab changed. During a demo the student's own work is
kept aside (ui/demo_switch) and nothing is written; what other tabs write then goes into the
work kept aside, so Reset demo brings back the newest.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, MutableMapping
from datetime import date
from typing import Any

import streamlit as st
from streamlit.errors import StreamlitAPIException

from interview_coach.course.checklist import clean_checklist_state
from interview_coach.people.log_file import read_people_file
from interview_coach.questions.bank import clean_own_questions, clean_picks
from interview_coach.saving import backup_file, records
from interview_coach.saving import stored_copy as saved_work
from interview_coach.saving.wording import SavingWording
from ui import course, state
from ui import people as people_store
from ui.browser_store import (
    browser_store,
    browser_store_in_fragment,
    known,
    replace_next,
    store_mode,
    take_reports,
)
from ui.browser_store import store_status as _store_status

STORE_NAME = "information-interview-coach"
LEGACY_KEY = STORE_NAME  # version 1 kept everything as one JSON text under this key
# gradebook_id: the name or number a student chooses to put in their export for the gradebook.
PROFILE_FIELDS = ("student_name", "contact_name", "organization", "gradebook_id")
MAX_WRITING_CHARS = 200_000  # one writing field; the editors allow no more
MAX_PROFILE_CHARS = 200
DEMO_SAVED = "_before_demo"
ASIDE = "_aside_copies"  # key -> text of what could not be read (kept in the browser too)
STAMPS = "_saved_stamps"  # record key -> [value text, stamp]: when each record last changed

def wording() -> SavingWording:
    return course.saving_wording()


def now_ms() -> int:
    return int(time.time() * 1000)


def own_work() -> MutableMapping[str, Any]:
    """Where the student's own work is now: the session, or kept aside during a demo."""
    saved = st.session_state.get(DEMO_SAVED)
    return saved if saved is not None else st.session_state


# --- the work as records --------------------------------------------------------------------


def current_records(work: MutableMapping[str, Any] | None = None) -> dict[str, str]:
    """The student's own work as stored texts (key -> text), each stamped when it changed."""
    work = own_work() if work is None else work
    stamps = st.session_state.setdefault(STAMPS, {})
    texts: dict[str, str] = {}
    plain = records.plain_values(work)
    now = now_ms()
    for key, value in plain.items():
        value_text = records.dumps(value)
        known_stamp = stamps.get(key)
        if known_stamp is None or known_stamp[0] != value_text:
            known_stamp = stamps[key] = [value_text, now]
        texts[key] = records.encode(known_stamp[1], value_text)
    for key in [k for k in stamps if k not in plain]:
        del stamps[key]
    texts.update(_people_texts(work.get("people") or {}))
    return texts


def _people_texts(people: dict[str, dict[str, Any]]) -> dict[str, str]:
    """The people's stored texts, made again only for the records that changed (ui/people
    puts a new dict for every changed person)."""
    cache = st.session_state.get("_saved_people_cache")
    if cache is not None and cache[0] is people:
        return cache[1]
    old_objects, old_texts = (cache[2], cache[1]) if cache else ({}, {})
    texts, objects = {}, {}
    for pid, person in people.items():
        key = records.PERSON + pid
        objects[pid] = person
        texts[key] = old_texts[key] if old_objects.get(pid) is person and key in old_texts \
            else records.person_text(person)
    st.session_state._saved_people_cache = (people, texts, objects)
    return texts


def backup_box(refresh: bool = False, texts: dict[str, str] | None = None) -> dict[str, Any]:
    """The work for the backup file, as this session's last run (or page part's run) left
    it: {"texts": records, "latest": the newest stamp but the backup's own}. One dict per
    session, refreshed in place, so a download made later reads the newest. `texts`: the
    current records, when the caller has just worked them out."""
    box = st.session_state.setdefault("_backup_box", {"texts": {}, "latest": 0})
    if refresh:
        box["texts"] = current_records() if texts is None else texts
        stamps = [s for key, (_, s) in st.session_state.get(STAMPS, {}).items()
                  if key != "backed_up"]
        people = own_work().get("people") or {}
        box["latest"] = max([*stamps, *(p.get("updated", 0) for p in people.values()), 0])
    return box


# --- records back into the work -------------------------------------------------------------


def apply_texts(work: MutableMapping[str, Any], texts: dict[str, str | None]) -> tuple[
        list[str], dict[str, str]]:
    """Put stored records into `work` (None: the record was removed, back to its default);
    return (notices, the texts that could not be read)."""
    notices: list[str] = []
    unreadable: dict[str, str] = {}
    damaged = limited = False
    decoded: dict[str, tuple[int, Any] | None] = {}
    for key, text in texts.items():
        if text is None:
            decoded[key] = None
            continue
        try:
            stamp, value, broken = records.decode(text)
        except records.Unreadable:
            unreadable[key] = text
            continue
        damaged = damaged or broken
        decoded[key] = (stamp, value)
    people_changes = {k: v for k, v in decoded.items() if k.startswith(records.PERSON)}
    unreadable.update(_apply_people(work, people_changes))
    for key in sorted((k for k in decoded if k not in people_changes), key=_order):
        outcome = _apply_plain(work, key, decoded[key], notices)
        if outcome == "unreadable":
            unreadable[key] = texts[key]
        limited = limited or outcome == "limited"
    if damaged:
        notices.append(saved_work.DAMAGED)
    if limited:
        notices.append(wording().set_aside.limited.format(limit=f"{MAX_WRITING_CHARS:,}"))
    return notices, unreadable


def _order(key: str) -> int:
    return 0 if key == "own_questions" else 1  # picks may name own questions


def _apply_people(work: MutableMapping[str, Any],
                  changes: dict[str, tuple[int, Any] | None]) -> dict[str, str]:
    if not changes:
        return {}
    people = dict(work.get("people") or {})
    bad: dict[str, str] = {}
    for key, change in changes.items():
        pid = key[len(records.PERSON):]
        if change is None:
            people.pop(pid, None)
            continue
        person = records.person_from(key, *change)
        if person is None:
            bad[key] = records.encode(change[0], records.dumps(change[1]))
        else:
            people[pid] = person
    if work is st.session_state:
        people_store.replace_all(people)
    else:
        work["people"] = people
    if work.get("chosen_person") is not None and work["chosen_person"] not in people:
        work["chosen_person"] = None
    return bad


def _apply_plain(work: MutableMapping[str, Any], key: str, change: tuple[int, Any] | None,
                 notices: list[str]) -> str:
    """Put one record in place: "ok", "limited" (a text was cut) or "unreadable"."""
    value = None if change is None else change[1]
    outcome = "ok"
    if key.startswith(records.CHECKLIST):
        outcome = _apply_checklist(work, key[len(records.CHECKLIST):], value, notices)
    elif key.startswith(records.WRITING):
        outcome = _apply_writing(work, key[len(records.WRITING):], value)
    elif key in _SINGLE_APPLIERS:
        outcome = _SINGLE_APPLIERS[key](work, value, notices)
    else:
        return "unreadable"
    if change is not None and outcome != "unreadable":
        stamps = st.session_state.setdefault(STAMPS, {})
        value_now = records.plain_values(work).get(key)
        if value_now is not None:
            stamps[key] = [records.dumps(value_now), change[0]]
    return outcome


def _apply_checklist(work, item_id: str, value: Any, notices: list[str]) -> str:
    checklist = dict(work.get("checklist") or {})
    checklist.pop(item_id, None)
    if value is not None:
        entry, entry_notices = clean_checklist_state({item_id: value}, course.checklist())
        notices += entry_notices
        if not entry and not entry_notices:
            return "unreadable"
        checklist.update(entry)
    work["checklist"] = checklist
    return "ok"


def _cut(value: Any, limit: int) -> tuple[Any, bool]:
    """`value` with every text cut to `limit` characters; whether any was cut."""
    if isinstance(value, str):
        return value[:limit], len(value) > limit
    if isinstance(value, dict):
        pairs = [(k, _cut(v, limit)) for k, v in value.items()]
        return {k: v for k, (v, _) in pairs}, any(cut for _, (_, cut) in pairs)
    if isinstance(value, list):
        pairs = [_cut(v, limit) for v in value]
        return [v for v, _ in pairs], any(cut for _, cut in pairs)
    return value, False


def _apply_writing(work, section: str, value: Any) -> str:
    writing = dict(work.get("writing") or {})
    writing.pop(section, None)
    cut = False
    if value is not None:
        # The writing tools read every stored field defensively (wrong types count as blank).
        try:
            writing[section], cut = _cut(value, MAX_WRITING_CHARS)
        except RecursionError:
            return "unreadable"
    work["writing"] = writing
    return "limited" if cut else "ok"


def _apply_own(work, value: Any, notices: list[str]) -> str:
    own, own_notices = clean_own_questions(value, course.question_bank())
    notices += own_notices
    work["own_questions"] = own
    return "ok"


def _apply_picks(work, value: Any, notices: list[str]) -> str:
    picks, pick_notices = clean_picks(value, course.question_bank(), work.get("own_questions"))
    notices += pick_notices
    work["picks"] = picks
    return "ok"


def _apply_slot(work, value: Any, notices: list[str]) -> str:  # noqa: ARG001
    value = value if isinstance(value, dict) else {}
    minutes = value.get("minutes", 30)
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not 5 <= minutes <= 90:
        minutes = 30
    work["slot_minutes"], work["slot_is_custom"] = minutes, value.get("custom") is True
    return "ok"


def _apply_profile(work, value: Any, notices: list[str]) -> str:  # noqa: ARG001
    value = value if isinstance(value, dict) else {}
    work["profile"] = {k: v[:MAX_PROFILE_CHARS] for k, v in value.items()
                       if k in PROFILE_FIELDS and isinstance(v, str)}
    return "ok"


def _apply_chosen(work, value: Any, notices: list[str]) -> str:  # noqa: ARG001
    work["chosen_person"] = value if isinstance(value, str) else None
    return "ok"


def _apply_backed_up(work, value: Any, notices: list[str]) -> str:  # noqa: ARG001
    ok = isinstance(value, int) and not isinstance(value, bool)
    work["backed_up"] = value if ok else 0
    return "ok"


_SINGLE_APPLIERS: dict[str, Callable[..., str]] = {
    "own_questions": _apply_own, "picks": _apply_picks, "slot": _apply_slot,
    "profile": _apply_profile, "chosen_person": _apply_chosen, "backed_up": _apply_backed_up,
}


# --- the browser's reports ------------------------------------------------------------------


def _people_of_log(text: str) -> dict[str, dict[str, Any]]:
    result = read_people_file(text.encode("utf-8"), date.today(), now_ms())
    return result.people or {}


def legacy_records(text: str) -> tuple[dict[str, str], list[str]]:
    """A version 1 copy as records, and its notices (UNREADABLE when it cannot be read)."""
    parts, notices = saved_work.load(text)
    if not parts:
        return {}, notices
    converted = backup_file.v1_records(parts, now_ms(), _people_of_log)
    log_text = parts.get("log_csv")
    if isinstance(log_text, str) and log_text and not any(
            k.startswith(records.PERSON) for k in converted):
        notices.append(wording().old_log_unreadable)
    return converted, notices


def _on_load(loaded: dict[str, Any]) -> tuple[dict[str, str], bool]:
    ss = st.session_state
    texts = loaded["records"]
    legacy = loaded.get("legacy") if isinstance(loaded.get("legacy"), str) else None
    legacy_notices: list[str] = []
    drop_legacy = False
    if legacy and not texts:
        texts, legacy_notices = legacy_records(legacy)
        # Read whole (a broken character repaired is no loss): its records replace it.
        drop_legacy = not [n for n in legacy_notices if n != saved_work.DAMAGED]
    notices, unreadable = apply_texts(ss, texts)
    ss[ASIDE] = {**loaded.get("aside", {}), **{f"{k}@new": t for k, t in unreadable.items()}}
    if legacy and not loaded["records"] and not drop_legacy:
        ss[ASIDE]["legacy-copy"] = legacy  # stays under its old key, never written again
    if unreadable or (legacy and not drop_legacy and legacy_notices):
        notices.append(wording().set_aside.notice.format(count=len(unreadable) or 1))
    ss._restore_notices = legacy_notices + notices
    return unreadable, drop_legacy


def _on_change(changes: dict[str, str | None], forgot: bool, known_texts: dict[str, str]) -> None:
    work = own_work()
    if forgot:
        if work is st.session_state:
            _reset_work()
        else:
            st.session_state[DEMO_SAVED] = {k: make() for k, make in state.WORK_DEFAULTS.items()}
            work = st.session_state[DEMO_SAVED]
        st.session_state[ASIDE] = {}
        st.session_state._restore_notices = [wording().forget.forgotten_elsewhere]
    mine = current_records(work)
    # A change of this tab's not written yet (made in this very moment) and newer stays.
    taken = {k: t for k, t in changes.items()
             if not (k in mine and mine[k] != known_texts.get(k)
                     and records.newer(mine[k], t or ""))}
    notices, _ = apply_texts(work, taken)
    if notices:
        st.session_state._restore_notices = notices


def _on_mode(mode: str) -> None:
    st.session_state.store_mode = mode
    st.session_state.remember = mode != "off"


def receive() -> None:
    """At the top of every run, before anything is drawn: take the browser's reports."""
    st.session_state.setdefault("store_mode", "device")
    take_reports(STORE_NAME, on_load=_on_load, on_change=_on_change, on_mode=_on_mode)


# --- writing --------------------------------------------------------------------------------


def _work_now() -> dict[str, str]:
    """The own work's records, worked out once a run: for the browser copy and the backup file."""
    texts = current_records()
    backup_box(refresh=True, texts=texts)
    return texts


def _store_args(texts: dict[str, str]) -> dict:
    """What the browser store is mounted with; `texts`: current_records() of the own work."""
    ss = st.session_state
    # During a demo the browser keeps the student's own copy, not the demo's.
    demo = ss.get(DEMO_SAVED) is not None
    return {"records": None if demo else texts, "mode": ss.store_mode,
            "forget": ss.get("forget_count", 0), "legacy": LEGACY_KEY}


def sync() -> None:
    """Mount the browser store after the page ran, so this run's edits are saved."""
    st.session_state.setdefault("store_mode", "device")
    browser_store(STORE_NAME, **_store_args(_work_now()),
                  persist=st.session_state.store_mode == "device")


def replace_all_work(texts: dict[str, str]) -> list[str]:
    """A restore that replaces: the session's work becomes `texts`, written as they are."""
    _reset_work()
    st.session_state[STAMPS] = {}
    notices, unreadable = apply_texts(st.session_state, texts)
    replace_next(STORE_NAME)
    return notices + ([wording().restore.unreadable.format(count=len(unreadable))]
                      if unreadable else [])


def stored_records() -> dict[str, str]:
    """What the browser holds, as far as this tab knows (for comparing a file with it)."""
    return known(STORE_NAME)


def _stop_waiting() -> None:
    st.session_state._skip_store_wait = True


def work_ready() -> bool:
    """Whether a page may show the student's work. Until this tab's browser has said what it
    keeps (a moment after the page loads) it draws a short note instead: no empty checklist
    or log that turns into theirs a moment later, and no edit the saved copy would undo."""
    ss = st.session_state
    if store_status() != "waiting" or ss.get("_skip_store_wait"):
        return True
    st.caption(wording().wait.note)
    # Only if the browser never answers (its script blocked): the page works without the copy.
    st.button(wording().wait.skip, on_click=_stop_waiting,
              icon=":material/skip_next:", key="_skip_store_wait_button")
    return False


SAVER = "work_saver"  # the fragment key of the mount that writes a page part's changes


@st.fragment(key=SAVER)
def _save_page_part() -> None:
    status = store_status()
    browser_store_in_fragment(STORE_NAME, **_store_args(_work_now()))
    if store_status() != status:
        st.rerun()  # e.g. "storage is full": the sidebar says so, and only a full run draws it


def saving_fragment(body: Callable[[], None] | None = None, *, key: str | None = None):
    """st.fragment for a part of a page that changes the student's work: a click in it reruns
    only that part, and the change is still written to the browser copy right away. `key`
    names it for `rerun_only` (a smaller part inside it asking for the whole part)."""
    if body is None:
        return functools.partial(saving_fragment, key=key)

    @functools.wraps(body)
    def body_then_save() -> None:
        body()
        _save_page_part()

    return st.fragment(body_then_save, key=key)


def rerun_only(*parts: str) -> None:
    """In a widget callback inside a saving fragment: rerun only these keyed parts of it
    (st.fragment(key=...)) and the saving mount, not the whole part — a tick redraws a
    progress bar, not the 18 items around it. The whole page if a part is not on it."""
    try:
        st.rerun([*parts, SAVER])
    except StreamlitAPIException:
        st.rerun()


def show_notices() -> None:
    """Tell the student, once, about anything of theirs that could not be restored."""
    for notice in st.session_state.pop("_restore_notices", []):
        st.warning(notice, icon=":material/info:")


def show_status(spot) -> None:
    spot.caption(status_caption())


def store_status() -> str:
    """"waiting" until this tab's browser has answered, then "ok", "unavailable"…"""
    return _store_status(STORE_NAME)


def status_caption() -> str:
    words = wording().status
    status = store_status()
    mode = st.session_state.get("store_mode", store_mode(STORE_NAME))
    if status == "ok" or mode == "off":
        return getattr(words, mode)
    return getattr(words, status)


def _reset_work() -> None:
    state.reset_work()
    st.session_state.pop("backed_up", None)
    people_store.replace_all({})  # also tells the People page its numbers are out of date


def forget() -> None:
    """on_click: clear the student's work here and, through the store, in every tab."""
    st.session_state.pop(DEMO_SAVED, None)
    _reset_work()
    st.session_state[ASIDE] = {}
    st.session_state.forget_count = st.session_state.get("forget_count", 0) + 1
