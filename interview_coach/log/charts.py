"""Vega-Lite chart specs for the interview-log summaries, readable on a projector.

Each factory takes a small frame from `log_stats` and returns a Vega-Lite spec (a plain dict,
drawn by `st.vega_lite_chart`), or None when there is nothing to draw, so the page can show
guidance instead of empty axes. Written as dicts, not with Altair: with Altair the Over time
chart of 50 people took 84 ms of the server's time to build, as a dict 0.3 ms (py-spy on
bench/ws_load.py had put a sixth of a class's server time there). tests/log/test_charts.py checks
every spec against Vega-Lite's schema.
Each chart has a `describe_*` sentence for screen-reader users. Widths are left to the
container (`st.vega_lite_chart(..., width="stretch")`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import pandas as pd

from interview_coach.plain_text import plural

Spec = dict[str, Any]
SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json"
# Okabe-Ito hues, darkened where needed so text and marks reach 4.5:1 on white (WCAG AA).
INTERVIEW_COLOUR = "#0072B2"  # 5.2:1
TOTAL_COLOUR = "#B34700"  # 5.5:1
CONTACT_COLOUR = "#B34700"
INK = "#1A1A1A"  # 17:1
MUTED_INK = "#4D4D4D"  # 8.5:1
GRID_COLOUR = "#D9D9D9"
FONT = "Source Sans Pro, Arial, sans-serif"
# Bars beyond this many weeks get no number labels; they would overlap.
MAX_LABELLED_WEEKS = 26
# Below this many interviews "over time" is a small table: one full-width bar says nothing.
FEW_INTERVIEWS = 3


@dataclass(frozen=True)
class Sizes:
    """Pixel sizes: text (axis labels and titles, bar numbers), chart title, bar step."""

    text: int
    title: int
    bar_step: int
    label_limit: int


NORMAL = Sizes(text=14, title=18, bar_step=44, label_limit=190)
LARGE = Sizes(text=22, title=28, bar_step=64, label_limit=380)  # projector mode
_COUNT_COLUMNS = ("interviews", "count", "contacts")


def has_data(frame: pd.DataFrame | None) -> bool:
    """True when a log_stats frame has at least one positive count worth charting."""
    if frame is None or frame.empty:
        return False
    return any(col in frame and frame[col].sum() > 0 for col in _COUNT_COLUMNS)


def sizes(large: bool) -> Sizes:
    return LARGE if large else NORMAL


def axis(s: Sizes, **extra) -> Spec:
    """An axis in the shared fonts, sizes and colours; `extra` adds or overrides settings."""
    return {"labelFontSize": s.text, "titleFontSize": s.text, "labelColor": INK,
            "titleColor": INK, "labelFont": FONT, "titleFont": FONT,
            "labelLimit": s.label_limit, "gridColor": GRID_COLOUR} | extra


def field(name: str, kind: str, **extra) -> Spec:
    """An encoding channel: a field of the data and its Vega-Lite type."""
    return {"field": name, "type": kind} | extra


def text_mark(s: Sizes, **extra) -> Spec:
    return {"type": "text", "fontSize": s.text, "color": INK, "font": FONT} | extra


def finish(spec: Spec, title: str, s: Sizes, rows: list[dict[str, Any]]) -> Spec:
    """The top level: the data, the title and no frame around the plot."""
    return {"$schema": SCHEMA, "data": {"values": rows},
            "title": {"text": title, "fontSize": s.title, "color": INK, "font": FONT,
                      "anchor": "start"},
            "config": {"view": {"strokeWidth": 0}}} | spec


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """The frame's rows as JSON values: whole numbers as int, dates as ISO text."""
    def cell(value: Any) -> Any:
        if isinstance(value, pd.Timestamp):
            return value.isoformat()
        return value.item() if hasattr(value, "item") else value

    return [{k: cell(v) for k, v in row.items()} for row in frame.to_dict("records")]


def _room_for_labels(longest: float) -> Spec:
    """A count axis running a fifth past the longest bar, so its number is never cut off."""
    return {"domain": [0, math.ceil(max(float(longest), 1) * 1.2)], "nice": False}


def weekly_table(frame: pd.DataFrame, *, large: bool = False) -> Spec:
    """The weeks that had interviews as a small table drawn in text (Week starting, Interviews),
    for the few-interviews case, where bars would say nothing."""
    s = sizes(large)
    weeks = frame[frame["interviews"] > 0]
    headings = ["Week starting", "Interviews"]
    cells = ([{"row": i, "column": headings[0], "value": _day_month(week, True)}
              for i, week in enumerate(weeks["week"])]
             + [{"row": i, "column": headings[1], "value": str(int(n))}
                for i, n in enumerate(weeks["interviews"])])
    top = axis(s, orient="top", labelAngle=0, domain=False, ticks=False, grid=False,
               labelFontWeight="bold", labelAlign="left", labelPadding=8)
    table = {
        "mark": text_mark(s, align="left"),
        "encoding": {
            "x": field("column", "nominal", sort=headings, title=None, axis=top),
            "y": field("row", "ordinal", axis=None),
            "text": field("value", "nominal"),
        },
        "height": {"step": int(s.bar_step * 0.8)},
    }
    return finish(table, "Interviews each week", s, cells)


def weekly_chart(frame: pd.DataFrame, *, large: bool = False) -> Spec | None:
    """Bars: interviews each week; line: total so far (right-hand axis). None when empty; a
    small table (weekly_table) below FEW_INTERVIEWS interviews."""
    if not has_data(frame):
        return None
    if int(frame["interviews"].sum()) < FEW_INTERVIEWS:
        return weekly_table(frame, large=large)
    s = sizes(large)
    labelled = len(frame) <= MAX_LABELLED_WEEKS
    tooltip = [
        field("week", "temporal", title="Week starting", format="%-d %b %Y"),
        field("interviews", "quantitative", title="Interviews that week"),
        field("cumulative", "quantitative", title="Total so far"),
    ]
    mondays = [{"year": w.year, "month": w.month, "date": w.day} for w in frame["week"]]
    x_axis = axis(s, format="%-d %b", labelAngle=0, title="Week starting", grid=False,
                  labelOverlap="greedy", **({"values": mondays} if labelled else {}))
    week = field("week", "temporal")
    interviews = field("interviews", "quantitative")
    # Each bar is centred on its Monday (where the axis label sits) and spans 6 of the 7 days.
    bars = {
        "mark": {"type": "bar", "color": INTERVIEW_COLOUR},
        "transform": [{"calculate": "timeOffset('hours', datum.week, -72)", "as": "start"},
                      {"calculate": "timeOffset('hours', datum.week, 72)", "as": "end"}],
        "encoding": {
            "x": field("start", "temporal", axis=x_axis), "x2": {"field": "end"},
            "y": interviews | {"axis": axis(s, title="Interviews that week", tickMinStep=1,
                                            titleColor=INTERVIEW_COLOUR)},
            "y2": {"datum": 0}, "tooltip": tooltip,
        },
    }
    weekly = [bars]
    if labelled:
        weekly.append({
            "mark": text_mark(s, baseline="bottom", dy=-4),
            "transform": [{"filter": "datum.interviews > 0"}],
            "encoding": {"x": week, "y": interviews, "text": interviews | {"format": "d"}},
        })
    total_axis = axis(s, title="Total so far", orient="right", grid=False, tickMinStep=1,
                      titleColor=TOTAL_COLOUR)
    running = {
        "mark": {"type": "line", "color": TOTAL_COLOUR, "strokeWidth": 3, "strokeDash": [8, 4],
                 "point": {"color": TOTAL_COLOUR, "filled": True, "opacity": 1,
                           "size": s.text * 6}},
        "encoding": {"x": week, "y": field("cumulative", "quantitative", axis=total_axis),
                     "tooltip": tooltip},
    }
    chart = {"layer": [{"layer": weekly}, running], "resolve": {"scale": {"y": "independent"}},
             "height": s.bar_step * 8}
    return finish(chart, "Interviews each week and total so far", s, records(frame))


def funnel_chart(frame: pd.DataFrame, *, large: bool = False) -> Spec | None:
    """Horizontal bars, one per funnel stage in order, with the count at each bar's end."""
    if not has_data(frame):
        return None
    s = sizes(large)
    encoding = {
        "y": field("stage", "nominal", sort={"field": "order"}, axis=axis(s, title=None)),
        "x": field("count", "quantitative", axis=axis(s, title="Contacts", tickMinStep=1),
                   scale=_room_for_labels(frame["count"].max())),
        "tooltip": [field("stage", "nominal", title="Stage"),
                    field("count", "quantitative", title="Contacts")],
    }
    chart = {
        "layer": [{"mark": {"type": "bar", "color": INTERVIEW_COLOUR}, "encoding": encoding},
                  _numbers(encoding, "count", s)],
        "height": {"step": s.bar_step},
    }
    return finish(chart, "From first request to referral", s, records(frame))


def _numbers(encoding: Spec, name: str, s: Sizes) -> Spec:
    """Each bar's number just past its end."""
    return {"mark": text_mark(s, align="left", dx=6),
            "encoding": encoding | {"text": field(name, "quantitative", format="d")}}


def breakdown_chart(
    frame: pd.DataFrame, label_title: str, *, large: bool = False, title: str | None = None
) -> Spec | None:
    """Paired horizontal bars (contacts, interviews) per label, labels kept in the frame's order."""
    if not has_data(frame):
        return None
    s = sizes(large)
    measures = ["Contacts", "Interviews"]
    rows = [{"label": row["label"], "measure": measure, "value": int(row[column])}
            for row in frame.to_dict("records")
            for measure, column in zip(measures, ("contacts", "interviews"), strict=True)]
    colour = field("measure", "nominal", title=None,
                   scale={"domain": measures, "range": [CONTACT_COLOUR, INTERVIEW_COLOUR]},
                   # one under the other: side by side it ran off a phone's edge
                   legend={"orient": "top", "direction": "vertical", "labelFontSize": s.text,
                           "labelColor": INK, "labelFont": FONT, "symbolSize": s.text * 14,
                           "symbolType": "square"})
    encoding = {
        "y": field("label", "nominal", sort=list(frame["label"]),
                   axis=axis(s, title=label_title)),
        "yOffset": field("measure", "nominal", sort=measures),
        "x": field("value", "quantitative", axis=axis(s, title="Number", tickMinStep=1),
                   scale=_room_for_labels(frame[["contacts", "interviews"]].max().max())),
        "tooltip": [field("label", "nominal", title=label_title),
                    field("measure", "nominal", title="Counting"),
                    field("value", "quantitative", title="Number")],
    }
    chart = {
        "layer": [{"mark": {"type": "bar"}, "encoding": encoding | {"color": colour}},
                  _numbers(encoding, "value", s)],
        "height": {"step": int(s.bar_step * 1.4)},
    }
    return finish(chart, title or f"Contacts and interviews by {label_title.lower()}", s, rows)


def _day_month(ts: pd.Timestamp, with_year: bool) -> str:
    return f"{ts.day} {ts:%b}" + (f" {ts.year}" if with_year else "")


def describe_weekly(frame: pd.DataFrame) -> str:
    """One sentence, e.g. "12 interviews over 8 weeks; busiest week of 6 Oct with 4."; when
    several weeks share the top, "at most 2 in one week (5 weeks had 2)"."""
    if not has_data(frame):
        return "No interviews recorded yet."
    total = int(frame["interviews"].sum())
    busiest = frame.loc[frame["interviews"].idxmax()]
    top = int(busiest["interviews"])
    with_year = frame["week"].dt.year.nunique() > 1
    week = _day_month(busiest["week"], with_year)
    if len(frame) == 1:
        return f"{plural(total, 'interview')} in the week of {week}."
    over = f"{plural(total, 'interview')} over {plural(len(frame), 'week')}"
    if (tied := int((frame["interviews"] == top).sum())) > 1:
        return f"{over}; at most {top} in one week ({tied} weeks had {top})."
    return f"{over}; busiest week of {week} with {top}."


def describe_funnel(frame: pd.DataFrame) -> str:
    """One sentence naming every stage's count in order."""
    if not has_data(frame):
        return "No requests recorded yet."
    asked, scheduled, completed, thanked, referred = frame.sort_values("order")["count"]
    return (
        f"Of {plural(int(asked), 'contact')} you asked, {scheduled} scheduled an interview, "
        f"{completed} completed one, {thanked} got a thank-you note "
        f"and {referred} named a referral."
    )


def describe_breakdown(frame: pd.DataFrame, label_title: str) -> str:
    """One sentence listing each label with its contacts and interviews."""
    if not has_data(frame):
        return f"No contacts recorded by {label_title.lower()} yet."
    parts = [
        f"{row.label}: {plural(int(row.contacts), 'contact')}, "
        f"{plural(int(row.interviews), 'interview')}"
        for row in frame.itertuples()
    ]
    return f"Contacts and interviews by {label_title.lower()}: " + "; ".join(parts) + "."
