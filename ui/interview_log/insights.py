"""What the log shows: headline numbers, charts, follow-ups and the referral tree."""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from interview_coach.log import charts as log_charts
from interview_coach.log import stats as log_stats
from interview_coach.log.follow_ups import follow_ups
from interview_coach.log.referral_tree import describe_referrals, has_referrals, referral_dot
from interview_coach.markdown_text import md_escape
from ui import course, state

EMPTY = ("Nothing to show yet. Add the people you contact in **My log** (or press **Load sample "
         "log** to see an example), and your charts will appear here.")
MAX_FOLLOW_UPS = 25
MAX_TREE_PEOPLE = 300
ICONS = {"thank_you": ":material/mail:", "upcoming": ":material/event:",
         "check_in": ":material/schedule_send:", "move_on": ":material/redo:"}


def per_log(name: str, build):
    """build(), worked out again only when the log, hide-names, projector mode or the day
    changed: the page reruns after every click, the log changes far less often."""
    ss = st.session_state
    key = (ss.log_version, ss.hide_names, ss.projector, date.today())
    kept = ss.setdefault("_per_log", {})
    if name not in kept or kept[name][0] != key:
        kept[name] = (key, build())
    return kept[name][1]


def show_headline(log: pd.DataFrame) -> None:
    numbers = per_log("headline", lambda: log_stats.headline(log, date.today()))
    # Keyed so ui/style.py can set the four cards two by two on a phone.
    with st.container(key="log_headline"):
        contacted, held, thanked, referrals = st.columns(4)
        contacted.metric("People contacted", numbers.people_contacted, border=True,
                         height="stretch")
        held.metric("Interviews held", numbers.interviews_held, border=True, height="stretch")
        missing = numbers.thank_yous_missing
        thanked.metric("Thank-you notes sent",
                       f"{numbers.thank_yous_sent} of {numbers.interviews_held}",
                       border=True, height="stretch",
                       help="Send one within a day of every interview (Step 6).",
                       delta=f"{missing} still to send" if missing else None,
                       delta_color="red", delta_arrow="off")
        referrals.metric("Referrals gained", numbers.referrals_named,
                         border=True, height="stretch",
                         help="Names of others to talk to, from your contacts (Step 7).")


def _chart(spec, description: str) -> None:
    st.vega_lite_chart(spec, width="stretch")
    st.caption(md_escape(description))  # it names the student's fields and ways of finding


def _specs(chart, description: str) -> tuple[dict, str]:
    return chart.to_dict(), description


def _build_charts(log: pd.DataFrame, large: bool) -> dict:
    weekly = log_stats.weekly_interviews(log)
    funnel = log_stats.funnel(log)
    if not log_charts.has_data(funnel):
        return {}
    built = {"funnel": _specs(log_charts.funnel_chart(funnel, large=large),
                              log_charts.describe_funnel(funnel))}
    if log_charts.has_data(weekly):
        built["weekly"] = _specs(log_charts.weekly_chart(weekly, large=large),
                                 log_charts.describe_weekly(weekly))
    for field, title in [("found_via", "How found"), ("field", "Field")]:
        frame = log_stats.breakdown(log, field)
        built[field] = _specs(log_charts.breakdown_chart(frame, title, large=large),
                              log_charts.describe_breakdown(frame, title))
    return built


# One chart at a time: each is drawn larger, and a browser draws one chart, not four.
CHART_VIEWS = {"Over time": "weekly", "Funnel": "funnel", "How you found them": "found_via",
               "Fields": "field"}


def show_charts(log: pd.DataFrame, large: bool) -> None:
    built = per_log("charts", lambda: _build_charts(log, large))
    if not built:
        st.info(EMPTY, icon=":material/insights:")
        return
    ss = st.session_state
    ss.setdefault("chart_view", next(iter(CHART_VIEWS)))
    ss._w_chart_view = ss.chart_view  # our key outlives the widget's when the tab closes
    st.segmented_control("Chart", list(CHART_VIEWS), key="_w_chart_view", required=True,
                         on_change=state.keep, args=("chart_view",))
    shown = CHART_VIEWS[ss.chart_view]
    if shown in built:
        _chart(*built[shown])
    else:
        st.info("No completed interviews yet: this chart starts with your first one.",
                icon=":material/insights:")


def show_follow_ups(log: pd.DataFrame) -> None:
    wording = course.follow_up_wording()
    items = per_log("follow_ups", lambda: follow_ups(log, date.today(), wording))
    if not items:
        st.success("Nothing to follow up right now. Keep your log up to date and reminders "
                   "appear here: thank-you notes, requests with no answer, interviews coming up.",
                   icon=":material/task_alt:")
        return
    if len(items) > MAX_FOLLOW_UPS:
        st.caption(f"The {MAX_FOLLOW_UPS} most urgent of {len(items)} follow-ups.")
    for item in items[:MAX_FOLLOW_UPS]:
        with st.container(border=True):
            st.markdown(f"{ICONS.get(item.kind, '')} **{md_escape(item.title)}**")
            st.markdown(md_escape(item.message))


def show_referral_tree(log: pd.DataFrame, large: bool) -> None:
    if not has_referrals(log):
        st.info("When a contact gives you the name of someone else (Step 7), add that person "
                "to your log with **Referred by** filled in. Your network then grows here.",
                icon=":material/account_tree:")
        return
    dot, sentence = per_log("referrals", lambda: (
        referral_dot(log, font_size=22 if large else 14), describe_referrals(log)))
    if dot.count("label=") > MAX_TREE_PEOPLE:
        st.info(f"Your network is too large to draw ({MAX_TREE_PEOPLE} people at most).")
    else:
        st.graphviz_chart(dot, width="content")
    st.caption(md_escape(sentence))  # names as typed, never as Markdown
