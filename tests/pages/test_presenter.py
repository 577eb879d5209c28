"""Presenter mode and projector mode from the address, kept there across pages (AppTest)."""

from streamlit.testing.v1 import AppTest

from apptest_helpers import ROOT, browser_answers, open_page


def test_present_in_the_address_turns_presenter_mode_on_and_stays_there():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    at.query_params["present"] = "1"
    at.run()
    browser_answers(at)
    at.switch_page("pages/step_2.py").run()
    assert not at.exception
    assert at.session_state["presenter"] is True
    assert at.query_params["present"] == "1"  # written back after the page change
    labels = [link.proto.label for link in at.get("page_link")]
    assert any(label.startswith("Previous: ") for label in labels)
    assert any(label.startswith("Next: ") for label in labels)


def test_leaving_presenter_mode_takes_it_out_of_the_address():
    at = open_page("step_3", presenter=True)
    assert at.query_params["present"] == "1"
    at.button(key="_presenter_leave").click().run()
    assert at.session_state["presenter"] is False
    assert "present" not in at.query_params
    assert not [b for b in at.get("page_link") if b.proto.label.startswith("Next: ")]


def test_the_projector_switch_is_kept_in_the_address():
    at = open_page("step_1")
    at.sidebar.toggle(key="_w_projector").set_value(True).run()
    assert at.query_params["projector"] == "1"
    at.sidebar.toggle(key="_w_projector").set_value(False).run()
    assert "projector" not in at.query_params
    assert at.sidebar.toggle(key="_w_presenter").label == "Presenter mode"
