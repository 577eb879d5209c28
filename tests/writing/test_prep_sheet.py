from dataclasses import fields, replace
from datetime import date, datetime
from html.parser import HTMLParser

import pytest
from markupsafe import escape

from interview_coach.writing.prep_sheet import (
    PrepDetails,
    prep_sheet_html,
    prep_sheet_markdown,
    reflection_to_note,
)
from interview_coach.writing.templates import load_writing

TEXTS = load_writing().prep_sheet
NASTY = "<script>alert('x')</script> & \"quoted\" it's"
DETAILS = PrepDetails(
    contact="Priya Chen",
    organization="Maple Print",
    start=datetime(2025, 3, 4, 14, 30),
    minutes=20,
    format="Phone",
    location_or_phone="705-555-0101",
    industry="Print is consolidating.\nDigital is growing.",
    organization_notes="Packaging and signs; competes with Acme.",
    contact_notes="Production manager, 12 years.",
    why="Learn what a production role needs.",
    career_goals="Print production",
    experience="Co-op at the campus print shop",
    accomplishments="Redesigned the club poster series",
    skills="InDesign, colour management",
    questions=["How did you get your job?", "What part of this job do you find most satisfying?"],
    checklist=[("Bring your résumé", True), ("Confirm the time", False)],
    your_name="Sam Lee",
)


class Outline(HTMLParser):
    """Collects heading levels, tags and visible text of a document."""

    def __init__(self):
        super().__init__()
        self.levels, self.tags, self.text, self._in = [], [], [], None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            self.levels.append(int(tag[1]))

    def handle_data(self, data):
        self.text.append(data)


def outline(document: str) -> Outline:
    parser = Outline()
    parser.feed(document)
    return parser


def test_html_is_a_standalone_accessible_document():
    page = prep_sheet_html(DETAILS, TEXTS)
    assert page.startswith("<!DOCTYPE html>\n<html lang=\"en\">")
    assert "<title>Information interview: Priya Chen, Maple Print</title>" in page
    assert '<meta charset="utf-8">' in page
    assert "@media print" in page and "@page" in page
    assert "<script" not in page and "<link" not in page  # nothing loaded from elsewhere
    levels = outline(page).levels
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False))


def test_html_has_every_part_in_the_guides_order():
    text = " ".join(outline(prep_sheet_html(DETAILS, TEXTS)).text)
    order = [TEXTS.when.heading, TEXTS.research.heading, TEXTS.why.heading, TEXTS.goals.heading,
             TEXTS.questions.heading, TEXTS.checklist.heading, TEXTS.reflection.heading]
    positions = [text.index(heading) for heading in order]
    assert positions == sorted(positions)
    for expected in ["Tuesday, March 4, 2025", "2:30 PM", "20 minutes", "705-555-0101",
                     "Digital is growing.", "competes with Acme", "Production manager",
                     "Learn what a production role needs.", "InDesign", "Prepared by Sam Lee",
                     "How did you get your job?", "What did you learn?",
                     "Did this confirm or change your interest?", "Who will you contact next?"]:
        assert expected in text


def test_questions_get_ruled_space_and_checklist_shows_ticks():
    page = prep_sheet_html(DETAILS, TEXTS)
    ruled = '<div class="lines" aria-hidden="true">' + "<div></div>" * TEXTS.answer_lines
    assert page.count("<li><p class=\"note\">") == 2
    assert page.count(ruled + "</div></li>") == 2
    assert "☑</span><span class=\"sr-only\">Done: </span>Bring your résumé" in page
    assert "☐</span><span class=\"sr-only\">To do: </span>Confirm the time" in page


def test_every_piece_of_student_text_is_escaped_in_html():
    nasty = PrepDetails(**{
        f.name: NASTY for f in fields(PrepDetails)
        if f.name not in {"start", "minutes", "questions", "checklist"}
    }, questions=[NASTY], checklist=[(NASTY, True)])
    page = prep_sheet_html(nasty, TEXTS)
    assert "<script" not in page
    assert "\"quoted\"" not in page
    escaped = str(escape(NASTY))  # as Jinja2's autoescaping writes it
    # contact and organization twice each (title, h1), prepared-by, format and place, 3 research
    # notes, why, 4 goals, 1 question, 1 checklist item
    assert page.count(escaped) == 17
    assert not any(tag == "script" for tag, _ in outline(page).tags)


def test_blank_details_print_as_ruled_lines_not_none():
    page = prep_sheet_html(PrepDetails(), TEXTS)
    assert "None" not in page
    assert "<title>Information interview</title>" in page
    assert TEXTS.questions.none_picked in page and TEXTS.checklist.empty in page
    blank_notes = 3 + 1 + 4 + len(TEXTS.reflection.prompts)
    ruled = '<div class="lines" aria-hidden="true">' + "<div></div>" * TEXTS.blank_lines + "</div>"
    assert page.count(ruled) >= blank_notes
    assert page.count('<dd class="blank"></dd>') == 5
    assert "Prepared by" not in page


def test_a_date_without_a_time_leaves_the_time_to_fill_in():
    page = prep_sheet_html(replace(DETAILS, start=date(2025, 3, 4)), TEXTS)
    assert "Tuesday, March 4, 2025" in page
    assert f'<dt>{TEXTS.when.time}</dt><dd class="blank"></dd>' in page


def test_markdown_has_the_same_sheet():
    text = prep_sheet_markdown(DETAILS, TEXTS)
    title = "# Information interview: Priya Chen, Maple Print"
    assert text.startswith(f"{title}\n\nPrepared by Sam Lee\n\n## ")
    for heading in [TEXTS.when.heading, TEXTS.research.heading, TEXTS.why.heading,
                    TEXTS.goals.heading, TEXTS.questions.heading, TEXTS.checklist.heading,
                    TEXTS.reflection.heading]:
        assert f"\n## {heading}\n" in text
    assert "- **Date:** Tuesday, March 4, 2025" in text
    assert "Print is consolidating.  \nDigital is growing." in text
    assert "1. How did you get your job?\n\n   ___\n\n   ___\n\n   ___" in text
    assert "- [x] Bring your résumé\n- [ ] Confirm the time" in text
    for prompt in TEXTS.reflection.prompts:
        assert f"### {prompt.prompt}\n\n___" in text


def test_markdown_escapes_student_text():
    text = prep_sheet_markdown(replace(DETAILS, contact=NASTY, why="# not a heading\n1. nor a list",
                                       questions=["*bold* [link](x) `code`"]), TEXTS)
    assert "<script>" not in text
    assert "\\<script\\>alert('x')\\</script\\> \\& \"quoted\" it's" in text
    assert "\\# not a heading  \n1\\. nor a list" in text
    assert "1. \\*bold\\* \\[link\\](x) \\`code\\`" in text


def test_reflection_answers_become_one_note():
    answers = {"next_contact": "Ana Ruiz", "learned": "How print\nruns are planned.",
               "interest": "  "}
    assert reflection_to_note(answers, TEXTS) == (
        "Learned: How print runs are planned. | Next contact: Ana Ruiz"
    )
    assert reflection_to_note({}, TEXTS) == ""


def test_unknown_reflection_prompt_is_refused():
    with pytest.raises(ValueError, match="typo"):
        reflection_to_note({"typo": "x"}, TEXTS)
