"""The Writing help page: the request, the thank-you note, the calendar file and the prep sheet."""

import json
import re
from datetime import date, time, timedelta
from pathlib import PurePosixPath
from urllib.parse import parse_qs, urlsplit

import pytest
from icalendar import Calendar
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import app_test

from apptest_helpers import fragments_run_alone, open_page, texts
from interview_coach.people import record
from interview_coach.questions.bank import load_question_bank
from interview_coach.writing.checks import Check
from ui.writing_help.form import checks_markdown

BANK = load_question_bank()
GUIDE_IDS = [q.id for q in BANK.questions if q.from_guide]
EMAIL = "_w_writing_request_request_email"
# The scheduled interview is two weeks ahead: a calendar file is refused for far-off dates.
SCHEDULED = (date.today() + timedelta(days=14)).isoformat()
PREP_INTERVIEW, REFLECTION = "_writing_prep_interview", "_writing_prep_reflection"


def _person(name: str, organization: str, stage: str, **fields) -> dict:
    made = record.new_person(name, date(2025, 1, 15), 1, organization=organization, **fields)
    return record.set_stage(made, stage, date(2025, 1, 20), 1)


PRIYA = _person("Priya Chen", "Acme Print", "Held", date="2025-03-04", format="In person",
                notes="Met at the print shop")
SAM = _person("Sam Ortiz", "Lakeview Design", "Scheduled", date=SCHEDULED, format="Phone")
DANA = _person("Dana Lee", "Northern Press", "Requested")


def sample_people() -> dict:
    return {p["id"]: dict(p) for p in (PRIYA, SAM, DANA)}


class RecordingStorage(MemoryMediaFileStorage):
    """Keeps every file a run registers, so a test can read a download after the run."""

    files: dict = {}

    def load_and_get_id(self, path_or_data, mimetype, kind, filename=None):
        file_id = super().load_and_get_id(path_or_data, mimetype, kind, filename)
        RecordingStorage.files[file_id] = self._files_by_id[file_id]
        return file_id


DEFERRED: dict = {}  # file id -> (file name, the callable a click would run)


def record_deferred(add_deferred):
    def add(self, data_callable, mimetype, coordinates, file_name=None, **options):
        file_id = add_deferred(self, data_callable, mimetype, coordinates, file_name, **options)
        DEFERRED[file_id] = (file_name, data_callable)
        return file_id

    return add


@pytest.fixture(autouse=True)
def record_downloads(monkeypatch):
    RecordingStorage.files = {}
    DEFERRED.clear()
    monkeypatch.setattr(app_test, "MemoryMediaFileStorage", RecordingStorage)
    monkeypatch.setattr(MediaFileManager, "add_deferred",
                        record_deferred(MediaFileManager.add_deferred))


def download(at, key: str):
    """(file name, bytes) behind the download button with this key (made now, if deferred)."""
    button = next(b for b in at.get("download_button") if b.key == key)
    if button.proto.deferred_file_id:
        name, make = DEFERRED[button.proto.deferred_file_id]
        data = make()
        return name, data.encode() if isinstance(data, str) else data
    stored = RecordingStorage.files[PurePosixPath(button.proto.url).stem]
    return stored.filename, stored.content


CHECK_ITEM = re.compile(r"^- :(?:green|red)\[\*\*([✓✗])\*\*\] \*\*(.+)\*\*  \n  (.+)$",
                        re.MULTILINE)


def checks(at) -> list[tuple[str, str, str]]:
    """(✓ or ✗, label, detail as shown) of every check on the page, in order."""
    items = [item.groups() for text in texts(at.markdown) for item in CHECK_ITEM.finditer(text)]
    return [(mark, label, re.sub(r"\\(.)", r"\1", detail)) for mark, label, detail in items]


def check_marks(at) -> list[tuple[str, str]]:
    """(✓ or ✗, label) of every check on the page, in order."""
    return [(mark, label) for mark, label, _ in checks(at)]


def copy_buttons(at) -> dict[str, str]:
    """{key: the text its Copy button puts on the clipboard} of every Copy button shown."""
    found = {}
    for element in at.get("bidi_component"):
        if element.proto.component_name.endswith("copy_out"):
            found[element.proto.id.rsplit("-", 1)[1]] = json.loads(element.proto.json)["text"]
    return found


def mailto_parts(at) -> tuple[str, str]:
    """(subject, body) of the "Open in my email" link."""
    [link] = [b.proto.url for b in at.get("link_button") if b.proto.url.startswith("mailto:")]
    query = parse_qs(urlsplit(link).query)
    return query["subject"][0], query["body"][0]


def open_tool(tool: str, **state):
    """Open Writing help with session `state` and the tab `tool` chosen."""
    at = open_page("writing_help", **state)
    at.session_state["tool"] = tool
    return at.run()


def fill_request(at) -> None:
    at.text_input(key="_w_writing_request_profile_student_name").input("Jordan Blake")
    at.text_input(key="_w_writing_request_request_program").input("Graphic Design")
    at.text_input(key="_w_writing_request_profile_contact_name").input("Ms. Chen")
    at.text_input(key="_w_writing_request_profile_organization").input("Acme Print")
    at.selectbox(key="_w_writing_request_request_found_via").set_value("Faculty or advisor")
    at.radio(key="_w_writing_request_request_minutes").set_value(20)
    at.radio(key="_w_writing_request_request_format").set_value("In person").run()


# ---- the request ----


def test_request_form_fills_the_email_and_the_checks_pass():
    at = open_page("writing_help")
    assert not at.exception
    fill_request(at)
    email = at.text_area(key=EMAIL).value
    assert email.startswith("Dear Ms. Chen,")
    assert "Graphic Design program" in email and "20 minutes" in email and "in person" in email
    assert "faculty advisor" in email
    marks = check_marks(at)
    for label in ("Short and easy to read", "Asks for a specific, short time",
                  "Makes clear you want to learn, not to get a job", "No job-seeking words"):
        assert ("✓", label) in marks
    assert not [mark for mark in marks if mark[0] == "✗"]
    subject = "Request for a 20-minute information interview"
    assert copy_buttons(at) == {"_writing_email_copy_subject": subject,
                                "_writing_email_copy_body": email}
    assert subject in texts(at.text)  # the subject in the open, not inside a closed section
    assert mailto_parts(at) == (subject, email)
    name, data = download(at, "_writing_email_txt")
    assert (name, data.decode()) == ("information-interview-request.txt",
                                     f"Subject: {subject}\n\n{email}\n")
    assert at.session_state.profile["contact_name"] == "Ms. Chen"


def test_a_typed_field_redraws_the_email_and_the_status_not_the_form():
    at = open_page("writing_help")
    fields = len(at.text_input)
    at.text_input(key="_w_writing_request_profile_contact_name").input("Ms. Chen").run()
    assert fragments_run_alone(at) == 3  # the message, the status under the form, the saving
    assert at.text_area(key=EMAIL).value.startswith("Dear Ms. Chen,")
    assert len(at.text_input) == fields
    assert at.text_input(key="_w_writing_request_profile_contact_name").value == "Ms. Chen"
    assert at.session_state.profile["contact_name"] == "Ms. Chen"


def test_job_word_in_the_edited_email_is_flagged_and_edits_survive_form_changes():
    at = open_page("writing_help")
    fill_request(at)
    edited = at.text_area(key=EMAIL).value + "\n\nP.S. Are you hiring this summer?"
    at.text_area(key=EMAIL).input(edited).run()
    assert ("✗", "No job-seeking words") in check_marks(at)
    assert any(detail.startswith("Found: “Are you hiring”.") for *_, detail in checks(at))
    assert copy_buttons(at)["_writing_email_copy_body"] == edited
    assert mailto_parts(at)[1] == edited

    at.text_input(key="_w_writing_request_profile_contact_name").input("Mr. Park").run()
    assert at.text_area(key=EMAIL).value == edited  # never silently overwritten
    assert any("Your edits are kept" in message for message in texts(at.info))
    restart = [b for b in at.button if b.label == "Start again from the template"]
    restart[0].click().run()
    assert at.text_area(key=EMAIL).value.startswith("Dear Mr. Park,")
    assert ("✗", "No job-seeking words") not in check_marks(at)


def test_an_old_template_sent_back_late_is_not_taken_for_an_edit():
    at = open_page("writing_help")
    at.text_input(key="_w_writing_request_profile_contact_name").input("Ms. Chen").run()
    before = at.text_area(key=EMAIL).value
    at.text_input(key="_w_writing_request_profile_organization").input("Acme Print").run()
    assert "Acme Print" in at.text_area(key=EMAIL).value
    at.text_area(key=EMAIL).input(before).run()  # what a browser a step behind sends
    assert "Acme Print" in at.text_area(key=EMAIL).value
    assert at.session_state.writing["request"]["email"] is None
    assert not [b for b in at.button if b.label == "Start again from the template"]


def test_too_long_email_and_a_long_time_are_caught():
    at = open_page("writing_help")
    fill_request(at)
    long_email = "Could we meet for two hours? " + "I really want to learn a lot. " * 20
    at.text_area(key=EMAIL).input(long_email).run()
    marks = check_marks(at)
    assert ("✗", "Short and easy to read") in marks
    assert ("✗", "Asks for a specific, short time") in marks
    assert any('"two hours" is more than 30 minutes' in detail for *_, detail in checks(at))


def test_request_can_be_added_to_my_people_once():
    at = open_page("writing_help")
    fill_request(at)
    at.text_input(key="_w_writing_request_request_referrer").input("Prof. Diaz").run()
    at.button(key="_writing_add_request").click().run()
    (added,) = at.session_state.people.values()
    assert (added["name"], added["organization"], added["stage"]) == ("Ms. Chen", "Acme Print",
                                                                      "Requested")
    assert added["stage_dates"]["Requested"] == date.today().isoformat()
    assert at.session_state.chosen_person == added["id"]  # the tools now work on her
    assert not [b for b in at.button if b.key == "_writing_add_request"]


def test_student_text_is_never_markdown():
    at = open_page("writing_help")
    at.text_input(key="_w_writing_request_profile_contact_name").input("**Bo** <b>x</b> $y$")
    at.run()
    assert not [m for m in texts(at.markdown) if "**Bo**" in m or "<b>" in m]
    assert copy_buttons(at)["_writing_email_copy_body"].startswith("Dear **Bo** <b>x</b> $y$,")


# ---- the thank-you note ----


def test_thank_you_for_the_chosen_person_and_mark_as_sent():
    at = open_tool("Thank-you note", people=sample_people(), chosen_person=PRIYA["id"])
    assert not at.exception
    at.text_area(key="_w_writing_thank_you_thank_you_learned").input(
        "How your team plans a print run.").run()
    note = at.text_area(key="_w_writing_thank_you_thank_you_note").value
    assert note.startswith("Dear Priya Chen,")
    assert "on Tuesday, March 4, about your work at Acme Print" in note
    assert "learning how your team plans a print run." in note
    assert any("Late by" in w for w in texts(at.warning))  # long past the 24 hours
    assert ("✓", "Thanks them for their time") in check_marks(at)

    at.button(key="_writing_mark_sent").click().run()
    stages = [p["stage"] for p in at.session_state.people.values()]
    assert stages == ["Thanked", "Scheduled", "Requested"]
    assert not [b for b in at.button if b.key == "_writing_mark_sent"]
    assert "Marked on their People card: thank-you note sent." in texts(at.success)
    assert "Their People card says you have sent this thank-you note." in texts(at.success)


def test_thank_you_typed_when_the_log_is_empty():
    at = open_tool("Thank-you note")
    assert at.selectbox(key="_w_writing_person").value.startswith("Someone not in my list")
    at.text_input(key="_w_writing_thank_you_profile_contact_name").input("Sam Ortiz")
    at.date_input(key="_w_writing_thank_you_thank_you_interview_date").set_value(
        date.today()).run()
    note = at.text_area(key="_w_writing_thank_you_thank_you_note").value
    assert note.startswith("Dear Sam Ortiz,")
    assert any("Due by the end of" in i for i in texts(at.info))
    assert not [b for b in at.button if b.key == "_writing_mark_sent"]
    # The note still holds the template's blanks: the checks say which, until they are filled.
    assert ("✗", "Every blank filled in") in check_marks(at)
    assert any("[something specific you learned]" in detail for *_, detail in checks(at))
    at.text_input(key="_w_writing_thank_you_profile_student_name").input("Ana Lee")
    at.text_area(key="_w_writing_thank_you_thank_you_learned").input("how maps are checked").run()
    assert ("✓", "Every blank filled in") in check_marks(at)


# ---- the calendar file ----


def test_calendar_file_for_a_scheduled_interview_holds_questions_and_checklist():
    at = open_tool("Calendar file", people=sample_people(), chosen_person=SAM["id"],
                   picks=GUIDE_IDS[:2], slot_minutes=20)
    assert at.date_input(key="_w_writing_calendar_interview_day").value.isoformat() == SCHEDULED
    assert not [b for b in at.get("download_button") if b.key == "_writing_dl_ics"]
    at.time_input(key="_w_writing_calendar_interview_time").set_value(time(14, 30))
    at.text_input(key="_w_writing_calendar_interview_place").input("555-0134").run()
    name, data = download(at, "_writing_dl_ics")
    assert name == f"information-interview-{SCHEDULED}.ics"
    event = Calendar.from_ical(data).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == "Information interview with Sam Ortiz (Lakeview Design)"
    assert event.decoded("DTSTART").isoformat() == f"{SCHEDULED}T14:30:00"
    assert event.decoded("DTEND").isoformat() == f"{SCHEDULED}T14:50:00"
    assert str(event["LOCATION"]) == "555-0134"
    kept = at.session_state.people[SAM["id"]]  # the time and place are her record's own
    assert (kept["time"], kept["place"]) == ("14:30", "555-0134")
    description = str(event["DESCRIPTION"])
    assert f"1. {BANK.by_id()[GUIDE_IDS[0]].text}" in description
    assert "Day-of checklist:" in description and "- Be punctual" in description
    # The button comes before the long preview (on a phone it was a screen's length below).
    nodes = list(in_page_order(at.main))
    button = next(i for i, n in enumerate(nodes) if getattr(n, "key", None) == "_writing_dl_ics")
    preview = next(i for i, n in enumerate(nodes)
                   if n.type == "text" and str(n.value).startswith("What: "))
    assert button < preview


def in_page_order(node):
    """Every element and block below `node`, in the order the page draws them."""
    yield node
    for child in getattr(node, "children", {}).values():
        yield from in_page_order(child)


def test_calendar_file_from_typed_details():
    at = open_page("writing_help")
    at.query_params["tool"] = "Calendar file"  # the link other pages can use
    at.run()
    at.text_input(key="_w_writing_calendar_profile_contact_name").input("Ms. Chen")
    at.date_input(key="_w_writing_calendar_interview_day").set_value(date(2030, 5, 6))
    at.time_input(key="_w_writing_calendar_interview_time").set_value(time(9, 0)).run()
    name, data = download(at, "_writing_dl_ics")
    assert name == "information-interview-2030-05-06.ics"
    assert b"SUMMARY:Information interview with Ms. Chen" in data


# ---- the prep sheet and the reflection ----


def test_reflection_is_saved_into_the_chosen_persons_notes():
    at = open_tool("Prep sheet", people=sample_people(), chosen_person=PRIYA["id"])
    assert not [a for a in at.text_area if "reflection" in a.key]  # drawn only when opened
    at.session_state[REFLECTION] = True
    at.run()
    at.text_area(key="_w_writing_prep_reflection_learned").input("Print runs are planned weekly")
    at.text_area(key="_w_writing_prep_reflection_next_contact").input("Dana Lee").run()
    at.button(key="_writing_save_reflection").click().run()
    notes = [p["notes"] for p in at.session_state.people.values()]
    assert notes == ["Met at the print shop | Learned: Print runs are planned weekly | "
                     "Next contact: Dana Lee", "", ""]
    assert at.button(key="_writing_save_reflection").disabled  # no second copy


def test_prep_sheet_downloads_and_typed_notes_survive_switching_pages():
    at = open_tool("Prep sheet")
    labels = [b.proto.label for b in at.get("download_button")]
    assert "Download the prep sheet to print (HTML)" in labels
    assert "Download the prep sheet (Markdown)" in labels
    at.text_area(key="_w_writing_prep_prep_sheet_industry").input("Print is moving online").run()
    at.switch_page("pages/checklist.py").run()
    at.switch_page("pages/writing_help.py").run()
    at.session_state["tool"] = "Prep sheet"
    at.run()
    assert at.text_area(key="_w_writing_prep_prep_sheet_industry").value == (
        "Print is moving online")
    assert at.session_state.writing["prep_sheet"]["industry"] == "Print is moving online"


# ---- parts drawn only when opened ----


def test_phone_script_is_worked_out_only_when_its_tab_is_open():
    at = open_page("writing_help")
    fill_request(at)
    assert not [a for a in at.text_area if a.key == PHONE]
    at.session_state["_writing_request_view"] = "Phone script"
    at.run()
    assert not at.exception
    assert not [a for a in at.text_area if a.key == EMAIL]  # the email tab is closed now
    script = at.text_area(key=PHONE).value
    assert script.startswith("[Introduce yourself]\nHello, may I speak with Ms. Chen?")
    assert "\n\n[If you reach voicemail]\n" in script
    assert [label for _, label in check_marks(at)] == [
        "Every blank filled in", "Asks for a specific, short time",
        "Makes clear you want to learn, not to get a job", "No job-seeking words"]
    name, data = download(at, "_writing_dl_phone")
    assert name == "information-interview-phone-script.txt"
    assert data.decode() == script + "\n"
    assert copy_buttons(at) == {"_writing_phone_copy": script}


def test_thank_you_has_copy_buttons_an_email_link_and_a_text_file():
    at = open_tool("Thank-you note", people=sample_people(), chosen_person=PRIYA["id"])
    note = at.text_area(key="_w_writing_thank_you_thank_you_note").value
    assert copy_buttons(at) == {"_writing_thanks_copy_subject": "Thank you for your time",
                                "_writing_thanks_copy_body": note}
    assert mailto_parts(at) == ("Thank you for your time", note)
    assert download(at, "_writing_thanks_txt")[1].decode() == (
        f"Subject: Thank you for your time\n\n{note}\n")


def test_check_details_quoting_the_student_stay_literal():
    nasty = 'Found: “**x**” <b>y</b> $z$ :red[w] [a](b) `c` -> # \\ ~~d~~ _e_'
    markdown = checks_markdown([Check("Label", False, nasty)], "Checks")
    assert markdown.startswith("**Checks**\n\n- :red[**✗**] **Label**  \n  Found")
    detail = markdown.split("\n  ", 1)[1]
    assert re.fullmatch(r"(?:[^!-/:-@\[-`{-~]|\\[!-/:-@\[-`{-~])*", detail)  # all escaped
    assert re.sub(r"\\(.)", r"\1", detail) == nasty


def test_calendar_preview_is_plain_text():
    at = open_tool("Calendar file", people=sample_people(), chosen_person=SAM["id"])
    [preview] = [t for t in texts(at.text) if t.startswith("What: ")]
    day = date.fromisoformat(SCHEDULED)
    assert preview.startswith("What: Information interview with Sam Ortiz (Lakeview Design)\n"
                              f"When: {day:%A}, {day:%B} {day.day}, {day.year}, start time not "
                              "set yet\nWhere: Not filled in yet\n\nNotes in the event:\n")


def test_prep_sheet_uses_the_interview_details_while_their_expander_is_closed():
    at = open_tool("Calendar file")
    at.text_input(key="_w_writing_calendar_profile_contact_name").input("Ms. Chen")
    at.text_input(key="_w_writing_calendar_profile_organization").input("Acme Ltd.")
    at.date_input(key="_w_writing_calendar_interview_day").set_value(date(2030, 5, 6))
    at.text_input(key="_w_writing_calendar_interview_place").input("Room 4").run()
    at.session_state["tool"] = "Prep sheet"
    at.run()
    assert not at.text_input and not at.date_input  # the interview fields are not drawn
    _, sheet = download(at, "_writing_dl_prep_md")
    sheet = sheet.decode()
    assert "Ms. Chen, Acme Ltd." in sheet and "Room 4" in sheet and "2030" in sheet

    at.session_state[PREP_INTERVIEW] = True
    at.run()
    assert at.text_input(key="_w_writing_prep_profile_contact_name").value == "Ms. Chen"
    assert at.date_input(key="_w_writing_prep_interview_day").value == date(2030, 5, 6)
    at.text_input(key="_w_writing_prep_interview_place").input("Room 5").run()
    assert "Room 5" in download(at, "_writing_dl_prep_md")[1].decode()


def test_prep_sheet_takes_the_chosen_persons_interview_when_closed():
    at = open_tool("Prep sheet", people=sample_people(), chosen_person=SAM["id"])
    sheet = download(at, "_writing_dl_prep_md")[1].decode()
    assert "Sam Ortiz, Lakeview Design" in sheet
    at.selectbox(key="_w_writing_person").select_index(0).run()  # someone not in my list
    at.session_state[PREP_INTERVIEW] = True
    at.run()
    at.text_input(key="_w_writing_prep_profile_contact_name").input("Ms. Chen").run()
    assert "Information interview: Ms. Chen" in download(at, "_writing_dl_prep_md")[1].decode()


# ---- rough edges a first-time student hit (issue 20) ----

PHONE = "_w_writing_request_request_phone"


def test_the_phone_script_can_be_edited_and_the_checks_read_the_edit():
    at = open_page("writing_help")
    fill_request(at)
    at.session_state["_writing_request_view"] = "Phone script"
    at.run()
    script = at.text_area(key=PHONE).value
    assert script.startswith("[Introduce yourself]\nHello, may I speak with Ms. Chen?")
    edited = script.replace("Ms. Chen", "Ms. Chen, who runs the press")
    at.text_area(key=PHONE).input(edited + "\nAre you hiring?").run()
    assert at.text_area(key=PHONE).value == edited + "\nAre you hiring?"
    assert ("✗", "No job-seeking words") in check_marks(at)
    _, data = download(at, "_writing_dl_phone")
    assert data.decode() == edited + "\nAre you hiring?\n"



# ---- each person has their own drafts (issue 15) ----


def test_a_second_persons_request_never_shows_the_first_ones_edits():
    at = open_tool("The request", people=sample_people(), chosen_person=DANA["id"])
    email = at.text_area(key=EMAIL)
    assert email.value.startswith("Dear Dana Lee,")
    email.input("Dear Dana, my own words for Dana.").run()
    picker = at.selectbox(key="_w_writing_person")
    picker.select_index([o.startswith("Sam Ortiz") for o in picker.options].index(True)).run()
    assert at.text_area(key=EMAIL).value.startswith("Dear Sam Ortiz,")
    assert "my own words" not in at.text_area(key=EMAIL).value
    picker = at.selectbox(key="_w_writing_person")
    picker.select_index([o.startswith("Dana Lee") for o in picker.options].index(True)).run()
    assert at.text_area(key=EMAIL).value == "Dear Dana, my own words for Dana."
    writing = at.session_state.people[DANA["id"]]["writing"]
    assert writing["request"]["email"] == "Dear Dana, my own words for Dana."
    assert at.session_state.people[SAM["id"]]["writing"]["request"].get("email") is None
