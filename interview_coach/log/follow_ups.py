"""What the student should do next about each contact, worked out from the interview log.

Rules (dates are the log's `date` column; business days skip Saturday and Sunday):
- thank_you: a Completed interview without a thank-you note; due the day after the interview.
- upcoming: a Scheduled interview in the UPCOMING_DAYS days starting today (today + 0..6).
- check_in: a Requested row CHECK_IN_AFTER business days old or more; one polite follow-up.
- move_on: a Requested row MOVE_ON_AFTER business days old or more; replaces check_in.
A request is skipped once the same contact has a Scheduled, Completed or Declined row dated
on or after it. Rows without a date or a contact are skipped.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pandas as pd
from pydantic import field_validator

from interview_coach.course.loading import CONTENT_DIR, ContentModel, load_yaml
from interview_coach.log.stats import usable_rows

THANK_YOU, UPCOMING, CHECK_IN, MOVE_ON = "thank_you", "upcoming", "check_in", "move_on"
KINDS = [THANK_YOU, UPCOMING, CHECK_IN, MOVE_ON]  # most urgent first
CHECK_IN_AFTER = 3
MOVE_ON_AFTER = 7
UPCOMING_DAYS = 7
PLACEHOLDERS = {"contact", "who", "organization", "date", "due", "days", "when"}


def _check_placeholders(text: str) -> str:
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError as err:
        raise ValueError(f"has a stray brace ({err})") from None
    unknown = sorted(names - PLACEHOLDERS)
    if unknown:
        raise ValueError(f"uses unknown placeholder {{{unknown[0]}}}")
    return text


class Titles(ContentModel):
    thank_you: str
    upcoming: str
    check_in: str
    move_on: str


class Messages(ContentModel):
    thank_you: str
    thank_you_late: str
    upcoming: str
    check_in: str
    move_on: str

    _placeholders = field_validator("*")(_check_placeholders)


class Words(ContentModel):
    who: str
    today: str
    tomorrow: str
    on_day: str

    _placeholders = field_validator("*")(_check_placeholders)


class FollowUpWording(ContentModel):
    titles: Titles
    messages: Messages
    words: Words


def load_follow_up_wording(path: Path | str = CONTENT_DIR / "follow_ups.yaml") -> FollowUpWording:
    return load_yaml(path, FollowUpWording)


@dataclass(frozen=True)
class FollowUp:
    """One thing to do; `urgency` is the kind's place in KINDS (0 = most urgent)."""

    kind: str
    contact: str
    organization: str
    due: date
    message: str
    title: str
    row_date: date
    urgency: int
    person_id: str = ""  # the person's record, when the log was made from people


def _day(d: date) -> str:
    return f"{d:%a} {d.day} {d:%b}"


def business_days_since(start: date, today: date) -> int:
    """Business days after `start`, up to and including `today`."""
    return int(np.busday_count(start + timedelta(days=1), today + timedelta(days=1)))


def _nth_business_day_after(start: date, n: int) -> date:
    return np.busday_offset(np.datetime64(start, "D"), n, roll="backward").astype(date)


def _answered_requests(rows: pd.DataFrame) -> pd.Series:
    """True for Requested rows the same contact's later (or same-day) row already answers."""
    answered = rows.loc[rows["status_key"].isin(["scheduled", "completed", "declined"])]
    latest_answer = answered.groupby("key")["date"].max()
    # reindex, not map: pandas 3 fails to map through an empty datetime Series.
    answered_on = latest_answer.reindex(rows["key"]).to_numpy()  # NaT: never answered
    return rows["date"].le(answered_on)


def follow_ups(
    log: pd.DataFrame, today: date, wording: FollowUpWording | None = None
) -> list[FollowUp]:
    """Every follow-up due, most urgent kind first, then by due date, then contact."""
    wording = wording or load_follow_up_wording()
    rows = usable_rows(log)
    rows = rows.loc[~(rows["status_key"].eq("requested") & _answered_requests(rows))]
    found = (_follow_up(row, today, wording) for row in rows.itertuples())
    return sorted(
        (f for f in found if f is not None), key=lambda f: (f.urgency, f.due, f.contact.lower())
    )


def _follow_up(row, today: date, wording: FollowUpWording) -> FollowUp | None:
    """The follow-up one log row needs today, if any."""
    on = row.date.date()
    contact, organization = row.contact.strip(), row.organization.strip()
    values = {"contact": contact, "organization": organization, "date": _day(on)}
    values["who"] = _fill(wording.words.who, values) if organization else contact
    messages, due = wording.messages, on
    if row.status_key == "completed" and not row.thank_you_sent:
        kind, due = THANK_YOU, on + timedelta(days=1)
        template = messages.thank_you_late if due < today else messages.thank_you
    elif row.status_key == "scheduled" and 0 <= (on - today).days < UPCOMING_DAYS:
        kind, template = UPCOMING, messages.upcoming
        gap, words = (on - today).days, wording.words
        when = words.today if gap == 0 else words.tomorrow if gap == 1 else words.on_day
        values["when"] = _fill(when, values)
    elif row.status_key == "requested":
        days = business_days_since(on, today)
        values["days"] = str(days)
        if days < CHECK_IN_AFTER:
            return None
        kind, template = (
            (MOVE_ON, messages.move_on) if days >= MOVE_ON_AFTER else (CHECK_IN, messages.check_in)
        )
        due = _nth_business_day_after(on, MOVE_ON_AFTER if kind == MOVE_ON else CHECK_IN_AFTER)
    else:
        return None
    values["due"] = _day(due)
    return FollowUp(
        kind=kind,
        contact=contact,
        organization=organization,
        due=due,
        message=_fill(template, values),
        title=getattr(wording.titles, kind),
        row_date=on,
        urgency=KINDS.index(kind),
        person_id=getattr(row, "person_id", ""),
    )


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return ""


def _fill(template: str, values: dict[str, str]) -> str:
    """Fill placeholders; one with no value for this kind (e.g. {days} on a thank-you) is blank."""
    return template.format_map(_Blank(values))
