"""Writing help — the request: an email and a phone script filled from a short form (Step 1)."""

from __future__ import annotations

from datetime import date

import streamlit as st

from interview_coach.log.schema import FORMATS, FOUND_VIA
from interview_coach.plain_text import one_line
from interview_coach.writing.checks import request_checks
from interview_coach.writing.request import (
    RequestDetails,
    email_text,
    missing_details,
    phone_script,
)
from interview_coach.writing.six_point import six_point_checks
from interview_coach.writing.templates import RequestScreen, RequestTexts
from ui import course
from ui.writing_help import copy_out, form

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
                                format_func=lambda m: texts.screen.minutes_option.format(
                                    minutes=m))
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
               for contact, organization in zip(form.log()["contact"], form.log()["organization"],
                                                strict=True))


def _add_to_log(details: RequestDetails, words: RequestScreen) -> None:
    form.add_log_row({
        "date": date.today(), "contact": one_line(details.contact),
        "organization": one_line(details.organization), "found_via": details.found_via,
        "format": details.format, "status": "Requested",
        "referred_by": one_line(details.referrer),
    })
    form.flash(TAB, words.log_added.format(date=f"{date.today():%Y-%m-%d}"))


def _log_button(details: RequestDetails, words: RequestScreen) -> None:
    form.show_flash(TAB)
    if not one_line(details.contact):
        st.caption(words.log_needs_contact)
        return
    if _already_logged(details):
        st.caption(words.log_already)
        return
    st.button(words.log_add, key="_writing_add_request", on_click=_add_to_log,
              args=(details, words), icon=":material/playlist_add:", help=words.log_add_help)


def _email(details: RequestDetails, texts, job_words) -> None:
    words = texts.request.screen
    subject, template = email_text(details, texts.request)
    body = form.editable_message(TAB, TAB, "email", template, words.email_label, height=380)
    form.show_checks(request_checks(body, texts.checks, job_words, subject=subject,
                                    blanks=texts.request.placeholders.values()))
    copy_out.send_row("_writing_email", subject, body, "information-interview-request.txt",
                      words.email_what)
    _six_point(body, details, job_words)


def _six_point(body: str, details: RequestDetails, job_words) -> None:
    """Dalton's 6-Point Email (content/six_point.yaml): an optional second standard."""
    spec = course.six_point()
    if not st.toggle(spec.toggle, key="_w_writing_six_point"):
        return
    checks = six_point_checks(body, spec, job_words,
                              course.writing().checks.not_a_job.not_a_job_phrases,
                              [details.organization, details.hope_to_learn])
    st.markdown(form.checks_markdown(checks, spec.heading))
    st.caption(spec.source + "  \n" + "  \n".join(
        f"**{point.label}:** {point.how}" for point in (
            spec.short, spec.advice, spec.connection_first, spec.question, spec.interest,
            spec.about_them)))


def _phone(details: RequestDetails, texts, job_words) -> None:
    words = texts.request.screen
    st.caption(words.phone_hint)
    # Editable like the email: the student says it in their own words (Step 1 is a call).
    script = form.editable_message(TAB, TAB, "phone", phone_script(details, texts.request),
                                   words.phone_label, height=420)
    form.show_checks(request_checks(script, texts.checks, job_words, count_words=False,
                                    blanks=texts.request.placeholders.values()))
    with st.container(horizontal=True, gap="small", vertical_alignment="center"):
        copy_out.copy_button(script, words.phone_copy, "_writing_phone_copy")
        st.download_button(words.phone_download, data=script + "\n",
                           file_name="information-interview-phone-script.txt",
                           mime="text/plain", on_click="ignore", icon=":material/download:",
                           key="_writing_dl_phone")


def show() -> None:
    texts, job_words = course.writing(), course.job_words()
    words = texts.request.screen
    form_col, message_col = st.columns([2, 3], gap="large")
    with form_col:
        st.header(words.heading, anchor=False)
        details = _form(texts.request)
        if missing := missing_details(details):
            names = ", ".join(texts.request.form[name].label for name in missing)
            st.caption(words.still_missing.format(names=names))
        _log_button(details, words)
    with message_col:
        # Only the open tab runs: the phone script is worked out when the student opens it.
        email_tab, phone_tab = st.tabs([words.email_tab, words.phone_tab],
                                       key="_writing_request_view", on_change="rerun")
        if email_tab.open:
            with email_tab:
                _email(details, texts, job_words)
        if phone_tab.open:
            with phone_tab:
                _phone(details, texts, job_words)
