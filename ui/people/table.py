"""Everyone as one editable table, for a desktop and changes to many people at once.

The table's edits are applied to the records in its on_change callback, before the page is
drawn again: the numbers above it always show the state after the edit. Its base (what it was
first given) stays put while the student edits; it starts afresh after any other change.
Nothing typed is dropped: a new row without a name is a person with no name yet.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from interview_coach.classroom.hidden_names import hide_names, name_placeholders
from interview_coach.people import record
from ui import course, people

ss = st.session_state
COLUMNS = ["name", "organization", "role", "field", "stage", "found_via", "date", "email",
           "phone", "notes"]
TEXT_LIMIT = {c: record.MAX_TEXT for c in COLUMNS} | {"notes": record.MAX_LONG_TEXT}


def _frame(everyone: dict[str, dict[str, Any]]) -> pd.DataFrame:
    rows = [{c: p[c] for c in COLUMNS} for p in everyone.values()]
    frame = pd.DataFrame(rows, columns=COLUMNS)  # a range index: positions map to ids
    frame["date"] = pd.to_datetime(frame["date"], errors="coerce", format="ISO8601")
    return frame


def _config() -> dict:
    f = course.people_wording().form
    return {
        "name": st.column_config.TextColumn(f.name, pinned=True, max_chars=record.MAX_TEXT),
        "organization": st.column_config.TextColumn(f.organization, max_chars=record.MAX_TEXT),
        "role": st.column_config.TextColumn(f.role, max_chars=record.MAX_TEXT),
        "field": st.column_config.TextColumn(f.field, max_chars=record.MAX_TEXT),
        "stage": st.column_config.SelectboxColumn(f.stage_label, options=record.ALL_STAGES),
        "found_via": st.column_config.SelectboxColumn(f.found_via, options=record.FOUND_VIA),
        "date": st.column_config.DateColumn(f.date, format="YYYY-MM-DD",
                                            min_value=pd.Timestamp(2000, 1, 1).date(),
                                            max_value=pd.Timestamp(2100, 12, 31).date()),
        "email": st.column_config.TextColumn(f.email, max_chars=record.MAX_TEXT),
        "phone": st.column_config.TextColumn(f.phone, max_chars=record.MAX_TEXT),
        "notes": st.column_config.TextColumn(f.notes, width="large",
                                             max_chars=record.MAX_LONG_TEXT),
    }


def _value(column: str, value: Any) -> Any:
    if column == "date":
        day = pd.to_datetime(value, errors="coerce") if value else pd.NaT
        return "" if pd.isna(day) or not 2000 <= day.year <= 2100 else day.date().isoformat()
    if column == "stage":
        return value if value in record.ALL_STAGES else "To ask"
    return value[:TEXT_LIMIT[column]] if isinstance(value, str) else ""


def _apply(key: str, ids: list[str]) -> None:
    """on_change: the table's delta (row positions in its base) onto the records."""
    delta = ss[key]
    for position, changes in delta.get("edited_rows", {}).items():
        person_id = ids[int(position)]
        values = {c: _value(c, v) for c, v in changes.items() if c in COLUMNS}
        if "stage" in values:
            people.set_stage(person_id, values.pop("stage"))
        if values and people.get(person_id):
            people.update(person_id, **values)
    for added in delta.get("added_rows", []):
        values = {c: _value(c, v) for c, v in added.items() if c in COLUMNS}
        if any(values.values()):
            person_id = people.add(values.pop("name", ""), **values)
            if values.get("stage", "To ask") != "To ask":
                people.set_stage(person_id, values["stage"])
    for position in delta.get("deleted_rows", []):
        people.remove(ids[int(position)])
    # Each change makes a new people version, so the table starts afresh from the records.


def show() -> None:
    words = course.people_wording().table
    everyone = people.people()
    if ss.get("hide_names"):
        st.info(words.hidden, icon=":material/visibility_off:")
        # Named as the log's columns, so names are hidden in every text cell too.
        real = _frame(everyone).assign(email="", phone="", referred_by="")
        hidden = hide_names(real.rename(columns={"name": "contact"}),
                            name_placeholders(people.frame()))
        shown = hidden.rename(columns={"contact": "name"}).drop(columns="referred_by")
        st.dataframe(shown, hide_index=True, column_config=_config())
        return
    if ss.get("projector"):
        # The editable grid draws on a canvas at one size; on a projector a plain table's text
        # grows with the page's, so the back row can read it.
        st.caption(words.projector)
        st.table(_frame(everyone).assign(date=lambda f: f["date"].dt.strftime("%Y-%m-%d")
                                         .fillna("")), hide_index=True)
        return
    st.caption(words.caption)
    key = f"_people_table_{people.version()}"
    ids = list(everyone)
    st.data_editor(_frame(everyone), key=key, num_rows="dynamic", hide_index=True,
                   column_config=_config(), on_change=_apply, args=(key, ids), placeholder="",
                   height=min(38 + 35 * (len(ids) + 2), 560))
