"""The prep checklist page: ticks, notes drawn only while open, progress, download, reset.

AppTest cannot click an expander or a tab, so a test opens or closes a note, or opens a group's
tab, by setting its session-state key (`_w_note_open_<id>`, `_w_checklist_group`) before a run,
as a click in the browser would.
"""

import pytest

from apptest_helpers import (
    RecordingManager,
    fragments_run_alone,
    open_page,
    record_downloads,
)
from interview_coach.course.checklist import load_checklist

CHECKLIST = load_checklist()
FIRST, SECOND = CHECKLIST.items[0].id, CHECKLIST.items[1].id


@pytest.fixture(autouse=True)
def recorded_downloads(monkeypatch):
    record_downloads(monkeypatch)


def progress_text(at) -> str:
    return at.get("progress")[0].proto.text


def note_labels(at) -> dict[str, str]:
    """{item id: its note expander's label}."""
    return {box.key.removeprefix("_w_note_open_"): box.label for box in at.expander
            if box.key and box.key.startswith("_w_note_open_")}


def open_note(at, item_id: str, is_open: bool = True):
    at.session_state[f"_w_note_open_{item_id}"] = is_open
    return at.run()


def note_boxes(at) -> list[str]:
    return [box.key for box in at.text_area if box.key.startswith("_w_note_")]


GROUPS = [group.name for group in CHECKLIST.groups]


def item_labels(at) -> dict[str, str]:
    """{item id: its checkbox's label}, for the items drawn."""
    return {box.key.removeprefix("_w_done_"): box.label for box in at.checkbox
            if box.key.startswith("_w_done_")}


def open_group(at, name: str):
    at.session_state["_w_checklist_group"] = name
    return at.run()


def test_one_group_at_a_time_and_the_open_one_is_kept():
    at = open_page("checklist")
    assert [tab.label for tab in at.tabs] == GROUPS  # before, on the day, after
    for name in GROUPS:
        at = open_group(at, name)
        assert list(item_labels(at)) == [i.id for i in CHECKLIST.items if i.group == name]
    at.switch_page("pages/start.py").run()
    at.switch_page("pages/checklist.py").run()
    assert list(item_labels(at)) == [i.id for i in CHECKLIST.items if i.group == GROUPS[-1]]


def test_every_item_shows_its_reason_and_a_closed_note():
    at = open_page("checklist")
    assert not at.exception
    labels = {}
    for name in GROUPS:
        labels |= item_labels(open_group(at, name))
    assert list(labels) == [item.id for item in CHECKLIST.items]
    for item in CHECKLIST.items:
        # Name, then why, as plain paragraphs: the label is also what a screen reader reads.
        assert labels[item.id].startswith(f"{item.label}")
        assert labels[item.id].endswith(f"\n\n{item.why}")  # the teaching text stays on the page
        assert not set("*_`[]") & set(labels[item.id])
    assert note_labels(at) == {i.id: "Add a note" for i in CHECKLIST.items if i.group == GROUPS[-1]}
    assert note_boxes(at) == []  # no text box is drawn until a note is opened


def test_ticks_count_in_the_progress_bar():
    at = open_page("checklist")
    total = len(CHECKLIST.items)
    assert progress_text(at) == f"Done: 0 of {total}"
    at.checkbox(key=f"_w_done_{FIRST}").check().run()
    at.checkbox(key=f"_w_done_{SECOND}").check().run()
    assert progress_text(at) == f"Done: 2 of {total}"
    assert at.session_state.checklist[FIRST] == {"done": True, "note": ""}


def test_a_tick_redraws_the_progress_bar_and_the_saving_not_the_items():
    at = open_page("checklist")
    at.checkbox(key=f"_w_done_{FIRST}").check().run()
    assert fragments_run_alone(at) == 2  # the progress bar and the saving mount
    assert progress_text(at) == f"Done: 1 of {len(CHECKLIST.items)}"
    first_group = [i for i in CHECKLIST.items if i.group == GROUPS[0]]
    assert len([b for b in at.checkbox if b.key.startswith("_w_done_")]) == len(first_group)
    assert at.checkbox(key=f"_w_done_{FIRST}").value is True


def test_a_note_is_typed_after_opening_it_and_stays_open():
    at = open_note(open_page("checklist"), FIRST)
    assert note_boxes(at) == [f"_w_note_{FIRST}"]
    at.text_area(key=f"_w_note_{FIRST}").input("Read the annual report").run()
    assert at.session_state.checklist[FIRST] == {"done": False, "note": "Read the annual report"}
    labels = note_labels(at)
    assert labels[FIRST] == "Your note" and labels[SECOND] == "Add a note"
    # The new label did not close the note: its text box is still there, with the text.
    assert at.text_area(key=f"_w_note_{FIRST}").value == "Read the annual report"


def test_a_note_survives_closing_it_and_switching_pages():
    at = open_note(open_page("checklist"), FIRST)
    at.text_area(key=f"_w_note_{FIRST}").input("Read the annual report").run()
    at = open_note(at, FIRST, is_open=False)
    assert note_boxes(at) == []
    assert at.session_state.checklist[FIRST]["note"] == "Read the annual report"
    at.switch_page("pages/start.py").run()
    at.switch_page("pages/checklist.py").run()
    assert note_boxes(at) == []  # notes come back closed
    assert note_labels(at)[FIRST] == "Your note"
    at = open_note(at, FIRST)
    assert at.text_area(key=f"_w_note_{FIRST}").value == "Read the annual report"


def test_picked_question_count_is_shown():
    at = open_page("checklist", picks=["how-you-got-your-job", "personal-qualities"])
    labels = [box.label for box in at.checkbox if box.key.startswith("_w_done_")]
    assert any("Questions picked: 2" in label for label in labels)
    assert "Open the question picker" in [link.proto.label for link in at.get("page_link")]


def test_download_holds_ticks_and_notes():
    at = open_page("checklist")
    at.checkbox(key=f"_w_done_{FIRST}").check().run()
    at = open_note(at, SECOND)
    at.text_area(key=f"_w_note_{SECOND}").input("Navy blazer").run()
    button = at.get("download_button")[0]
    assert button.proto.label == "Download my checklist with notes (Markdown)"
    markdown = RecordingManager.makers[button.proto.deferred_file_id]()
    assert markdown.startswith(f"# {CHECKLIST.title}\n\nDone: 1 of {len(CHECKLIST.items)}\n")
    assert f"- [x] {CHECKLIST.items[0].label}\n" in markdown
    assert f"- [ ] {CHECKLIST.items[1].label}\n    Navy blazer\n" in markdown


def test_reset_needs_confirmation_and_clears_everything():
    at = open_page("checklist")
    at.checkbox(key=f"_w_done_{FIRST}").check().run()
    at = open_note(at, SECOND)
    at.text_area(key=f"_w_note_{SECOND}").input("Navy blazer").run()
    confirm = [b for b in at.button if b.label == "Yes, clear my checklist"]
    assert len(confirm) == 1  # inside the "Reset the checklist" pop-over
    confirm[0].click().run()
    # In a browser a click in the checklist reruns its part only: the progress bar above it
    # must be asked for (AppTest would run the whole page by default).
    assert fragments_run_alone(at) == 3
    assert at.session_state.checklist == {}
    assert progress_text(at).startswith("Done: 0 of")
    assert at.checkbox(key=f"_w_done_{FIRST}").value is False
    assert note_labels(at)[SECOND] == "Add a note"
    assert at.text_area(key=f"_w_note_{SECOND}").value == ""
