"""The department report: one printable HTML page of the class's numbers, no names.

Made from a class-view summary (small groups already left out), so nothing on it can point at
one student. Rendered from content/templates/department_report.html.j2 by Jinja2 with
autoescaping on (interview_coach.html_sheet): the term label the instructor types and
every label from the students' files are escaped. Charts are plain HTML bars in large type,
readable on a slide and printable without scripts.
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from interview_coach.classroom.class_summary import MIN_GROUP, ClassSummary
from interview_coach.classroom.summary_words import counted
from interview_coach.html_sheet import render_sheet

MAX_LABEL = 120
MAX_BARS = 12

TEMPLATE = "department_report.html.j2"  # in content/templates/


def _bars(frame: pd.DataFrame, label: str, value: str) -> list[tuple[str, int, float]]:
    top = max([int(v) for v in frame[value]] + [1])
    return [(str(row[label])[:MAX_LABEL], int(row[value]), round(100 * int(row[value]) / top, 1))
            for _, row in frame.head(MAX_BARS).iterrows()]


def _per_student(summary: ClassSummary, label: str) -> pd.DataFrame:
    """Students per number of interviews ("3 interviews": 7), groups under MIN_GROUP left out."""
    counts = summary.per_student["interviews"].value_counts()
    counts = counts[counts.ge(MIN_GROUP)].sort_index()
    return pd.DataFrame({"label": [counted(label, int(n)) for n in counts.index],
                         "students": counts.to_list()})


def department_report_html(summary: ClassSummary, words: dict[str, str], numbers: list,
                           chart_titles: dict[str, str], term: str = "",
                           today: date | None = None) -> str:
    """The page. `numbers` are (label, shown value) pairs as the page's headline shows them;
    `chart_titles` names the per_student, funnel, found_via and fields charts."""
    today = today or date.today()
    charts = [
        {"title": chart_titles["per_student"],
         "bars": _bars(_per_student(summary, words["per_student_bar"]), "label", "students")},
        {"title": chart_titles["funnel"], "bars": _bars(summary.funnel, "stage", "count")},
        {"title": chart_titles["found_via"],
         "bars": _bars(summary.found_via.loc[summary.found_via["contacts"].gt(0)],
                       "label", "contacts")},
        {"title": chart_titles["fields"],
         "bars": _bars(summary.fields.loc[summary.fields["contacts"].gt(0)],
                       "label", "contacts")},
    ]
    return render_sheet(TEMPLATE, words=words, term=" ".join(term.split())[:MAX_LABEL],
                        generated=words["generated"].format(day=today.isoformat()),
                        numbers=numbers, charts=charts)
