"""The interview log's columns, allowed values and in-memory shape.

In memory the log is a pandas DataFrame with LOG_COLUMNS first, in this order, then any
extra columns an imported file brought along (kept and exported after the known ones):
- date: datetime64[ns], midnight (date only); NaT only on a row the student is still typing;
- text columns (contact … notes, found_via, format, status, referred_by, extras): dtype object,
  str values, "" for blank; unknown choice values are kept as written;
- duration_min, referrals: pandas "Int64" (nullable whole numbers >= 0);
- thank_you_sent: bool.
"""

from __future__ import annotations

import pandas as pd

LOG_COLUMNS = [
    "date",
    "contact",
    "organization",
    "role",
    "field",
    "found_via",
    "format",
    "status",
    "duration_min",
    "thank_you_sent",
    "referrals",
    "referred_by",
    "notes",
]
WHOLE_NUMBER_COLUMNS = ["duration_min", "referrals"]
BOOL_COLUMNS = ["thank_you_sent"]
DATE_COLUMNS = ["date"]
TEXT_COLUMNS = [
    c for c in LOG_COLUMNS if c not in WHOLE_NUMBER_COLUMNS + BOOL_COLUMNS + DATE_COLUMNS
]

# The guide's four ways to find someone, plus a catch-all.
FOUND_VIA = [
    "Human resources",
    "Personal network",
    "Directory or trade journal",
    "Faculty or advisor",
    "Other",
]
FORMATS = ["In person", "Phone", "Video"]
STATUSES = ["Requested", "Scheduled", "Completed", "Declined"]
CHOICES = {"found_via": FOUND_VIA, "format": FORMATS, "status": STATUSES}


def empty_log() -> pd.DataFrame:
    """A log with no rows and the right column types."""
    return coerce_types(pd.DataFrame({c: [] for c in LOG_COLUMNS}))


def coerce_types(frame: pd.DataFrame) -> pd.DataFrame:
    """Return a copy with LOG_COLUMNS present, first and typed as described above.

    Values must already be valid (the importer checks them); this only fixes dtypes, e.g. after
    st.data_editor or a JSON round trip.
    """
    extras = [c for c in frame.columns if c not in LOG_COLUMNS]

    def column(name: str) -> pd.Series:
        if name in frame.columns:
            return frame[name]
        return pd.Series([None] * len(frame), index=frame.index, dtype=object)

    typed: dict[str, pd.Series] = {}
    dates = column("date")
    if not pd.api.types.is_datetime64_any_dtype(dates):
        dates = pd.to_datetime(dates, errors="coerce", format="mixed")
    typed["date"] = dates.dt.normalize().astype("datetime64[ns]")
    for col in WHOLE_NUMBER_COLUMNS:
        typed[col] = pd.to_numeric(column(col), errors="coerce").round().astype("Int64")
    typed["thank_you_sent"] = column("thank_you_sent").astype(object).fillna(False).astype(bool)
    # Text cells in plain Python, the frame built once: a pandas operation per column per
    # step was most of turning 50 people into a frame (the People page's numbers and charts).
    for col in TEXT_COLUMNS + extras:
        typed[col] = pd.Series([_text(v) for v in column(col).tolist()], index=frame.index,
                               dtype=object)
    return pd.DataFrame({col: typed[col] for col in LOG_COLUMNS + extras}).reset_index(drop=True)


def _text(value: object) -> str:
    """A text cell: blanks (None, NaN, pd.NA, NaT) become ""."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return str(value)
