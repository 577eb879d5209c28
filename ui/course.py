"""Content files, loaded once per server and shared by every student (they hold no student data)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import pandas as pd
import streamlit as st

from interview_coach.classroom.classroom_words import ClassroomWords, load_classroom_words
from interview_coach.classroom.demo import Demo, load_demo
from interview_coach.classroom.summary_words import ClassSummaryWords, load_class_summary_words
from interview_coach.conversation.companion import CompanionContent, load_companion
from interview_coach.conversation.lens import TiaraContent, load_tiara
from interview_coach.conversation.opening import RehearseContent, load_rehearse
from interview_coach.course.checklist import Checklist, load_checklist
from interview_coach.course.guide import Guide, load_guide
from interview_coach.course.loading import CONTENT_DIR, ContentError
from interview_coach.course.quiz import Quiz, load_quiz
from interview_coach.course.site_map import SiteMap, load_site_map
from interview_coach.log.csv_file import read_log_csv
from interview_coach.log.follow_ups import FollowUpWording, load_follow_up_wording
from interview_coach.people.wording import PeopleWording, load_people_wording
from interview_coach.questions.bank import QuestionBank, load_question_bank
from interview_coach.questions.job_words import JobWords, load_job_words
from interview_coach.questions.pocket_card import PocketCardContent, load_pocket_card_content
from interview_coach.questions.time_budget import TimeBudgetContent, load_time_budget_content
from interview_coach.saving.wording import SavingWording, load_saving_wording
from interview_coach.writing.six_point import SixPointContent, load_six_point
from interview_coach.writing.templates import Writing, load_writing


def _sample_log() -> pd.DataFrame:
    result = read_log_csv((CONTENT_DIR / "sample_log.csv").read_bytes())
    if result.log is None:
        raise ContentError("content/sample_log.csv", "", result.refused or "cannot be read")
    return result.log


# Looked up at call time, so a test can swap one loader for a broken one.
LOADERS: dict[str, Callable[[], Any]] = {
    "guide": load_guide,
    "site_map": load_site_map,
    "question_bank": load_question_bank,
    "job_words": load_job_words,
    "time_budget": load_time_budget_content,
    "pocket_card": load_pocket_card_content,
    "checklist": load_checklist,
    "writing": load_writing,
    "quiz": load_quiz,
    "follow_up_wording": load_follow_up_wording,
    "people_wording": load_people_wording,
    "saving_wording": load_saving_wording,
    "class_summary_words": load_class_summary_words,
    "classroom_words": load_classroom_words,
    "tiara": load_tiara,
    "rehearse": load_rehearse,
    "companion": load_companion,
    "six_point": load_six_point,
    "demo": lambda: load_demo(load_question_bank(), load_checklist()),
    "sample_log": _sample_log,
}


_STAMP_EVERY_S = 1.0
_stamp = {"at": float("-inf"), "value": 0}


def content_stamp() -> int:
    """When a file in content/ last changed, looked up at most once a second: an edited file
    is read again on the next page load, without a restart."""
    now = time.monotonic()
    if now - _stamp["at"] >= _STAMP_EVERY_S:
        _stamp["value"] = max(path.stat().st_mtime_ns for path in CONTENT_DIR.iterdir())
        _stamp["at"] = now
    return _stamp["value"]


# Each file's content, read once per change of content/ and shared by every student: the models
# are frozen, and the one mutable value (the sample log frame) is copied in sample_log(). A dict,
# not st.cache_resource: hashing the arguments of ~10 lookups a run cost more than the pages'
# own work on a guide page (bench/bench_server_clicks.py).
_loaded: dict[str, tuple[int, Any]] = {}
_loading = threading.Lock()


def shared(name: str) -> Any:
    """The named content as every student shares it (may raise ContentError)."""
    stamp = content_stamp()
    kept = _loaded.get(name)
    if kept is None or kept[0] != stamp:
        with _loading:  # one session reads a file; the others wait for it
            kept = _loaded.get(name)
            if kept is None or kept[0] != stamp:
                kept = _loaded[name] = (stamp, LOADERS[name]())
    return kept[1]


def forget_loaded() -> None:
    """Read every content file again at its next use (the tests swap loaders)."""
    _loaded.clear()


def _checked(name: str) -> Any:
    """The named content; a broken content file stops the page with one clear message."""
    try:
        return shared(name)
    except ContentError as err:
        st.error(
            f"**The coach cannot show this page because a content file is broken.**\n\n{err}\n\n"
            "Please tell your instructor; your own work is not affected.",
            icon=":material/error:",
        )
        st.stop()


def guide() -> Guide:
    return _checked("guide")


def site_map() -> SiteMap:
    return _checked("site_map")


def question_bank() -> QuestionBank:
    return _checked("question_bank")


def job_words() -> JobWords:
    return _checked("job_words")


def time_budget() -> TimeBudgetContent:
    return _checked("time_budget")


def pocket_card() -> PocketCardContent:
    return _checked("pocket_card")


def checklist() -> Checklist:
    return _checked("checklist")


def writing() -> Writing:
    return _checked("writing")


def quiz() -> Quiz:
    return _checked("quiz")


def follow_up_wording() -> FollowUpWording:
    return _checked("follow_up_wording")


def class_summary_words() -> ClassSummaryWords:
    return _checked("class_summary_words")


def classroom_words() -> ClassroomWords:
    return _checked("classroom_words")


def saving_wording() -> SavingWording:
    return _checked("saving_wording")


def people_wording() -> PeopleWording:
    return _checked("people_wording")


def tiara() -> TiaraContent:
    return _checked("tiara")


def rehearse() -> RehearseContent:
    return _checked("rehearse")


def companion() -> CompanionContent:
    return _checked("companion")


def six_point() -> SixPointContent:
    return _checked("six_point")


def demo() -> Demo:
    return _checked("demo")


def sample_people() -> dict:
    """The demo's people (from content/sample_log.csv): a fresh copy each time."""
    from datetime import date

    from interview_coach.people.log_file import read_people_file

    frame_bytes = (CONTENT_DIR / "sample_log.csv").read_bytes()
    return read_people_file(frame_bytes, date.today(), 0).people or {}


def sample_log() -> pd.DataFrame:
    """The example log for demos: a fresh copy each time, so no student changes the shared one."""
    return _checked("sample_log").copy()
