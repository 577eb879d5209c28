"""The interview log as an editable table that never loses an edit.

st.data_editor keeps its edits as a delta on top of the data it was first given. So we give it a
base that stays put while the student edits (never its own output), and only renew the base when
the editor starts afresh: after the student comes back from another page (Streamlit has then
dropped the editor's state) or after a change made outside it (new key via log_editor_nonce).
"""

from __future__ import annotations

import json

import pandas as pd
import streamlit as st

from interview_coach.classroom.hidden_names import hide_names
from interview_coach.log.schema import CHOICES, coerce_types
from ui import state

EMPTY_DELTA = json.dumps({"added_rows": [], "deleted_rows": [], "edited_rows": {}}, sort_keys=True)
LABELS = {
    "date": "Date",
    "contact": "Contact",
    "organization": "Organization",
    "role": "Role",
    "field": "Field",
    "found_via": "How found",
    "format": "Format",
    "status": "Status",
    "duration_min": "Minutes",
    "thank_you_sent": "Thank-you sent",
    "referrals": "Referrals",
    "referred_by": "Referred by",
    "notes": "Notes",
}


def _column_config(log: pd.DataFrame) -> dict:
    config = {
        # Pinned: scrolled sideways (a phone shows three columns), a row still says whose it is.
        "date": st.column_config.DateColumn(LABELS["date"], required=True, format="YYYY-MM-DD",
                                            pinned=True),
        "contact": st.column_config.TextColumn(LABELS["contact"], required=True, pinned=True),
        "duration_min": st.column_config.NumberColumn(LABELS["duration_min"], min_value=0,
                                                      step=1, format="%d"),
        "referrals": st.column_config.NumberColumn(LABELS["referrals"], min_value=0, step=1,
                                                   format="%d",
                                                   help="Names of others to talk to (Step 7)"),
        "thank_you_sent": st.column_config.CheckboxColumn(LABELS["thank_you_sent"]),
        "referred_by": st.column_config.TextColumn(LABELS["referred_by"],
                                                   help="The contact who gave you this name"),
        "notes": st.column_config.TextColumn(LABELS["notes"], width="large"),
    }
    for column, options in CHOICES.items():
        # Values typed in a spreadsheet that are not on the list stay selectable, not lost.
        unknown = sorted({v for v in log[column] if v and v not in options})
        config[column] = st.column_config.SelectboxColumn(LABELS[column],
                                                          options=options + unknown)
    for column in ("organization", "role", "field"):
        config[column] = st.column_config.TextColumn(LABELS[column])
    return config


def show() -> None:
    ss = st.session_state
    if ss.hide_names:
        st.info("Names are hidden, so the table is read-only. Switch off **Hide names** in the "
                "sidebar to edit.", icon=":material/visibility_off:")
        st.dataframe(hide_names(ss.log), hide_index=True, column_config=_column_config(ss.log))
        return
    # Always there, same words: an element that came and went above the table would move it,
    # and a moved table is drawn again, losing the cell being typed in.
    st.caption("Add someone in the empty row at the bottom: a date and their name are enough to "
               "start. Click or tap a cell to change it; to remove a row, tick its box on the "
               "left, then press Delete or the bin above the table.")
    key = f"_log_editor_{ss.log_editor_nonce}"
    if key not in ss or ss.get("_log_editor_base_key") != key:
        ss._log_editor_base, ss._log_editor_base_key = ss.log, key
        ss._log_editor_delta = EMPTY_DELTA
    edited = st.data_editor(
        ss._log_editor_base,
        key=key,
        num_rows="dynamic",
        hide_index=True,
        column_config=_column_config(ss._log_editor_base),
        placeholder="",
        height=min(38 + 35 * (len(ss._log_editor_base) + 2), 560),
    )
    delta = json.dumps(ss[key], sort_keys=True, default=str)
    if delta != ss._log_editor_delta:
        ss._log_editor_delta = delta
        state.log_edited(coerce_types(edited))
