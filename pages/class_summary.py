from functools import partial

import streamlit as st

from interview_coach.classroom.class_summary import (
    MIN_GROUP,
    WITHHELD,
    ClassSummary,
    aggregate_csv,
    summarise_students,
)
from interview_coach.classroom.gradebook import gradebook
from interview_coach.log.charts import breakdown_chart, describe_breakdown, funnel_chart
from ui import pages_folder_mode, state
from ui.class_summary import files, gradebook_view, quality_view, report, requirement_form, view
from ui.class_summary.words import words

pages_folder_mode.leave()  # before anything else: see ui/pages_folder_mode.py

ss = st.session_state
large = bool(ss.get("projector"))
w = words()
ss.setdefault("class_view", False)


def columns() -> list:
    """Two charts side by side, or one under the other on a projector."""
    return [st.container(), st.container()] if large else st.columns(2, gap="large")


def charts(summary: ClassSummary, class_view: bool) -> None:
    smallest = MIN_GROUP if class_view else 1
    left, right = columns()
    with left:
        view.chart(view.per_student_chart(summary.per_student, large=large, min_group=smallest),
                   view.describe_per_student(summary.per_student, smallest))
    with right:
        view.chart(funnel_chart(summary.funnel, large=large),
                   view.describe_class_funnel(summary.funnel))
    c = w.charts
    left, right = columns()
    with left:
        view.chart(breakdown_chart(summary.found_via, c["found_via_label"], large=large,
                                   title=c["found_via"]),
                   describe_breakdown(summary.found_via, c["found_via_label"]))
    with right:
        shown = summary.fields.head(view.CHART_FIELDS)
        note = (c["fields_note"].format(shown=view.CHART_FIELDS, total=len(summary.fields))
                if len(summary.fields) > view.CHART_FIELDS else "")
        view.chart(breakdown_chart(shown, c["fields_label"], large=large, title=c["fields"]),
                   describe_breakdown(shown, c["fields_label"]) + note)
    labels = set(summary.found_via["label"]) | set(summary.fields["label"])
    if WITHHELD in labels:
        st.caption(c["withheld_note"].format(withheld=WITHHELD))
    if class_view:
        st.caption(w.numbers["small_groups_note"])


def class_numbers(summary: ClassSummary, class_view: bool) -> None:
    if summary.skipped:
        view.skipped_files(summary, class_view)
    if not summary.students:
        st.error(w.numbers["nothing_counted"], icon=":material/error:")
        return
    view.headline(summary, large)
    charts(summary, class_view)
    if class_view:
        return
    view.tables(summary)
    st.download_button(w.numbers["download"], data=partial(aggregate_csv, summary),
                       file_name="class-summary.csv", mime="text/csv", on_click="ignore",
                       icon=":material/download:")


@st.fragment  # the files live in this tab only: a click here reruns just this part
def class_page() -> None:
    class_view = st.toggle(w.class_view["label"], help=w.class_view["help"],
                           **state.bound("class_view"))
    requirement = requirement_form.requirement() if class_view else requirement_form.show()
    students = files.students() if class_view else files.show()
    if not students:
        view.empty_state()
        return
    if class_view:
        st.info(w.class_view["note"])
        class_numbers(summarise_students(students, requirement, class_view=True), True)
        return
    graded, quality, numbers = st.tabs([w.tabs["gradebook"], w.tabs["quality"],
                                        w.tabs["numbers"]])
    with graded:
        gradebook_view.show(gradebook(students, requirement))
    with quality:
        quality_view.show(students, requirement)
    with numbers:
        class_numbers(summarise_students(students, requirement), False)
        report.show(summarise_students(students, requirement, class_view=True))


st.title(w.title, anchor=False)
st.markdown(w.intro)
st.caption(w.privacy)
class_page()
