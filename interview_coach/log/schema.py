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

import numpy as np
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
    return log_frame({c: frame[c].tolist() if c in frame.columns else [None] * len(frame)
                      for c in LOG_COLUMNS + extras}, extras)


def log_frame(columns: dict[str, list], extras: list[str] = ()) -> pd.DataFrame:
    """coerce_types(pd.DataFrame(columns)) for columns given as plain lists (LOG_COLUMNS and
    `extras`, each list as long), built straight from the lists: the text cells as one block
    of objects (a pandas column each, with types first guessed, was most of the time)."""
    texts = TEXT_COLUMNS + list(extras)
    block = np.empty((len(columns["date"]), len(texts)), dtype=object)
    for number, col in enumerate(texts):
        block[:, number] = [v if v.__class__ is str else _text(v) for v in columns[col]]
    frame = pd.DataFrame(block, columns=texts, dtype=object)
    dates = pd.to_datetime(pd.Series(columns["date"], dtype=object), errors="coerce",
                           format="mixed")
    typed = {"date": dates.dt.normalize().astype("datetime64[ns]"),
             "thank_you_sent": pd.Series([not _blank(v) and bool(v)
                                          for v in columns["thank_you_sent"]], dtype=bool)}
    for col in WHOLE_NUMBER_COLUMNS:
        typed[col] = pd.to_numeric(pd.Series(columns[col], dtype=object),
                                   errors="coerce").round().astype("Int64")
    for col in sorted(typed, key=LOG_COLUMNS.index):  # each at its place, left to right
        frame.insert(LOG_COLUMNS.index(col), col, typed[col])
    return frame


def _blank(value: object) -> bool:
    """None, NaN, pd.NA or NaT."""
    return value is None or (not isinstance(value, str) and pd.isna(value))


def _text(value: object) -> str:
    """A text cell: blanks become ""."""
    return "" if _blank(value) else str(value)
