"""Values to check: what was read as something else per file, and mapping unknown values."""

import streamlit as st

from interview_coach.classroom.data_quality import (
    A_DATE,
    file_notes,
    shown_value,
    unknown_values,
)
from interview_coach.classroom.requirement import Requirement
from interview_coach.classroom.student_files import StudentFile
from interview_coach.classroom.summary_words import counted
from interview_coach.log.schema import STATUSES
from interview_coach.markdown_text import md_escape
from ui.class_summary import requirement_form
from ui.class_summary.words import words

ss = st.session_state
CHOICES = {"status": STATUSES, "thank_you_sent": ["yes", "no"]}


def _map(column: str, written: str, key: str) -> None:
    meaning = ss[key]
    ss.class_requirement = requirement_form.requirement().with_mapping(
        column, written, None if meaning == "" else meaning)


def _mapping(students: list[StudentFile], requirement: Requirement) -> None:
    w = words().quality
    unknown = unknown_values(students, requirement)
    if not unknown:
        return
    st.subheader(w["map_heading"], anchor=False)
    for i, value in enumerate(unknown):
        key = f"_w_map_{i}"
        options = ["", *CHOICES[value.column]]
        ss[key] = value.mapped_to or ""
        st.selectbox(
            w["map_label"].format(value=shown_value(value.column, value.written),
                                  column=w["columns"][value.column],
                                  files=counted(w["files_word"], value.files),
                                  rows=counted(w["rows_word"], value.rows)),
            options, key=key, on_change=_map, args=(value.column, value.written, key),
            format_func=lambda o: o or w["leave"])


def _line(note) -> str:
    w = words().quality
    value = w["a_date"] if note.written == A_DATE else shown_value(note.column, note.written)
    fill = {"value": md_escape(value),
            "rows": counted(w["rows_word"], note.rows), "read_as": note.read_as}
    if note.read_as is None:
        return w["not_understood"].format(**fill)
    return (w["mapped_as"] if note.mapped else w["read_as"]).format(**fill)


def show(students: list[StudentFile], requirement: Requirement) -> None:
    w = words().quality
    st.caption(w["intro"])
    _mapping(students, requirement)
    noted = [(s, file_notes(s, requirement)) for s in students if s.log is not None]
    noted = [(s, notes) for s, notes in noted if notes]
    if not noted:
        st.success(w["none"], icon=":material/check_circle:")
        return
    st.subheader(w["per_file_heading"], anchor=False)
    for student, notes in noted:
        with st.container(border=True):
            st.text(student.student_id or student.file_name)  # as typed, never Markdown
            st.markdown("\n".join(f"- {_line(n)} · {w['columns'][n.column]}" for n in notes))
