"""Content files, loaded once per server and shared by every student (they hold no student data)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import pandas as pd
import streamlit as st

from interview_coach.checklist import Checklist, load_checklist
from interview_coach.content import CONTENT_DIR, ContentError
from interview_coach.demo import Demo, load_demo
from interview_coach.follow_ups import FollowUpWording, load_follow_up_wording
from interview_coach.guide import Guide, load_guide
from interview_coach.job_words import JobWords, load_job_words
from interview_coach.log_csv import read_log_csv
from interview_coach.pocket_card import PocketCardContent, load_pocket_card_content
from interview_coach.question_bank import QuestionBank, load_question_bank
from interview_coach.quiz import Quiz, load_quiz
from interview_coach.time_budget import TimeBudgetContent, load_time_budget_content
from interview_coach.writing_templates import Writing, load_writing

T = TypeVar("T")


def _checked(loader: Callable[[], T]) -> T:
    """Run a cached loader; a broken content file stops the page with one clear message."""
    try:
        return loader()
    except ContentError as err:
        st.error(
            f"**The coach cannot show this page because a content file is broken.**\n\n{err}\n\n"
            "Please tell your instructor; your own work is not affected.",
            icon=":material/error:",
        )
        st.stop()


@st.cache_data(show_spinner=False)
def _guide() -> Guide:
    return load_guide()


def guide() -> Guide:
    return _checked(_guide)


@st.cache_data(show_spinner=False)
def _question_bank() -> QuestionBank:
    return load_question_bank()


def question_bank() -> QuestionBank:
    return _checked(_question_bank)


@st.cache_data(show_spinner=False)
def _job_words() -> JobWords:
    return load_job_words()


def job_words() -> JobWords:
    return _checked(_job_words)


@st.cache_data(show_spinner=False)
def _time_budget() -> TimeBudgetContent:
    return load_time_budget_content()


def time_budget() -> TimeBudgetContent:
    return _checked(_time_budget)


@st.cache_data(show_spinner=False)
def _pocket_card() -> PocketCardContent:
    return load_pocket_card_content()


def pocket_card() -> PocketCardContent:
    return _checked(_pocket_card)


@st.cache_data(show_spinner=False)
def _checklist() -> Checklist:
    return load_checklist()


def checklist() -> Checklist:
    return _checked(_checklist)


@st.cache_data(show_spinner=False)
def _writing() -> Writing:
    return load_writing()


def writing() -> Writing:
    return _checked(_writing)


@st.cache_data(show_spinner=False)
def _quiz() -> Quiz:
    return load_quiz()


def quiz() -> Quiz:
    return _checked(_quiz)


@st.cache_data(show_spinner=False)
def _sample_log() -> pd.DataFrame:
    result = read_log_csv((CONTENT_DIR / "sample_log.csv").read_bytes())
    if result.log is None:
        raise ContentError("content/sample_log.csv", "", result.refused or "cannot be read")
    return result.log


def sample_log() -> pd.DataFrame:
    """The example log for demos (a fresh copy on every call)."""
    return _checked(_sample_log)


@st.cache_data(show_spinner=False)
def _follow_up_wording() -> FollowUpWording:
    return load_follow_up_wording()


def follow_up_wording() -> FollowUpWording:
    return _checked(_follow_up_wording)


@st.cache_data(show_spinner=False)
def _demo() -> Demo:
    return load_demo(question_bank(), checklist())


def demo() -> Demo:
    return _checked(_demo)
