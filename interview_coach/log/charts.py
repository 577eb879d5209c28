"""Altair chart factories for the interview-log summaries, readable on a projector.

Each factory takes a small frame from `log_stats` and returns None when there is nothing to
draw, so the page can show guidance instead of empty axes. Each chart has a `describe_*`
sentence for screen-reader users. Widths are left to the container (`st.altair_chart` stretches).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import altair as alt
import pandas as pd

from interview_coach.plain_text import plural

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


def _sizes(large: bool) -> Sizes:
    return LARGE if large else NORMAL


def _axis(s: Sizes, **extra) -> alt.Axis:
    settings = dict(
        labelFontSize=s.text,
        titleFontSize=s.text,
        labelColor=INK,
        titleColor=INK,
        labelFont=FONT,
        titleFont=FONT,
        labelLimit=s.label_limit,
        gridColor=GRID_COLOUR,
    )
    return alt.Axis(**(settings | extra))


def _finish(chart: alt.TopLevelMixin, title: str, s: Sizes) -> alt.TopLevelMixin:
    return chart.properties(
        title=alt.TitleParams(title, fontSize=s.title, color=INK, font=FONT, anchor="start")
    ).configure_view(strokeWidth=0)


def _room_for_labels(values: pd.Series) -> alt.Scale:
    """A count axis running a fifth past the longest bar, so its number is never cut off."""
    return alt.Scale(domain=[0, math.ceil(max(float(values.max()), 1) * 1.2)], nice=False)


def _labels(bars: alt.Chart, field: str, s: Sizes, **offset) -> alt.Chart:
    return bars.mark_text(fontSize=s.text, color=INK, font=FONT, **offset).encode(
        text=alt.Text(f"{field}:Q", format="d")
    )


def weekly_table(frame: pd.DataFrame, *, large: bool = False) -> alt.TopLevelMixin:
    """The weeks that had interviews as a small table drawn in text (Week starting, Interviews),
    for the few-interviews case, where bars would say nothing."""
    s = _sizes(large)
    weeks = frame[frame["interviews"] > 0]
    headings = ["Week starting", "Interviews"]
    cells = pd.DataFrame(
        [{"row": i, "column": headings[0], "value": _day_month(week, True)}
         for i, week in enumerate(weeks["week"])]
        + [{"row": i, "column": headings[1], "value": str(int(n))}
           for i, n in enumerate(weeks["interviews"])])
    table = alt.Chart(cells).mark_text(fontSize=s.text, color=INK, font=FONT, align="left").encode(
        x=alt.X("column:N", sort=headings, title=None,
                axis=_axis(s, orient="top", labelAngle=0, domain=False, ticks=False, grid=False,
                           labelFontWeight="bold", labelAlign="left", labelPadding=8)),
        y=alt.Y("row:O", axis=None),
        text="value:N",
    ).properties(height=alt.Step(int(s.bar_step * 0.8)))
    return _finish(table, "Interviews each week", s)


def weekly_chart(frame: pd.DataFrame, *, large: bool = False) -> alt.TopLevelMixin | None:
    """Bars: interviews each week; line: total so far (right-hand axis). None when empty; a
    small table (weekly_table) below FEW_INTERVIEWS interviews."""
    if not has_data(frame):
        return None
    if int(frame["interviews"].sum()) < FEW_INTERVIEWS:
        return weekly_table(frame, large=large)
    s = _sizes(large)
    # Each bar is centred on its Monday (where the axis label sits) and spans 6 of the 7 days.
    # The data goes on the top layer only: Altair copies every layer whole at each step.
    base = alt.Chart().transform_calculate(
        start="timeOffset('hours', datum.week, -72)", end="timeOffset('hours', datum.week, 72)"
    )
    tooltip = [
        alt.Tooltip("week:T", title="Week starting", format="%-d %b %Y"),
        alt.Tooltip("interviews:Q", title="Interviews that week"),
        alt.Tooltip("cumulative:Q", title="Total so far"),
    ]
    mondays = [alt.DateTime(year=w.year, month=w.month, date=w.day) for w in frame["week"]]
    x_axis = _axis(
        s,
        format="%-d %b",
        labelAngle=0,
        title="Week starting",
        grid=False,
        labelOverlap="greedy",
        **({"values": mondays} if len(frame) <= MAX_LABELLED_WEEKS else {}),
    )
    weekly_axis = _axis(s, title="Interviews that week", tickMinStep=1, titleColor=INTERVIEW_COLOUR)
    bars = base.mark_bar(color=INTERVIEW_COLOUR).encode(
        x=alt.X("start:T", axis=x_axis),
        x2="end:T",
        y=alt.Y("interviews:Q", axis=weekly_axis),
        y2=alt.datum(0),
        tooltip=tooltip,
    )
    weekly = [bars]
    if len(frame) <= MAX_LABELLED_WEEKS:
        labelled = base.transform_filter("datum.interviews > 0").encode(
            x="week:T", y="interviews:Q"
        )
        weekly.append(_labels(labelled, "interviews", s, baseline="bottom", dy=-4))
    total_axis = _axis(
        s, title="Total so far", orient="right", grid=False, tickMinStep=1, titleColor=TOTAL_COLOUR
    )
    total = base.encode(x="week:T", y=alt.Y("cumulative:Q", axis=total_axis), tooltip=tooltip)
    # One layer, its points overlaid: each layer costs Altair a copy of the whole chart.
    running = total.mark_line(
        color=TOTAL_COLOUR, strokeWidth=3, strokeDash=[8, 4],
        point=alt.OverlayMarkDef(color=TOTAL_COLOUR, filled=True, opacity=1, size=s.text * 6))
    chart = (
        alt.layer(alt.layer(*weekly), running, data=frame)
        .resolve_scale(y="independent")
        .properties(height=s.bar_step * 8)
    )
    return _finish(chart, "Interviews each week and total so far", s)


def funnel_chart(frame: pd.DataFrame, *, large: bool = False) -> alt.TopLevelMixin | None:
    """Horizontal bars, one per funnel stage in order, with the count at each bar's end."""
    if not has_data(frame):
        return None
    s = _sizes(large)
    base = alt.Chart(frame).encode(
        y=alt.Y("stage:N", sort=alt.EncodingSortField("order"), axis=_axis(s, title=None)),
        x=alt.X("count:Q", axis=_axis(s, title="Contacts", tickMinStep=1),
                scale=_room_for_labels(frame["count"])),
        tooltip=[alt.Tooltip("stage:N", title="Stage"), alt.Tooltip("count:Q", title="Contacts")],
    )
    bars = base.mark_bar(color=INTERVIEW_COLOUR)
    chart = alt.layer(bars, _labels(base, "count", s, align="left", dx=6)).properties(
        height=alt.Step(s.bar_step)
    )
    return _finish(chart, "From first request to referral", s)


def breakdown_chart(
    frame: pd.DataFrame, label_title: str, *, large: bool = False, title: str | None = None
) -> alt.TopLevelMixin | None:
    """Paired horizontal bars (contacts, interviews) per label, labels kept in the frame's order."""
    if not has_data(frame):
        return None
    s = _sizes(large)
    long = frame.melt(id_vars="label", value_vars=["contacts", "interviews"], var_name="measure")
    long["measure"] = long["measure"].map({"contacts": "Contacts", "interviews": "Interviews"})
    colour = alt.Color(
        "measure:N",
        title=None,
        scale=alt.Scale(
            domain=["Contacts", "Interviews"], range=[CONTACT_COLOUR, INTERVIEW_COLOUR]
        ),
        legend=alt.Legend(
            orient="top",
            direction="vertical",  # one under the other: side by side it ran off a phone's edge
            labelFontSize=s.text,
            labelColor=INK,
            labelFont=FONT,
            symbolSize=s.text * 14,
            symbolType="square",
        ),
    )
    base = alt.Chart(long).encode(
        y=alt.Y("label:N", sort=list(frame["label"]), axis=_axis(s, title=label_title)),
        yOffset=alt.YOffset("measure:N", sort=["Contacts", "Interviews"]),
        x=alt.X("value:Q", axis=_axis(s, title="Number", tickMinStep=1),
                scale=_room_for_labels(long["value"])),
        tooltip=[
            alt.Tooltip("label:N", title=label_title),
            alt.Tooltip("measure:N", title="Counting"),
            alt.Tooltip("value:Q", title="Number"),
        ],
    )
    chart = alt.layer(
        base.mark_bar().encode(color=colour), _labels(base, "value", s, align="left", dx=6)
    ).properties(height=alt.Step(int(s.bar_step * 1.4)))
    return _finish(chart, title or f"Contacts and interviews by {label_title.lower()}", s)


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
