"""Where a student is in their own journey, for the Start page's first box."""

from __future__ import annotations

import streamlit as st

from interview_coach.course.checklist import progress
from interview_coach.course.guide import BeginBox, Link
from interview_coach.plain_text import plural
from ui import course

ss = st.session_state


def next_with_a_person() -> tuple[str, str, str | None] | None:
    """HOOK for the People work: the most urgent next step with one person, as (the words,
    the page key, a Writing help tab or None), e.g. ("Next: send the thank-you to Priya
    Sharma", "writing_help", "Thank-you note"). None while there is no such step; then the
    Start page goes by the student's picks and checklist."""
    return None


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
