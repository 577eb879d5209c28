import pytest
import yaml

from interview_coach.course.checklist import (
    MAX_NOTE_CHARS,
    Checklist,
    by_group,
    checklist_markdown,
    clean_checklist_state,
    item_label,
    load_checklist,
    progress,
    update_item,
)
from interview_coach.course.loading import CONTENT_DIR, ContentError


@pytest.fixture(scope="module")
def checklist() -> Checklist:
    return load_checklist()


def test_groups_in_order_and_counts(checklist):
    groups = by_group(checklist)
    assert list(groups) == ["Before", "On the day", "After"]
    assert [len(items) for items in groups.values()] == [9, 6, 3]
    assert checklist.intro and checklist.title


def test_checklist_covers_everything_the_guide_asks(checklist):
    labels = " | ".join(i.label.lower() for i in checklist.items)
    for words in [
        "industry",
        "products, services and competitors",
        "your contact",
        "why you asked",
        "goals, experience, accomplishments and skills",
        "questions",
        "rehearse",
        "time and the place or phone number",
        "dress appropriately",
        "copies of your résumé",
        "punctual",
        "agreed time",
        "do not ask for a job",
        "name of someone else",
        "thank-you note",
    ]:
        assert words in labels, words
    assert all(i.why for i in checklist.items)


def test_the_request_and_questions_items_link_to_their_tools(checklist):
    linked = [i for i in checklist.items if i.link or i.shows]
    assert [(i.id, i.link and i.link.page, i.shows) for i in linked] == [
        ("request-interview", "writing_help", None),
        ("questions-ready", "question_picker", "picked_count"),
    ]


def test_progress_counts_known_done_items_only(checklist):
    state = {
        "rehearse": {"done": True, "note": ""},
        "dress": {"done": False, "note": "blue suit"},
        "not-an-item": {"done": True, "note": ""},
    }
    assert progress(state, checklist) == (1, 18)
    assert progress({}, checklist) == (0, 18)


def test_update_item_returns_a_new_state_and_cuts_long_notes():
    state = {"rehearse": {"done": True, "note": "old"}}
    ticked = update_item(state, "dress", done=True)
    assert ticked == {
        "rehearse": {"done": True, "note": "old"},
        "dress": {"done": True, "note": ""},
    }
    noted = update_item(ticked, "rehearse", note="n" * (MAX_NOTE_CHARS + 5))
    assert noted["rehearse"] == {"done": True, "note": "n" * MAX_NOTE_CHARS}
    assert state == {"rehearse": {"done": True, "note": "old"}}


def test_clean_state_keeps_good_entries(checklist):
    value = {"rehearse": {"done": True, "note": "twice"}, "dress": {"done": False}}
    state, notices = clean_checklist_state(value, checklist)
    assert state == {
        "rehearse": {"done": True, "note": "twice"},
        "dress": {"done": False, "note": ""},
    }
    assert notices == []


def test_clean_state_drops_unknown_and_wrong_types_and_truncates(checklist):
    value = {
        "rehearse": {"done": True, "note": "x" * (MAX_NOTE_CHARS + 1)},
        "dress": {"done": "yes", "note": ""},
        "be-punctual": {"done": True, "note": 5},
        "be-hired": {"done": True, "note": ""},
        "thank-you-note": True,
        7: {"done": True},
        "bring-resume": {"done": True, "note": "2 copies", "extra": 1},
    }
    state, notices = clean_checklist_state(value, checklist)
    assert state == {
        "rehearse": {"done": True, "note": "x" * MAX_NOTE_CHARS},
        "bring-resume": {"done": True, "note": "2 copies"},
    }
    assert notices == [
        "Saved checklist entries left out because they were damaged or unknown: 5.",
        "Notes shortened to 2000 characters: 1.",
    ]


@pytest.mark.parametrize("value", [[1, 2], "rehearse", 3, 2.5])
def test_clean_state_of_the_wrong_shape_starts_empty(checklist, value):
    assert clean_checklist_state(value, checklist) == (
        {},
        ["Your saved checklist could not be read, so it starts empty."],
    )
    assert clean_checklist_state(None, checklist) == ({}, [])


def test_item_label_shows_the_picked_count(checklist):
    items = {i.id: i for i in checklist.items}
    assert item_label(items["questions-ready"], checklist, 4) == (
        "Get your questions ready (Questions picked: 4)"
    )
    assert item_label(items["rehearse"], checklist, 4) == "Rehearse what you want to discuss"


def test_markdown_download(checklist):
    state = {
        "rehearse": {"done": True, "note": "  With Ana\n\nthen alone  "},
        "dress": {"done": False, "note": ""},
    }
    text = checklist_markdown(state, checklist, 3)
    lines = text.splitlines()
    assert lines[0] == "# Prep checklist"
    assert "Done: 1 of 18" in lines
    assert [line for line in lines if line.startswith("## ")] == [
        "## Before",
        "## On the day",
        "## After",
    ]
    at = lines.index("- [x] Rehearse what you want to discuss")
    assert lines[at + 1 : at + 4] == ["    With Ana", "", "    then alone"]
    assert "- [ ] Dress appropriately" in lines
    assert "- [ ] Get your questions ready (Questions picked: 3)" in lines
    assert sum(line.startswith("- [") for line in lines) == 18
    assert lines.index("## On the day") < lines.index("- [ ] Dress appropriately")


def test_broken_checklist_is_refused(tmp_path):
    raw = yaml.safe_load((CONTENT_DIR / "checklist.yaml").read_text(encoding="utf-8"))
    raw["items"][0]["group"] = "Someday"
    path = tmp_path / "checklist.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ContentError, match="undeclared group"):
        load_checklist(path)
    raw["items"][0]["group"] = "Before"
    raw["items"][1]["id"] = raw["items"][0]["id"]
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ContentError, match="more than once"):
        load_checklist(path)
    raw["items"][1]["id"] = "fine-id"
    raw["items"][1]["link"] = {"label": "Somewhere", "page": "nowhere"}
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ContentError, match="unknown page 'nowhere'"):
        load_checklist(path)


def test_the_pages_own_words_load(checklist):
    assert all(dict(checklist.note).values()) and all(dict(checklist.reset).values())
    assert checklist.download


def test_a_blank_page_word_is_refused(tmp_path):
    raw = yaml.safe_load((CONTENT_DIR / "checklist.yaml").read_text(encoding="utf-8"))
    raw["reset"]["confirm"] = ""
    path = tmp_path / "checklist.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ContentError) as err:
        load_checklist(path)
    assert err.value.field == "reset.confirm"
