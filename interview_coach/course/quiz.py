"""The self-check quiz on the guide (content/quiz.yaml): schema, loading and grading.

A question whose `answer` is a list is "select all that apply": it is right only when the
student picks exactly those options. Otherwise `answer` is the one right option. Options are
lettered A, B, C, D in the order written, for a show of hands in a room. A question may be
"revealed" without an answer: it is then checked, and counts as not answered.
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
    # Why a tempting wrong option is wrong, shown when it was picked: option -> one line.
    wrong_because: dict[str, str] = Field(default_factory=dict)

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
        unknown = [o for o in self.wrong_because if o not in self.options
                   or o in self.correct_options]
        if unknown:
            raise ValueError(f"wrong_because '{unknown[0]}' is not a wrong option")
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
    reveal: str = Field(min_length=1)
    reveal_help: str = Field(min_length=1)
    revealed: str = Field(min_length=1)
    why_not: str = Field(min_length=1)
    try_again: str = Field(min_length=1)
    retry_missed: str = Field(min_length=1)
    retry_missed_help: str = Field(min_length=1)

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
LETTERS = "ABCD"


def lettered(question: Question, option: str) -> str:
    """"B. 20–30 minutes": the option with its letter, for a show of hands."""
    return f"{LETTERS[question.options.index(option)]}. {option}"


def _listed(question: Question, options: Iterable[str]) -> str:
    return "; ".join(lettered(question, o) if o in question.options else o for o in options)


def feedback_markdown(quiz: Quiz, question: Question, answer: Answer,
                      compact: bool = False) -> str:
    """What a checked answer shows: the verdict and why, the right answer when it was wrong or
    revealed, why a tempting wrong pick is wrong, and the guide's own words (Markdown).

    `compact` (presenter mode) leaves out "Your answer" and "The answer": the marked options
    beside the feedback show both, and the room needs the lines on one screen."""
    correct = check_answer(question, answer)
    right = _listed(question, question.correct_options)
    plural = "s" if question.select_all else ""
    if correct is None:  # revealed without an answer
        lines = [f"**{quiz.labels.revealed}{plural}:** {right}", question.explain]
    else:
        verdict = f"{MARKS[correct]} {quiz.verdicts.label(correct)}"
        lines = [f"**{verdict}** — {question.explain}"]
    if correct is False:
        picked = [answer] if isinstance(answer, str) else list(answer or ())
        if not compact:
            lines.append(f"**Your answer:** {_listed(question, picked)}")
            lines.append(f"**The answer{plural}:** {right}")
        lines += [f"**{quiz.labels.why_not}** {question.wrong_because[o]}"
                  for o in picked if o in question.wrong_because]
    lines.append(f"**From the guide** · {question.feedback}")
    return "\n\n".join(lines)


def marked_options(question: Question, answer: Answer) -> str:
    """A checked question's options as a Markdown list: the right ones bold with ✓, a wrong pick
    with ✗, so the answer can be read at a glance (also from the back of a room)."""
    picked = {answer} if isinstance(answer, str) else set(answer or ())
    right = set(question.correct_options)
    lines = []
    for option in question.options:
        text = lettered(question, option)
        if option in right:
            lines.append(f"- {MARKS[True]} **{text}**")
        elif option in picked:
            lines.append(f"- {MARKS[False]} {text}")
        else:
            lines.append(f"- {text}")
    return "\n".join(lines)


def missed_ids(quiz: Quiz, answers: Mapping[str, Answer], checked: Iterable[str]) -> list[str]:
    """Checked questions that were not right (wrong, or revealed without an answer)."""
    done = set(checked)
    return [q.id for q in quiz.questions
            if q.id in done and check_answer(q, answers.get(q.id)) is not True]


def reopen(answers: Mapping[str, Answer], checked: Iterable[str],
           ids: Iterable[str]) -> tuple[dict[str, Answer], list[str]]:
    """Answers and checked ids with the questions `ids` open again (answer cleared)."""
    again = set(ids)
    return ({k: v for k, v in answers.items() if k not in again},
            [c for c in checked if c not in again])


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
