"""A printable prep sheet for one information interview, as standalone HTML and as Markdown.

Blank parts print as ruled lines to write on by hand. Every piece of student text is escaped:
by Jinja2's autoescaping in the HTML (content/templates/prep_sheet.html.j2), by md_escape in the
Markdown. Texts come from content/writing.yaml
(`load_writing().prep_sheet`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from interview_coach.html_sheet import render_sheet
from interview_coach.markdown_text import md_escape, multiline
from interview_coach.plain_text import one_line
from interview_coach.writing.templates import (
    PrepSheetTexts,
    clock_time,
    fill,
    long_date,
    render_sentence,
)


@dataclass(frozen=True)
class PrepDetails:
    contact: str = ""
    organization: str = ""
    start: datetime | date | None = None  # a date alone leaves the time blank to fill in
    minutes: int | None = None
    format: str = ""  # "Phone", "In person", …
    location_or_phone: str = ""
    industry: str = ""  # research notes (may hold several lines)
    organization_notes: str = ""  # products, services, competitors
    contact_notes: str = ""
    why: str = ""  # why you set up the interview (strategy part 1)
    career_goals: str = ""  # overview of you (strategy part 2)
    experience: str = ""
    accomplishments: str = ""
    skills: str = ""
    questions: Sequence[str] = ()
    checklist: Sequence[tuple[str, bool]] = ()  # (item, done)
    your_name: str = ""


# The sheet as plain data, drawn by both renderers:
# ("facts", [(label, value)]), ("tip", text), ("note", subheading or "", text),
# ("questions", [text]), ("checklist", [(text, done)]).
Block = tuple
Section = tuple[str, str, list[Block]]  # heading, hint, blocks


def title(details: PrepDetails, texts: PrepSheetTexts) -> str:
    names = {"contact": one_line(details.contact), "organization": one_line(details.organization)}
    return render_sentence(texts.title, names)


def _when_facts(details: PrepDetails, texts: PrepSheetTexts) -> list[tuple[str, str]]:
    when, start = texts.when, details.start
    day = long_date(start.date() if isinstance(start, datetime) else start) if start else ""
    length = fill(when.length, {"minutes": details.minutes}) if details.minutes else ""
    moment = clock_time(start) if isinstance(start, datetime) else ""
    return [(when.date, day), (when.time, moment), (when.length_label, length),
            (when.format, one_line(details.format)),
            (when.place, one_line(details.location_or_phone))]


def sections(details: PrepDetails, texts: PrepSheetTexts) -> list[Section]:
    """The sheet's sections in print order (the guide's strategy order after the research)."""
    r, g = texts.research, texts.goals
    questions = [multiline(q) for q in details.questions if str(q).strip()]
    checklist = [(multiline(item), bool(done)) for item, done in details.checklist
                 if str(item).strip()]
    return [
        (texts.when.heading, "", [("facts", _when_facts(details, texts)),
                                  ("tip", texts.when.tip)]),
        (r.heading, r.hint, [("note", r.industry, details.industry),
                             ("note", r.organization, details.organization_notes),
                             ("note", r.contact, details.contact_notes)]),
        (texts.why.heading, texts.why.hint, [("note", "", details.why)]),
        (g.heading, g.hint, [("note", g.career_goals, details.career_goals),
                             ("note", g.experience, details.experience),
                             ("note", g.accomplishments, details.accomplishments),
                             ("note", g.skills, details.skills)]),
        (texts.questions.heading, texts.questions.hint, [("questions", questions)]),
        (texts.checklist.heading, "", [("checklist", checklist)]),
        (texts.reflection.heading, texts.reflection.hint,
         [("note", p.prompt, "") for p in texts.reflection.prompts]),
    ]


# ---- HTML: content/templates/prep_sheet.html.j2, every piece of text escaped by Jinja2 ----


def prep_sheet_html(details: PrepDetails, texts: PrepSheetTexts) -> str:
    """A standalone, print-friendly HTML document (UTF-8 text; encode before download)."""
    name = one_line(details.your_name)
    blocks = [(heading, hint, [_for_html(block) for block in blocks])
              for heading, hint, blocks in sections(details, texts)]
    return render_sheet("prep_sheet.html.j2", heading=title(details, texts), texts=texts,
                        prepared_by=fill(texts.prepared_by, {"your_name": name}) if name else "",
                        sections=blocks)


def _for_html(block: Block) -> Block:
    # A note prints its lines as typed (white-space: pre-wrap).
    return ("note", block[1], multiline(block[2])) if block[0] == "note" else block


# ---- Markdown ----

def _md_ruled(count: int, indent: str = "") -> str:
    return "\n\n".join([indent + "___"] * count)


def _md_block(block: Block, texts: PrepSheetTexts) -> str:
    kind = block[0]
    if kind == "facts":
        blank = "_" * 24
        return "\n".join(f"- **{md_escape(label)}:** {md_escape(value) if value else blank}"
                         for label, value in block[1])
    if kind == "tip":
        return f"*{md_escape(block[1])}*"
    if kind == "note":
        heading = f"### {md_escape(block[1])}\n\n" if block[1] else ""
        text = multiline(block[2])
        return heading + (md_escape(text) if text else _md_ruled(texts.blank_lines))
    if kind == "questions":
        if not block[1]:
            return md_escape(texts.questions.none_picked) + "\n\n" + _md_ruled(texts.answer_lines)
        return "\n\n".join(f"{n}. {md_escape(q, indent='   ')}\n\n"
                           + _md_ruled(texts.answer_lines, "   ")
                           for n, q in enumerate(block[1], start=1))
    if kind == "checklist":
        if not block[1]:
            return md_escape(texts.checklist.empty)
        return "\n".join(f"- [{'x' if ok else ' '}] {md_escape(item, indent='  ')}"
                         for item, ok in block[1])
    raise ValueError(f"unknown block {kind!r}")


def prep_sheet_markdown(details: PrepDetails, texts: PrepSheetTexts) -> str:
    """The same sheet as Markdown (blank parts as ___ rules, checklist as [x] / [ ])."""
    parts = [f"# {md_escape(title(details, texts))}"]
    if name := one_line(details.your_name):
        parts.append(md_escape(fill(texts.prepared_by, {"your_name": name})))
    for section_heading, hint, blocks in sections(details, texts):
        parts.append(f"## {md_escape(section_heading)}")
        parts += [f"*{md_escape(hint)}*"] if hint else []
        parts += [_md_block(b, texts) for b in blocks]
    return "\n\n".join(parts) + "\n"


# ---- after the interview ----


def reflection_to_note(answers: Mapping[str, str], texts: PrepSheetTexts) -> str:
    """Reflection answers (keyed by prompt id) as one line for the log's notes column, e.g.
    "Learned: … | Interest: … | Next contact: …"; blank answers are left out."""
    prompts = texts.reflection.prompts
    unknown = [key for key in answers if key not in {p.id for p in prompts}]
    if unknown:
        raise ValueError(f"unknown reflection prompt id {unknown[0]!r}")
    parts = [(p.note_label, one_line(answers.get(p.id))) for p in prompts]
    return " | ".join(f"{label}: {text}" for label, text in parts if text)
