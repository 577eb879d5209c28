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
from ui.saved_work import rerun_only
from ui.writing_help import copy_out, form

TAB = "request"
# A typed field redraws the message and the status under the form, not the form.
MESSAGE, STATUS = "request_message", "request_status"
form.PARTS_OF_TAB[TAB] = (MESSAGE, STATUS)
ss = st.session_state
# RequestDetails' text fields: where each is stored (section, field) and its label's name.
TEXT_FIELDS = {"your_name": (form.PROFILE, "student_name"), "program": (TAB, "program"),
               "contact": (form.PROFILE, "contact_name"),
               "organization": (form.PROFILE, "organization"), "referrer": (TAB, "referrer"),
               "hope_to_learn": (TAB, "hope_to_learn"), "your_contact": (TAB, "your_contact")}


def _minutes_default(texts: RequestTexts) -> int:
    return ss.slot_minutes if ss.slot_minutes in texts.minutes_choices else \
        texts.minutes_choices[0]


def _details(texts: RequestTexts) -> RequestDetails:
    """The request's details as stored (what the form's fields hold)."""
    return RequestDetails(
        **{detail: form.text(*where) for detail, where in TEXT_FIELDS.items()},
        found_via=form.choice(TAB, "found_via", FOUND_VIA, "Other"),
        minutes=form.choice(TAB, "minutes", texts.minutes_choices, _minutes_default(texts)),
        format=form.choice(TAB, "format", FORMATS, "Phone"))


def _form(texts: RequestTexts) -> None:
    labels = texts.form

    def box(detail: str, **options) -> None:
        spec = labels[detail]
        form.text_input(TAB, *TEXT_FIELDS[detail], spec.label, spec.help, **options)

    with form.fields_row():
        box("your_name")
        box("program")
    with form.fields_row():
        box("contact")
        box("organization")
    form.choice_input(TAB, TAB, "found_via", labels["found_via"].label, FOUND_VIA, "Other",
                      help=labels["found_via"].help)
    box("referrer")
    box("hope_to_learn", area=True, height=90)
    form.choice_input(TAB, TAB, "minutes", labels["minutes"].label, texts.minutes_choices,
                      _minutes_default(texts), radio=True, help=labels["minutes"].help,
                      format_func=lambda m: texts.screen.minutes_option.format(minutes=m))
    form.choice_input(TAB, TAB, "format", labels["format"].label, FORMATS, "Phone", radio=True)
    box("your_contact")


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
    rerun_only(form.TOOLS)  # a new person: the person chooser above lists them too


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
    texts = course.writing()
    form_col, message_col = st.columns([2, 3], gap="large")
    with form_col:
        st.header(texts.request.screen.heading, anchor=False)
        _form(texts.request)
        _status()
    with message_col:
        _message()


@st.fragment(key=STATUS)
def _status() -> None:
    texts = course.writing()
    details = _details(texts.request)
    if missing := missing_details(details):
        names = ", ".join(texts.request.form[name].label for name in missing)
        st.caption(texts.request.screen.still_missing.format(names=names))
    _log_button(details, texts.request.screen)


@st.fragment(key=MESSAGE)
def _message() -> None:
    texts, job_words = course.writing(), course.job_words()
    words, details = texts.request.screen, _details(texts.request)
    # Only the open tab runs: the phone script is worked out when the student opens it.
    email_tab, phone_tab = st.tabs([words.email_tab, words.phone_tab],
                                   key="_writing_request_view", on_change="rerun")
    if email_tab.open:
        with email_tab:
            _email(details, texts, job_words)
    if phone_tab.open:
        with phone_tab:
            _phone(details, texts, job_words)
