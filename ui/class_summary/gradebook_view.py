"""The gradebook table: one row per file, named as the instructor's gradebook needs."""

from functools import partial

import streamlit as st

from interview_coach.classroom.gradebook import (
    NOT_READ,
    PASSED,
    GradeRow,
    gradebook_csv,
    gradebook_table,
    passed,
)
from interview_coach.classroom.student_files import DUPLICATE, OVER_LIMIT
from interview_coach.classroom.summary_words import counted
from ui.class_summary.words import words


def not_read_text(problem: str | None, reason: str) -> str:
    w = words().not_read
    if problem == DUPLICATE:
        return w["duplicate"].format(reason=reason)
    if problem == OVER_LIMIT:
        return w["over_limit"]
    if reason in w["workbook"]:
        return w["unreadable"].format(reason=w["workbook"][reason])
    return w["unreadable"].format(reason=reason) if reason else w["unreadable_no_reason"]


def outcome_text(row: GradeRow) -> str:
    w = words().gradebook
    if row.outcome == NOT_READ:
        return not_read_text(row.problem, row.reason)
    if row.outcome == PASSED:
        return w["pass"]
    return w["missing"].format(what=", ".join(counted(w["short"][what], n)
                                               for what, n in row.short))


def show(rows: list[GradeRow]) -> None:
    w = words().gradebook
    students = sum(row.outcome != NOT_READ for row in rows)
    st.markdown(w["passed"].format(passed=passed(rows), students=students))
    st.caption(w["caption"])
    table = gradebook_table(rows, w["headings"], outcome_text)
    # st.dataframe shows every cell as text, never Markdown: names are shown as typed.
    student = w["headings"]["student"]
    st.dataframe(table, hide_index=True, width="stretch", key="class_gradebook",
                 height=min(38 + 35 * len(rows), 740),
                 column_config={student: st.column_config.TextColumn(student, pinned=True,
                                                                      width="medium")})
    st.download_button(w["download"], data=partial(gradebook_csv, table),
                       file_name=w["file_name"], mime="text/csv", on_click="ignore",
                       icon=":material/download:", key="_gradebook_download")
