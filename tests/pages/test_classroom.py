"""Classroom switches: projector mode, hide names, and a demo that gives the student's work back."""

import pandas as pd

from apptest_helpers import open_page, texts
from interview_coach.log.schema import coerce_types
from interview_coach.people.record import blank_person
from ui.backup import FORGET_OPEN

MY_LOG = coerce_types(pd.DataFrame({"date": ["2026-10-01"], "contact": ["Robin Ashdown"],
                                    "status": ["Completed"]}))


def sidebar_button(at, label):
    return [b for b in at.sidebar.button if b.label == label][0]


def test_demo_shows_sample_work_and_reset_puts_mine_back():
    robin = {**blank_person("probin"), "name": "Robin Ashdown", "updated": 5}
    mine = {"picks": ["how-you-got-your-job"], "people": {"probin": robin},
            "chosen_person": "probin", "slot_minutes": 20,
            "checklist": {"dress": {"done": True, "note": "Suit"}}}
    at = open_page("question_picker", **mine)
    sidebar_button(at, "Start demo").click().run()
    sample = at.session_state.people
    assert len(sample) > 1 and "probin" not in sample
    assert at.session_state.chosen_person in sample
    assert len(at.session_state.picks) == 6
    done = [i for i, entry in at.session_state.checklist.items() if entry["done"]]
    assert 0 < len(done) < 18
    assert at.session_state.slot_minutes == 30
    # The toast is short enough to read whole; the sidebar keeps saying it is sample data.
    [toast] = at.toast
    assert len(toast.value) <= 90
    assert any(t.startswith("Showing sample data") for t in texts(at.sidebar.caption))

    sidebar_button(at, "Reset demo").click().run()
    assert not any(t.startswith("Showing sample data") for t in texts(at.sidebar.caption))
    assert at.session_state.picks == ["how-you-got-your-job"]
    assert at.session_state.checklist == {"dress": {"done": True, "note": "Suit"}}
    assert at.session_state.slot_minutes == 20
    assert at.session_state.people == {"probin": robin}
    assert at.session_state.chosen_person == "probin"
    assert [b.label for b in at.sidebar.button if "demo" in b.label] == ["Start demo"]


def test_the_demo_waits_for_the_saved_work():
    from streamlit.testing.v1 import AppTest

    from apptest_helpers import ROOT, browser_answers
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30).run()  # no answer yet
    assert sidebar_button(at, "Start demo").disabled
    browser_answers(at)
    at.run()
    assert not sidebar_button(at, "Start demo").disabled


def test_projector_switch_stays_on_across_pages():
    at = open_page("start")
    at.sidebar.toggle(key="_w_projector").set_value(True).run()
    at.switch_page("pages/step_5.py").run()
    assert at.session_state.projector is True
    assert at.sidebar.toggle(key="_w_projector").value is True
    styles = [h.proto.body for h in at.get("html")]
    assert any("--projector-text" in body for body in styles)


def test_hide_names_switch_hides_names_on_the_people_page():
    at = open_page("people", people=people_of(MY_LOG))
    at.sidebar.toggle(key="_w_hide_names").set_value(True).run()
    cards = " ".join(m.value for m in at.markdown)
    assert "Robin" not in cards and "Contact 1" in cards
    at.session_state["_w_people_tab"] = "Table"
    at.run()
    shown = " ".join(str(v) for v in at.dataframe[0].value.to_numpy().ravel())
    assert "Robin" not in shown and "Ashdown" not in shown
    assert "Contact 1" in shown


def people_of(log) -> dict:
    from datetime import date

    from interview_coach.log.csv_file import write_log_csv
    from interview_coach.people.log_file import read_people_file

    return read_people_file(write_log_csv(log), date.today(), 1).people


def test_forget_clears_everything_after_confirmation():
    at = open_page("checklist", picks=["how-you-got-your-job"], people=people_of(MY_LOG))
    assert "_forget_confirm" not in [b.key for b in at.sidebar.button]  # drawn only when open
    at.session_state[FORGET_OPEN] = True  # the student opens it
    at.run().sidebar.button(key="_forget_confirm").click().run()
    assert at.session_state.picks == []
    assert at.session_state.people == {}
    assert at.session_state.forget_count == 1
    assert texts(at.title) == ["Prep checklist"]
