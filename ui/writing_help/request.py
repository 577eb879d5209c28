"""Writing help — the request: an email and a phone script filled from a short form (Step 1)."""

from __future__ import annotations

from datetime import date

import streamlit as st

from interview_coach.log.schema import FORMATS, FOUND_VIA
from interview_coach.writing.checks import request_checks
from interview_coach.writing.request import (
    RequestDetails,
    email_text,
    missing_details,
    phone_script,
)
from interview_coach.writing.templates import RequestTexts, one_line
from ui import course
from ui.writing_help import form

TAB = "request"
ss = st.session_state


def _form(texts: RequestTexts) -> RequestDetails:
    labels = texts.form

    def box(name: str, field: str, label_of: str | None = None, **options) -> str:
        spec = labels[label_of or field]
        return form.text_input(TAB, name, field, spec.label, spec.help, **options)

    minutes_default = ss.slot_minutes if ss.slot_minutes in texts.minutes_choices else \
        texts.minutes_choices[0]
    with form.fields_row():
        your_name = box(form.PROFILE, "student_name", "your_name")
        program = box(TAB, "program")
    with form.fields_row():
        contact = box(form.PROFILE, "contact_name", "contact")
        organization = box(form.PROFILE, "organization")
    found_via = form.choice_input(TAB, TAB, "found_via", labels["found_via"].label, FOUND_VIA,
                                  "Other", help=labels["found_via"].help)
    referrer = box(TAB, "referrer")
    hope_to_learn = box(TAB, "hope_to_learn", area=True, height=90)
    minutes = form.choice_input(TAB, TAB, "minutes", labels["minutes"].label,
                                texts.minutes_choices, minutes_default, radio=True,
                                help=labels["minutes"].help,
                                format_func=lambda m: f"{m} minutes")
    format = form.choice_input(TAB, TAB, "format", labels["format"].label, FORMATS, "Phone",
                               radio=True)
    your_contact = box(TAB, "your_contact")
    return RequestDetails(your_name=your_name, program=program, found_via=found_via,
                          referrer=referrer, contact=contact, organization=organization,
                          hope_to_learn=hope_to_learn, minutes=minutes, format=format,
                          your_contact=your_contact)


def _already_logged(details: RequestDetails) -> bool:
    wanted = (one_line(details.contact).casefold(), one_line(details.organization).casefold())
    return any((form.cell(contact).casefold(), form.cell(organization).casefold()) == wanted
               for contact, organization in zip(ss.log["contact"], ss.log["organization"],
                                                strict=True))


def _add_to_log(details: RequestDetails) -> None:
    form.add_log_row({
        "date": date.today(), "contact": one_line(details.contact),
        "organization": one_line(details.organization), "found_via": details.found_via,
        "format": details.format, "status": "Requested",
        "referred_by": one_line(details.referrer),
    })
    form.flash(TAB, f"Added to your interview log as Requested, dated {date.today():%Y-%m-%d}.")


def _log_button(details: RequestDetails) -> None:
    form.show_flash(TAB)
    if not one_line(details.contact):
        st.caption("Fill in the contact's name to add this request to your interview log.")
        return
    if _already_logged(details):
        st.caption(":material/check: This contact is already in your interview log.")
        return
    st.button("Add to my log as Requested", key="_writing_add_request", on_click=_add_to_log,
              args=(details,), icon=":material/playlist_add:",
              help="Once you have sent the email or made the call: a new log row dated today.")


def _email(details: RequestDetails, texts, job_words) -> None:
    subject, template = email_text(details, texts.request)
    body = form.editable_message(TAB, TAB, "email", template,
                                 "Your email (edit it as you like; the checks read your text)",
                                 height=380)
    form.show_checks(request_checks(body, texts.checks, job_words, subject=subject,
                                    blanks=texts.request.placeholders.values()))
    form.copy_blocks("_writing_copy_email", [("Subject", subject), ("Email", body)])
    st.download_button("Download the email (.txt)", data=f"Subject: {subject}\n\n{body}\n",
                       file_name="information-interview-request.txt", mime="text/plain",
                       on_click="ignore", icon=":material/download:", key="_writing_dl_email")


def _phone(details: RequestDetails, texts, job_words) -> None:
    script = phone_script(details, texts.request)
    st.caption("Have this in front of you when you call. Each part starts with its name in "
               "[square brackets]; lines in (round brackets) are what to do.")
    with st.container(border=True):
        st.text(script)  # the student's words stay plain text
    form.show_checks(request_checks(script, texts.checks, job_words, count_words=False,
                                    blanks=texts.request.placeholders.values()))
    st.download_button("Download the phone script (.txt)", data=script + "\n",
                       file_name="information-interview-phone-script.txt", mime="text/plain",
                       on_click="ignore", icon=":material/download:", key="_writing_dl_phone")


def show() -> None:
    texts, job_words = course.writing(), course.job_words()
    form_col, message_col = st.columns([2, 3], gap="large")
    with form_col:
        st.header("Your details", anchor=False)
        details = _form(texts.request)
        if missing := missing_details(details):
            names = ", ".join(texts.request.form[name].label for name in missing)
            st.caption(f"Still to fill in: {names}. Until then the text shows [brackets].")
        _log_button(details)
    with message_col:
        # Only the open tab runs: the phone script is worked out when the student opens it.
        email_tab, phone_tab = st.tabs(["Email", "Phone script"], key="_writing_request_view",
                                       on_change="rerun")
        if email_tab.open:
            with email_tab:
                _email(details, texts, job_words)
        if phone_tab.open:
            with phone_tab:
                _phone(details, texts, job_words)
