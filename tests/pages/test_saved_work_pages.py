"""Pages that show the student's work wait for the browser's answer (ui/saved_work.work_ready):
until then they show a short note, never empty work that turns into theirs a moment later."""

import pytest
from streamlit.testing.v1 import AppTest

from apptest_helpers import ROOT, STORE_NAME, STORE_PREFIX, browser_answers, texts
from interview_coach.course.checklist import load_checklist
from interview_coach.saving import stored_copy as saved_work

WAIT_NOTE = "Looking for your saved work in this browser…"
WORK_PAGES = ["checklist", "question_picker", "writing_help", "people"]
FIRST_ITEM = load_checklist().items[0].id


def before_the_answer(page: str) -> AppTest:
    """The first run of a tab opened straight on `page` (a reload, a bookmark)."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    at.switch_page(f"pages/{page}.py")
    return at.run()


def main_captions(at: AppTest) -> list[str]:
    return [caption.value for caption in at.main.caption]


def student_work_shown(at: AppTest) -> bool:
    main = at.main
    return bool(main.checkbox or main.text_input or main.text_area or main.get("arrow_data_frame")
                or main.get("tabs") or main.get("tab"))


@pytest.mark.parametrize("page", WORK_PAGES)
def test_before_the_browser_answers_a_work_page_shows_a_note_not_empty_work(page):
    at = before_the_answer(page)
    assert not at.exception
    assert WAIT_NOTE in main_captions(at)
    assert not student_work_shown(at)
    assert at.main.title  # its heading and introduction are there at once


@pytest.mark.parametrize("page", WORK_PAGES)
def test_once_the_browser_answers_nothing_saved_the_page_shows_at_once(page):
    at = before_the_answer(page)
    browser_answers(at)
    at.run()
    assert not at.exception
    assert WAIT_NOTE not in main_captions(at)
    assert student_work_shown(at)


def test_saved_work_is_the_first_work_the_page_shows():
    at = before_the_answer("checklist")
    assert not at.main.checkbox  # no unticked boxes before the saved ticks are known
    saved = saved_work.dump({"checklist": {FIRST_ITEM: {"done": True, "note": "ask Robin"}}})
    browser_answers(at, saved)
    at.run()
    assert at.checkbox(key=f"_w_done_{FIRST_ITEM}").value is True
    assert at.get("progress")[0].proto.text.startswith("Done: 1 of")


def test_a_browser_that_never_answers_can_be_skipped():
    at = before_the_answer("checklist")
    at.main.button(key="_skip_store_wait_button").click().run()
    assert not at.exception
    assert WAIT_NOTE not in main_captions(at)
    assert at.main.checkbox


def test_guide_pages_do_not_wait():
    at = before_the_answer("step_1")
    assert WAIT_NOTE not in main_captions(at)
    assert any("What to do" in block.value for block in at.main.markdown)


# ---- a damaged copy: a lone surrogate, as JSON.stringify writes it ("\\ud800") ----


def envelope(parts_json: str) -> str:
    return '{"app":"information-interview-coach","version":1,"parts":' + parts_json + "}"


def restored(page: str, saved: str) -> AppTest:
    """Open `page` in a tab whose browser hands back `saved`."""
    at = before_the_answer(page)
    browser_answers(at, saved)
    return at.run()


def test_a_damaged_character_in_an_old_log_keeps_every_person_with_a_notice():
    saved = envelope('{"profile":{"student_name":"Stu"},'
                     '"log_csv":"date,contact\\r\\n2026-10-01,Ana\\r\\n2026-10-02,Ben\\ud800\\r\\n"}')
    at = restored("people", saved)
    assert not at.exception
    names = sorted(p["name"] for p in at.session_state["people"].values())
    assert names == ["Ana", "Ben\ufffd"]
    assert saved_work.DAMAGED in texts(at.warning)
    at.run()
    written = at.session_state[f"{STORE_PREFIX}{STORE_NAME}:known"]  # what the browser was sent
    people = [t for k, t in written.items() if k.startswith("person/")]
    assert len(people) == 2 and any('"name":"Ben\ufffd"' in t for t in people)


@pytest.mark.parametrize(("page", "parts", "restored_value"), [
    ("writing_help", '{"profile":{"student_name":"Ana\\ud800"}}',
     lambda ss: ss["profile"]["student_name"]),
    ("writing_help", '{"writing":{"request":{"program":"A\\ud800"}}}',
     lambda ss: ss["writing"]["request"]["program"]),
    ("question_picker", '{"own_questions":[{"id":"own-1","text":"Q\\ud800?","minutes":3}],'
                        '"picks":["own-1"]}', lambda ss: ss["own_questions"][0].text),
    ("checklist", f'{{"checklist":{{"{FIRST_ITEM}":{{"done":true,"note":"n\\ud800"}}}}}}',
     lambda ss: ss["checklist"][FIRST_ITEM]["note"]),
])
def test_a_damaged_character_in_any_part_shows_as_a_replacement_character(
        page, parts, restored_value):
    at = restored(page, envelope(parts))
    assert not at.exception
    assert saved_work.DAMAGED in texts(at.warning)
    assert "\ufffd" in restored_value(at.session_state)
    assert student_work_shown(at)
