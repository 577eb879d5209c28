"""Pieces of the class summary page: numbers, the per-student chart, sentences, skipped files.

Only a ClassSummary's counts reach this module (never a contact, organization or note). What a
student typed that it shows: the name of a file that could not be read, as plain text, and the
fields and ways of finding contacts in the chart sentences, escaped so they show as typed.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from interview_coach.classroom.class_summary import ClassSummary
from interview_coach.log import charts
from interview_coach.markdown_text import md_escape
from interview_coach.plain_text import plural
from ui import links
from ui.class_summary.gradebook_view import not_read_text
from ui.class_summary.words import words

# Fields beyond this many are in the table and the CSV, not the chart (it would get too tall).
CHART_FIELDS = 15
# Up to this many files that could not be counted are listed open; more start folded.
SKIPPED_OPEN = 5


def percent(rate: float | None) -> str:
    """A 0..1 rate as a whole percentage, or a dash when there is nothing to divide by."""
    return "—" if rate is None else f"{rate:.0%}"


def median_text(median: float | None) -> str:
    if median is None:
        return "—"
    return f"{median:.0f}" if float(median).is_integer() else f"{median:.1f}"


def distribution(per_student: pd.DataFrame, min_group: int = 1) -> pd.DataFrame:
    """How many students held 0, 1, 2… interviews (every number up to the most is listed).

    A number held by fewer than `min_group` students shows 0 (class view: no small groups)."""
    counts = per_student["interviews"].value_counts()
    counts = counts.where(counts.ge(min_group), 0)
    top = int(counts.index.max()) if not counts.empty else -1
    numbers = range(top + 1)
    frame = pd.DataFrame({
        "interviews": list(numbers),
        "students": counts.reindex(numbers, fill_value=0).astype(int).to_list(),
    })
    if min_group > 1:  # the highest numbers can point at one student: drop empty ones at the top
        used = frame.index[frame["students"].gt(0)]
        frame = frame.loc[: used.max()] if len(used) else frame.iloc[:0]
    return frame


def per_student_chart(per_student: pd.DataFrame, *, large: bool = False,
                      min_group: int = 1) -> dict | None:
    """Bars: how many students held each number of interviews. None without students."""
    frame = distribution(per_student, min_group)
    if frame.empty:
        return None
    s = charts.sizes(large)
    interviews = charts.field("interviews", "ordinal", title="Interviews completed")
    students = charts.field("students", "quantitative", title="Students")
    encoding = {
        "x": interviews | {"axis": charts.axis(s, title="Interviews completed", labelAngle=0)},
        "y": students | {"axis": charts.axis(s, title="Students", tickMinStep=1)},
        "tooltip": [interviews, students],
    }
    labels = {"mark": charts.text_mark(s, baseline="bottom", dy=-4),
              "transform": [{"filter": "datum.students > 0"}],
              "encoding": encoding | {"text": students | {"format": "d"}}}
    bars = {"mark": {"type": "bar", "color": charts.INTERVIEW_COLOUR}, "encoding": encoding}
    return charts.finish({"layer": [bars, labels], "height": s.bar_step * 6},
                         words().charts["per_student"], s, charts.records(frame))


def describe_per_student(per_student: pd.DataFrame, min_group: int = 1) -> str:
    """One sentence for screen readers, e.g. "Of 30 students, 3 held no interview, 5 held 1…"."""
    frame = distribution(per_student, min_group)
    if frame.empty:
        return "No students counted yet."
    parts = [f"{r.students} held "
             + ("no interview" if r.interviews == 0 else plural(int(r.interviews), "interview"))
             for r in frame.itertuples() if r.students]
    return f"Of {plural(len(per_student), 'student')}: " + "; ".join(parts) + "."


def describe_class_funnel(funnel: pd.DataFrame) -> str:
    """The funnel in one sentence, about the class (log_charts' sentence speaks to a student)."""
    asked, scheduled, completed, thanked, referred = funnel.sort_values("order")["count"]
    if not asked:
        return "No requests recorded."
    return (f"Of {plural(int(asked), 'contact')} the class asked, {scheduled} scheduled an "
            f"interview, {completed} completed one, {thanked} got a thank-you note and "
            f"{referred} named a referral.")


def breakdown_table(frame: pd.DataFrame, label_title: str) -> pd.DataFrame:
    """A breakdown with column headings for the page's table."""
    w = words().numbers
    return frame.rename(columns={"label": label_title, "contacts": w["contacts_heading"],
                                 "interviews": w["interviews_heading"],
                                 "students": w["students_heading"]})


def chart(figure, sentence: str) -> None:
    if figure is None:
        st.info(md_escape(sentence))
        return
    st.vega_lite_chart(figure, width="stretch")
    st.caption(md_escape(sentence))


def empty_state() -> None:
    w = words().files
    st.info(w["how_to"], icon=":material/upload_file:")
    links.link("people", w["open_log"])


def skipped_files(summary: ClassSummary, class_view: bool) -> None:
    """Files not counted: how many, and (not in class view) which and why, as plain text."""
    w = words().numbers
    count = len(summary.skipped)
    st.warning(w["skipped"].format(files=plural(count, "file")), icon=":material/warning:")
    if class_view:
        return
    with st.expander(w["skipped_expander"], expanded=count <= SKIPPED_OPEN,
                     icon=":material/block:"):
        name_col, reason_col = st.columns([1, 2], gap="medium")
        name_col.markdown(f"**{w['skipped_file']}**")
        reason_col.markdown(f"**{w['skipped_reason']}**")
        for name, problem, reason in summary.skipped:
            name_col, reason_col = st.columns([1, 2], gap="medium")
            name_col.text(name)  # st.text: a file name is shown as typed, never as Markdown
            reason_col.text(not_read_text(problem, reason))


def headline_numbers(summary: ClassSummary) -> list[tuple[str, object, str]]:
    """(label, value, help) of the six headline numbers."""
    w = words().headline
    values = {"students": summary.students, "contacts": summary.contacts,
              "interviews": summary.interviews,
              "median": median_text(summary.median_interviews),
              "thank_yous": percent(summary.thank_you_rate),
              "referrals": percent(summary.referral_rate)}
    return [(w[key][0], value, w[key][1]) for key, value in values.items()]


def headline(summary: ClassSummary, large: bool) -> None:
    """Six numbers: three to a row, two on a projector so every label fits."""
    numbers = headline_numbers(summary)
    per_row = 2 if large else 3
    for start in range(0, len(numbers), per_row):
        for column, (label, value, help_text) in zip(
                st.columns(per_row), numbers[start:start + per_row], strict=True):
            column.metric(label, value, border=True, help=help_text)


def tables(summary: ClassSummary) -> None:
    w = words()
    with st.expander(w.numbers["tables"], icon=":material/table:"):
        how, fields = st.columns(2, gap="large")
        how.dataframe(breakdown_table(summary.found_via, w.charts["found_via_label"]),
                      hide_index=True)
        fields.dataframe(breakdown_table(summary.fields, w.charts["fields_label"]),
                         hide_index=True)
