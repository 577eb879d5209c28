from functools import partial

import streamlit as st

from interview_coach.classroom.class_summary import (
    WITHHELD,
    ClassSummary,
    aggregate_csv,
    summarise_class,
)
from interview_coach.log.charts import breakdown_chart, describe_breakdown, funnel_chart
from ui import pages_folder_mode
from ui.class_summary import view

pages_folder_mode.leave()  # before anything else: see ui/pages_folder_mode.py

ss = st.session_state
large = bool(ss.get("projector"))


def summary_of(files: list) -> ClassSummary:
    """Read the uploaded files once per set of files; reruns reuse the counts.

    Kept in this session only (never st.cache_data: caches are shared by every user).
    """
    ids = tuple(f.file_id for f in files)
    kept = ss.get("class_summary")
    if kept is None or kept[0] != ids:
        with st.spinner(f"Reading {view.plural(len(files), 'file')}…"):
            kept = (ids, summarise_class([(f.name, f.getvalue()) for f in files]))
        ss.class_summary = kept
    return kept[1]


def columns() -> list:
    """Two charts side by side, or one under the other on a projector."""
    return [st.container(), st.container()] if large else st.columns(2, gap="large")


def charts(summary: ClassSummary) -> None:
    left, right = columns()
    with left:
        view.chart(view.per_student_chart(summary.per_student, large=large),
                   view.describe_per_student(summary.per_student))
    with right:
        view.chart(funnel_chart(summary.funnel, large=large),
                   view.describe_class_funnel(summary.funnel))
    left, right = columns()
    with left:
        view.chart(breakdown_chart(summary.found_via, "How found", large=large,
                                   title="How students found their contacts"),
                   describe_breakdown(summary.found_via, "How found"))
    with right:
        shown = summary.fields.head(view.CHART_FIELDS)
        note = (f" The {view.CHART_FIELDS} with the most contacts are shown; all "
                f"{len(summary.fields)} are in the tables below."
                if len(summary.fields) > view.CHART_FIELDS else "")
        view.chart(breakdown_chart(shown, "Field", large=large, title="Fields explored"),
                   describe_breakdown(shown, "Field") + note)
    labels = set(summary.found_via["label"]) | set(summary.fields["label"])
    if WITHHELD in labels:
        st.caption(f"“{WITHHELD}” counts entries that repeat a contact's or organization's "
                   "name, so no name is shown.")


def summary_page(uploads: list) -> None:
    summary = summary_of(uploads)
    if summary.skipped:
        view.skipped_files(summary)
    if not summary.students:
        st.error("None of the files could be counted. Check the reasons above: each should be "
                 "a log downloaded from the Interview log page.", icon=":material/error:")
        return
    view.headline(summary, large)
    charts(summary)
    view.tables(summary)
    st.download_button("Download the class numbers (CSV)", data=partial(aggregate_csv, summary),
                       file_name="class-summary.csv", mime="text/csv", on_click="ignore",
                       icon=":material/download:")


@st.fragment  # the files live in this tab only: adding files reruns just this part
def class_files() -> None:
    uploads = st.file_uploader("Students' interview logs (CSV)", accept_multiple_files=True,
                               type=["csv", "txt"], key="_class_files",
                               help="Select all the files at once; you can add more later.")
    # Pages never stop the script early: app.py saves the work in the browser after the page.
    if uploads:
        summary_page(uploads)
    else:
        ss.pop("class_summary", None)
        view.empty_state()


st.title("Class summary", anchor=False)
st.markdown("See how your class is doing with information interviews: drop every student's "
            "exported interview log here.")
st.caption(":material/lock: Only counts are shown — never a contact's name, organization or "
           "note. The files are read for this browser tab only; nothing is kept after you "
           "close it.")
class_files()
