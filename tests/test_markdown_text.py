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
