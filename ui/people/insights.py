"""What the People page shows about everyone: follow-ups (each with the button that does it),
charts and the referral tree — all made from the records, again after every change."""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from interview_coach.classroom.hidden_names import hide_names
from interview_coach.log.follow_ups import follow_ups
from interview_coach.markdown_text import md_escape
from interview_coach.people import referral_chain
from ui import course, people
from ui.people.board import act
from ui.people.charts import show_charts

ss = st.session_state
MAX_FOLLOW_UPS = 25
MAX_TREE_PEOPLE = 300
ICONS = {"thank_you": ":material/mail:", "upcoming": ":material/event:",
         "check_in": ":material/schedule_send:", "move_on": ":material/redo:"}
# The follow-up's own button: what the student does about it, from this page.
ACTION_OF_KIND = {"thank_you": "thank_you", "upcoming": "prep", "check_in": "write_request",
                  "move_on": "no_reply"}


def per_people(name: str, build):
    """build(), again only when a record, Hide names, projector mode or the day changed."""
    key = (people.version(), ss.hide_names, ss.projector, date.today())
    kept = ss.setdefault("_per_people", {})
    if name not in kept or kept[name][0] != key:
        kept[name] = (key, build())
    return kept[name][1]


def view() -> pd.DataFrame:
    """The people who have been asked, as the numbers and charts count them."""
    return per_people("view", lambda: hide_names(people.asked_frame()) if ss.hide_names
                      else people.asked_frame())


def show_follow_ups() -> None:
    wording = course.follow_up_wording()
    items = per_people("follow_ups", lambda: follow_ups(view(), date.today(), wording))
    if not items:
        st.success(course.people_wording().insights.no_follow_ups, icon=":material/task_alt:")
        return
    if len(items) > MAX_FOLLOW_UPS:
        st.caption(course.people_wording().insights.most_urgent.format(shown=MAX_FOLLOW_UPS,
                                                                      total=len(items)))
    labels = course.people_wording().buttons
    button_of = {"thank_you": labels.thank_you, "prep": labels.prep,
                 "write_request": labels.write_request, "no_reply": labels.no_reply}
    for item in items[:MAX_FOLLOW_UPS]:
        with st.container(border=True):
            st.markdown(f"{ICONS.get(item.kind, '')} **{md_escape(item.title)}**")
            st.markdown(md_escape(item.message))
            action = ACTION_OF_KIND[item.kind]
            if item.person_id in people.people():
                st.button(button_of[action], key=f"_follow_{item.kind}_{item.person_id}",
                          on_click=act, args=(item.person_id, action))


def charts() -> None:
    show_charts(view(), large=ss.projector, built_by=per_people)


def referral_tree() -> None:
    everyone = people.people()
    if not referral_chain.has_referrals(everyone):
        st.info(course.people_wording().insights.no_tree, icon=":material/account_tree:")
        return
    shown = everyone
    if ss.hide_names:
        names = hide_names(people.frame())["contact"].tolist()
        shown = {pid: {**p, "name": n} for (pid, p), n in zip(everyone.items(), names,
                                                                strict=True)}
    dot, sentence = per_people("referrals", lambda: (
        referral_chain.referral_dot(shown, font_size=22 if ss.projector else 14),
        referral_chain.describe_referrals(shown)))
    if dot.count("label=") > MAX_TREE_PEOPLE:
        st.info(course.people_wording().insights.tree_too_large.format(most=MAX_TREE_PEOPLE))
    else:
        st.caption(course.people_wording().insights.tree_scrolls)
        with st.container(key="referral_tree"):
            st.graphviz_chart(dot, width="content")
    st.caption(md_escape(sentence))
