"""Downloads from the question picker: the questions to send ahead, and a printable pocket card."""

from __future__ import annotations

from pathlib import Path

from pydantic import model_validator

from interview_coach.course.loading import CONTENT_DIR, ContentModel, load_yaml
from interview_coach.html_sheet import render_sheet
from interview_coach.markdown_text import md_escape
from interview_coach.plain_text import one_line
from interview_coach.questions.bank import PickedQuestion, check_template
from interview_coach.questions.time_budget import Budget

CARD_FIELDS = {"minutes", "used", "available", "slot", "reserve", "over_by"}


class QuestionsFileText(ContentModel):
    title: str
    greeting_named: str
    greeting: str
    intro: str
    no_questions: str
    sign_off: str
    file_name: str
    text_file_name: str

    @model_validator(mode="after")
    def _placeholders(self) -> QuestionsFileText:
        for text in (self.title, self.greeting_named, self.greeting, self.intro, self.sign_off):
            check_template(text, {"slot", "contact", "student"})
        return self


class CardText(ContentModel):
    page_title: str
    heading: str
    opening: str
    closing: str
    minutes: str
    total: str
    over: str
    no_questions: str
    reminder: str
    file_name: str

    @model_validator(mode="after")
    def _placeholders(self) -> CardText:
        for text in (self.opening, self.closing, self.minutes, self.total, self.over):
            check_template(text, CARD_FIELDS)
        return self


class PocketCardContent(ContentModel):
    questions_file: QuestionsFileText
    card: CardText


def load_pocket_card_content(
    path: Path | str = CONTENT_DIR / "pocket_card.yaml",
) -> PocketCardContent:
    return load_yaml(path, PocketCardContent)


def questions_text(
    picked: list[PickedQuestion],
    student_name: str | None,
    contact: str | None,
    slot: int,
    content: PocketCardContent | None = None,
    *,
    markdown: bool = False,
) -> str:
    """The questions to send the contact ahead, numbered, no minutes shown: plain text to paste
    into an email, or (markdown=True) a Markdown file, where names and questions are escaped as
    in every Markdown file the coach writes (md_escape)."""
    words = (content or load_pocket_card_content()).questions_file
    shown = md_escape if markdown else str
    student, contact = shown(one_line(student_name)), shown(one_line(contact))
    names = {"slot": slot, "contact": contact, "student": student}
    greeting = words.greeting_named if contact else words.greeting
    numbered = [f"{n}. {shown(one_line(q.text))}" for n, q in enumerate(picked, start=1)]
    lines = [
        words.title.format(**names),
        "",
        greeting.format(**names),
        "",
        words.intro.format(**names),
        "",
        *(numbered or [words.no_questions]),
        "",
        words.sign_off.format(**names),
    ]
    if student:
        lines.append(student)
    return "\n".join(lines) + "\n"


def questions_markdown(
    picked: list[PickedQuestion],
    student_name: str | None,
    contact: str | None,
    slot: int,
    content: PocketCardContent | None = None,
) -> str:
    """The questions to send ahead as a Markdown file (student text escaped)."""
    return questions_text(picked, student_name, contact, slot, content, markdown=True)


def pocket_card_html(
    picked: list[PickedQuestion],
    slot: int,
    budget: Budget,
    content: PocketCardContent | None = None,
) -> str:
    """A standalone, print-friendly HTML page (content/templates/pocket_card.html.j2); every
    piece of text is escaped by the template."""
    words = (content or load_pocket_card_content()).card
    numbers = {
        "used": budget.used,
        "available": budget.available,
        "slot": slot,
        "reserve": budget.reserve,
        "over_by": budget.over_by,
    }
    questions = [(n, one_line(q.text), words.minutes.format(minutes=q.minutes))
                 for n, q in enumerate(picked, start=1)]
    return render_sheet(
        "pocket_card.html.j2", words=words, questions=questions,
        total=words.total.format(**numbers), opening=words.opening.format(**numbers),
        closing=words.closing.format(**numbers),
        over=words.over.format(**numbers) if not budget.fits else "")
