"""Hide names covers what the student typed: own questions and checklist notes that name one of
their people show the person's placeholder, in the picker's list, its download and the note."""

from apptest_helpers import open_page
from interview_coach.course.checklist import load_checklist
from interview_coach.people.record import blank_person
from interview_coach.questions.bank import OwnQuestion

PRIYA = {**blank_person("ppriya"), "name": "Priya Sharma", "updated": 1}
FIRST_ITEM = load_checklist().items[0].id


def on_page(at) -> str:
    return str([e.proto for e in at.main
                if getattr(e.proto, "component_name", "") != "browser_store"])


def test_an_own_question_naming_a_person_is_hidden():
    own = [OwnQuestion("own-1", "What did Priya Sharma study first?", 3)]
    at = open_page("question_picker", people={"ppriya": PRIYA}, own_questions=own,
                   picks=["own-1"], hide_names=True)
    assert not at.exception
    assert "Priya" not in on_page(at) and "Contact 1" in on_page(at)
    at.sidebar.toggle(key="_w_hide_names").set_value(False).run()
    assert "What did Priya Sharma study first?" in on_page(at)
    assert at.session_state.own_questions == own  # only the view changed


def test_an_open_checklist_note_naming_a_person_is_hidden():
    note = {FIRST_ITEM: {"done": True, "note": "ask Priya about the ward"}}
    at = open_page("checklist", people={"ppriya": PRIYA}, checklist=note, hide_names=True,
                   **{f"_w_note_open_{FIRST_ITEM}": True})
    assert not at.exception
    assert "Priya" not in on_page(at) and "ask Contact 1 about the ward" in on_page(at)
    assert at.session_state.checklist == note
