"""Writing help — the printable prep sheet (research notes, why you asked, your goals, questions,
day-of checklist) and, afterwards, reflections saved into the chosen person's notes."""

from __future__ import annotations

import streamlit as st

from interview_coach.course.checklist import is_done
from interview_coach.writing.prep_sheet import (
    PrepDetails,
    prep_sheet_html,
    prep_sheet_markdown,
    reflection_to_note,
)
from interview_coach.writing.templates import PrepSheetTexts
from ui import course, links
from ui.writing_help import form

TAB = "prep"
NOTES, REFLECTION = "prep_sheet", "reflection"
ss = st.session_state


def _note(field: str, label: str, **options) -> str:
    return form.text_input(TAB, NOTES, field, label, area=True, height=100, **options)


def _heading(heading: str, hint: str) -> None:
    st.markdown(f"**{heading}**  \n:small[{hint}]")


def _notes_form(texts: PrepSheetTexts) -> dict[str, str]:
    research, goals = texts.research, texts.goals
    research_col, goals_col = st.columns(2, gap="large")
    with research_col:
        _heading(research.heading, research.hint)
        notes = {"industry": _note("industry", research.industry),
                 "organization_notes": _note("organization_notes", research.organization),
                 "contact_notes": _note("contact_notes", research.contact)}
        _heading(texts.why.heading, texts.why.hint)
        notes["why"] = _note("why", texts.why.heading, label_visibility="collapsed")
    with goals_col:
        _heading(goals.heading, goals.hint)
        for field in ("career_goals", "experience", "accomplishments", "skills"):
            notes[field] = _note(field, getattr(goals, field))
    return notes


def _details(texts: PrepSheetTexts, interview: form.PlannedInterview) -> PrepDetails:
    notes = _notes_form(texts)
    return PrepDetails(
        contact=interview.contact, organization=interview.organization, start=interview.start,
        minutes=ss.slot_minutes, format=interview.format,
        location_or_phone=interview.place, questions=form.picked_questions(),
        checklist=[(item.label, is_done(ss.checklist, item.id)) for item in form.day_of_items()],
        your_name=form.text(form.PROFILE, "student_name"), **notes)


def _downloads(details: PrepDetails, texts: PrepSheetTexts) -> None:
    words, count = texts.screen, len(details.questions)
    picked = words.picked.format(count=count, questions="question" if count == 1 else
                                 "questions") if count else words.none_picked
    st.caption(words.lists.format(questions=picked))
    with form.fields_row():
        st.download_button(
            words.download_html,
            data=lambda: prep_sheet_html(details, texts).encode("utf-8"),
            file_name="information-interview-prep-sheet.html", mime="text/html",
            on_click="ignore", icon=":material/print:", type="primary",
            key="_writing_dl_prep_html")
        st.download_button(
            words.download_markdown, data=lambda: prep_sheet_markdown(details, texts),
            file_name="information-interview-prep-sheet.md", mime="text/markdown",
            on_click="ignore", icon=":material/download:", key="_writing_dl_prep_md")


def _save_reflection(row: int, note: str) -> None:
    notes = form.log().loc[row, "notes"].strip()
    form.set_log_cell(row, "notes", f"{notes} | {note}" if notes else note)
    form.flash(TAB, course.writing().prep_sheet.reflection.saved_flash)


def _reflection(texts: PrepSheetTexts) -> None:
    reflection = texts.reflection
    st.caption(reflection.hint)
    answers = {}
    with form.fields_row(gap="medium"):
        for prompt in reflection.prompts:
            answers[prompt.id] = form.text_input(TAB, REFLECTION, prompt.id, prompt.prompt,
                                                 area=True, height=110)
    form.show_flash(TAB)
    completed = form.log_rows(["Completed"])  # the likeliest choice first
    rows = completed + [row for row in form.log_rows() if row not in completed]
    if not rows:
        st.info(reflection.choose_person, icon=":material/info:")
        links.link("people", reflection.people_link)
        return
    note = reflection_to_note(answers, texts)
    with form.fields_row(vertical_alignment="bottom"):
        row = form.pick_row(TAB, REFLECTION, rows, reflection.whose_notes, status=True)
        saved = bool(note) and note in form.log().loc[row, "notes"]
        st.button(reflection.save, key="_writing_save_reflection", on_click=_save_reflection,
                  args=(row, note), disabled=not note or saved,
                  icon=":material/note_add:")
    if saved:
        st.caption(reflection.saved)


def show() -> None:
    texts = course.writing().prep_sheet
    st.caption(texts.screen.intro)
    # Closed, the expanders' fields are not drawn; what the student typed stays in ss.writing.
    with st.expander(texts.screen.interview,
                     icon=":material/event:", key="_writing_prep_interview",
                     on_change="rerun") as box:
        interview = form.planned_interview(TAB) if box.open else form.stored_interview()
    details = _details(texts, interview)
    _downloads(details, texts)
    with st.expander(texts.reflection.heading, icon=":material/rate_review:",
                     key="_writing_prep_reflection", on_change="rerun") as box:
        if box.open:
            _reflection(texts)
