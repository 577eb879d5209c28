import re
from datetime import date, datetime, time

import pytest
import yaml

from interview_coach.course.loading import CONTENT_DIR, ContentError
from interview_coach.writing.templates import (
    FirstOf,
    Writing,
    as_clause,
    clock_time,
    fill,
    load_writing,
    long_date,
    one_line,
    render_paragraphs,
    render_sentence,
)


@pytest.fixture
def raw() -> dict:
    return yaml.safe_load((CONTENT_DIR / "writing.yaml").read_text(encoding="utf-8"))


def load_yaml_variant(tmp_path, raw: dict) -> Writing:
    path = tmp_path / "writing.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return load_writing(path)


def test_real_content_loads():
    writing = load_writing()
    assert isinstance(writing, Writing)
    assert writing.request.minutes_choices == [20, 30]
    assert writing.checks.email_word_limit == 100
    assert [p.id for p in writing.prep_sheet.reflection.prompts] == [
        "learned", "interest", "next_contact"
    ]


def test_the_tools_own_words_load():
    writing = load_writing()
    reflection = writing.prep_sheet.reflection
    assert all(dict(writing.edited_message).values())
    assert all(dict(writing.planned_interview).values())
    assert writing.checks.heading and writing.person.no_name
    assert all([reflection.choose_person, reflection.people_link, reflection.whose_notes,
                reflection.save, reflection.saved_flash, reflection.saved])


def test_a_blank_tool_word_is_refused(tmp_path, raw):
    raw["edited_message"]["start_again"] = " "
    with pytest.raises(ContentError) as err:
        load_yaml_variant(tmp_path, raw)
    assert err.value.field == "edited_message.start_again"


def test_fill_puts_values_in_once_so_dollars_and_braces_survive():
    values = {"name": "${name} {0} $$ {name}", "place": "Café"}
    assert fill("Hi {name} at {place}.", values) == "Hi ${name} {0} $$ {name} at Café."


@pytest.mark.parametrize(
    ("template", "value", "text"),
    [("At {org}.", "Acme Ltd.", "At Acme Ltd."),
     ("At {org}. Next.", "Yahoo!", "At Yahoo! Next."),
     ("Is it {org}?", "Acme Ltd.", "Is it Acme Ltd.?"),  # only a full stop is taken over
     ("At {org}.", "Acme", "At Acme."),
     ("See {org}.com and {{$}}.", "acme.", "See acme..com and {$}."),  # not a sentence's end
     ("At {org}.\nNext", "Acme Inc.", "At Acme Inc.\nNext")],
)
def test_a_value_ending_a_sentence_takes_the_place_of_the_full_stop(template, value, text):
    assert fill(template, {"org": value}) == text


def test_fill_refuses_a_stray_brace():
    with pytest.raises(ValueError, match="stray brace"):
        fill("Costs { 5 for {org}.", {"org": "Acme"})
    assert fill("Costs $5 for {org}.", {"org": "Acme"}) == "Costs $5 for Acme."


@pytest.mark.parametrize("blank", ["", "   ", None])
def test_fill_gives_nothing_when_a_placeholder_is_blank(blank):
    assert fill("Hi {name}.", {"name": blank}) == ""
    assert fill("Hi {name}.", {}) == ""
    assert fill("No placeholders.", {}) == "No placeholders."


def test_first_usable_alternative_wins():
    sentence = FirstOf(first_of=["With {a} and {b}.", "With {a}.", "Plain."])
    assert render_sentence(sentence, {"a": "A", "b": "B"}) == "With A and B."
    assert render_sentence(sentence, {"a": "A", "b": ""}) == "With A."
    assert render_sentence(sentence, {}) == "Plain."
    assert render_sentence(FirstOf(first_of=["Only {a}."]), {}) == ""


def test_paragraphs_drop_empty_sentences_and_paragraphs():
    paragraphs = [["Dear {who},"], ["{missing}"], ["One.", "{missing}", "Two {x}."]]
    text = render_paragraphs(paragraphs, {"who": "Ana", "x": "2"})
    assert text == "Dear Ana,\n\nOne. Two 2."


def test_unknown_placeholder_names_the_field(tmp_path, raw):
    raw["request"]["email_subject"] = "Hello {nobody}"
    with pytest.raises(ContentError) as err:
        load_yaml_variant(tmp_path, raw)
    assert err.value.field == "request.email_subject"
    assert "{nobody}" in err.value.problem


def test_stray_brace_is_reported(tmp_path, raw):
    raw["thank_you"]["body"][0][0] = "Dear {contact,"
    with pytest.raises(ContentError) as err:
        load_yaml_variant(tmp_path, raw)
    assert err.value.field == "thank_you.body"
    assert "stray brace" in err.value.problem


def test_every_content_file_uses_the_one_placeholder_syntax():
    # One syntax, {name}, checked by one validator (course.loading): no $name left anywhere.
    for path in sorted(CONTENT_DIR.glob("*.yaml")):
        text = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines()
                         if not line.lstrip().startswith("#"))
        assert not re.search(r"\$\{?[A-Za-z_]\w*", text), path.name


def test_found_via_must_match_the_log_choices(tmp_path, raw):
    del raw["request"]["found_via"]["Faculty or advisor"]
    with pytest.raises(ContentError) as err:
        load_yaml_variant(tmp_path, raw)
    assert err.value.field == "request.found_via"
    assert "faculty or advisor" in err.value.problem


def test_minutes_choices_stay_within_the_guides_limit(tmp_path, raw):
    raw["request"]["minutes_choices"] = [20, 45]
    with pytest.raises(ContentError) as err:
        load_yaml_variant(tmp_path, raw)
    assert err.value.field == "request.minutes_choices"


def test_one_line_and_as_clause():
    assert one_line("  Priya \n  Chen ") == "Priya Chen"
    assert one_line(None) == ""
    assert as_clause("What a typical day looks like.") == "what a typical day looks like"
    assert as_clause("Adobe certification matters!") == "Adobe certification matters"
    assert as_clause("  how  it works ?") == "how it works"
    assert as_clause("") == ""


def test_dates_and_times_in_words():
    assert long_date(date(2025, 3, 4)) == "Tuesday, March 4, 2025"
    assert long_date(date(2025, 3, 4), year=False) == "Tuesday, March 4"
    assert clock_time(time(14, 5)) == "2:05 PM"
    assert clock_time(datetime(2025, 1, 1, 0, 30)) == "12:30 AM"
    assert clock_time(time(12, 0)) == "12:00 PM"
