"""The department report: one printable HTML page of the class's numbers, no names.

Made from a class-view summary (small groups already left out), so nothing on it can point at
one student. Rendered with Jinja2 with autoescaping on: the term label the instructor types and
every label from the students' files are escaped. Charts are plain HTML bars in large type,
readable on a slide and printable without scripts.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
from jinja2 import Environment, select_autoescape

from interview_coach.classroom.class_summary import MIN_GROUP, ClassSummary

MAX_LABEL = 120
MAX_BARS = 12

_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{{ words.title }}{% if term %} · {{ term }}{% endif %}</title>
<style>
  body { font-family: system-ui, "DejaVu Sans", sans-serif; color: #111827; margin: 2rem auto;
         max-width: 60rem; font-size: 20px; line-height: 1.45; }
  h1 { font-size: 2rem; margin-bottom: 0.2rem; } h2 { font-size: 1.5rem; margin-top: 2rem; }
  .term { font-size: 1.3rem; color: #1e3a8a; margin: 0; }
  .numbers { display: grid; grid-template-columns: repeat(3, 1fr); gap: 0.8rem; }
  .number { border: 2px solid #cbd5e1; border-radius: 0.5rem; padding: 0.6rem 0.9rem; }
  .number strong { display: block; font-size: 2.2rem; }
  .chart { break-inside: avoid; margin-bottom: 1.5rem; }
  .bar-row { display: grid; grid-template-columns: 16rem 1fr 3.5rem; gap: 0.6rem;
             align-items: center; margin: 0.25rem 0; }
  .bar { background: #1d4ed8; height: 1.4rem; border-radius: 0.2rem;
         print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .small { font-size: 0.9rem; color: #374151; }
  @media print { body { margin: 0.5cm; } .hint { display: none; } }
</style>
</head>
<body>
<h1>{{ words.title }}</h1>
{% if term %}<p class="term">{{ term }}</p>{% endif %}
<p class="small">{{ generated }}</p>
<p class="small hint">{{ words.print_hint }}</p>
<h2>{{ words.numbers_heading }}</h2>
<div class="numbers">
{% for label, value in numbers %}  <div class="number"><strong>{{ value }}</strong>{{ label }}</div>
{% endfor %}</div>
<h2>{{ words.charts_heading }}</h2>
{% for chart in charts %}<section class="chart">
  <h3>{{ chart.title }}</h3>
{% for label, value, width in chart.bars %}  <div class="bar-row"><span>{{ label }}</span>
    <div class="bar" style="width: {{ width }}%"></div><span>{{ value }}</span></div>
{% endfor %}</section>
{% endfor %}<p class="small">{{ words.privacy }}</p>
</body>
</html>
"""

_ENV = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
_PAGE = _ENV.from_string(_TEMPLATE)


def _bars(frame: pd.DataFrame, label: str, value: str) -> list[tuple[str, int, float]]:
    top = max([int(v) for v in frame[value]] + [1])
    return [(str(row[label])[:MAX_LABEL], int(row[value]), round(100 * int(row[value]) / top, 1))
            for _, row in frame.head(MAX_BARS).iterrows()]


def _per_student(summary: ClassSummary) -> pd.DataFrame:
    counts = summary.per_student["interviews"].value_counts()
    counts = counts[counts.ge(MIN_GROUP)].sort_index()
    return pd.DataFrame({"label": [str(n) for n in counts.index], "students": counts.to_list()})


def department_report_html(summary: ClassSummary, words: dict[str, str], numbers: list,
                           chart_titles: dict[str, str], term: str = "",
                           today: date | None = None) -> str:
    """The page. `numbers` are (label, shown value) pairs as the page's headline shows them;
    `chart_titles` names the per_student, funnel, found_via and fields charts."""
    today = today or date.today()
    charts = [
        {"title": chart_titles["per_student"],
         "bars": _bars(_per_student(summary), "label", "students")},
        {"title": chart_titles["funnel"], "bars": _bars(summary.funnel, "stage", "count")},
        {"title": chart_titles["found_via"],
         "bars": _bars(summary.found_via.loc[summary.found_via["contacts"].gt(0)],
                       "label", "contacts")},
        {"title": chart_titles["fields"],
         "bars": _bars(summary.fields.loc[summary.fields["contacts"].gt(0)],
                       "label", "contacts")},
    ]
    return _PAGE.render(words=words, term=" ".join(term.split())[:MAX_LABEL],
                        generated=words["generated"].format(day=today.isoformat()),
                        numbers=numbers, charts=charts)
