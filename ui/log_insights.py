"""What the log shows: headline numbers, charts, follow-ups and the referral tree."""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from interview_coach import log_charts, log_stats
from interview_coach.follow_ups import follow_ups
from interview_coach.prep_sheet import md_escape
from interview_coach.referral_tree import describe_referrals, has_referrals, referral_dot
from ui import content

EMPTY = ("Nothing to show yet. Add the people you contact in **My log** (or press **Load sample "
         "log** to see an example), and your charts will appear here.")
ICONS = {"thank_you": ":material/mail:", "upcoming": ":material/event:",
         "check_in": ":material/schedule_send:", "move_on": ":material/redo:"}


def show_headline(log: pd.DataFrame) -> None:
    numbers = log_stats.headline(log, date.today())
    contacted, held, thanked, referrals = st.columns(4)
    contacted.metric("People contacted", numbers.people_contacted, border=True)
    held.metric("Interviews held", numbers.interviews_held, border=True)
    missing = numbers.thank_yous_missing
    thanked.metric("Thank-you notes sent",
                   f"{numbers.thank_yous_sent} of {numbers.interviews_held}", border=True,
                   help="Send one within a day of every interview (Step 6).",
                   delta=f"{missing} still to send" if missing else None,
                   delta_color="red", delta_arrow="off")
    referrals.metric("Referrals gained", numbers.referrals_named, border=True,
                     help="Names of others to talk to, from your contacts (Step 7).")


def _chart(chart, description: str) -> None:
    st.altair_chart(chart, width="stretch")
    st.caption(description)


def show_charts(log: pd.DataFrame, large: bool) -> None:
    weekly = log_stats.weekly_interviews(log)
    funnel = log_stats.funnel(log)
    if not log_charts.has_data(funnel):
        st.info(EMPTY, icon=":material/insights:")
        return
    if log_charts.has_data(weekly):
        _chart(log_charts.weekly_chart(weekly, large=large), log_charts.describe_weekly(weekly))
    else:
        st.info("No completed interviews yet: the weekly chart starts with your first one.")
    _chart(log_charts.funnel_chart(funnel, large=large), log_charts.describe_funnel(funnel))
    columns = st.columns(1 if large else 2, gap="large")
    for column, (field, title) in zip(columns * 2, [("found_via", "How found"),
                                                    ("field", "Field")], strict=False):
        frame = log_stats.breakdown(log, field)
        with column:
            _chart(log_charts.breakdown_chart(frame, title, large=large),
                   log_charts.describe_breakdown(frame, title))


def show_follow_ups(log: pd.DataFrame) -> None:
    items = follow_ups(log, date.today(), content.follow_up_wording())
    if not items:
        st.success("Nothing to follow up right now. Keep your log up to date and reminders "
                   "appear here: thank-you notes, requests with no answer, interviews coming up.",
                   icon=":material/task_alt:")
        return
    for item in items:
        with st.container(border=True):
            st.markdown(f"{ICONS.get(item.kind, '')} **{md_escape(item.title)}**")
            st.markdown(md_escape(item.message))


def show_referral_tree(log: pd.DataFrame, large: bool) -> None:
    if not has_referrals(log):
        st.info("When a contact gives you the name of someone else (Step 7), add that person "
                "to your log with **Referred by** filled in. Your network then grows here.",
                icon=":material/account_tree:")
        return
    st.graphviz_chart(referral_dot(log, font_size=22 if large else 14), width="stretch")
    st.caption(describe_referrals(log))
