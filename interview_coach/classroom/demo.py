"""The classroom demo: which questions, ticks and notes it shows (content/demo.yaml)."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field

from interview_coach.course.checklist import Checklist, ChecklistState
from interview_coach.course.loading import CONTENT_DIR, ContentError, ContentModel, load_yaml
from interview_coach.questions.bank import QuestionBank


class Demo(ContentModel):
    slot_minutes: int = Field(ge=5, le=90)
    picks: list[str] = Field(min_length=1)
    checklist_done: list[str]
    checklist_notes: dict[str, str] = {}
    started: str
    showing: str
    ended: str

    def checklist_state(self) -> ChecklistState:
        ids = dict.fromkeys([*self.checklist_done, *self.checklist_notes])
        return {i: {"done": i in self.checklist_done, "note": self.checklist_notes.get(i, "")}
                for i in ids}


def load_demo(bank: QuestionBank, checklist: Checklist,
              path: Path | str = CONTENT_DIR / "demo.yaml") -> Demo:
    """Load the demo and check that every id it names exists."""
    demo = load_yaml(path, Demo)
    known_questions = {q.id for q in bank.questions}
    known_items = {item.id for item in checklist.items}
    for field, ids, known in [("picks", demo.picks, known_questions),
                              ("checklist_done", demo.checklist_done, known_items),
                              ("checklist_notes", list(demo.checklist_notes), known_items)]:
        unknown = [i for i in ids if i not in known]
        if unknown:
            raise ContentError("content/demo.yaml", field, f"unknown id '{unknown[0]}'")
    return demo
