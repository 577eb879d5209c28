"""The question picker page: categories drawn only while open, search, pick, reorder, own
questions, time budget, the job-words flag and the downloads.

AppTest cannot click an expander, so a test opens one by setting its session-state key
(`_w_open_<category index>`, `_w_open_own`, `_w_open_names`) before a run, as a click in the
browser would.
"""

import json

import pytest

from apptest_helpers import (
    RecordingManager,
    fragments_run_alone,
    open_page,
    record_downloads,
    texts,
)
from interview_coach.classroom.hidden_names import HIDDEN
from interview_coach.markdown_text import md_escape
from interview_coach.questions.bank import OwnQuestion, load_question_bank
from tests.pages.test_literal_text import live_markdown, shown_text

BANK = load_question_bank()
GUIDE_IDS = [q.id for q in BANK.questions if q.from_guide]
CATEGORIES = [c.name for c in BANK.categories]


@pytest.fixture
def at():
    return open_page("question_picker")


def pick_boxes(at) -> list[str]:
    """Ids of the questions whose checkbox is on the page."""
    return [b.key.removeprefix("_w_pick_") for b in at.checkbox if b.key.startswith("_w_pick_")]


def category_of(question_id: str) -> str:
    return next(q.category for q in BANK.questions if q.id == question_id)


def open_category(at, name: str):
    at.session_state[f"_w_open_{CATEGORIES.index(name)}"] = True
    return at.run()


def pick(at, question_id: str):
    """Tick a bank question's box, opening its category first if it is closed."""
    if question_id not in pick_boxes(at):
        open_category(at, category_of(question_id))
    return at.checkbox(key=f"_w_pick_{question_id}").check().run()


def row_action(at, question_id: str, action: str):
    return at.button_group(key=f"_order_{question_id}").set_value(action).run()


def test_opens_with_every_category_closed_and_no_checkbox_run(at):
    assert not at.exception
    assert pick_boxes(at) == []
    labels = [e.label for e in at.expander]
    for name in CATEGORIES:
        total = sum(q.category == name for q in BANK.questions)
        assert any(label.startswith(f"**{name}** · {total} questions") for label in labels)
    guide_counts = [int(label.split(" (")[1].split(" ✦")[0]) for label in labels if "✦)" in label]
    assert sum(guide_counts) == len(GUIDE_IDS) == 15
    assert "No questions picked yet" in texts(at.info)[0]


def test_an_open_category_shows_its_questions_and_stays_open_across_pages(at):
    open_category(at, "Career path")
    in_category = [q.id for q in BANK.questions if q.category == "Career path"]
    assert pick_boxes(at) == in_category
    assert at.session_state.picker_open == ["Career path"]
    at.switch_page("pages/step_4.py").run()
    at.switch_page("pages/question_picker.py").run()
    assert pick_boxes(at) == in_category
    at.session_state[f"_w_open_{CATEGORIES.index('Career path')}"] = False
    at.run()
    assert pick_boxes(at) == []
    assert at.session_state.picker_open == []


def test_pick_and_unpick(at):
    pick(at, GUIDE_IDS[0])
    pick(at, GUIDE_IDS[3])
    assert at.session_state.picks == [GUIDE_IDS[0], GUIDE_IDS[3]]
    at.checkbox(key=f"_w_pick_{GUIDE_IDS[0]}").uncheck().run()
    assert at.session_state.picks == [GUIDE_IDS[3]]


def test_a_pick_redraws_the_list_and_its_counts_not_the_bank(at):
    pick(at, GUIDE_IDS[0])
    # the status line, the alert under the open category, the list and the saving mount
    assert fragments_run_alone(at) == 4
    question = next(q for q in BANK.questions if q.id == GUIDE_IDS[0])
    assert [b.label for b in at.button_group if b.key.startswith("_order_")] == [
        f"1. {md_escape(question.text)} · {question.minutes} min"]  # a row in "Your list"
    assert any(c.value.startswith("Your list: 1 question,") for c in at.caption)
    assert at.checkbox(key=f"_w_pick_{GUIDE_IDS[0]}").value is True
    assert len(pick_boxes(at)) == sum(q.category == question.category for q in BANK.questions)


def test_removing_from_the_list_unticks_the_bank_box(at):
    pick(at, GUIDE_IDS[0])
    row_action(at, GUIDE_IDS[0], "remove")
    assert at.session_state.picks == []
    assert at.checkbox(key=f"_w_pick_{GUIDE_IDS[0]}").value is False


def test_search_shows_the_matches_without_opening_anything(at):
    at.text_input(key="_w_search").input("referral").run()
    shown = pick_boxes(at)
    assert 0 < len(shown) < len(BANK.questions)
    assert all("referral" in f"{q.text} {q.category} {q.why}".lower()
               for q in BANK.questions if q.id in shown)
    closing = sum(q.category == "Closing and referrals" for q in BANK.questions)
    matching = [e.label for e in at.expander if e.label.startswith("**Closing and referrals**")]
    assert matching == [f"**Closing and referrals** · {closing} of {closing} questions match"]
    at.checkbox(key=f"_w_pick_{shown[0]}").check().run()
    assert at.session_state.picks == [shown[0]]
    at.text_input(key="_w_search").input("").run()
    assert pick_boxes(at) == []


def test_guide_only_shows_the_guides_15_with_their_mark(at):
    at.toggle(key="_w_guide_only").set_value(True).run()
    assert sorted(pick_boxes(at)) == sorted(GUIDE_IDS)
    assert all("✦" in b.label for b in at.checkbox if b.key.startswith("_w_pick_"))


def test_each_question_says_why_to_ask_it_and_the_slot_says_what_the_reserve_is_for(at):
    at.toggle(key="_w_guide_only").set_value(True).run()
    why = {q.id: q.why for q in BANK.questions}
    captions = texts(at.caption)
    assert all(why[qid] in captions for qid in GUIDE_IDS)
    slot_help = at.button_group(key="_w_slot_choice").help
    assert "Introduction, 3 min" in slot_help and "Closing, 2 min" in slot_help
    assert "Ask for the name of someone else to talk to" in slot_help


def test_no_match_says_so(at):
    at.text_input(key="_w_search").input("zebra").run()
    assert not at.exception
    assert pick_boxes(at) == []
    assert any("No question matches" in text for text in texts(at.info))


def test_reorder_and_remove_with_the_row_control(at):
    for question_id in GUIDE_IDS[:3]:
        pick(at, question_id)
    first_row = at.button_group(key=f"_order_{GUIDE_IDS[0]}")
    assert first_row.options == ["Down", "Remove"]  # the first cannot move up
    row_action(at, GUIDE_IDS[2], "up")
    assert at.session_state.picks == [GUIDE_IDS[0], GUIDE_IDS[2], GUIDE_IDS[1]]
    assert at.button_group(key=f"_order_{GUIDE_IDS[2]}").value is None  # ready for a next click
    row_action(at, GUIDE_IDS[0], "down")
    assert at.session_state.picks == [GUIDE_IDS[2], GUIDE_IDS[0], GUIDE_IDS[1]]
    assert at.button_group(key=f"_order_{GUIDE_IDS[1]}").options == ["Up", "Remove"]
    row_action(at, GUIDE_IDS[0], "remove")
    assert at.session_state.picks == [GUIDE_IDS[2], GUIDE_IDS[1]]
    assert at.button_group(key=f"_order_{GUIDE_IDS[2]}").label.startswith("1. ")


def test_time_budget_warns_when_the_list_does_not_fit():
    at = open_page("question_picker", picker_open=CATEGORIES)
    at.button_group(key="_w_slot_choice").set_value(20).run()
    for question in BANK.questions[:8]:
        at.checkbox(key=f"_w_pick_{question.id}").check().run()
    used = sum(q.minutes for q in BANK.questions[:8])
    assert used > 15  # a 20-minute slot keeps 5 minutes for the introduction and closing
    errors = texts(at.error)
    assert any(f"{used - 15} min over" in e and "respect the time limit" in e for e in errors)


def test_custom_slot(at):
    at.button_group(key="_w_slot_choice").set_value("custom").run()
    at.number_input(key="_w_slot_minutes").set_value(45).run()
    assert at.session_state.slot_minutes == 45
    assert "45-minute slot" in texts(at.info)[0]
    at.button_group(key="_w_slot_choice").set_value(30).run()
    assert (at.session_state.slot_minutes, at.session_state.slot_is_custom) == (30, False)


def add_own(at, text: str):
    at.session_state["_w_open_own"] = True
    at.run()
    at.text_input(key="_w_own_text").input(text)
    return at.button(key="_add_own").click().run()


def test_own_question_is_added_picked_and_flagged_for_job_words(at):
    add_own(at, "Are you hiring students this summer?")
    own = at.session_state.own_questions
    assert [q.text for q in own] == ["Are you hiring students this summer?"]
    assert at.session_state.picks == [own[0].id]
    assert at.text_input(key="_w_own_text").value == ""  # the form stays open, emptied
    warnings = texts(at.warning)
    assert any("Sounds like asking for a job" in w and "hiring" in w for w in warnings)
    step_5 = [link.proto for link in at.get("page_link") if "Step 5" in link.proto.label]
    assert [link.page for link in step_5] == ["step_5"]
    at.button(key=f"_delete_{own[0].id}").click().run()
    assert (at.session_state.own_questions, at.session_state.picks) == ([], [])


def test_empty_own_question_is_refused_with_a_message(at):
    add_own(at, "")
    assert at.session_state.own_questions == []
    assert texts(at.error) == [BANK.messages.own_empty]


def test_guide_questions_are_never_flagged(at):
    at.toggle(key="_w_guide_only").set_value(True).run()
    for question_id in GUIDE_IDS:
        at.checkbox(key=f"_w_pick_{question_id}").check().run()
    assert len(at.session_state.picks) == 15
    assert not [w for w in texts(at.warning) if "asking for a job" in w]


def test_picks_survive_switching_pages(at):
    pick(at, GUIDE_IDS[1])
    at.switch_page("pages/step_4.py").run()
    at.switch_page("pages/question_picker.py").run()
    assert at.session_state.picks == [GUIDE_IDS[1]]
    assert at.checkbox(key=f"_w_pick_{GUIDE_IDS[1]}").value is True


def test_downloads_appear_once_something_is_picked_and_take_the_names(at):
    assert not at.main.get("download_button")  # the sidebar's is the backup of all the work
    pick(at, GUIDE_IDS[0])
    labels = [d.proto.label for d in at.main.get("download_button")]
    assert any("send ahead" in label for label in labels)
    assert any("pocket card" in label for label in labels)
    assert not [t for t in at.text_input if t.key in ("_w_student_name", "_w_contact_name")]
    at.session_state["_w_open_names"] = True
    at.run()
    at.text_input(key="_w_student_name").input("Ana Ruiz").run()
    at.text_input(key="_w_contact_name").input("Priya Chen").run()
    assert at.session_state.profile == {"student_name": "Ana Ruiz", "contact_name": "Priya Chen"}



def questions_file(at) -> str:
    button = next(b for b in at.get("download_button") if "send ahead (Markdown)" in b.proto.label)
    return RecordingManager.makers[button.proto.deferred_file_id]()


@pytest.mark.parametrize("hide_names", [True, False])
def test_hide_names_keeps_the_contacts_name_off_the_page_and_the_download(monkeypatch,
                                                                          hide_names):
    record_downloads(monkeypatch)
    at = open_page("question_picker", hide_names=hide_names, picks=[GUIDE_IDS[0]],
                   picker_open=["names"],
                   profile={"student_name": "Stu Dent", "contact_name": "Priya Chen"})
    assert not at.exception
    fields = {t.label: t for t in at.text_input}
    assert fields["Your name"].value == "Stu Dent"  # the student is no contact
    # The invisible browser store carries the work to the browser's storage, not to the page.
    on_page = str([element.proto for element in at.main
                   if getattr(element.proto, "component_name", "") != "browser_store"])
    if hide_names:
        assert fields["Contact's name"].value == HIDDEN
        assert fields["Contact's name"].disabled
        assert "Priya" not in on_page
        assert "Priya" not in questions_file(at)
    else:
        assert fields["Contact's name"].value == "Priya Chen"
        assert "Hello Priya Chen," in questions_file(at)
    assert "Stu Dent" in questions_file(at)
    assert at.session_state.profile["contact_name"] == "Priya Chen"  # kept for later


NASTY = "Is it [paid](https://evil.example) **really** :smile: $x$ <b>h</b> -> :material/home:?"


def test_own_questions_show_as_typed_in_both_labels():
    at = open_page("question_picker", own_questions=[OwnQuestion("own-1", NASTY, 3)],
                   picks=["own-1"])
    assert not at.exception
    box = at.checkbox(key="_w_pick_own-1")
    row = next(g for g in at.get("button_group") if g.proto.id and "own-1" in g.proto.id)
    # "1. " is ours: Streamlit escapes a number at the start of a label itself.
    for label in (box.label, row.proto.label.removeprefix("1. ")):
        assert live_markdown(label) == [], label
        assert NASTY in shown_text(label)


# ---- rough edges a first-time student hit (issue 20) ----


def walk(block):
    """Every element and block under `block`, in page order."""
    for child in getattr(block, "children", {}).values():
        yield child
        yield from walk(child)


def test_a_questions_why_is_read_beside_it_not_behind_a_help_icon_inside_its_box(at):
    # The "?" sat inside the box's label: tapping it ticked or unticked the question.
    open_category(at, "Career path")
    boxes = [b for b in at.checkbox if b.key.startswith("_w_pick_")]
    assert boxes and all(b.help in (None, "") for b in boxes)
    captions = " ".join(texts(at.caption))
    for question in BANK.questions:
        if question.category == "Career path" and question.why:
            assert question.why in captions


def test_ticking_a_question_again_puts_it_back_where_it_was(at):
    for question_id in GUIDE_IDS[:3]:
        pick(at, question_id)
    at.checkbox(key=f"_w_pick_{GUIDE_IDS[1]}").uncheck().run()
    assert at.session_state.picks == [GUIDE_IDS[0], GUIDE_IDS[2]]
    at.checkbox(key=f"_w_pick_{GUIDE_IDS[1]}").check().run()
    assert at.session_state.picks == GUIDE_IDS[:3]


def test_the_time_choice_comes_before_the_categories(at):
    order = [getattr(node, "key", None) or getattr(node, "type", "") for node in walk(at.main)]
    slot = order.index("_w_slot_choice")
    first_category = next(i for i, node in enumerate(walk(at.main))
                          if getattr(node, "type", "") == "expander")
    assert slot < first_category


def test_a_long_custom_slot_is_not_called_comfortable_and_is_capped(at):
    at.button_group(key="_w_slot_choice").set_value("custom").run()
    field = at.number_input(key="_w_slot_minutes")
    assert field.max <= 60
    field.set_value(60).run()
    pick(at, GUIDE_IDS[0])
    shown = " ".join(texts(at.info) + texts(at.warning) + texts(at.success))
    assert "comfortably" not in shown
    assert "20–30 minutes" in " ".join(texts(at.warning))


def test_the_job_word_and_time_warnings_show_beside_the_own_question_field():
    at = open_page("question_picker", slot_minutes=20, picks=GUIDE_IDS[:4])
    add_own(at, "Are you hiring students this summer?")
    own_box = next(node for node in walk(at.main) if getattr(node, "key", "") == "_w_open_own")
    inside = [node for node in walk(own_box) if getattr(node, "type", "") in ("warning", "error")]
    said = " ".join(node.value for node in inside)
    assert "Sounds like asking for a job" in said and "hiring" in said
    assert "min over" in said


def test_the_over_time_warning_shows_in_the_category_just_ticked_in():
    at = open_page("question_picker", slot_minutes=20)
    open_category(at, "Career path")
    in_category = [q for q in BANK.questions if q.category == "Career path"]
    for question in in_category:
        at.checkbox(key=f"_w_pick_{question.id}").check().run()
    assert sum(q.minutes for q in in_category) > 15
    box = next(node for node in walk(at.main)
               if getattr(node, "key", "") == f"_w_open_{CATEGORIES.index('Career path')}")
    said = " ".join(node.value for node in walk(box) if getattr(node, "type", "") == "error")
    assert "min over" in said


def test_the_questions_can_be_copied_or_saved_as_plain_text_to_paste(monkeypatch):
    record_downloads(monkeypatch)
    at = open_page("question_picker", own_questions=[OwnQuestion("own-1", NASTY, 3)],
                   picks=[GUIDE_IDS[0], "own-1"], profile={"student_name": "Stu Dent"})
    [copied] = [json.loads(e.proto.json)["text"] for e in at.get("bidi_component")
                if e.proto.component_name.endswith("copy_out")]
    assert f"2. {NASTY}" in copied.splitlines()  # as typed, no backslashes, to paste
    assert copied.rstrip().endswith("Stu Dent")
    text_file = next(b for b in at.get("download_button") if b.key == "_picker_questions_txt")
    assert text_file.proto.label.endswith("(.txt)")
    assert "\\[" in questions_file(at) and "\\[" not in copied  # the Markdown file escapes
