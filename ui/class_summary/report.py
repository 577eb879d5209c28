"""The department report's download: a term label, then one printable HTML page."""

from functools import partial

import streamlit as st

from interview_coach.classroom.class_summary import ClassSummary
from interview_coach.classroom.department_report import department_report_html
from ui.class_summary import view
from ui.class_summary.words import words


def _html(summary: ClassSummary, term: str) -> str:
    numbers = [(label, value) for label, value, _ in view.headline_numbers(summary)]
    titles = {key: words().charts[key] for key in ("per_student", "funnel", "found_via",
                                                   "fields")}
    return department_report_html(summary, words().report, numbers, titles, term)


def show(class_view_summary: ClassSummary) -> None:
    """`class_view_summary`: summarised with class_view=True (no group under 3 students)."""
    w = words().report
    st.subheader(w["heading"], anchor=False)
    left, right = st.columns([2, 1], vertical_alignment="bottom")
    term = left.text_input(w["label"], placeholder=w["placeholder"], max_chars=120,
                           key="_w_report_term")
    right.download_button(w["download"], data=partial(_html, class_view_summary, term),
                          file_name=w["file_name"], mime="text/html", on_click="ignore",
                          icon=":material/print:", key="_report_download")
