import re

import pytest

from interview_coach.markdown_text import md_escape, multiline
from tests.pages.test_literal_text import live_markdown, shown_text


def test_md_escape_keeps_plain_text_readable():
    assert md_escape("Plain words, with commas.") == "Plain words, with commas."
    assert md_escape("- dash\n+ plus\n> quote") == "\\- dash  \n\\+ plus  \n\\> quote"
    assert md_escape("a\nb", indent="   ") == "a  \n   b"


@pytest.mark.parametrize("text", [
    "Ben [click me](https://evil.example) **B** :smile: $x$ <b>h</b>",
    "Di :+1: :material/home: :material_home: :streamlit: x:red[y]{z}",
    "mail ana@evil.example or www.evil.example or HTTP://evil.example",
    "a -> b <- c <-> d -- e >= f <= g ~= h",
    "# heading\n1) list\n> quote\n- item",
])
def test_md_escape_shows_text_as_typed_in_streamlit(text):
    escaped = md_escape(text)
    assert live_markdown(escaped) == []
    assert shown_text(escaped).replace("  \n", "\n") == text


def test_md_escape_leaves_ordinary_colons_and_times_alone():
    assert md_escape("Interview: Tuesday 10:30, room 2:15") == (
        "Interview: Tuesday 10:30, room 2:15")


def test_multiline_tidies_line_ends_and_edges():
    assert multiline("\r\n  first  \r\nsecond \n\n") == "  first\nsecond"
    assert multiline(None) == ""


# Every Markdown file the coach writes shows student text as typed, never as Markdown or HTML.
NASTY_LINES = ["<script>alert(1)</script>", "[x](javascript:alert(1))", "# heading", "**bold**"]


def _student_markdown_files() -> dict[str, str]:
    from interview_coach.course.checklist import checklist_markdown, load_checklist
    from interview_coach.questions.bank import PickedQuestion
    from interview_coach.questions.pocket_card import questions_markdown
    from interview_coach.writing.prep_sheet import PrepDetails, prep_sheet_markdown
    from interview_coach.writing.templates import load_writing

    nasty = "\n".join(NASTY_LINES)
    checklist = load_checklist()
    first = checklist.items[0].id
    return {
        "questions": questions_markdown([PickedQuestion("own-1", nasty, 3, "Own", True)],
                                        "# Sam", "[Dr](javascript:x) Chen", 20),
        "checklist": checklist_markdown({first: {"done": True, "note": nasty}}, checklist, 1),
        "prep sheet": prep_sheet_markdown(PrepDetails(contact="# Sam", why=nasty,
                                                      questions=[nasty]),
                                          load_writing().prep_sheet),
    }


@pytest.mark.parametrize("name", ["questions", "checklist", "prep sheet"])
def test_every_markdown_download_escapes_student_text_the_same_way(name):
    text = _student_markdown_files()[name]
    assert "<script>" not in text and "](javascript:" not in text and "**bold**" not in text
    assert not [line for line in text.splitlines() if line.lstrip().startswith("# heading")]
    shown = re.sub(r"\\(.)", r"\1", text)  # what a Markdown reader shows
    for line in NASTY_LINES:
        assert line in shown
