"""The People page (AppTest): add, move along, suggested people, numbers after every change."""

from datetime import date

from apptest_helpers import fragments_run_alone, open_page
from interview_coach.people import record

TODAY = date.today()


def person(name: str, stage: str = "To ask", **fields) -> dict:
    made = record.new_person(name, TODAY, 1, **fields)
    return record.set_stage(made, stage, TODAY, 1) if stage != "To ask" else made


def by_id(*people: dict) -> dict:
    return {p["id"]: p for p in people}


def metrics(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def button(at, label: str, nth: int = 0):
    return [b for b in at.button if b.label == label][nth]


def test_an_empty_list_says_how_to_begin_and_a_name_is_enough_to_add():
    at = open_page("people")
    assert not at.exception
    assert any("No one yet" in i.value for i in at.info)
    at.text_input(key="_w_quick_name").set_value("Priya Sharma")
    at.text_input(key="_w_quick_org").set_value("Civic Hospital")
    button(at, "Add to my list").click().run()
    (added,) = at.session_state.people.values()
    assert (added["name"], added["organization"], added["stage"]) == (
        "Priya Sharma", "Civic Hospital", "To ask")
    assert metrics(at)["People to ask"] == "1"


def test_a_card_button_redraws_that_card_and_the_counts_not_every_card():
    priya, sam, ana = person("Priya Sharma"), person("Sam Lee"), person("Ana Ruiz")
    at = open_page("people", people=by_id(priya, sam, ana))
    card_of_sam = f"_act_asked_{sam['id']}"
    at.button(key=card_of_sam).click().run()
    # Sam's card, the headline numbers, the stage filter's counts and the saving mount
    assert fragments_run_alone(at) == 4
    assert at.session_state.people[sam["id"]]["stage"] == "Requested"
    assert metrics(at)["People asked"] == "1" and metrics(at)["People to ask"] == "2"
    assert "Requested (1)" in at.button_group(key="_w_people_filter").options
    assert any(c.value.startswith("**Requested**") for c in at.caption)
    assert [b.key for b in at.button if (b.key or "").startswith("_act_asked_")] == [
        f"_act_asked_{p['id']}" for p in (priya, ana)]  # Sam's card now shows the next step


def test_each_card_button_moves_the_person_along_and_the_numbers_follow_at_once():
    priya = person("Priya Sharma")
    at = open_page("people", people=by_id(priya))
    button(at, "I sent it").click().run()
    assert at.session_state.people[priya["id"]]["stage"] == "Requested"
    assert metrics(at)["People asked"] == "1" and metrics(at)["People to ask"] == "0"
    button(at, "They said yes").click().run()  # opens her form at the conversation
    assert at.session_state.people[priya["id"]]["stage"] == "Scheduled"
    assert at.session_state.open_person == priya["id"]
    assert [s.value for s in at.subheader][0] == "The conversation"
    button(at, "Back to everyone").click().run()
    button(at, "We talked").click().run()
    assert metrics(at)["Thank-you notes sent"] == "0 of 1"
    button(at, "Back to everyone").click().run()
    button(at, "Thank-you sent").click().run()
    assert metrics(at)["Thank-you notes sent"] == "1 of 1"
    dates = at.session_state.people[priya["id"]]["stage_dates"]
    assert list(dates) == ["To ask", "Requested", "Scheduled", "Held", "Thanked"]


def test_people_they_suggested_become_linked_people_to_ask_and_draw_the_tree():
    priya = person("Priya Sharma", "Thanked", organization="Civic Hospital")
    at = open_page("people", people=by_id(priya))
    button(at, "Add who they suggested").click().run()
    for name in ("Sam Lee", "Dr. Ana Ruiz"):
        at.text_input(key=f"_w_person_{priya['id']}_new_suggested").set_value(name)
        button(at, "Add someone they suggested").click().run()
    suggested = [p for p in at.session_state.people.values() if p["referred_by"] == priya["id"]]
    assert [(p["name"], p["stage"], p["found_via"]) for p in suggested] == [
        ("Sam Lee", "To ask", "Referred by"), ("Dr. Ana Ruiz", "To ask", "Referred by")]
    assert metrics(at)["Names suggested"] == "2"
    button(at, "Back to everyone").click().run()
    at.tabs[4].select() if hasattr(at.tabs[4], "select") else None
    at.session_state["_w_people_tab"] = "Referral tree"
    at.run()
    assert any("Priya Sharma led you to Sam Lee and Dr. Ana Ruiz." in c.value for c in at.caption)


def test_typing_in_the_form_is_kept_in_the_record_as_typed():
    priya = person("Priya Sharma")
    at = open_page("people", people=by_id(priya))
    button(at, "Open").click().run()
    at.text_area(key=f"_w_person_{priya['id']}_notes").set_value("Met at the career fair.").run()
    at.text_input(key=f"_w_person_{priya['id']}_role").set_value("Charge nurse").run()
    kept = at.session_state.people[priya["id"]]
    assert (kept["notes"], kept["role"]) == ("Met at the career fair.", "Charge nurse")
    assert kept["updated"] > priya["updated"]


def test_a_referrer_is_picked_from_the_list_never_typed():
    priya, sam = person("Priya Sharma", "Thanked"), person("Sam Lee")
    at = open_page("people", people=by_id(priya, sam))
    at.session_state["open_person"] = sam["id"]
    at.run()
    box = at.selectbox(key=f"_w_person_{sam['id']}_referred_by")
    assert box.options == ["(nobody)", "Priya Sharma"]
    box.set_value(priya["id"]).run()
    assert at.session_state.people[sam["id"]]["referred_by"] == priya["id"]


def test_write_the_request_opens_writing_help_for_that_person():
    priya, sam = person("Priya Sharma"), person("Sam Lee")
    at = open_page("people", people=by_id(priya, sam))
    button(at, "Write the request", 1).click().run()
    assert at.session_state.chosen_person in (priya["id"], sam["id"])
    assert not at.exception


def test_a_request_waiting_says_follow_up_after_3_business_days_and_move_on_after_7():
    import numpy as np

    def asked_days_ago(name: str, days: int) -> dict:
        on = np.busday_offset(np.datetime64(TODAY, "D"), -days, roll="backward").astype(date)
        return record.set_stage(record.new_person(name, on, 1), "Requested", on, 1)

    waiting = [asked_days_ago("Ana", 1), asked_days_ago("Ben", 4), asked_days_ago("Cy", 9)]
    at = open_page("people", people=by_id(*waiting))
    captions = " ".join(c.value for c in at.caption)
    assert "Waiting for Ana to answer." in captions
    assert "send Ben one short, polite follow-up." in captions
    assert "Mark No reply and ask someone else." in captions


def test_the_person_whose_thank_you_is_due_comes_first():
    asked, held = person("Ana", "Requested"), person("Ben", "Held")
    at = open_page("people", people=by_id(asked, held))
    names = [m.value.split("\n\n")[0] for m in at.markdown if m.value in ("Ben", "Ana")]
    assert names[:2] == ["Ben", "Ana"]


def test_research_written_once_is_the_checklists_the_cards_and_the_prep_sheets():
    priya, sam = person("Priya Sharma"), person("Sam Lee")
    at = open_page("checklist", people=by_id(priya, sam), chosen_person=priya["id"])
    at.session_state["_w_note_open_research-organization"] = True
    at.run()
    at.text_area(key="_w_note_research-organization").input("Runs two clinics downtown").run()
    assert at.session_state.people[priya["id"]]["research"]["organization"] == (
        "Runs two clinics downtown")
    assert at.session_state.checklist.get("research-organization", {}).get("note", "") == ""
    at.session_state["tool"] = "Prep sheet"
    at.switch_page("pages/writing_help.py").run()
    box = at.text_area(key="_w_writing_prep_prep_sheet_organization_notes")
    assert box.value == "Runs two clinics downtown"  # no retyping
    at.session_state["chosen_person"] = sam["id"]
    at.run()
    assert at.text_area(key="_w_writing_prep_prep_sheet_organization_notes").value == ""


def test_with_hide_names_on_the_referral_tree_shows_placeholders_only():
    priya = person("Priya Sharma", "Thanked")
    sam = person("Sam Lee", referred_by=priya["id"], found_via="Referred by")
    at = open_page("people", people=by_id(priya, sam), hide_names=True)
    at.session_state["_w_people_tab"] = "Referral tree"
    at.run()
    tree = at.get("graphviz_chart")[0].proto.spec
    sentence = " ".join(c.value for c in at.caption)
    for shown in (tree, sentence):
        assert "Priya" not in shown and "Sam" not in shown
    assert "Contact 1 led you to Contact 2." in sentence


def test_the_start_page_names_the_person_who_needs_the_student_first():
    asked, held = person("Ana Ruiz", "Requested"), person("Priya Sharma", "Held")
    at = open_page("start", people=by_id(asked, held))
    first = at.get("page_link")[0].proto
    assert first.label == "Next: send the thank-you to Priya Sharma"
    assert first.page == "writing_help"
    assert at.session_state.chosen_person == held["id"]  # the tool opens on her


def test_the_gradebook_name_is_off_until_typed_then_in_the_export(monkeypatch):
    from apptest_helpers import RecordingManager, record_downloads

    record_downloads(monkeypatch)
    at = open_page("people", people=by_id(person("Priya Sharma", "Held")))
    at.session_state["_w_people_tab"] = "Add from a file"
    at.run()
    box = at.text_input(key="_w_gradebook_id")
    assert box.value == ""
    box.input("Jordan Blake 301234").run()
    assert at.session_state.profile["gradebook_id"] == "Jordan Blake 301234"
    made = [make() for make in RecordingManager.makers.values()]
    assert any(b"student_id" in data and b"Jordan Blake 301234" in data for data in made)


def test_on_a_projector_the_table_is_plain_text_that_grows_with_the_page():
    at = open_page("people", people=by_id(person("Priya Sharma", "Held")), projector=True)
    at.session_state["_w_people_tab"] = "Table"
    at.run()
    assert not at.get("arrow_data_frame")  # no canvas grid, whose text stays small
    (table,) = at.table
    assert "Priya Sharma" in table.value.to_string()


def card_names(at) -> list[str]:
    return [b.key.removeprefix("_open_") for b in at.button if (b.key or "").startswith("_open_")]


def test_ten_cards_a_page_with_previous_and_next_under_them():
    crowd = [person(f"Person {n:02d}", knows_them=3 if n < 10 else 1) for n in range(25)]
    at = open_page("people", people=by_id(*crowd))
    first = card_names(at)
    assert len(first) == 10 and first == [p["id"] for p in crowd[:10]]
    assert any(c.value.startswith("Showing 1–10 of 25") for c in at.caption)
    assert at.button(key="_people_previous").disabled
    at.button(key="_people_next").click().run()
    assert card_names(at) == [p["id"] for p in crowd[10:20]]
    at.button(key="_people_next").click().run()
    assert len(card_names(at)) == 5 and at.button(key="_people_next").disabled
    assert any(c.value.startswith("Showing 21–25 of 25") for c in at.caption)
    at.button(key="_people_previous").click().run()
    assert card_names(at) == [p["id"] for p in crowd[10:20]]


def test_one_page_needs_no_pager():
    at = open_page("people", people=by_id(*(person(f"P{n}") for n in range(10))))
    assert len(card_names(at)) == 10
    assert not [b for b in at.button if b.key in ("_people_previous", "_people_next")]


def test_choosing_a_stage_starts_its_list_at_the_first_page():
    crowd = [person(f"Asked {n:02d}", "Requested") for n in range(12)] + [
        person(f"To ask {n:02d}") for n in range(12)]
    at = open_page("people", people=by_id(*crowd))
    at.button(key="_people_next").click().run()
    at.button_group(key="_w_people_filter").set_value("To ask").run()
    assert card_names(at) == [p["id"] for p in crowd[12:22]]


def test_someone_just_added_is_the_first_card_even_from_the_last_page():
    crowd = [person(f"Person {n:02d}", knows_them=2) for n in range(25)]
    at = open_page("people", people=by_id(*crowd))
    at.button(key="_people_next").click().run()
    at.button(key="_people_next").click().run()
    at.text_input(key="_w_quick_name").set_value("Ana Ruiz")
    button(at, "Add to my list").click().run()
    (ana,) = [p for p in at.session_state.people.values() if p["name"] == "Ana Ruiz"]
    assert card_names(at)[0] == ana["id"] and len(card_names(at)) == 10
    assert any(c.value.startswith("Showing 1–10 of 26") for c in at.caption)


def test_an_upload_redraws_the_file_tab_alone_and_bringing_people_in_the_numbers_too():
    from interview_coach.people.log_file import write_people_csv

    incoming = by_id(person("Ana Ruiz", "Held"), person("Sam Lee"))
    at = open_page("people", people=by_id(person("Priya Sharma")))
    at.session_state["_w_people_tab"] = "Add from a file"
    at.run()
    at.file_uploader(key="_w_people_upload").set_value(
        ("my-people.csv", write_people_csv(incoming), "text/csv"))
    at.run()
    assert fragments_run_alone(at) == 0  # the tab's part by default: not the page's numbers
    assert any("2 people" in i.value for i in at.info)  # the preview
    button(at, "Replace my list").click().run()
    # The file tab, the headline numbers and the saving mount
    assert fragments_run_alone(at) == 3
    assert sorted(p["name"] for p in at.session_state.people.values()) == ["Ana Ruiz", "Sam Lee"]
    assert metrics(at)["People to ask"] == "1" and metrics(at)["Thank-you notes sent"] == "0 of 1"
    assert any("replaced" in s.value for s in at.success)


def test_a_new_whole_list_starts_at_its_first_page():
    crowd = [person(f"Person {n:02d}") for n in range(25)]
    at = open_page("people", people=by_id(*crowd))
    at.button(key="_people_next").click().run()
    at.button(key="_people_next").click().run()
    at.button(key="_confirm_sample").click().run()  # "Load sample people", confirmed
    assert any(c.value.startswith("Showing 1–10 of") for c in at.caption)
    assert at.button(key="_people_previous").disabled
