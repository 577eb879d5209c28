"""The self-check quiz on the guide (content/quiz.yaml): schema, loading and grading.

A question whose `answer` is a list is "select all that apply": it is right only when the
student picks exactly those options. Otherwise `answer` is the one right option.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import NamedTuple

from pydantic import Field, field_validator, model_validator

from interview_coach.course.loading import CONTENT_DIR, ContentModel, load_yaml

Answer = str | Iterable[str] | None


class Question(ContentModel):
    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    question: str = Field(min_length=1)
    options: list[str] = Field(min_length=3, max_length=4)
    answer: str | list[str]
    feedback: str = Field(min_length=1)
    explain: str = Field(min_length=1)

    @model_validator(mode="after")
    def _answer_is_an_option(self):
        if len({o.casefold() for o in self.options}) != len(self.options):
            raise ValueError("options must all be different")
        if any(not o for o in self.options):
            raise ValueError("options must not be blank")
        answers = self.answer if self.select_all else [self.answer]
        missing = [a for a in answers if a not in self.options]
        if missing:
            raise ValueError(f"answer '{missing[0]}' is not one of the options")
        if self.select_all and len(set(self.answer)) != len(self.answer):
            raise ValueError("answer lists the same option twice")
        if self.select_all and not self.answer:
            raise ValueError("a select-all answer needs at least one option")
        return self

    @property
    def select_all(self) -> bool:
        """True for "select all that apply" (show checkboxes), False for one choice (radio)."""
        return isinstance(self.answer, list)

    @property
    def correct_options(self) -> tuple[str, ...]:
        """The right option(s), in the order they are listed in `options`."""
        right = set(self.answer) if self.select_all else {self.answer}
        return tuple(o for o in self.options if o in right)


class ScoreBand(ContentModel):
    min_fraction: float = Field(ge=0, le=1)
    message: str = Field(min_length=1)


class Verdicts(ContentModel):
    right: str = Field(min_length=1)
    wrong: str = Field(min_length=1)
    unanswered: str = Field(min_length=1)

    def label(self, correct: bool | None) -> str:
        """The word to show for one question's result."""
        return self.unanswered if correct is None else (self.right if correct else self.wrong)


def _fills(line: str, **names: int) -> str:
    """`line` itself, if it only uses the given {names}; a clear error otherwise."""
    try:
        line.format(**names)
    except (KeyError, IndexError, ValueError) as err:
        allowed = ", ".join(f"{{{n}}}" for n in names)
        raise ValueError(f"may only use {allowed}") from err
    return line


class Labels(ContentModel):
    """The words on the page's buttons and progress lines."""

    progress_question: str = Field(min_length=1)  # {number}, {total}, {checked}
    progress_score: str = Field(min_length=1)  # {total}, {checked}
    check: str = Field(min_length=1)
    pick_first: str = Field(min_length=1)
    back: str = Field(min_length=1)
    next: str = Field(min_length=1)
    see_score: str = Field(min_length=1)
    jump: str = Field(min_length=1)
    still_to_check: str = Field(min_length=1)  # {left}, {total}
    go_to: str = Field(min_length=1)  # {number}
    review_steps: str = Field(min_length=1)
    retry: str = Field(min_length=1)
    retry_help: str = Field(min_length=1)

    @model_validator(mode="after")
    def _templates_fill(self):
        _fills(self.progress_question, number=0, total=0, checked=0)
        _fills(self.progress_score, total=0, checked=0)
        _fills(self.still_to_check, left=0, total=0)
        _fills(self.go_to, number=0)
        return self


class Quiz(ContentModel):
    title: str = Field(min_length=1)
    intro: str = Field(min_length=1)
    select_all_hint: str = Field(min_length=1)
    score_line: str = Field(min_length=1)
    verdicts: Verdicts
    labels: Labels
    score_bands: list[ScoreBand] = Field(min_length=1)
    questions: list[Question] = Field(min_length=8, max_length=10)

    @field_validator("score_line")
    @classmethod
    def _score_line_fills(cls, line: str) -> str:
        return _fills(line, score=0, total=0, unanswered=0)

    @model_validator(mode="after")
    def _ids_unique_and_bands_cover_all(self):
        ids = [q.id for q in self.questions]
        repeated = sorted({i for i in ids if ids.count(i) > 1})
        if repeated:
            raise ValueError(f"question id '{repeated[0]}' is used more than once")
        lows = [b.min_fraction for b in self.score_bands]
        if lows != sorted(set(lows), reverse=True) or lows[-1] != 0:
            raise ValueError("score_bands must go from highest min_fraction down to 0")
        return self


class QuestionResult(NamedTuple):
    id: str
    correct: bool | None  # None: not answered
    feedback: str
    explain: str
    correct_options: tuple[str, ...]


@dataclass(frozen=True)
class Result:
    score: int
    total: int
    per_question: list[QuestionResult]

    @property
    def unanswered(self) -> int:
        return sum(r.correct is None for r in self.per_question)


def load_quiz(path=CONTENT_DIR / "quiz.yaml") -> Quiz:
    return load_yaml(path, Quiz)


def check_answer(question: Question, answer: Answer) -> bool | None:
    """Whether `answer` is right; None when nothing was picked. Unknown options count as wrong."""
    if answer is None:
        return None
    picked = {answer} if isinstance(answer, str) else set(answer)
    picked.discard("")
    if not picked:
        return None
    return picked == set(question.correct_options)


def grade(quiz: Quiz, answers: Mapping[str, Answer]) -> Result:
    """Mark every question; missing ids count as not answered, unknown ids are ignored."""
    per_question = [
        QuestionResult(q.id, check_answer(q, answers.get(q.id)), q.feedback, q.explain,
                       q.correct_options)
        for q in quiz.questions
    ]
    score = sum(r.correct is True for r in per_question)
    return Result(score=score, total=len(per_question), per_question=per_question)


def score_message(quiz: Quiz, result: Result) -> str:
    """The encouraging line for the band the score falls in (highest band first)."""
    fraction = result.score / result.total if result.total else 0
    return next(b.message for b in quiz.score_bands if fraction >= b.min_fraction)


def score_line(quiz: Quiz, result: Result) -> str:
    """E.g. "You got 7 of 10 right." filled from the YAML template."""
    return quiz.score_line.format(score=result.score, total=result.total,
                                  unanswered=result.unanswered)


MARKS = {True: "✓", False: "✗"}


def feedback_markdown(quiz: Quiz, question: Question, answer: Answer) -> str:
    """What a checked answer shows: the verdict and why, the right answer when it was wrong, and
    the guide's own words (Markdown)."""
    correct = check_answer(question, answer)
    verdict = f"{MARKS.get(correct, '')} {quiz.verdicts.label(correct)}".strip()
    lines = [f"**{verdict}** — {question.explain}"]
    if correct is False:
        given = answer if isinstance(answer, str) else "; ".join(answer or ())
        lines.append(f"**Your answer:** {given}")
        right = "; ".join(question.correct_options)
        lines.append(f"**The answer{'s' if question.select_all else ''}:** {right}")
    lines.append(f"**From the guide** · {question.feedback}")
    return "\n\n".join(lines)


def marked_options(question: Question, answer: Answer) -> str:
    """A checked question's options as a Markdown list: the right ones bold with ✓, a wrong pick
    with ✗, so the answer can be read at a glance (also from the back of a room)."""
    picked = {answer} if isinstance(answer, str) else set(answer or ())
    right = set(question.correct_options)
    lines = []
    for option in question.options:
        if option in right:
            lines.append(f"- {MARKS[True]} **{option}**")
        elif option in picked:
            lines.append(f"- {MARKS[False]} {option}")
        else:
            lines.append(f"- {option}")
    return "\n".join(lines)


def checked_ids(quiz: Quiz, checked: Iterable[str]) -> list[str]:
    """The ids of the quiz's questions that were checked, in quiz order (unknown ids dropped)."""
    done = set(checked)
    return [q.id for q in quiz.questions if q.id in done]


def place(quiz: Quiz, position: object) -> int:
    """A safe place in the quiz: 0 to len(questions) - 1 is a question, len(questions) the score."""
    total = len(quiz.questions)
    return min(max(position, 0), total) if isinstance(position, int) else 0


def place_label(quiz: Quiz, position: int, answers: Mapping[str, Answer],
                checked: Iterable[str]) -> str:
    """A question's short name (Markdown): its number, and once checked ✓ or ✗ in colour."""
    question = quiz.questions[position]
    correct = check_answer(question, answers.get(question.id))
    if question.id not in set(checked) or correct is None:
        return str(position + 1)
    return f":{'green' if correct else 'red'}[{position + 1} {MARKS[correct]}]"


def first_unchecked(quiz: Quiz, checked: Iterable[str]) -> int | None:
    """The place of the first question not checked yet, or None when all are."""
    done = set(checked)
    return next((i for i, q in enumerate(quiz.questions) if q.id not in done), None)
