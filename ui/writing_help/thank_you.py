"""Writing help — the thank-you note after the interview, and whether it is on time (Step 6)."""

from __future__ import annotations

from datetime import date, datetime

import pandas as pd
import streamlit as st

from interview_coach.conversation.companion import notes_to_thank_for
from interview_coach.markdown_text import md_escape
from interview_coach.writing.checks import thank_you_checks
from interview_coach.writing.templates import ThankYouScreen, ThankYouTexts
from interview_coach.writing.thank_you import ThankYouDetails, thank_you_text, within_24_hours
from ui import course, people
from ui.writing_help import copy_out, form

TAB = "thank_you"
ss = st.session_state


def _mark_sent(row: int) -> None:
    form.set_log_cell(row, "thank_you_sent", True)
    form.flash(TAB, course.writing().thank_you.screen.marked_flash)


def _interview(texts: ThankYouTexts) -> tuple[str, str, date | None, int | None]:
    """(contact, organization, date, log row or None) of the interview to thank them for."""
    labels = texts.form
    row = form.from_log_or_typed(TAB, TAB, ["Completed"], "completed")
    if row is not None:
        entry = form.log().loc[row]
        day = None if pd.isna(entry["date"]) else entry["date"].date()
        return entry["contact"], entry["organization"], day, row
    with form.fields_row():
        contact = form.text_input(TAB, form.PROFILE, "contact_name", labels["contact"].label,
                                  labels["contact"].help)
        organization = form.text_input(TAB, form.PROFILE, "organization",
                                       labels["organization"].label, labels["organization"].help)
    day = form.date_input(TAB, TAB, "interview_date", labels["interview_date"].label)
    return contact, organization, day, None


def _use_note(key: str) -> None:
    if ss.get(key):
        form.store(TAB, "learned", ss[key])
    ss[key] = None  # an action, not a choice: ready for the next pick


def _from_companion_notes() -> None:
    """Offer the chosen person's notes from the Interview companion as what was learned."""
    person = people.chosen()
    notes = notes_to_thank_for(person) if person else []
    if not notes:
        return
    offer = course.companion().thank_you_offer
    st.selectbox(offer.label.format(name=md_escape(person["name"])), notes, index=None,
                 key="_w_writing_thank_you_from_notes", placeholder=offer.placeholder,
                 help=offer.help, on_change=_use_note, args=("_w_writing_thank_you_from_notes",))


def _form(texts: ThankYouTexts) -> tuple[ThankYouDetails, int | None]:
    labels = texts.form

    def box(name: str, field: str, label_of: str | None = None, **options) -> str:
        spec = labels[label_of or field]
        return form.text_input(TAB, name, field, spec.label, spec.help, **options)

    contact, organization, day, row = _interview(texts)
    _from_companion_notes()
    learned = box(TAB, "learned", area=True, height=90)
    advice = box(TAB, "advice", area=True, height=70)
    referral = box(TAB, "referral")
    your_name = box(form.PROFILE, "student_name", "your_name")
    details = ThankYouDetails(contact=contact, organization=organization, interview_date=day,
                              learned=learned, advice=advice, referral=referral,
                              your_name=your_name)
    return details, row


def _timing(details: ThankYouDetails, row: int | None, texts) -> None:
    words = texts.thank_you.screen
    if row is not None and form.log().loc[row, "thank_you_sent"]:
        st.success(words.sent_in_log, icon=":material/done_all:")
        return
    if details.interview_date is None:
        st.info(words.send_within, icon=":material/schedule:")
        return
    status = within_24_hours(details.interview_date, datetime.now(), texts.follow_up)
    alert = st.warning if status.state == "late" else st.info
    alert(status.message, icon=":material/schedule:")


def _sent_button(row: int | None, words: ThankYouScreen) -> None:
    if row is None:
        st.caption(words.pick_to_mark)
    elif form.log().loc[row, "thank_you_sent"]:
        st.caption(words.marked)
    else:
        st.button(words.mark_sent, key="_writing_mark_sent",
                  on_click=_mark_sent, args=(row,), icon=":material/mark_email_read:",
                  type="primary")


def show() -> None:
    texts, job_words = course.writing(), course.job_words()
    words = texts.thank_you.screen
    form_col, note_col = st.columns([2, 3], gap="large")
    with form_col:
        st.header(words.heading, anchor=False)
        details, row = _form(texts.thank_you)
    with note_col:
        _timing(details, row, texts)
        subject, template = thank_you_text(details, texts.thank_you)
        body = form.editable_message(TAB, TAB, "note", template, words.note_label)
        form.show_checks(thank_you_checks(body, texts.checks, job_words, subject=subject,
                                          blanks=texts.thank_you.placeholders.values()))
        copy_out.send_row("_writing_thanks", subject, body, "information-interview-thank-you.txt",
                          words.note_what)
        _sent_button(row, words)
        form.show_flash(TAB)
