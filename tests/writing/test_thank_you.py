import re
from dataclasses import fields, replace
from datetime import UTC, date, datetime, timedelta

import pandas as pd
import pytest

from interview_coach.questions.job_words import load_job_words
from interview_coach.writing.checks import thank_you_checks
from interview_coach.writing.templates import THANK_YOU_FORM_FIELDS, load_writing
from interview_coach.writing.thank_you import ThankYouDetails, thank_you_text, within_24_hours

WRITING = load_writing()
TEXTS = WRITING.thank_you
FULL = ThankYouDetails(
    contact="Ms. Chen",
    organization="Maple Print",
    interview_date=date(2025, 3, 4),
    learned="How your team plans a print run.",
    advice="join the Graphic Designers of Canada",
    referral="Ana Ruiz",
    your_name="Sam Lee",
)


def assert_natural(text: str) -> None:
    assert "None" not in text
    assert "  " not in text
    assert not re.search(r" [.,;:?!]", text)
    assert ".." not in text


def test_form_wording_covers_every_field():
    assert set(THANK_YOU_FORM_FIELDS) == {f.name for f in fields(ThankYouDetails)}
    assert set(TEXTS.form) == set(THANK_YOU_FORM_FIELDS)


def test_full_note_names_what_was_learned_thanks_and_keeps_the_door_open():
    subject, body = thank_you_text(FULL, TEXTS)
    assert subject == "Thank you for your time"
    assert body.startswith("Dear Ms. Chen,\n\n")
    assert ("Thank you for taking the time to speak with me on Tuesday, March 4, about your work "
            "at Maple Print.") in body
    assert "I especially appreciated learning how your team plans a print run." in body
    assert "I will follow your advice to join the Graphic Designers of Canada." in body
    assert "suggesting I speak with Ana Ruiz" in body
    assert "I appreciate the time you spent with me" in body  # appreciation for the time spent
    assert "stay in touch" in body  # openness to future contact
    assert body.endswith("Sincerely,\nSam Lee")  # a courteous close
    assert_natural(body)
    assert all(c.ok for c in thank_you_checks(body, WRITING.checks, load_job_words(),
                                              subject=subject))


def test_blank_optional_fields_leave_whole_sentences():
    details = ThankYouDetails(contact="Ms. Chen", learned="that the field is growing",
                              your_name="Sam")
    _, body = thank_you_text(details, TEXTS)
    assert "Thank you for taking the time to speak with me. I especially" in body
    assert "advice" not in body and "suggesting" not in body
    assert_natural(body)


@pytest.mark.parametrize(
    ("organization", "day", "sentence"),
    [("Maple Print", None, "speak with me about your work at Maple Print."),
     ("", date(2025, 3, 4), "speak with me on Tuesday, March 4.")],
)
def test_date_or_organization_alone(organization, day, sentence):
    details = replace(FULL, organization=organization, interview_date=day)
    assert sentence in thank_you_text(details, TEXTS)[1]


def test_blank_prompted_fields_show_placeholders():
    _, body = thank_you_text(ThankYouDetails(), TEXTS)
    assert body.startswith("Dear [their name],")
    assert "I especially appreciated learning [something specific you learned]." in body
    assert body.endswith("Sincerely,\n[your name]")
    assert_natural(body)


def test_awkward_characters_come_out_exactly():
    details = replace(FULL, contact="${contact} Zoë", learned="why $5 {budgets} matter",
                      referral="Ñandú {0}", your_name="Sam $your_name")
    _, body = thank_you_text(details, TEXTS)
    assert "Dear ${contact} Zoë," in body
    assert "learning why $5 {budgets} matter." in body
    assert "speak with Ñandú {0};" in body
    assert body.endswith("Sam $your_name")


def test_pandas_timestamp_date_is_accepted():
    details = replace(FULL, interview_date=pd.Timestamp("2025-03-04"))
    assert "on Tuesday, March 4," in thank_you_text(details, TEXTS)[1]


INTERVIEW = date(2025, 3, 4)
DEADLINE = datetime(2025, 3, 6, 0, 0)


def status_at(now: datetime, day=INTERVIEW):
    return within_24_hours(day, now, WRITING.follow_up)


def test_before_the_interview_it_is_upcoming():
    status = status_at(datetime(2025, 3, 3, 18, 0))
    assert (status.state, status.days_late, status.deadline) == ("upcoming", 0, DEADLINE)
    assert "Tuesday, March 4, 2025" in status.message


@pytest.mark.parametrize("now", [datetime(2025, 3, 4, 9, 0), datetime(2025, 3, 5, 23, 59)])
def test_due_until_the_end_of_the_next_day(now):
    status = status_at(now)
    assert status.state == "due"
    assert status.message.startswith("Due by the end of Wednesday, March 5")


@pytest.mark.parametrize(
    ("now", "days", "text"),
    [(DEADLINE, 1, "Late by 1 day."), (datetime(2025, 3, 6, 23, 0), 1, "Late by 1 day."),
     (datetime(2025, 3, 9, 12, 0), 4, "Late by 4 days.")],
)
def test_late_by_whole_days(now, days, text):
    status = status_at(now)
    assert (status.state, status.days_late) == ("late", days)
    assert status.message.startswith(text)


def test_timestamp_date_and_aware_now():
    assert status_at(datetime(2025, 3, 5, 8, 0), pd.Timestamp("2025-03-04")).state == "due"
    aware = (DEADLINE + timedelta(hours=30)).astimezone(UTC)
    assert status_at(aware).state == "late"


@pytest.mark.parametrize("organization", ["Acme Ltd.", "Acme Ltd. ", "Yahoo!"])
def test_an_organization_ending_a_sentence_itself_gets_no_second_stop(organization):
    details = replace(FULL, organization=organization, interview_date=None)
    _, body = thank_you_text(details, TEXTS)
    name = organization.strip()
    assert f"speak with me about your work at {name} I especially appreciated" in body
    assert ".." not in body and "!." not in body


def test_the_last_dates_python_has_do_not_overflow():
    status = within_24_hours(date.max, datetime(2026, 11, 26, 9, 0), WRITING.follow_up)
    assert status.state == "upcoming"


def test_a_referral_is_one_person_not_them():
    _, body = thank_you_text(ThankYouDetails(contact="Ms. Chen", learned="x", your_name="Sam",
                                             referral="Ana Ruiz"), TEXTS)
    sentence = next(s for s in body.split(". ") if "Ana Ruiz" in s)
    assert "them" not in sentence.split() and "contact them" not in body
