"""The question bank, the student's ordered picks and their own questions.

Picks are an ordered list of question ids (bank ids or own ids like "own-1"). Every function here
returns new lists and never mutates its arguments, so the pages can keep them in session state.
"""

from __future__ import annotations

import re
import string
from dataclasses import asdict, dataclass
from pathlib import Path

from pydantic import Field, model_validator

from interview_coach.course.loading import (
    CONTENT_DIR,
    ContentModel,
    check_placeholders,
    load_yaml,
)
from interview_coach.plain_text import fold
from interview_coach.questions.job_words import find_job_words

GUIDE_QUESTION_COUNT = 15
OWN_TEXT_MAX_CHARS = 300
OWN_MINUTES_RANGE = (1, 10)
OWN_ID = re.compile(r"^own-([1-9][0-9]*)$")


check_template = check_placeholders  # the one validator, under the name others import


class Category(ContentModel):
    name: str = Field(min_length=1)
    description: str = Field(min_length=1)


class Question(ContentModel):
    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    text: str = Field(min_length=1)
    category: str
    minutes: int = Field(ge=1, le=10)
    why: str | None = None
    from_guide: bool = False
    guide_group: str | None = None


class BankMessages(ContentModel):
    own_category: str
    own_empty: str
    own_too_long: str
    own_bad_minutes: str
    picks_unreadable: str
    picks_dropped: str
    own_unreadable: str
    own_dropped: str

    @model_validator(mode="after")
    def _placeholders(self) -> BankMessages:
        check_template(self.own_too_long, {"max_chars", "chars"})
        check_template(self.own_bad_minutes, {"low", "high"})
        check_template(self.picks_dropped, {"count"})
        check_template(self.own_dropped, {"count"})
        return self


class PickerTexts(ContentModel):
    """The question picker page's own words."""

    status: str
    slot_label: str
    slot_other: str
    choose_heading: str
    search_label: str
    search_placeholder: str
    guide_only: str
    no_match: str
    showing_matches: str
    open_a_category: str
    guide_mark: str
    group_matches: str
    group_total: str
    group_from_guide: str
    own_heading: str
    own_text: str
    own_minutes: str
    own_add: str
    own_delete: str
    own_delete_help: str
    list_heading: str
    question_label: str = Field(min_length=1)  # a question's box in a category
    list_row: str = Field(min_length=1)  # a question in "Your list"
    reserve_part: str = Field(min_length=1)  # a part of the slot kept for the talk around them
    progress: str
    job_words: str
    row_up: str
    row_down: str
    row_remove: str
    take_away: str
    names_heading: str
    your_name: str
    contact_name: str
    name_hidden: str
    copy_questions: str
    download_questions_text: str
    download_questions: str
    download_card: str
    next_link: str

    @model_validator(mode="after")
    def _placeholders(self) -> PickerTexts:
        check_template(self.status, {"questions", "used", "available"})
        check_template(self.progress, {"used", "available"})
        check_template(self.group_matches, {"name", "count", "total"})
        check_template(self.group_total, {"name", "total"})
        check_template(self.group_from_guide, {"count"})
        check_template(self.job_words, {"found"})
        check_template(self.question_label, {"question", "minutes"})
        check_template(self.list_row, {"number", "question", "minutes"})
        check_template(self.reserve_part, {"part", "minutes", "description"})
        return self


class QuestionBank(ContentModel):
    intro: str
    guide_groups: list[str] = Field(min_length=1)
    categories: list[Category] = Field(min_length=1)
    messages: BankMessages
    picker: PickerTexts
    questions: list[Question] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> QuestionBank:
        names = [c.name for c in self.categories]
        if len(set(names)) != len(names):
            raise ValueError("category names must be unique")
        ids = [q.id for q in self.questions]
        repeated = sorted({i for i in ids if ids.count(i) > 1})
        if repeated:
            raise ValueError(f"question id '{repeated[0]}' is used more than once")
        for q in self.questions:
            if q.category not in names:
                raise ValueError(f"question '{q.id}' has undeclared category '{q.category}'")
            if OWN_ID.match(q.id):
                raise ValueError(f"question id '{q.id}' is reserved for students' own questions")
            if q.from_guide and q.guide_group not in self.guide_groups:
                raise ValueError(f"guide question '{q.id}' needs a guide_group from guide_groups")
            if not q.from_guide and q.guide_group is not None:
                raise ValueError(f"question '{q.id}' has a guide_group but is not from_guide")
        guide_count = sum(q.from_guide for q in self.questions)
        if guide_count != GUIDE_QUESTION_COUNT:
            raise ValueError(
                f"exactly {GUIDE_QUESTION_COUNT} questions must be from_guide, found {guide_count}"
            )
        return self

    def by_id(self) -> dict[str, Question]:
        return {q.id: q for q in self.questions}


def load_question_bank(path: Path | str = CONTENT_DIR / "questions.yaml") -> QuestionBank:
    """The validated question bank (the pages cache it in ui/content)."""
    return load_yaml(path, QuestionBank)


# --- Search -------------------------------------------------------------------------------------


def filter_questions(
    bank: QuestionBank, categories: set[str] | None, words: str, guide_only: bool
) -> list[Question]:
    """Bank questions in bank order that match every filter.

    categories: None or empty means all categories. words: every word must appear (case- and
    accent-insensitive, as part of a word) in the question's text, category or why.
    """
    wanted = [w for w in (fold(w).strip(string.punctuation) for w in words.split()) if w]
    found = []
    for q in bank.questions:
        if categories and q.category not in categories:
            continue
        if guide_only and not q.from_guide:
            continue
        if not wanted:  # no words: skip folding every question's text on each run
            found.append(q)
            continue
        haystack = fold(" ".join([q.text, q.category, q.why or ""]))
        if all(w in haystack for w in wanted):
            found.append(q)
    return found


@dataclass(frozen=True)
class CategoryGroup:
    """One category of the bank as the picker lists it."""

    name: str
    description: str
    questions: list[Question]  # its questions among those shown, in bank order
    total: int  # all its questions
    from_guide: int  # how many of them are the guide's sample questions
    picked: int  # how many of them are picked


def group_by_category(
    bank: QuestionBank, shown: list[Question], picks: list[str]
) -> list[CategoryGroup]:
    """Every category in bank order with its shown questions and its counts."""
    picked = set(picks)
    groups = []
    for category in bank.categories:
        everything = [q for q in bank.questions if q.category == category.name]
        groups.append(
            CategoryGroup(
                name=category.name,
                description=category.description,
                questions=[q for q in shown if q.category == category.name],
                total=len(everything),
                from_guide=sum(q.from_guide for q in everything),
                picked=sum(q.id in picked for q in everything),
            )
        )
    return groups


# --- Ordered picks ------------------------------------------------------------------------------


def pick(picks: list[str], question_id: str, at: int | None = None) -> list[str]:
    """Add `question_id` at position `at` (the end when None or past it), unless it is
    already picked."""
    if question_id in picks:
        return list(picks)
    where = len(picks) if at is None else max(0, min(at, len(picks)))
    return [*picks[:where], question_id, *picks[where:]]


def unpick(picks: list[str], question_id: str) -> list[str]:
    return [p for p in picks if p != question_id]


def move_up(picks: list[str], question_id: str) -> list[str]:
    """Swap `question_id` with the one before it; unchanged copy if first or not picked."""
    moved = list(picks)
    if question_id in moved:
        i = moved.index(question_id)
        if i > 0:
            moved[i - 1], moved[i] = moved[i], moved[i - 1]
    return moved


def move_down(picks: list[str], question_id: str) -> list[str]:
    """Swap `question_id` with the one after it; unchanged copy if last or not picked."""
    reversed_picks = move_up(list(reversed(picks)), question_id)
    return list(reversed(reversed_picks))


# --- The student's own questions ----------------------------------------------------------------


@dataclass(frozen=True)
class OwnQuestion:
    id: str
    text: str
    minutes: int


def _own_problem(text: object, minutes: object, messages: BankMessages) -> str | None:
    """What is wrong with an own question, in plain words, or None if it is fine."""
    if not isinstance(text, str) or not text.strip():
        return messages.own_empty
    if len(text.strip()) > OWN_TEXT_MAX_CHARS:
        return messages.own_too_long.format(max_chars=OWN_TEXT_MAX_CHARS, chars=len(text.strip()))
    low, high = OWN_MINUTES_RANGE
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not low <= minutes <= high:
        return messages.own_bad_minutes.format(low=low, high=high)
    return None


def next_own_id(existing_ids) -> str:
    """The id "own-N", N one more than the highest own number in `existing_ids`."""
    matches = [OWN_ID.match(i) for i in existing_ids if isinstance(i, str)]
    numbers = [int(m.group(1)) for m in matches if m]
    return f"own-{max(numbers, default=0) + 1}"


def new_own_question(
    text: str, minutes: int, existing_ids, bank: QuestionBank | None = None
) -> OwnQuestion:
    """A new own question with a fresh id; raises ValueError with a message for the student."""
    problem = _own_problem(text, minutes, (bank or load_question_bank()).messages)
    if problem:
        raise ValueError(problem)
    return OwnQuestion(next_own_id(existing_ids), text.strip(), minutes)


def own_question_dicts(own: list[OwnQuestion]) -> list[dict]:
    """Own questions as plain dicts for saving; clean_own_questions reads them back."""
    return [asdict(q) for q in own]


def remove_own_question(
    own: list[OwnQuestion], picks: list[str], question_id: str
) -> tuple[list[OwnQuestion], list[str]]:
    """Delete an own question and unpick it, so a later question cannot inherit the pick."""
    return [q for q in own if q.id != question_id], unpick(picks, question_id)


# --- The picked list, resolved ------------------------------------------------------------------


@dataclass(frozen=True)
class PickedQuestion:
    id: str
    text: str
    minutes: int
    category: str
    own: bool
    from_guide: bool = False


def resolve(picks: list[str], bank: QuestionBank, own: list[OwnQuestion]) -> list[PickedQuestion]:
    """The picked questions in order; ids that no longer exist are silently left out."""
    bank_questions = bank.by_id()
    own_questions = {q.id: q for q in own}
    resolved = []
    for question_id in picks:
        if question_id in bank_questions:
            q = bank_questions[question_id]
            resolved.append(
                PickedQuestion(q.id, q.text, q.minutes, q.category, False, q.from_guide)
            )
        elif question_id in own_questions:
            o = own_questions[question_id]
            resolved.append(
                PickedQuestion(o.id, o.text, o.minutes, bank.messages.own_category, True)
            )
    return resolved


def job_word_flags(picked: list[PickedQuestion], phrases: list[str]) -> dict[str, list[str]]:
    """{question id: job-seeking phrases found} for the picked questions that contain any."""
    flags = {}
    for q in picked:
        found = find_job_words(q.text, phrases)
        if found:
            flags[q.id] = found
    return flags


# --- Cleaning data restored from the browser (may be corrupt or from another version) -----------


def clean_picks(
    value: object, bank: QuestionBank, own: list[OwnQuestion]
) -> tuple[list[str], list[str]]:
    """Keep the known, non-repeated string ids of a restored pick list; never raises.

    Clean the own questions first: picks of own questions are kept only if they are in `own`.
    """
    if value is None:
        return [], []
    if not isinstance(value, list):
        return [], [bank.messages.picks_unreadable]
    known = set(bank.by_id()) | {q.id for q in own}
    kept: list[str] = []
    dropped = 0
    for item in value:
        if isinstance(item, str) and item in known and item not in kept:
            kept.append(item)
        elif not (isinstance(item, str) and item in kept):
            dropped += 1  # a repeat of a kept id is harmless and not worth a notice
    notices = [bank.messages.picks_dropped.format(count=dropped)] if dropped else []
    return kept, notices


def clean_own_questions(
    value: object, bank: QuestionBank | None = None
) -> tuple[list[OwnQuestion], list[str]]:
    """Keep the well-formed own questions of restored data (dicts or OwnQuestion); never raises."""
    messages = (bank or load_question_bank()).messages
    if value is None:
        return [], []
    if not isinstance(value, list):
        return [], [messages.own_unreadable]
    kept: list[OwnQuestion] = []
    dropped = 0
    for item in value:
        fields = asdict(item) if isinstance(item, OwnQuestion) else item
        if not isinstance(fields, dict):
            dropped += 1
            continue
        question_id, text, minutes = fields.get("id"), fields.get("text"), fields.get("minutes")
        valid_id = isinstance(question_id, str) and OWN_ID.match(question_id)
        if not valid_id or any(q.id == question_id for q in kept):
            dropped += 1
        elif _own_problem(text, minutes, messages):
            dropped += 1
        else:
            kept.append(OwnQuestion(question_id, text.strip(), minutes))
    notices = [messages.own_dropped.format(count=dropped)] if dropped else []
    return kept, notices
