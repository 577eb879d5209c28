"""The thank-you note after an information interview (guide, Step 6) and whether it is on time.

Texts come from content/writing.yaml (`load_writing().thank_you` and `.follow_up`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

from interview_coach.writing.templates import (
    FollowUpTexts,
    ThankYouTexts,
    as_clause,
    fill,
    long_date,
    one_line,
    render_paragraphs,
    render_sentence,
)


@dataclass(frozen=True)
class ThankYouDetails:
    contact: str = ""
    organization: str = ""
    interview_date: date | None = None
    learned: str = ""  # finishes "I especially appreciated learning …" (prompted, not optional)
    advice: str = ""  # finishes "I will follow your advice to …", optional
    referral: str = ""  # someone they suggested you talk to (Step 7), optional
    your_name: str = ""


def thank_you_text(details: ThankYouDetails, texts: ThankYouTexts) -> tuple[str, str]:
    """(subject, body) of the note. Blank contact, learned or name show as "[…]" placeholders."""
    required = {n: one_line(getattr(details, n)) for n in texts.placeholders}
    required["learned"] = as_clause(details.learned)
    values = {
        **{n: text or texts.placeholders[n] for n, text in required.items()},
        "organization": one_line(details.organization),
        "date": long_date(details.interview_date, year=False) if details.interview_date else "",
        "advice": as_clause(details.advice),
        "referral": one_line(details.referral),
    }
    return render_sentence(texts.subject, values), render_paragraphs(texts.body, values)


@dataclass(frozen=True)
class FollowUpStatus:
    state: Literal["upcoming", "due", "late"]
    deadline: datetime  # the moment the 24 hours end: midnight after the day after the interview
    days_late: int  # 0 unless state is "late"
    message: str


def within_24_hours(interview_date: date, now: datetime, texts: FollowUpTexts) -> FollowUpStatus:
    """Whether a thank-you note sent `now` is within the 24 hours after the interview.

    The log holds the date only, so the 24 hours start at the end of the interview day: the note
    is due by the end of the next day. `now` is local time (an aware `now` is turned into local);
    `interview_date` may also be a datetime or pandas Timestamp (its time is ignored).
    """
    if now.tzinfo is not None:
        now = now.astimezone().replace(tzinfo=None)
    if isinstance(interview_date, datetime):  # e.g. a pandas Timestamp from the log
        interview_date = interview_date.date()
    interview_date = min(interview_date, date.max - timedelta(days=2))  # two days on must exist
    last_day = interview_date + timedelta(days=1)
    deadline = datetime.combine(last_day + timedelta(days=1), datetime.min.time())
    values = {"date": long_date(interview_date), "deadline": long_date(last_day, year=False)}
    if now.date() < interview_date:
        return FollowUpStatus("upcoming", deadline, 0, fill(texts.upcoming, values))
    if now < deadline:
        return FollowUpStatus("due", deadline, 0, fill(texts.due, values))
    days = (now.date() - last_day).days
    message = fill(texts.late_one if days == 1 else texts.late_many, {**values, "days": days})
    return FollowUpStatus("late", deadline, days, message)
