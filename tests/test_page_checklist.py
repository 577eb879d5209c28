"""The prep checklist page: ticks, notes, progress, reset with confirmation."""

from apptest_helpers import open_page
from interview_coach.checklist import load_checklist

CHECKLIST = load_checklist()
FIRST, SECOND = CHECKLIST.items[0].id, CHECKLIST.items[1].id


def progress_text(at) -> str:
    return at.get("progress")[0].proto.text


def test_ticks_count_in_the_progress_bar():
    at = open_page("checklist")
    assert not at.exception
    total = len(CHECKLIST.items)
    assert progress_text(at) == f"Done: 0 of {total}"
    at.checkbox(key=f"_w_done_{FIRST}").check().run()
    at.checkbox(key=f"_w_done_{SECOND}").check().run()
    assert progress_text(at) == f"Done: 2 of {total}"
    assert at.session_state.checklist[FIRST] == {"done": True, "note": ""}


def test_notes_are_kept_per_item():
    at = open_page("checklist")
    at.text_area(key=f"_w_note_{FIRST}").input("Read the annual report").run()
    assert at.session_state.checklist[FIRST]["note"] == "Read the annual report"
    at.switch_page("pages/start.py").run()
    at.switch_page("pages/checklist.py").run()
    assert at.text_area(key=f"_w_note_{FIRST}").value == "Read the annual report"


def test_picked_question_count_is_shown():
    at = open_page("checklist", picks=["how-you-got-your-job", "personal-qualities"])
    labels = [box.label for box in at.checkbox if box.key.startswith("_w_done_")]
    assert any("Questions picked: 2" in label for label in labels)


def test_reset_needs_confirmation_and_clears_everything():
    at = open_page("checklist")
    at.checkbox(key=f"_w_done_{FIRST}").check().run()
    at.text_area(key=f"_w_note_{SECOND}").input("Navy blazer").run()
    confirm = [b for b in at.button if b.label == "Yes, clear my checklist"]
    assert len(confirm) == 1  # inside the "Reset the checklist" pop-over
    confirm[0].click().run()
    assert at.session_state.checklist == {}
    assert progress_text(at).startswith("Done: 0 of")
    assert at.checkbox(key=f"_w_done_{FIRST}").value is False
