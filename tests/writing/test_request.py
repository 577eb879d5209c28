import re
from dataclasses import fields, replace

import pytest

from interview_coach.log.schema import FORMATS, FOUND_VIA
from interview_coach.questions.job_words import load_job_words
from interview_coach.writing.checks import request_checks, word_count
from interview_coach.writing.request import (
    RequestDetails,
    email_text,
    missing_details,
    phone_script,
    phone_script_sections,
)
from interview_coach.writing.templates import REQUEST_FORM_FIELDS, load_writing

WRITING = load_writing()
TEXTS = WRITING.request
TYPICAL = RequestDetails(
    your_name="Sam Lee",
    program="Graphic Design",
    found_via="Faculty or advisor",
    referrer="Professor Diaz",
    contact="Ms. Chen",
    organization="Maple Print",
    hope_to_learn="what a typical day looks like for a designer and what training the work needs",
    minutes=20,
    format="Phone",
)


def assert_natural(text: str) -> None:
    assert "None" not in text
    assert "  " not in text
    assert not re.search(r" [.,;:?!]", text)
    assert ".." not in text
    assert "$" not in text


def test_form_wording_covers_every_field():
    assert set(REQUEST_FORM_FIELDS) == {f.name for f in fields(RequestDetails)}
    assert set(TEXTS.form) == set(REQUEST_FORM_FIELDS)


def test_typical_email_is_short_and_says_what_the_guide_asks():
    subject, body = email_text(TYPICAL, TEXTS)
    assert subject == "Request for a 20-minute information interview"
    assert body.startswith("Dear Ms. Chen,\n\n")
    assert "student in the Graphic Design program" in body
    assert "Professor Diaz from my program suggested I contact you." in body
    assert "I would like to learn what a typical day looks like" in body
    assert "20 minutes to talk with me by phone" in body
    assert "not asking for a job" in body
    assert body.endswith("Sincerely,\nSam Lee")
    assert word_count(body) < 100
    assert_natural(body)


@pytest.mark.parametrize("minutes", [20, 30])
@pytest.mark.parametrize("format_", FORMATS)
def test_generated_email_and_script_pass_the_live_checks(minutes, format_):
    details = replace(TYPICAL, minutes=minutes, format=format_)
    subject, body = email_text(details, TEXTS)
    job_words = load_job_words()
    assert all(c.ok for c in request_checks(body, WRITING.checks, job_words, subject=subject))
    script_checks = request_checks(phone_script(details, TEXTS), WRITING.checks, job_words,
                                   count_words=False)
    assert len(script_checks) == 4 and all(c.ok for c in script_checks)


def test_longest_typical_email_stays_under_100_words():
    details = replace(
        TYPICAL, found_via="Human resources", referrer="Jordan Smith", minutes=30,
        format="In person", program="Business Administration - Human Resources Management",
        your_contact="sam.lee@example.com",
        hope_to_learn="what education and experience a marketing coordinator role needs",
    )
    assert word_count(email_text(details, TEXTS)[1]) < 100


def test_braces_dollars_and_accents_come_out_exactly():
    details = replace(
        TYPICAL, your_name="Zoë {name} $your_name", contact="${contact} {0}",
        organization="Café $$ {organization}", referrer="Ñandú ${referrer}", program="Art {x}",
        hope_to_learn="about $5 {budgets}",
    )
    subject, body = email_text(details, TEXTS)
    assert "Dear ${contact} {0}," in body
    assert "My name is Zoë {name} $your_name," in body
    assert "the Art {x} program" in body
    assert "Ñandú ${referrer} from my program" in body  # {x} and $x typed stay as typed
    assert "learn about $5 {budgets}." in body
    script = phone_script(details, TEXTS)
    assert "Café $$ {organization}" in script


def test_blank_optional_fields_give_natural_sentences():
    details = RequestDetails(your_name="Sam", contact="Ms. Chen", organization="Maple Print")
    subject, body = email_text(details, TEXTS)
    assert "My name is Sam, and I am a student." in body
    assert "suggested" not in body  # found_via "Other" without a referrer says nothing
    assert "education and experience needed for work like yours" in body  # the guide's words
    assert "and about Maple Print and the field." in body
    assert body.endswith("Sincerely,\nSam")
    assert_natural(body)
    assert_natural(phone_script(details, TEXTS))


def test_blank_required_fields_show_placeholders():
    _, body = email_text(RequestDetails(), TEXTS)
    assert body.startswith("Dear [their name],")
    assert "My name is [your name]" in body
    assert "[their organization]" in body
    assert missing_details(RequestDetails()) == ["your_name", "contact", "organization"]
    assert missing_details(TYPICAL) == []
    assert missing_details(replace(TYPICAL, contact="   ")) == ["contact"]


@pytest.mark.parametrize("way", FOUND_VIA)
def test_every_way_of_finding_someone_reads_well(way):
    with_referrer = email_text(replace(TYPICAL, found_via=way, referrer="Ana Ruiz"), TEXTS)[1]
    assert "Ana Ruiz" in with_referrer
    without = email_text(replace(TYPICAL, found_via=way, referrer=""), TEXTS)[1]
    assert "None" not in without and "  " not in without
    assert_natural(with_referrer)


def test_human_resources_sentence_names_the_organization():
    details = replace(TYPICAL, found_via="Human resources", referrer="")
    assert "The Human Resources office at Maple Print suggested I contact you." in (
        email_text(details, TEXTS)[1]
    )


def test_student_text_is_tidied_to_fit_the_sentence():
    details = replace(TYPICAL, program=" the  Graphic Design Program ",
                      hope_to_learn="  What training the work needs. ", contact=" Ms.  Chen ")
    _, body = email_text(details, TEXTS)
    assert "a student in the Graphic Design program." in body
    assert "I would like to learn what training the work needs." in body
    assert "Dear Ms. Chen," in body


def test_contact_details_go_under_the_name_when_given():
    _, body = email_text(replace(TYPICAL, your_contact="705-555-0101"), TEXTS)
    assert body.endswith("Sincerely,\nSam Lee\n705-555-0101")


@pytest.mark.parametrize(
    ("change", "message"),
    [({"found_via": "Newspaper"}, "found_via"), ({"format": "Email"}, "format"),
     ({"minutes": 60}, "minutes")],
)
def test_unknown_choices_are_refused(change, message):
    with pytest.raises(ValueError, match=message):
        email_text(replace(TYPICAL, **change), TEXTS)


def test_phone_script_has_each_part_in_order():
    details = replace(TYPICAL, minutes=30, format="In person", your_contact="705-555-0101")
    sections = phone_script_sections(details, TEXTS)
    assert [h for h, _ in sections] == [s.heading for s in TEXTS.phone]
    text = dict(sections)
    assert text["Introduce yourself"].startswith("Hello, may I speak with Ms. Chen?")
    assert "30 minutes to talk with me in person" in text["Ask for a short meeting"]
    assert "You can reach me at 705-555-0101." in text["If you reach voicemail"]
    script = phone_script(details, TEXTS)
    assert script.startswith("[Introduce yourself]\nHello")
    assert "\n\n[If they say yes]\n" in script
    assert_natural(script)


def test_voicemail_without_contact_details_promises_to_call_again():
    text = dict(phone_script_sections(TYPICAL, TEXTS))["If you reach voicemail"]
    assert "I will try you again in a few days." in text


def test_an_organization_ending_in_a_full_stop_gives_no_double_stop():
    details = replace(TYPICAL, organization="Acme Ltd.", hope_to_learn="",
                      your_contact="sam@example.org.")
    _, email = email_text(details, TEXTS)
    script = phone_script(details, TEXTS)
    assert "about Acme Ltd. and the field." in email
    assert "learn about your work at Acme Ltd. I am not asking for a job." in script
    assert "You can reach me at sam@example.org. Thank you." in script
    assert_natural(email)
    assert_natural(script)


# ---- words a first-time student found wrong (issue 20) ----


@pytest.mark.parametrize("way", FOUND_VIA)
def test_a_referrer_described_by_the_student_is_not_described_again(way):
    details = replace(TYPICAL, found_via=way, referrer="Karen Doyle, my program advisor")
    _, body = email_text(details, TEXTS)
    script = phone_script(details, TEXTS)
    for text in (body, script):
        assert "Karen Doyle, my program advisor, suggested I contact you." in text
        assert "from my program suggested" not in text


@pytest.mark.parametrize("contact, spoken", [
    ("Priya Sharma, RN", "Priya Sharma"), ("Dr. Sam Lee, PhD, P.Eng.", "Dr. Sam Lee"),
    ("Ana Ruiz, BScN", "Ana Ruiz"), ("Ms. Chen", "Ms. Chen"), ("Lee, Jr.", "Lee, Jr.")])
def test_the_phone_script_reads_no_credential_aloud(contact, spoken):
    script = phone_script(replace(TYPICAL, contact=contact), TEXTS)
    assert f"may I speak with {spoken}?" in script
    assert f"Hello {spoken}, this is Sam Lee" in script
    _, body = email_text(replace(TYPICAL, contact=contact), TEXTS)
    assert body.startswith(f"Dear {contact},")  # written, a credential is a courtesy
