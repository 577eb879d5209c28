import pytest

from interview_coach.conversation.companion import load_companion, notes_to_thank_for
from interview_coach.course.loading import CONTENT_DIR, ContentError


def test_the_companions_words_load_with_their_placeholders():
    words = load_companion()
    assert "{minutes}" in words.clock.ending and 1 <= words.warn_before_end_minutes <= 15
    assert words.closing_ask.endswith("?")


def test_an_unknown_placeholder_is_named(tmp_path):
    broken = tmp_path / "companion.yaml"
    source = (CONTENT_DIR / "companion.yaml").read_text(encoding="utf-8")
    broken.write_text(source.replace("Added {name}", "Added {person}"), encoding="utf-8")
    with pytest.raises(ContentError, match="person"):
        load_companion(broken)


def test_notes_to_thank_for_put_the_learned_line_first_without_repeats_or_blanks():
    person = {"learned": "Site visits matter", "question_notes": {
        "typical-week": "Mostly  site\nvisits", "tools-you-use": "  ", "x": "Site visits matter"}}
    assert notes_to_thank_for(person) == ["Site visits matter", "Mostly site visits"]
    assert notes_to_thank_for({"learned": "", "question_notes": {}}) == []
