"""Bringing people in from a file (a preview first; nothing changes until the student says so)
and taking the list out again as a CSV. A file's name is student text: shown with st.text."""

from __future__ import annotations

from datetime import date
from functools import partial

import pandas as pd
import streamlit as st

from interview_coach.classroom.hidden_names import HIDDEN, hide_names, name_placeholders
from interview_coach.log.stats import contact_key
from interview_coach.people.log_file import (
    PeopleImport,
    people_frame,
    read_people_file,
    write_people_csv,
)
from ui import course, people, state
from ui.people.board import HEADLINE
from ui.saved_work import rerun_only

ss = st.session_state
# The "Add from a file" tab's own part: an upload reruns it alone (a preview changes no work);
# bringing people in or typing the gradebook name reruns it, the numbers and the saving.
PART = "people_transfer"
PREVIEW_ROWS = 50
PREVIEW_COLUMNS = ["contact", "organization", "role", "conversation_stage", "found_via",
                   "referred_by"]


def _parsed(upload) -> dict:
    """The import of this uploaded file, read once: the uploader hands it back on every rerun."""
    current = ss.get("_people_import")
    if not current or current["file_id"] != upload.file_id:
        current = {"file_id": upload.file_id, "name": upload.name, "done": "",
                   "result": read_people_file(upload.getvalue(), date.today(), people.now_ms())}
        ss._people_import = current
    return current


def _refusal(result: PeopleImport) -> str | None:
    words = course.people_wording().transfer
    if result.people is None:
        return result.refused
    return words.no_rows if not result.people else None


def _replace() -> None:
    current = ss._people_import
    if _refusal(current["result"]) is None:
        people.replace_all(current["result"].people)
        current["done"] = course.people_wording().transfer.replaced.format(
            count=len(current["result"].people))
        rerun_only(PART, HEADLINE)


def _add() -> None:
    """New people only: someone already in the list (by name) is skipped, never doubled."""
    current = ss._people_import
    if _refusal(current["result"]) is not None:
        return
    known = {contact_key(p["name"]) for p in people.people().values()}
    incoming = current["result"].people
    fresh = {pid: p for pid, p in incoming.items()
             if contact_key(p["name"]) not in known and pid not in people.people()}
    for person in fresh.values():
        if person["referred_by"] not in fresh:
            person["referred_by"] = ""
    people.merge(fresh)
    current["done"] = course.people_wording().transfer.added.format(
        added=len(fresh), skipped=len(incoming) - len(fresh))
    rerun_only(PART, HEADLINE)


@st.fragment(key=PART)
def show_transfer() -> None:
    """The whole tab: import above, export below (its file is made from the list as drawn,
    so it is drawn again after an import)."""
    show_import()
    st.divider()
    show_export()


def show_import() -> None:
    words = course.people_wording().transfer
    st.header(words.import_heading, anchor=False)
    st.caption(words.import_caption)
    upload = st.file_uploader(words.uploader, type=["csv", "txt", "tsv", "xlsx"],
                              key="_w_people_upload")
    if upload is None:
        return
    current = _parsed(upload)
    result = current["result"]
    if current["done"]:
        st.success(current["done"], icon=":material/check_circle:")
        return
    st.text(words.file.format(name=upload.name))
    refused = _refusal(result)
    if refused:
        st.error(words.cannot.format(reason=refused), icon=":material/block:")
        _problems(result.problems)
        return
    ready = words.linkedin if result.kind == "linkedin" else words.ready
    st.info(ready.format(count=len(result.people)), icon=":material/preview:")
    everyone = people_frame(result.people)
    _problems(result.problems, everyone)
    preview = everyone[PREVIEW_COLUMNS]
    if ss.get("hide_names"):
        preview = hide_names(preview).assign(contact=HIDDEN)
    st.dataframe(preview.head(PREVIEW_ROWS), hide_index=True)
    replace_col, add_col = st.columns(2)
    replace_col.button(words.replace, on_click=_replace, type="primary",
                       icon=":material/swap_horiz:", width="stretch")
    add_col.button(words.add, on_click=_add, icon=":material/playlist_add:", width="stretch")


def _problems(problems, names_from: pd.DataFrame | None = None) -> None:
    if not problems:
        return
    words = course.people_wording().transfer
    st.warning(words.problems.format(count=len(problems)), icon=":material/warning:")
    messages = [p.message for p in problems]
    if ss.get("hide_names"):  # a message may quote a cell, and a cell may be a name
        known = name_placeholders(names_from) if names_from is not None else {}
        messages = hide_names(pd.DataFrame({"notes": messages}), known)["notes"].tolist()
    st.dataframe(pd.DataFrame({
        words.problem_row: [p.row if p.row is not None else "" for p in problems],
        words.problem_column: [p.column or "" for p in problems],
        words.problem_what: messages}), hide_index=True)


def _keep_gradebook_id() -> None:
    state.set_profile_value("gradebook_id", ss._w_gradebook_id.strip()[:80])
    rerun_only(PART)


def show_export() -> None:
    words = course.people_wording().transfer
    st.header(words.export_heading, anchor=False)
    ss._w_gradebook_id = state.profile_value("gradebook_id")
    st.text_input(words.gradebook_label, key="_w_gradebook_id", help=words.gradebook_help,
                  max_chars=80, on_change=_keep_gradebook_id)
    st.download_button(words.export_button,
                       data=partial(write_people_csv, dict(people.people()),
                                    state.profile_value("gradebook_id")),
                       file_name="my-people.csv", mime="text/csv", on_click="ignore",
                       icon=":material/download:", disabled=not people.people(), type="primary")
    st.caption(words.export_caption)


def _load_sample() -> None:
    people.replace_all(course.sample_people())


def show_sample_button() -> None:
    words = course.people_wording().transfer
    if not people.people():
        st.button(words.sample, on_click=_load_sample, icon=":material/science:",
                  help=words.sample_help)
        return
    with st.popover(words.sample, icon=":material/science:"):
        st.markdown(words.sample_confirm)
        st.button(words.sample_yes, on_click=_load_sample, type="primary", key="_confirm_sample")
