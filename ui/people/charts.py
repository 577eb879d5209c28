"""The People page's charts: one at a time, from the people who have been asked."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from interview_coach.log import charts as log_charts
from interview_coach.log import stats as log_stats
from interview_coach.markdown_text import md_escape
from ui import course, state


def _chart(spec, description: str) -> None:
    st.vega_lite_chart(spec, width="stretch")
    st.caption(md_escape(description))  # it names the student's fields and ways of finding


def _build_chart(log: pd.DataFrame, view: str, large: bool) -> tuple[dict, str] | None:
    """The one chart shown (building all four took a quarter of a second of the server's
    time on a Charts click: bench/ws_load.py); None when it has nothing to show yet."""
    if view == "funnel":
        funnel = log_stats.funnel(log)
        return (log_charts.funnel_chart(funnel, large=large),
                log_charts.describe_funnel(funnel))
    if view == "weekly":
        weekly = log_stats.weekly_interviews(log)
        if not log_charts.has_data(weekly):
            return None
        return (log_charts.weekly_chart(weekly, large=large),
                log_charts.describe_weekly(weekly))
    words = course.people_wording().insights
    title = {"found_via": words.found_via_axis, "field": words.field_axis}[view]
    frame = log_stats.breakdown(log, view)
    return (log_charts.breakdown_chart(frame, title, large=large),
            log_charts.describe_breakdown(frame, title))


# One chart at a time: each is drawn larger, and a browser draws one chart, not four.
def show_charts(log: pd.DataFrame, large: bool, built_by) -> None:
    """built_by(name, build): the page's cache of what it has worked out for these people."""
    words = course.people_wording().insights
    views = words.chart_views
    if not built_by("has_charts", lambda: log_stats.has_usable_rows(log)):
        st.info(words.no_charts, icon=":material/insights:")
        return
    ss = st.session_state
    if ss.get("chart_view") not in views:
        ss.chart_view = next(iter(views))
    ss._w_chart_view = ss.chart_view  # our key outlives the widget's when the tab closes
    st.segmented_control(words.chart_label, list(views), key="_w_chart_view", required=True,
                         on_change=state.keep, args=("chart_view",))
    shown = views[ss.chart_view]
    built = built_by(f"chart:{shown}", lambda: _build_chart(log, shown, large))
    if built is not None:
        _chart(*built)
    else:
        st.info(words.chart_waits, icon=":material/insights:")
