"""The question picker page: pick, reorder, own questions, time budget and the job-words flag."""

import pytest

from apptest_helpers import open_page, texts
from interview_coach.question_bank import load_question_bank

BANK = load_question_bank()
GUIDE_IDS = [q.id for q in BANK.questions if q.from_guide]


@pytest.fixture
def at():
    return open_page("question_picker")


def test_opens_with_every_question_unpicked(at):
    assert not at.exception
    boxes = [b for b in at.checkbox if b.key.startswith("_w_pick_")]
    assert len(boxes) == len(BANK.questions)
    assert not any(b.value for b in boxes)
    assert "No questions picked yet" in texts(at.info)[0]


def test_pick_and_unpick(at):
    at.checkbox(key=f"_w_pick_{GUIDE_IDS[0]}").check().run()
    at.checkbox(key=f"_w_pick_{GUIDE_IDS[3]}").check().run()
    assert at.session_state.picks == [GUIDE_IDS[0], GUIDE_IDS[3]]
    at.checkbox(key=f"_w_pick_{GUIDE_IDS[0]}").uncheck().run()
    assert at.session_state.picks == [GUIDE_IDS[3]]


def test_reorder_with_up_and_down(at):
    for question_id in GUIDE_IDS[:3]:
        at.checkbox(key=f"_w_pick_{question_id}").check().run()
    at.button(key=f"_up_{GUIDE_IDS[2]}").click().run()
    assert at.session_state.picks == [GUIDE_IDS[0], GUIDE_IDS[2], GUIDE_IDS[1]]
    at.button(key=f"_down_{GUIDE_IDS[0]}").click().run()
    assert at.session_state.picks == [GUIDE_IDS[2], GUIDE_IDS[0], GUIDE_IDS[1]]
    assert at.button(key=f"_up_{GUIDE_IDS[2]}").disabled
    at.button(key=f"_remove_{GUIDE_IDS[0]}").click().run()
    assert at.session_state.picks == [GUIDE_IDS[2], GUIDE_IDS[1]]


def test_filter_by_words_and_guide_only(at):
    at.text_input(key="_w_search").input("referral").run()
    shown = [b.key for b in at.checkbox if b.key.startswith("_w_pick_")]
    assert 0 < len(shown) < len(BANK.questions)
    at.text_input(key="_w_search").input("").run()
    at.toggle(key="_w_guide_only").set_value(True).run()
    shown = [b.key.removeprefix("_w_pick_") for b in at.checkbox if b.key.startswith("_w_pick_")]
    assert sorted(shown) == sorted(GUIDE_IDS)


def test_time_budget_warns_when_the_list_does_not_fit(at):
    at.radio(key="_w_slot_choice").set_value(20).run()
    for question in BANK.questions[:8]:
        at.checkbox(key=f"_w_pick_{question.id}").check().run()
    used = sum(q.minutes for q in BANK.questions[:8])
    assert used > 15  # a 20-minute slot keeps 5 minutes for the introduction and closing
    errors = texts(at.error)
    assert any(f"{used - 15} min over" in e and "respect the time limit" in e for e in errors)


def test_custom_slot(at):
    at.radio(key="_w_slot_choice").set_value("custom").run()
    at.number_input(key="_w_slot_minutes").set_value(45).run()
    assert at.session_state.slot_minutes == 45
    assert "45-minute slot" in texts(at.info)[0]


def test_own_question_is_added_picked_and_flagged_for_job_words(at):
    at.text_input(key="_w_own_text").input("Are you hiring students this summer?")
    at.button(key="_add_own").click().run()
    own = at.session_state.own_questions
    assert [q.text for q in own] == ["Are you hiring students this summer?"]
    assert at.session_state.picks == [own[0].id]
    warnings = texts(at.warning)
    assert any("Sounds like asking for a job" in w and "hiring" in w for w in warnings)


def test_empty_own_question_is_refused_with_a_message(at):
    at.button(key="_add_own").click().run()
    assert at.session_state.own_questions == []
    assert texts(at.error) == [BANK.messages.own_empty]


def test_guide_questions_are_never_flagged(at):
    for question_id in GUIDE_IDS:
        at.checkbox(key=f"_w_pick_{question_id}").check().run()
    assert not [w for w in texts(at.warning) if "asking for a job" in w]


def test_picks_survive_switching_pages(at):
    at.checkbox(key=f"_w_pick_{GUIDE_IDS[1]}").check().run()
    at.switch_page("pages/step_4.py").run()
    at.switch_page("pages/question_picker.py").run()
    assert at.session_state.picks == [GUIDE_IDS[1]]
    assert at.checkbox(key=f"_w_pick_{GUIDE_IDS[1]}").value is True


def test_downloads_appear_once_something_is_picked(at):
    assert not at.get("download_button")
    at.checkbox(key=f"_w_pick_{GUIDE_IDS[0]}").check().run()
    labels = [d.proto.label for d in at.get("download_button")]
    assert any("send ahead" in label for label in labels)
    assert any("pocket card" in label for label in labels)
