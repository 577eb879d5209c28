"""Bringing a log in from a CSV file (preview first, nothing changes until the student says so)
and taking it out again. The file's name is student text: shown with st.text, never as Markdown."""

from __future__ import annotations

from functools import partial

import pandas as pd
import streamlit as st

from interview_coach.classroom.hidden_names import hide_names
from interview_coach.log.csv_file import (
    NO_ROWS,
    READ_FAILED,
    ImportResult,
    read_log_csv,
    rows_missing_required,
    write_log_csv,
)
from interview_coach.log.merge import add_to_log
from ui import course, state

PREVIEW_ROWS = 50


def _parsed(upload) -> dict:
    """The import of this uploaded file, read once: the uploader hands it back on every rerun."""
    ss = st.session_state
    current = ss.get("_import")
    if not current or current["file_id"] != upload.file_id:
        current = {"file_id": upload.file_id, "name": upload.name,
                   "result": read_log_csv(upload.getvalue()), "done": ""}
        ss._import = current
    return current


def _refusal(result: ImportResult) -> str | None:
    """Why this file can't go into the log; a file with no rows must never replace one."""
    if result.log is None:
        return result.refused or READ_FAILED
    return NO_ROWS if result.log.empty else None


def _replace() -> None:
    current = st.session_state._import
    if _refusal(current["result"]):
        return
    state.set_log(current["result"].log)
    current["done"] = f"Your log was replaced by the {len(current['result'].log)} rows of the file."


def _add() -> None:
    current = st.session_state._import
    if _refusal(current["result"]):
        return
    merged, added, skipped = add_to_log(st.session_state.log, current["result"].log)
    state.set_log(merged)
    already = f", {skipped} skipped because they were already in your log" if skipped else ""
    current["done"] = f"{added} rows added{already}."


def show_import() -> None:
    st.header("Bring in a log from a file", anchor=False)
    st.caption("A CSV saved from this app, Excel, Google Sheets or LibreOffice. You see a preview "
               "first; your log changes only when you press Replace or Add.")
    upload = st.file_uploader("Log file (CSV)", type=["csv", "txt", "tsv"], key="_w_log_upload")
    if upload is None:
        return
    current = _parsed(upload)
    result = current["result"]
    if current["done"]:
        st.success(current["done"], icon=":material/check_circle:")
        return
    st.text(f"File: {upload.name}")
    refused = _refusal(result)
    if refused:
        st.error(f"**This file cannot be used.** {refused} Your log has not changed.",
                 icon=":material/block:")
        _problems(result.problems)
        return
    st.info(f"{len(result.log)} rows ready to bring in.", icon=":material/preview:")
    _problems(result.problems)
    preview = hide_names(result.log) if st.session_state.hide_names else result.log
    st.dataframe(preview.head(PREVIEW_ROWS), hide_index=True,  # dates as the log shows them
                 column_config={"date": st.column_config.DateColumn(format="YYYY-MM-DD")})
    if len(result.log) > PREVIEW_ROWS:
        st.caption(f"The first {PREVIEW_ROWS} of {len(result.log)} rows.")
    replace_col, add_col = st.columns(2)
    replace_col.button("Replace my log", on_click=_replace, type="primary",
                       icon=":material/swap_horiz:", width="stretch")
    add_col.button("Add to my log", on_click=_add, icon=":material/playlist_add:",
                   width="stretch")


def _problems(problems) -> None:
    if not problems:
        return
    st.warning(f"{len(problems)} problem(s) found. Cells with a problem are left blank.",
               icon=":material/warning:")
    table = pd.DataFrame({
        "Row": [p.row if p.row is not None else "" for p in problems],
        "Column": [p.column or "" for p in problems],
        "What is wrong": [p.message for p in problems],
    })
    st.dataframe(table, hide_index=True)


def show_export() -> None:
    log = st.session_state.log
    st.header("Take your log with you", anchor=False)
    incomplete = rows_missing_required(log)
    if incomplete:
        rows = ", ".join(str(r + 1) for r in incomplete[:10])
        st.warning(f"Row(s) {rows} have no date or no contact yet. Fill them in: a file with "
                   "incomplete rows cannot be brought back in.", icon=":material/warning:")
    st.download_button(
        "Download log (CSV)",
        data=partial(write_log_csv, log),  # runs on click, outside the script: no session state
        file_name="interview-log.csv",
        mime="text/csv",
        on_click="ignore",
        icon=":material/download:",
        disabled=log.empty,
        type="primary",
    )
    st.caption("UTF-8 CSV that opens in Excel, Google Sheets and LibreOffice.")


def _load_sample() -> None:
    state.set_log(course.sample_log())


def show_sample_button() -> None:
    if st.session_state.log.empty:
        st.button("Load sample log", on_click=_load_sample, icon=":material/science:",
                  help="Fill the log with an example student's contacts, to try things out.")
        return
    with st.popover("Load sample log", icon=":material/science:"):
        st.markdown("This replaces **your** log with the example. Download yours first if you "
                    "want to keep it.")
        st.button("Yes, replace my log with the sample", on_click=_load_sample, type="primary",
                  key="_confirm_sample")
