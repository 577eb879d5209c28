"""The Interview companion (AppTest): the chosen person's plan, the clock kept in their record,
notes under each question saved as typed, the quick add of a suggested person, finishing."""

import json
from datetime import date

from apptest_helpers import fragments_run_alone, open_page
from interview_coach.people import record
from interview_coach.questions.bank import load_question_bank

PICKS = ["industry-trends", "typical-week", "common-mistakes", "journals-and-organizations",
         "what-to-do-next"]


def person(name: str, **fields) -> dict:
    return record.set_stage(record.new_person(name, date.today(), 1, **fields), "Scheduled",
                            date.today(), 1)


def companion(**state):
    priya = person("Priya Sharma", organization="Civic Hospital", minutes=20)
    at = open_page("companion", people={priya["id"]: priya}, picks=list(PICKS), **state)
    return at, priya["id"]


def button(at, label: str):
    return next(b for b in at.button if b.label == label)


def test_no_one_yet_offers_to_add_the_person_and_opens_their_plan():
    at = open_page("companion")
    assert not at.exception
    at.text_input(key="_w_companion_first").set_value("Ana Lopez")
    button(at, "Add and open their plan").click().run()
    (added,) = at.session_state.people.values()
    assert added["name"] == "Ana Lopez" and at.session_state.chosen_person == added["id"]
    assert at.selectbox(key="_w_companion_person").value == added["id"]
    assert added["stage"] == "To ask"
    button(at, "Start the interview").click().run()
    assert at.session_state.people[added["id"]]["stage"] == "Scheduled"  # it is under way


def test_the_plan_shows_each_picked_question_in_order_with_its_lens_and_start_time():
    at, _ = companion()
    assert not at.exception
    headings = [m.value for m in at.markdown if m.value.startswith("**Q")]
    assert len(headings) == 5
    bank = load_question_bank().by_id()
    minutes = [bank[q].minutes for q in PICKS]
    # The opening's 3 minutes first (time_budget.yaml), then each question's own minutes.
    assert headings[0].startswith(f"**Q1** · {minutes[0]} min · from 3:00 · Trends")
    assert headings[1].startswith(f"**Q2** · {minutes[1]} min · from {3 + minutes[0]}:00")
    assert bank["industry-trends"].text in headings[0]
    assert "· Assignments" in headings[4]
    assert len(at.text_area) == 5  # a notes box under each
    caption = next(c.value for c in at.caption if "20-minute slot" in c.value)
    assert caption.startswith("5 questions")


def test_start_keeps_the_start_time_in_the_record_and_finish_marks_it_held():
    at, pid = companion()
    button(at, "Start the interview").click().run()
    started = at.session_state.people[pid]["started_at"]
    assert started > 0 and at.session_state.people[pid]["finished_at"] == 0
    assert "Start the interview" not in [b.label for b in at.button]
    button(at, "Finish the interview").click().run()
    after = at.session_state.people[pid]
    assert after["finished_at"] >= started and after["stage"] == "Held"
    assert any("Finished with Priya Sharma" in s.value for s in at.success)
    assert "Write your thank-you note" in [link.label for link in at.get("page_link")]


def test_notes_typed_under_a_question_land_in_the_persons_record():
    at, pid = companion()
    at.text_area(key="_w_companion_note_typical-week").set_value("Mostly site visits").run()
    at.text_area(key="_w_companion_note_industry-trends").set_value("Robots in logistics").run()
    assert at.session_state.people[pid]["question_notes"] == {
        "typical-week": "Mostly site visits", "industry-trends": "Robots in logistics"}
    at.text_input(key=f"_w_companion_learned_{pid}").set_value("Site visits matter").run()
    assert at.session_state.people[pid]["learned"] == "Site visits matter"
    # Drawn again from the record, as after a reload.
    assert at.text_area(key="_w_companion_note_typical-week").value == "Mostly site visits"


def test_a_note_is_only_saved_nothing_is_drawn_again():
    at, pid = companion()
    boxes = len(at.text_area)
    at.text_area(key="_w_companion_note_typical-week").set_value("Mostly site visits").run()
    assert fragments_run_alone(at) == 1  # the saving mount: the box shows the note already
    assert at.session_state.people[pid]["question_notes"] == {"typical-week": "Mostly site visits"}
    assert len(at.text_area) == boxes


def test_the_agreed_minutes_are_the_persons_own():
    at, pid = companion()
    at.number_input(key=f"_w_companion_minutes_{pid}").set_value(30).run()
    assert at.session_state.people[pid]["minutes"] == 30
    assert any("30-minute slot" in c.value for c in at.caption)


def test_they_suggested_someone_becomes_a_to_ask_record_linked_to_them():
    at, pid = companion()
    assert "Who else should I talk to?" in [s.value for s in at.subheader]
    at.text_input(key="_w_companion_suggested").set_value("Sam Lee")
    button(at, "Add to my people").click().run()
    sam = next(p for p in at.session_state.people.values() if p["name"] == "Sam Lee")
    assert (sam["stage"], sam["referred_by"], sam["found_via"]) == ("To ask", pid, "Referred by")
    assert at.session_state.chosen_person == pid  # still working on Priya
    assert any("Sam Lee" in c.value for c in at.caption if c.value.startswith("Suggested"))


def test_hide_names_hides_the_companion():
    at, _ = companion(hide_names=True)
    assert not at.text_area and any("Hide names" in i.value for i in at.info)


def test_a_plan_longer_than_the_slot_is_flagged_before_the_start():
    bank = load_question_bank().by_id()
    planned = 3 + 2 + sum(bank[q].minutes for q in PICKS)  # opening + closing + questions
    at, pid = companion()
    over = [w.value for w in at.warning if "past the" in w.value]
    assert over == ([f"Your plan runs {planned - 20} min past the 20 minutes they agreed to. "
                     "Drop a question or keep one in reserve, and ask the last ones only if "
                     "there is time."] if planned > 20 else [])
    at.number_input(key=f"_w_companion_minutes_{pid}").set_value(planned).run()
    assert not [w.value for w in at.warning if "past the" in w.value]


def test_the_clock_is_handed_the_start_time_and_the_slot():
    at, pid = companion()
    button(at, "Start the interview").click().run()
    (clock,) = [c for c in at.get("bidi_component")
                if c.proto.component_name.endswith("conversation_clock")]
    data = json.loads(clock.proto.json)
    assert data["started_at"] == at.session_state.people[pid]["started_at"]
    assert (data["slot_s"], data["warn_s"], data["finished_at"]) == (1200, 300, 0)
    assert [p["title"] for p in data["parts"]] == ["Your opening", "Q1", "Q2", "Q3", "Q4", "Q5",
                                                   "Closing"]
