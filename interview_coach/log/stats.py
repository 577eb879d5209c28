"""Numbers the app shows about a student's interview log, as small pre-aggregated frames.

A row counts once it has both a date and a contact; rows the student is still typing (NaT date
or blank contact) are left out everywhere, so every number here agrees with every chart.
Contacts are the same person when their names match ignoring case, spacing and a leading title.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate

import pandas as pd

from interview_coach.log.schema import CHOICES

NOT_RECORDED = "Not recorded"
# Breakdowns keep this many labels and add up the rest, so a chart stays small and readable.
BREAKDOWN_LIMIT = 12
# Beyond this many weeks (a mistyped year) only weeks with interviews are listed.
MAX_FILLED_WEEKS = 520
FUNNEL_STAGES = ["Requested", "Scheduled", "Completed", "Thank-you sent", "Referral named"]
HONORIFICS = frozenset({"dr", "mr", "mrs", "ms", "mx", "miss", "prof", "professor"})
_STATUS_RANK = {"requested": 1, "declined": 1, "scheduled": 2, "completed": 3}


@dataclass(frozen=True)
class Headline:
    """The headline numbers; see `headline` for what each one counts."""

    people_contacted: int
    interviews_held: int
    thank_yous_sent: int
    thank_yous_missing: int
    referrals_named: int

    @property
    def thank_you_share(self) -> float | None:
        """Thank-you notes sent per interview held (0..1), None before the first interview."""
        return self.thank_yous_sent / self.interviews_held if self.interviews_held else None


def contact_key(name: object) -> str:
    """How two spellings of one person's name compare: lower case, single spaces, no leading
    title ("Dr. Priya Natarajan" and "priya  natarajan" are the same person)."""
    words = name.lower().split() if isinstance(name, str) else []
    while len(words) > 1 and words[0].rstrip(".") in HONORIFICS:
        words = words[1:]
    return " ".join(words)


def keys_of(values: pd.Series) -> pd.Series:
    """`contact_key` of every value, worked out once per distinct value (logs repeat a lot)."""
    return values.map({v: contact_key(v) for v in pd.unique(values)})


def _plain_key(value: object) -> str:
    """Lower case, single spaces: how choice values and labels compare."""
    return " ".join(str(value).lower().split())


def _plain_keys(values: pd.Series) -> pd.Series:
    return values.map({v: _plain_key(v) for v in pd.unique(values)})


def has_usable_rows(log: pd.DataFrame) -> bool:
    """Whether any row counts (a date and a contact): whether any number or chart has
    something to show. The same as a positive first stage of `funnel`, without building it."""
    return any(contact_key(contact) for day, contact in
               zip(log["date"].notna().tolist(), log["contact"].tolist(), strict=True) if day)


def usable_rows(log: pd.DataFrame) -> pd.DataFrame:
    """The rows that count (a date and a contact), plus columns `key` (contact_key),
    `status_key` (lower-case status) and `referrer_key` (contact_key of referred_by, blank when
    it names the row's own contact)."""
    keys = keys_of(log["contact"])
    rows = log.loc[log["date"].notna() & keys.ne("")].copy()
    rows["key"] = keys.loc[rows.index]
    rows["status_key"] = _plain_keys(rows["status"])
    referrers = keys_of(rows["referred_by"])
    rows["referrer_key"] = referrers.where(referrers.ne(rows["key"]), "")
    return rows


def _completed(rows: pd.DataFrame) -> pd.Series:
    return rows["status_key"].eq("completed")


def headline(log: pd.DataFrame, today: date) -> Headline:
    """Headline numbers.

    - people_contacted: distinct contacts in the log.
    - interviews_held: rows with status Completed.
    - thank_yous_sent / thank_yous_missing: Completed rows with / without a thank-you note. The log
      only records yes or no, so "on time" is counted as "sent", out of interviews held.
    - referrals_named: the sum of the `referrals` column (names the contacts gave).
    """
    rows = usable_rows(log)
    completed = rows.loc[_completed(rows)]
    sent = int(completed["thank_you_sent"].sum())
    return Headline(
        people_contacted=int(rows["key"].nunique()),
        interviews_held=len(completed),
        thank_yous_sent=sent,
        thank_yous_missing=len(completed) - sent,
        referrals_named=int(rows["referrals"].fillna(0).sum()),
    )


def weekly_interviews(log: pd.DataFrame) -> pd.DataFrame:
    """Completed interviews per week (weeks start on Monday), with a running total.

    Columns: week (datetime64, the Monday), interviews (int), cumulative (int). Weeks without
    interviews between the first and the last are listed with 0. No interviews → no rows.
    """
    # In plain Python over three columns: a pandas step each took most of a People page's
    # Charts click for a few dozen rows, and 10,000 rows still take milliseconds.
    counts: dict[date, int] = {}
    for day, contact, status in zip(log["date"].tolist(), log["contact"].tolist(),
                                    log["status"].tolist(), strict=True):
        if pd.isna(day) or _plain_key(status) != "completed" or not contact_key(contact):
            continue
        monday = day.date() - timedelta(days=day.weekday())
        counts[monday] = counts.get(monday, 0) + 1
    weeks = sorted(counts)
    if weeks and (weeks[-1] - weeks[0]).days // 7 + 1 <= MAX_FILLED_WEEKS:
        weeks = [weeks[0] + timedelta(days=7 * n)
                 for n in range((weeks[-1] - weeks[0]).days // 7 + 1)]
    interviews = [counts.get(week, 0) for week in weeks]
    return pd.DataFrame({
        "week": pd.Series(pd.to_datetime(weeks), dtype="datetime64[ns]"),
        "interviews": pd.Series(interviews, dtype=int),
        "cumulative": pd.Series(list(accumulate(interviews)), dtype=int),
    })


def funnel(log: pd.DataFrame) -> pd.DataFrame:
    """How many contacts reached each stage, as columns stage, count, order (1-5).

    A contact's stage is the furthest status over their rows: Completed also passed Requested and
    Scheduled; Declined or an unknown status counts only as Requested. "Thank-you sent" and
    "Referral named" are each counted among Completed contacts: a thank-you note on a Completed
    row, and a referral either counted in `referrals` or shown by someone naming them in
    `referred_by`. These two are independent, so the last stage can be larger than the fourth.
    """
    rows = usable_rows(log)
    rank = rows["status_key"].map(_STATUS_RANK).fillna(1).astype(int)
    furthest = rank.groupby(rows["key"]).max()
    completed = rows.loc[_completed(rows)]
    gave_names = pd.concat(
        [rows.loc[rows["referrals"].fillna(0).gt(0), "key"], rows["referrer_key"]]
    )
    # Plain sets: isin on pandas' Arrow-backed strings is slow for thousands of names.
    named = set(completed["key"].to_numpy()) & set(gave_names.to_numpy())
    counts = [
        int(furthest.ge(1).sum()),
        int(furthest.ge(2).sum()),
        int(furthest.ge(3).sum()),
        int(completed.loc[completed["thank_you_sent"], "key"].nunique()),
        len(named),
    ]
    return pd.DataFrame(
        {"stage": FUNNEL_STAGES, "count": counts, "order": range(1, len(FUNNEL_STAGES) + 1)}
    )


def breakdown(log: pd.DataFrame, column: str, limit: int = BREAKDOWN_LIMIT) -> pd.DataFrame:
    """Contacts and interviews per value of `column` (e.g. found_via, field).

    Columns: label, contacts (distinct contacts), interviews (Completed rows). Values match
    ignoring case and spacing and show as first written (a known choice shows as in the choice
    list); blanks show as "Not recorded", last. Sorted by contacts, then interviews, then label.
    Past `limit` labels the rest are added up into one "All others (n)" row before "Not recorded".
    """
    rows = usable_rows(log)
    written = rows[column].map({v: " ".join(str(v).split()) for v in pd.unique(rows[column])})
    label_key = _plain_keys(written)
    first_spelling = pd.Series(written.to_numpy(), index=label_key.to_numpy())
    first_spelling = first_spelling[~first_spelling.index.duplicated()].to_dict()
    shown = first_spelling | {c.lower(): c for c in CHOICES.get(column, [])}
    rows = rows.assign(
        label=label_key.map(shown).where(label_key.ne(""), NOT_RECORDED),
        interview=_completed(rows).astype(int),
    )
    frame = rows.groupby("label").agg(contacts=("key", "nunique"), interviews=("interview", "sum"))
    frame = frame.reset_index()
    blank = frame.loc[frame["label"].eq(NOT_RECORDED)]
    named = frame.loc[frame["label"].ne(NOT_RECORDED)].sort_values(
        ["contacts", "interviews", "label"], ascending=[False, False, True]
    )
    if len(named) > limit:
        rest = rows.loc[rows["label"].isin(named["label"].iloc[limit - 1 :])]
        others = pd.DataFrame(
            {
                "label": [f"All others ({len(named) - limit + 1})"],
                "contacts": [rest["key"].nunique()],
                "interviews": [rest["interview"].sum()],
            }
        )
        named = pd.concat([named.iloc[: limit - 1], others])
    out = pd.concat([named, blank], ignore_index=True)
    return out.astype({"label": object, "contacts": int, "interviews": int})
