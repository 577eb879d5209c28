"""Downloads from the question picker: the questions to send ahead, and a printable pocket card."""

from __future__ import annotations

from html import escape
from pathlib import Path

from pydantic import model_validator

from interview_coach.course.loading import CONTENT_DIR, ContentModel, load_yaml
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


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def questions_markdown(
    picked: list[PickedQuestion],
    student_name: str | None,
    contact: str | None,
    slot: int,
    content: PocketCardContent | None = None,
) -> str:
    """Plain-text/Markdown list of the questions to send the contact ahead; no minutes shown."""
    words = (content or load_pocket_card_content()).questions_file
    student, contact = _one_line(student_name), _one_line(contact)
    names = {"slot": slot, "contact": contact, "student": student}
    greeting = words.greeting_named if contact else words.greeting
    numbered = [f"{n}. {_one_line(q.text)}" for n, q in enumerate(picked, start=1)]
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


_CARD_STYLE = """
body { font-family: Arial, Helvetica, sans-serif; font-size: 20px; line-height: 1.4;
       color: #000; background: #fff; margin: 1.5em auto; max-width: 34em; padding: 0 1em; }
h1 { font-size: 1.5em; margin: 0 0 .2em; }
p { margin: .4em 0; }
.over { font-weight: bold; }
ol { list-style: none; padding: 0; margin: .6em 0; }
li { display: flex; gap: .6em; align-items: flex-start; padding: .5em 0;
     border-bottom: 1px solid #888; break-inside: avoid; }
.box { flex: none; width: .9em; height: .9em; border: 2px solid #000; margin-top: .2em; }
.num { flex: none; font-weight: bold; min-width: 1.4em; }
.text { flex: 1; }
.min { flex: none; white-space: nowrap; font-size: .85em; }
.reminder { border: 3px solid #000; padding: .5em .7em; font-weight: bold; margin-top: 1em; }
@media print { body { margin: 0; max-width: none; } @page { margin: 1.2cm; } }
"""


def pocket_card_html(
    picked: list[PickedQuestion],
    slot: int,
    budget: Budget,
    content: PocketCardContent | None = None,
) -> str:
    """A standalone, print-friendly HTML page; every piece of text is html-escaped."""
    words = (content or load_pocket_card_content()).card
    numbers = {
        "used": budget.used,
        "available": budget.available,
        "slot": slot,
        "reserve": budget.reserve,
        "over_by": budget.over_by,
    }

    def para(text: str, css: str = "") -> str:
        return f'<p class="{css}">{escape(text)}</p>' if css else f"<p>{escape(text)}</p>"

    items = [
        '<li><span class="box"></span>'
        f'<span class="num">{n}.</span>'
        f'<span class="text">{escape(_one_line(q.text))}</span>'
        f'<span class="min">{escape(words.minutes.format(minutes=q.minutes))}</span></li>'
        for n, q in enumerate(picked, start=1)
    ]
    body = [
        f"<h1>{escape(words.heading)}</h1>",
        para(words.total.format(**numbers)),
        *([para(words.over.format(**numbers), "over")] if not budget.fits else []),
        para(words.opening.format(**numbers)),
        f"<ol>{''.join(items)}</ol>" if items else para(words.no_questions),
        para(words.closing.format(**numbers)),
        para(words.reminder, "reminder"),
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(words.page_title)}</title>\n<style>{_CARD_STYLE}</style>\n"
        "</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n"
    )
