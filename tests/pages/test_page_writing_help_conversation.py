"""Writing help and the conversation (AppTest): Dalton's 6-Point Email as an optional second
standard under the request email, and the thank-you offering the Interview companion's notes."""

from datetime import date

from apptest_helpers import open_page
from interview_coach.people import record

SIX = ["Under 75 words", "Asks for advice, not a job", "States the connection first",
       'The request is a question ending in "?"', "Names your interest narrowly and broadly",
       "More than half of it is about them"]


def open_tool(tool: str, **state):
    at = open_page("writing_help", **state)
    at.session_state["tool"] = tool
    return at.run()


def held(name: str, **fields) -> dict:
    made = record.new_person(name, date(2026, 11, 2), 1, organization="Acme Print", **fields)
    return record.set_stage(made, "Held", date(2026, 11, 20), 1)


def test_the_six_point_check_is_off_until_asked_and_then_names_its_source():
    at = open_tool("The request")
    assert not at.exception
    heading = "**Second standard: Dalton's 6-Point Email (optional)**"
    assert not any(m.value.startswith(heading) for m in at.markdown)
    at.toggle(key="_w_writing_six_point").set_value(True).run()
    (shown,) = [m.value for m in at.markdown if m.value.startswith(heading)]
    for label in SIX:
        assert f"**{label}**" in shown
    assert any("The 2-Hour Job Search" in c.value and "not from the handout" in c.value
               for c in at.caption)


def test_the_six_point_check_reads_the_edited_email():
    at = open_tool("The request")
    at.toggle(key="_w_writing_six_point").set_value(True).run()
    email = next(a for a in at.text_area if a.key.endswith("_email"))
    email.set_value("Dear Ms. Chen,\n\nAs a fellow Fleming graduate in the print industry, "
                    "would you share your advice on your work?\n\nBest,\nJordan").run()
    (shown,) = [m.value for m in at.markdown if m.value.startswith("**Second standard")]
    lines = {label: (":green[**✓**]" in line)
             for line in shown.splitlines() for label in SIX if f"**{label}**" in line}
    assert lines["Under 75 words"] and lines["States the connection first"]
    assert lines['The request is a question ending in "?"']
    assert not lines["Names your interest narrowly and broadly"]  # no organization typed


def test_the_thank_you_offers_the_companions_notes_and_a_pick_fills_the_note():
    priya = held("Priya Chen", learned="Site visits matter",
                 question_notes={"typical-week": "Mostly site visits"})
    at = open_tool("Thank-you note", people={priya["id"]: priya}, chosen_person=priya["id"])
    assert not at.exception
    offer = at.selectbox(key="_w_writing_thank_you_from_notes")
    assert offer.options == ["Site visits matter", "Mostly site visits"]
    assert "Priya Chen" in offer.label
    offer.set_value("Mostly site visits").run()
    learned = next(a for a in at.text_area if a.key.endswith("_learned"))
    assert learned.value == "Mostly site visits"
    note = next(a for a in at.text_area if a.key.endswith("_note"))
    assert "Mostly site visits" in note.value


def test_without_notes_nothing_is_offered():
    priya = held("Priya Chen")
    at = open_tool("Thank-you note", people={priya["id"]: priya}, chosen_person=priya["id"])
    assert not at.exception
    assert "_w_writing_thank_you_from_notes" not in [s.key for s in at.selectbox]
