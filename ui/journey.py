"""Where a student is in their own journey, for the Start page's first box."""

from __future__ import annotations

import streamlit as st

from interview_coach.course.checklist import progress
from interview_coach.course.guide import BeginBox, Link
from interview_coach.people.card_pages import urgency
from interview_coach.plain_text import plural
from ui import course

ss = st.session_state


# The Start page's next step with a person: their stage -> where it is taken (page, tab).
PERSON_STEP = {"Held": ("writing_help", "Thank-you note"), "Scheduled": ("writing_help",
               "Prep sheet"), "To ask": ("writing_help", "The request"),
               "Requested": ("people", None), "Thanked": ("people", None)}


def next_with_a_person() -> tuple[str, str, str | None] | None:
    """The most urgent next step with one person (the People page's first card), as (the
    words, the page key, a Writing help tab or None); that person is chosen, so the tool opens
    on them. None while there is nobody to act on: the Start page then goes by the picks and
    checklist."""
    from ui import people

    waiting = [p for p in people.people().values() if p["stage"] in PERSON_STEP]
    if not waiting:
        return None
    first = min(waiting, key=urgency)
    if first["stage"] == "Thanked" and any(p["referred_by"] == first["id"]
                                           for p in people.people().values()):
        return None  # their suggestions are in: the next person is someone to ask
    people.choose(first["id"])
    page, tool = PERSON_STEP[first["stage"]]
    name = people.shown_name(first, course.people_wording().form.incomplete)
    return course.people_wording().start_next[first["stage"]].format(name=name), page, tool


def where_you_are(words: BeginBox) -> str:
    """One sentence on what the student has done so far (or that they have not started)."""
    picks = len(ss.get("picks") or [])
    ticked, total = progress(ss.get("checklist") or {}, course.checklist())
    people = len(ss.get("people") or {})
    if not (picks or ticked or people):
        return words.not_started
    return words.progress.format(questions=plural(picks, "question"), ticked=ticked,
                                 total=total, people=plural(people, "person", "people"))


def next_step(words: BeginBox) -> tuple[str, str, str | None]:
    """(words, page key, Writing help tab or None) of the one link to follow next."""
    if person_step := next_with_a_person():
        return person_step
    ticked, total = progress(ss.get("checklist") or {}, course.checklist())
    if not ss.get("picks"):
        chosen: Link = words.next.questions if ticked else words.next.begin
    elif ticked < total:
        chosen = words.next.checklist
    else:
        chosen = words.next.writing
    return chosen.label, chosen.page, chosen.tool
