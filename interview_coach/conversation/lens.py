"""The TIARA lens of each bank question (content/tiara.yaml) and what a plan covers.

TIARA is Steve Dalton's set of five kinds of question for an informational interview, in
The 2-Hour Job Search: Trends, Insights, Advice, Resources, Assignments, asked in that order.
The tags are ours: every bank question has exactly one, checked against the bank on loading.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import Field, model_validator

from interview_coach.course.loading import CONTENT_DIR, ContentError, ContentModel, load_yaml
from interview_coach.questions.bank import QuestionBank, check_template, load_question_bank

LENS_NAMES = ("Trends", "Insights", "Advice", "Resources", "Assignments")
TIARA_FILE = "content/tiara.yaml"


class Lens(ContentModel):
    name: str
    asks: str = Field(min_length=1)  # what a question through this lens asks, in a line


class LensMessages(ContentModel):
    heading: str
    covered: str
    missing: str
    all_covered: str
    in_order: str
    out_of_order: str
    use_order: str
    own_question: str
    empty: str

    @model_validator(mode="after")
    def _placeholders(self) -> LensMessages:
        check_template(self.covered, {"count", "lenses"})
        check_template(self.missing, {"lenses"})
        return self


class TiaraContent(ContentModel):
    source: str = Field(min_length=1)
    why_this_order: str = Field(min_length=1)
    lenses: list[Lens]
    messages: LensMessages
    questions: dict[str, str]  # bank question id -> lens name

    @model_validator(mode="after")
    def _five_lenses(self) -> TiaraContent:
        names = tuple(lens.name for lens in self.lenses)
        if names != LENS_NAMES:
            raise ValueError(f"lenses must be {', '.join(LENS_NAMES)}, in that order")
        for question_id, lens in self.questions.items():
            if lens not in LENS_NAMES:
                raise ValueError(f"question '{question_id}' has unknown lens '{lens}'")
        return self


def check_against_bank(tiara: TiaraContent, bank: QuestionBank) -> None:
    """Raise ContentError unless every bank question has a lens and every tag is a question."""
    bank_ids = [q.id for q in bank.questions]
    untagged = [i for i in bank_ids if i not in tiara.questions]
    if untagged:
        raise ContentError(TIARA_FILE, "questions", f"no lens for question '{untagged[0]}'")
    unknown = sorted(set(tiara.questions) - set(bank_ids))
    if unknown:
        raise ContentError(TIARA_FILE, "questions", f"'{unknown[0]}' is not a bank question")


def load_tiara(path: Path | str = CONTENT_DIR / "tiara.yaml",
               bank: QuestionBank | None = None) -> TiaraContent:
    tiara = load_yaml(path, TiaraContent)
    check_against_bank(tiara, bank or load_question_bank())
    return tiara


def rank(question_id: str, tiara: TiaraContent) -> int | None:
    """Where the question's lens comes in the method's order (0-4); None for own questions."""
    lens = tiara.questions.get(question_id)
    return LENS_NAMES.index(lens) if lens else None


@dataclass(frozen=True)
class Coverage:
    by_lens: dict[str, list[str]]  # lens -> picked ids, every lens present, in TIARA order
    untagged: list[str]  # own questions
    in_order: bool  # the tagged picks already follow the method's order

    @property
    def covered(self) -> list[str]:
        return [lens for lens, ids in self.by_lens.items() if ids]

    @property
    def missing(self) -> list[str]:
        return [lens for lens, ids in self.by_lens.items() if not ids]


def coverage(picks: list[str], tiara: TiaraContent) -> Coverage:
    by_lens: dict[str, list[str]] = {lens: [] for lens in LENS_NAMES}
    untagged: list[str] = []
    ranks: list[int] = []
    for question_id in picks:
        where = rank(question_id, tiara)
        if where is None:
            untagged.append(question_id)
        else:
            by_lens[LENS_NAMES[where]].append(question_id)
            ranks.append(where)
    return Coverage(by_lens, untagged, ranks == sorted(ranks))


def suggested_order(picks: list[str], tiara: TiaraContent) -> list[str]:
    """The picks sorted into TIARA's order, keeping the student's order within a lens. An own
    question stays with the question before it (at the front if it comes first)."""
    keyed = []
    last = -1
    for position, question_id in enumerate(picks):
        where = rank(question_id, tiara)
        last = last if where is None else where
        keyed.append((last, position, question_id))
    return [question_id for *_, question_id in sorted(keyed)]
