"""Add imported rows to the log without doubling up rows the student already has."""

from __future__ import annotations

import pandas as pd

from interview_coach.log.schema import LOG_COLUMNS, coerce_types


def add_to_log(current: pd.DataFrame, incoming: pd.DataFrame) -> tuple[pd.DataFrame, int, int]:
    """The log with incoming's new rows appended, and how many rows were added and skipped.

    A row is skipped when the log (or an earlier incoming row) already has the same date, contact
    and organization, ignoring case and spacing; fully identical rows are a case of that. Extra
    columns from both are kept: the current ones first, then new ones, blank where a side has none.
    """
    current = coerce_types(current)
    incoming = coerce_types(incoming)
    seen = set(_row_keys(current))
    keep = []
    for key in _row_keys(incoming):
        keep.append(key not in seen)
        seen.add(key)
    added = incoming[pd.Series(keep, index=incoming.index, dtype=bool)]  # [] would pick columns
    extras = [c for c in current.columns if c not in LOG_COLUMNS]
    extras += [c for c in incoming.columns if c not in LOG_COLUMNS and c not in extras]
    merged = pd.concat(
        [_with_columns(current, extras), _with_columns(added, extras)], ignore_index=True
    )
    return coerce_types(merged), len(added), len(incoming) - len(added)


def _row_keys(log: pd.DataFrame) -> list[tuple[str, str, str]]:
    dates = log["date"].dt.strftime("%Y-%m-%d").fillna("")
    return list(zip(dates, _loose(log["contact"]), _loose(log["organization"]), strict=True))


def _loose(text: pd.Series) -> pd.Series:
    """Case and spacing don't matter: ' Ana  RUIZ' is 'ana ruiz'."""
    return text.map(lambda value: " ".join(str(value).split()).casefold())


def _with_columns(log: pd.DataFrame, extras: list[str]) -> pd.DataFrame:
    out = log.copy()
    for col in extras:
        if col not in out.columns:
            out[col] = pd.Series([""] * len(out), index=out.index, dtype=object)
    return out[LOG_COLUMNS + extras]
