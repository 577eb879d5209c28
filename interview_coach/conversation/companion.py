"""The Interview companion's words (content/companion.yaml): the plan on one screen for the
day, its clock, notes under each question and the closing ask for referrals."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, model_validator

from interview_coach.course.loading import CONTENT_DIR, ContentModel, load_yaml
from interview_coach.questions.bank import check_template


class ClockTexts(ContentModel):
    elapsed: str
    remaining: str
    over: str
    ending: str
    over_message: str
    finished: str
    not_started: str
    now: str


class ThankYouOffer(ContentModel):
    label: str
    placeholder: str
    help: str


class CompanionContent(ContentModel):
    intro: str
    names_hidden: str
    no_people: str
    add_first_label: str
    add_first_button: str
    person_label: str
    person_help: str
    slot_label: str
    slot_help: str
    no_questions: str
    plan_summary: str
    plan_over: str
    start: str
    start_help: str
    finish: str
    finished: str
    restart: str
    warn_before_end_minutes: int = Field(ge=1, le=15)
    clock: ClockTexts
    opening_heading: str
    opening_empty: str
    rehearse_link: str
    why_label: str
    overview_label: str
    questions_heading: str
    question_heading: str
    note_label: str
    note_placeholder: str
    closing_heading: str
    closing_ask: str
    closing_own: str
    suggested_label: str
    suggested_placeholder: str
    suggested_add: str
    suggested_added: str
    suggested_list: str
    suggested_empty: str
    learned_label: str
    learned_help: str
    thank_you_link: str
    saved_note: str
    picker_link: str
    thank_you_offer: ThankYouOffer

    @model_validator(mode="after")
    def _placeholders(self) -> CompanionContent:
        check_template(self.plan_summary, {"questions", "minutes", "slot", "opening", "closing"})
        check_template(self.plan_over, {"over", "slot"})
        check_template(self.question_heading, {"number", "minutes", "at", "lens"})
        check_template(self.suggested_added, {"name"})
        check_template(self.finished, {"name", "time"})
        check_template(self.clock.over_message, {"slot"})
        check_template(self.clock.ending, {"minutes"})
        check_template(self.thank_you_offer.label, {"name"})
        return self


def load_companion(path: Path | str = CONTENT_DIR / "companion.yaml") -> CompanionContent:
    return load_yaml(path, CompanionContent)


def notes_to_thank_for(person: dict) -> list[str]:
    """What the companion kept for a person, for the thank-you's "something specific you
    learned": the line they wrote for it first, then each question's note, without repeats."""
    found: list[str] = []
    for note in [person.get("learned", ""), *person.get("question_notes", {}).values()]:
        text = " ".join(note.split()) if isinstance(note, str) else ""
        if text and text not in found:
            found.append(text)
    return found
