"""A callback's st.rerun(["key"]) runs only the named fragments, and AppTest needs
tests/page_keeping_runner.py to show the page as a browser does afterwards."""

from streamlit.testing.v1 import AppTest, app_test
from streamlit.testing.v1.local_script_runner import LocalScriptRunner

from apptest_helpers import fragments_run_alone


def counter_app():
    import streamlit as st

    ss = st.session_state
    ss.setdefault("count", 0)
    ss.setdefault("bodies", 0)

    def add() -> None:
        ss.count += 1
        st.rerun(["tally"])

    @st.fragment(key="tally")
    def tally() -> None:
        st.markdown(f"Count {ss.count}")

    @st.fragment
    def body() -> None:
        ss.bodies += 1
        tally()
        for number in range(3):
            st.markdown(f"Item {number}")
        st.checkbox("Add one", key="add", on_change=add)

    st.title("Counter")
    body()


def ticked(at: AppTest) -> AppTest:
    return at.checkbox(key="add").check().run()


def test_a_keyed_rerun_runs_only_that_fragment():
    at = ticked(AppTest.from_function(counter_app).run())
    assert at.session_state.bodies == 1  # the body did not run again
    assert fragments_run_alone(at) == 1


def test_the_page_keeps_what_the_fragment_did_not_redraw():
    at = ticked(AppTest.from_function(counter_app).run())
    assert [m.value for m in at.markdown] == ["Count 1", "Item 0", "Item 1", "Item 2"]
    assert at.title[0].value == "Counter" and len(at.checkbox) == 1


def test_plain_apptest_still_forgets_the_page(monkeypatch):
    """Should Streamlit's AppTest keep the page itself one day, tests/page_keeping_runner.py
    can go: this test then fails."""
    monkeypatch.setattr(app_test, "LocalScriptRunner", LocalScriptRunner)
    at = ticked(AppTest.from_function(counter_app).run())
    assert [m.value for m in at.markdown] == ["Count 1"]
    assert not at.title and not at.checkbox
