"""One person's record as a form: every field saved as it is typed, a large notes box, the
stage with its dates, the conversation, and the people they suggested (one click each)."""

from __future__ import annotations

from datetime import date, time
from typing import Any

import streamlit as st

from interview_coach.markdown_text import md_escape
from interview_coach.people import record
from ui import course, people
from ui.people.board import card

ss = st.session_state


def _key(person_id: str, field: str) -> str:
    return f"_w_person_{person_id}_{field}"


def _keep(person_id: str, field: str, kept) -> None:
    people.update(person_id, **{field: kept(ss[_key(person_id, field)])})


def _bound(person: dict[str, Any], field: str, shown: Any, kept=lambda v: v) -> dict:
    key = _key(person["id"], field)
    ss[key] = shown
    return {"key": key, "on_change": _keep, "args": (person["id"], field, kept)}


def _text(person: dict[str, Any], field: str, label: str, *, area: bool = False,
          help: str | None = None, height: int | None = None) -> None:
    limit = record.MAX_LONG_TEXT if area else record.MAX_TEXT
    if area:
        st.text_area(label, max_chars=limit, help=help, height=height,
                     **_bound(person, field, person[field]))
    else:
        st.text_input(label, max_chars=limit, help=help, **_bound(person, field, person[field]))


def _keep_research(person_id: str, part: str) -> None:
    person = people.get(person_id)
    if person is not None:
        research = {**person["research"], part: ss[_key(person_id, f"research_{part}")]}
        people.update(person_id, research=research)


def _keep_stage(person_id: str) -> None:
    people.set_stage(person_id, ss[_key(person_id, "stage")], date.today())


def _iso(value: date | None) -> str:
    return value.isoformat() if isinstance(value, date) else ""


def _clock(value: time | None) -> str:
    return value.strftime("%H:%M") if isinstance(value, time) else ""


def _as_date(text: str) -> date | None:
    try:
        day = date.fromisoformat(text) if text else None
    except ValueError:
        return None
    # The date editor lets a student type any year; keep it within the interview years.
    return day if day and 2000 <= day.year <= 2100 else None


def _as_time(text: str) -> time | None:
    try:
        return time.fromisoformat(text) if text else None
    except ValueError:
        return None


def details(person: dict[str, Any]) -> None:
    words = course.people_wording().form
    st.subheader(words.details, anchor=False)
    _text(person, "name", words.name)
    with st.container(horizontal=True):
        _text(person, "organization", words.organization)
        _text(person, "role", words.role)
        _text(person, "field", words.field)
    with st.container(horizontal=True):
        options = [""] + record.FOUND_VIA
        current = person["found_via"] if person["found_via"] in options else ""
        st.selectbox(words.found_via, options, **_bound(person, "found_via", current))
        choices = [""] + record.referrer_choices(people.people(), person["id"])
        names = {pid: people.get(pid)["name"] or words.incomplete for pid in choices if pid}
        referrer = person["referred_by"] if person["referred_by"] in choices else ""
        st.selectbox(words.referred_by, choices, format_func=lambda p: names.get(p, words.nobody),
                     **_bound(person, "referred_by", referrer))


def reach_and_rank(person: dict[str, Any]) -> None:
    words = course.people_wording().form
    st.subheader(words.contact, anchor=False)
    with st.container(horizontal=True):
        _text(person, "email", words.email)
        _text(person, "phone", words.phone)
        _text(person, "link", words.link)
    st.subheader(words.rank, anchor=False)
    levels = dict(enumerate(words.rank_levels))
    with st.container(horizontal=True):
        for field, label in (("knows_them", words.knows_them), ("interest", words.interest)):
            st.segmented_control(label, list(levels), format_func=levels.get, required=True,
                                 **_bound(person, field, person[field]))


def stage(person: dict[str, Any]) -> None:
    words = course.people_wording()
    st.subheader(words.form.stage, anchor=False)
    key = _key(person["id"], "stage")
    ss[key] = person["stage"]
    st.selectbox(words.form.stage_label, record.ALL_STAGES, key=key,
                 on_change=_keep_stage, args=(person["id"],),
                 help=words.stage_help[person["stage"]])
    dates = ", ".join(f"{s} {d}" for s, d in person["stage_dates"].items())
    if dates:
        st.caption(words.form.stage_dates.format(dates=dates))


def interview(person: dict[str, Any]) -> None:
    words = course.people_wording().form
    st.subheader(words.interview, anchor=False)
    with st.container(horizontal=True):
        st.date_input(words.date, format="YYYY-MM-DD", min_value=date(2000, 1, 1),
                      max_value=date(2100, 12, 31),
                      **_bound(person, "date", _as_date(person["date"]), _iso))
        st.time_input(words.time, step=300,
                      **_bound(person, "time", _as_time(person["time"]), _clock))
        formats = [""] + record.FORMATS
        st.selectbox(words.format, formats,
                     **_bound(person, "format", person["format"] if person["format"] in formats
                              else ""))
    with st.container(horizontal=True):
        _text(person, "place", words.place)
        st.number_input(words.minutes, min_value=5, max_value=90, step=5,
                        **_bound(person, "minutes", person["minutes"], int))


def research(person: dict[str, Any]) -> None:
    words = course.people_wording().form
    st.subheader(words.research, anchor=False)
    for part, label in (("industry", words.research_industry),
                        ("organization", words.research_organization),
                        ("contact", words.research_contact)):
        key = _key(person["id"], f"research_{part}")
        ss[key] = person["research"][part]
        st.text_area(label, key=key, max_chars=record.MAX_LONG_TEXT, height=90,
                     on_change=_keep_research, args=(person["id"], part))


def learned_and_notes(person: dict[str, Any]) -> None:
    words = course.people_wording().form
    _text(person, "learned", words.learned, area=True, help=words.learned_help, height=160)
    _text(person, "notes", words.notes, area=True, height=200)


def _add_suggested(person_id: str) -> None:
    key = _key(person_id, "new_suggested")
    name = ss.get(key, "").strip()
    if name:
        people.add(name, referred_by=person_id, found_via=record.REFERRED)
        ss[key] = ""


def suggested(person: dict[str, Any]) -> None:
    words = course.people_wording().form
    st.subheader(words.suggested, anchor=False)
    theirs = record.suggested_by(people.people(), person["id"])
    if not theirs:
        st.caption(words.suggested_none)
    for other in theirs:
        st.markdown(f"- {md_escape(other['name'] or words.incomplete)} · {other['stage']}")
    with st.form(f"suggested_{person['id']}", border=False):
        st.text_input(words.suggested_name, key=_key(person["id"], "new_suggested"),
                      max_chars=record.MAX_TEXT)
        st.form_submit_button(words.suggested_add, icon=":material/person_add:",
                              on_click=_add_suggested, args=(person["id"],))


def _close() -> None:
    ss.open_person = None


def _remove(person_id: str) -> None:
    people.remove(person_id)
    ss.open_person = None


def show(person: dict[str, Any]) -> None:
    """The whole form; the part the student came for (ss.open_person_part) comes first."""
    words = course.people_wording()
    st.button(words.buttons.back, on_click=_close, icon=":material/arrow_back:")
    card(person, opened=True)
    st.caption(words.form.saved)
    parts = {"details": details, "stage": stage, "interview": interview,
             "learned": learned_and_notes, "suggested": suggested, "research": research,
             "reach": reach_and_rank}
    first = ss.get("open_person_part") or "details"
    for name in [first, *(n for n in parts if n != first)]:
        if name in parts:
            parts[name](person)
    with st.popover(words.buttons.remove, icon=":material/delete:"):
        st.button(words.buttons.remove_confirm.format(name=person["name"] or "them"),
                  on_click=_remove, args=(person["id"],), type="primary")
