"""Writing help — the thank-you note after the interview, and whether it is on time (Step 6)."""

from __future__ import annotations

from datetime import date, datetime

import pandas as pd
import streamlit as st

from interview_coach.writing.checks import thank_you_checks
from interview_coach.writing.templates import ThankYouTexts
from interview_coach.writing.thank_you import ThankYouDetails, thank_you_text, within_24_hours
from ui import course
from ui.writing_help import form

TAB = "thank_you"
ss = st.session_state


def _mark_sent(row: int) -> None:
    form.set_log_cell(row, "thank_you_sent", True)
    form.flash(TAB, "Marked in your interview log: thank-you note sent.")


def _interview(texts: ThankYouTexts) -> tuple[str, str, date | None, int | None]:
    """(contact, organization, date, log row or None) of the interview to thank them for."""
    labels = texts.form
    row = form.from_log_or_typed(TAB, TAB, ["Completed"], "completed")
    if row is not None:
        entry = ss.log.loc[row]
        day = None if pd.isna(entry["date"]) else entry["date"].date()
        return entry["contact"], entry["organization"], day, row
    with form.fields_row():
        contact = form.text_input(TAB, form.PROFILE, "contact_name", labels["contact"].label,
                                  labels["contact"].help)
        organization = form.text_input(TAB, form.PROFILE, "organization",
                                       labels["organization"].label, labels["organization"].help)
    day = form.date_input(TAB, TAB, "interview_date", labels["interview_date"].label)
    return contact, organization, day, None


def _form(texts: ThankYouTexts) -> tuple[ThankYouDetails, int | None]:
    labels = texts.form

    def box(name: str, field: str, label_of: str | None = None, **options) -> str:
        spec = labels[label_of or field]
        return form.text_input(TAB, name, field, spec.label, spec.help, **options)

    contact, organization, day, row = _interview(texts)
    learned = box(TAB, "learned", area=True, height=90)
    advice = box(TAB, "advice", area=True, height=70)
    referral = box(TAB, "referral")
    your_name = box(form.PROFILE, "student_name", "your_name")
    details = ThankYouDetails(contact=contact, organization=organization, interview_date=day,
                              learned=learned, advice=advice, referral=referral,
                              your_name=your_name)
    return details, row


def _timing(details: ThankYouDetails, row: int | None, texts) -> None:
    if row is not None and ss.log.loc[row, "thank_you_sent"]:
        st.success("Your log says you have sent this thank-you note.", icon=":material/done_all:")
        return
    if details.interview_date is None:
        st.info("Send your thank-you note within 24 hours after the interview.",
                icon=":material/schedule:")
        return
    status = within_24_hours(details.interview_date, datetime.now(), texts.follow_up)
    alert = st.warning if status.state == "late" else st.info
    alert(status.message, icon=":material/schedule:")


def _sent_button(row: int | None) -> None:
    if row is None:
        st.caption("Pick the interview from your log to mark the note as sent there.")
    elif ss.log.loc[row, "thank_you_sent"]:
        st.caption(":material/done_all: Marked as sent in your interview log.")
    else:
        st.button("Mark thank-you as sent in my log", key="_writing_mark_sent",
                  on_click=_mark_sent, args=(row,), icon=":material/mark_email_read:",
                  type="primary")


def show() -> None:
    texts, job_words = course.writing(), course.job_words()
    form_col, note_col = st.columns([2, 3], gap="large")
    with form_col:
        st.header("The interview", anchor=False)
        details, row = _form(texts.thank_you)
    with note_col:
        _timing(details, row, texts)
        subject, template = thank_you_text(details, texts.thank_you)
        body = form.editable_message(TAB, TAB, "note", template,
                                     "Your note (edit it as you like; the checks read your text)")
        form.show_checks(thank_you_checks(body, texts.checks, job_words, subject=subject,
                                          blanks=texts.thank_you.placeholders.values()))
        form.copy_blocks("_writing_copy_thanks", [("Subject", subject), ("Note", body)])
        with st.container(horizontal=True, vertical_alignment="center"):
            st.download_button("Download the note (.txt)",
                               data=f"Subject: {subject}\n\n{body}\n",
                               file_name="information-interview-thank-you.txt",
                               mime="text/plain", on_click="ignore",
                               icon=":material/download:", key="_writing_dl_thanks")
            _sent_button(row)
        form.show_flash(TAB)
