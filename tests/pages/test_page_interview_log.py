"""The interview log page: editing without losing edits, sample, import preview, charts."""

import json
from pathlib import Path

import pandas as pd
import pytest

from apptest_helpers import open_page, texts
from interview_coach.log.csv_file import NO_ROWS, read_log_csv, write_log_csv
from interview_coach.log.schema import coerce_types

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "logs"


def small_log(n: int = 3) -> pd.DataFrame:
    return coerce_types(pd.DataFrame({
        "date": [f"2026-10-0{i + 1}" for i in range(n)],
        "contact": [f"Person {chr(65 + i)}" for i in range(n)],
        "organization": ["Acme Water"] * n,
        "status": ["Completed"] * n,
        "thank_you_sent": [True] * n,
    }))


def edit(at, changes: dict) -> None:
    """Apply cell edits the way the browser's editor reports them, then rerun."""
    key = f"_log_editor_{at.session_state.log_editor_nonce}"
    delta = {"edited_rows": {}, "added_rows": [], "deleted_rows": []}
    if key in at.session_state:
        delta = dict(at.session_state[key])
    delta = {**delta, **changes}
    at.session_state[key] = delta
    at.run()


def test_empty_log_gives_guidance_not_empty_axes():
    at = open_page("interview_log")
    assert not at.exception
    at.session_state["_w_log_tab"] = "Charts"
    at.run()
    assert any("Nothing to show yet" in t for t in texts(at.info))


def test_load_sample_fills_the_log_and_the_headline():
    at = open_page("interview_log")
    [b for b in at.button if b.label == "Load sample log"][0].click().run()
    assert len(at.session_state.log) == 24
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["People contacted"] == "24"
    assert metrics["Interviews held"] == "16"


def test_sample_needs_confirmation_when_the_log_has_rows():
    at = open_page("interview_log", log=small_log())
    confirm = [b for b in at.button if b.label == "Yes, replace my log with the sample"]
    assert len(confirm) == 1
    assert len(at.session_state.log) == 3
    confirm[0].click().run()
    assert len(at.session_state.log) == 24


def test_two_edits_in_a_row_are_both_kept():
    at = open_page("interview_log", log=small_log())
    edit(at, {"edited_rows": {0: {"role": "Hydrologist"}}})
    edit(at, {"edited_rows": {0: {"role": "Hydrologist"}, 2: {"notes": "Call back in May"}}})
    log = at.session_state.log
    assert log.loc[0, "role"] == "Hydrologist"
    assert log.loc[2, "notes"] == "Call back in May"
    assert len(log) == 3


def test_an_added_row_is_not_duplicated_by_later_edits():
    at = open_page("interview_log", log=small_log())
    added = [{"date": "2026-11-02", "contact": "New Person"}]
    edit(at, {"added_rows": added})
    edit(at, {"added_rows": added, "edited_rows": {0: {"notes": "Met at a career fair"}}})
    edit(at, {"added_rows": added, "edited_rows": {0: {"notes": "Met at a career fair"},
                                                   1: {"role": "Analyst"}}})
    log = at.session_state.log
    assert log["contact"].tolist() == ["Person A", "Person B", "Person C", "New Person"]
    assert log.loc[0, "notes"] == "Met at a career fair" and log.loc[1, "role"] == "Analyst"


def test_edits_survive_leaving_the_page_and_coming_back():
    at = open_page("interview_log", log=small_log())
    edit(at, {"edited_rows": {1: {"field": "Water"}}})
    at.switch_page("pages/step_1.py").run()
    at.switch_page("pages/interview_log.py").run()
    edit(at, {"edited_rows": {0: {"field": "Policy"}}})
    log = at.session_state.log
    assert log["field"].tolist() == ["Policy", "Water", ""]


def test_added_and_deleted_rows():
    at = open_page("interview_log", log=small_log())
    edit(at, {"added_rows": [{"date": "2026-11-02", "contact": "New Person"}],
              "deleted_rows": [0]})
    assert at.session_state.log["contact"].tolist() == ["Person B", "Person C", "New Person"]


def upload(at, name: str, data: bytes) -> None:
    at.session_state["_w_log_tab"] = "Import & export"
    at.run()
    at.file_uploader(key="_w_log_upload").upload(name, data, "text/csv")
    at.run()


def test_import_shows_a_preview_and_changes_nothing_until_replace():
    at = open_page("interview_log", log=small_log())
    upload(at, "mine.csv", write_log_csv(small_log(5)))
    assert any("5 rows ready" in t for t in texts(at.info))
    preview = json.loads(at.dataframe[-1].proto.columns)
    assert preview["date"]["type_config"]["format"] == "YYYY-MM-DD"  # no "00:00:00"
    assert len(at.session_state.log) == 3
    [b for b in at.button if b.label == "Replace my log"][0].click().run()
    assert len(at.session_state.log) == 5


def test_add_skips_rows_already_there():
    at = open_page("interview_log", log=small_log(3))
    upload(at, "more.csv", write_log_csv(small_log(5)))
    [b for b in at.button if b.label == "Add to my log"][0].click().run()
    assert len(at.session_state.log) == 5
    assert any("2 rows added" in t and "3 skipped" in t for t in texts(at.success))


@pytest.mark.parametrize("name", ["bad_missing_date_column.csv", "bad_binary.csv"])
def test_a_broken_file_is_refused_and_the_log_stays(name):
    path = FIXTURES / name
    data = path.read_bytes() if path.exists() else b"\x89PNG\r\n\x1a\n\x00\x00binary"
    at = open_page("interview_log", log=small_log())
    before = at.session_state.log.copy()
    upload(at, name, data)
    assert not at.exception
    assert any("cannot be used" in t and "Your log has not changed" in t for t in texts(at.error))
    assert not [b for b in at.button if b.label == "Replace my log"]
    pd.testing.assert_frame_equal(at.session_state.log, before)


NO_ROW_FILES = {
    "headings_only.csv": b"date,contact,organization\r\n",
    "blank_rows.csv": b"date,contact,notes\r\n,,\r\n , ,\r\n",
    "unticked_only.csv": b"date,contact,thank_you_sent\r\n,,no\r\n,,FALSE\r\n",
}


@pytest.mark.parametrize("name", list(NO_ROW_FILES))
def test_a_file_with_no_rows_is_refused_and_the_log_stays(name):
    at = open_page("interview_log", log=small_log())
    before = at.session_state.log.copy()
    upload(at, name, NO_ROW_FILES[name])
    assert not at.exception
    assert any(NO_ROWS in t and "Your log has not changed" in t for t in texts(at.error))
    assert not [b for b in at.button if b.label in ("Replace my log", "Add to my log")]
    pd.testing.assert_frame_equal(at.session_state.log, before)


@pytest.mark.parametrize("label", ["Replace my log", "Add to my log"])
def test_replace_and_add_never_bring_in_a_file_with_no_rows(label):
    at = open_page("interview_log", log=small_log())
    before = at.session_state.log.copy()
    upload(at, "mine.csv", write_log_csv(small_log(2)))
    # The buttons stand for a file that turns out to have no rows: pressing them changes nothing.
    at.session_state["_import"]["result"] = read_log_csv(b"date,contact\r\n")
    [b for b in at.button if b.label == label][0].click().run()
    assert not at.exception
    pd.testing.assert_frame_equal(at.session_state.log, before)
    assert not texts(at.success)


NASTY_NAME = "**bold** [x](https://evil.example) ![i](https://evil.example/p.png) :smile:.csv"


@pytest.mark.parametrize("data", [write_log_csv(small_log(2)), b""], ids=["good", "refused"])
def test_the_file_name_is_shown_as_typed_never_as_markdown(data):
    at = open_page("interview_log", log=small_log())
    upload(at, NASTY_NAME, data)
    assert not at.exception
    markdown = [*texts(at.info), *texts(at.error), *texts(at.warning), *texts(at.success),
                *texts(at.markdown), *texts(at.caption)]
    assert markdown and not any("evil.example" in t or ":smile:" in t for t in markdown)
    assert f"File: {NASTY_NAME}" in texts(at.text)


def test_each_upload_is_read_once(monkeypatch):
    import interview_coach.log.csv_file as log_csv
    import ui.interview_log.transfer

    calls = []
    real = log_csv.read_log_csv

    def counting(data, **kwargs):
        calls.append(len(data))
        return real(data, **kwargs)

    monkeypatch.setattr(ui.interview_log.transfer, "read_log_csv", counting)
    at = open_page("interview_log")
    upload(at, "mine.csv", write_log_csv(small_log(4)))
    at.run()
    at.run()
    assert len(calls) == 1


def test_export_button_and_incomplete_row_warning():
    log = small_log()
    log.loc[1, "contact"] = ""
    at = open_page("interview_log", log=log)
    at.session_state["_w_log_tab"] = "Import & export"
    at.run()
    assert any("Row(s) 2 have no date or no contact" in t for t in texts(at.warning))
    assert [d.proto.label for d in at.get("download_button")] == ["Download log (CSV)"]


def test_hide_names_makes_the_table_read_only_and_nameless():
    at = open_page("interview_log", log=small_log(), hide_names=True)
    table = at.dataframe[0].value
    assert "Person A" not in table["contact"].tolist()
    assert table["contact"].tolist()[0] == "Contact 1"


def test_follow_ups_and_referral_tree_tabs():
    at = open_page("interview_log")
    [b for b in at.button if b.label == "Load sample log"][0].click().run()
    at.session_state["_w_log_tab"] = "Referral tree"
    at.run()
    assert len(at.get("graphviz_chart")) == 1
    at.session_state["_w_log_tab"] = "Follow-ups"
    at.run()
    assert not at.exception
    assert any("thank-you" in m.value.lower() for m in at.markdown)


def charts_shown(at) -> list[dict]:
    """The Vega-Lite specs on the page (AppTest has no wrapper for charts)."""
    return [json.loads(element.proto.spec) for element in at.main
            if getattr(element, "type", "") == "vega_lite_chart"]


def open_charts(**state):
    sample = read_log_csv((Path(__file__).resolve().parents[2] / "content" / "sample_log.csv")
                          .read_bytes()).log
    at = open_page("interview_log", log=sample, **state)
    at.session_state["_w_log_tab"] = "Charts"
    return at.run()


def test_charts_show_one_chart_at_a_time_with_its_description():
    at = open_charts()
    assert not at.exception
    chooser = at.get("button_group")[0]
    assert chooser.options == ["Over time", "Funnel", "How you found them", "Fields"]
    titles = []
    for view in chooser.options:
        at.get("button_group")[0].set_value(view).run()
        specs = charts_shown(at)
        assert len(specs) == 1, view
        titles.append(json_title(specs[0]))
        assert at.caption[-1].value  # the chart's text alternative is right under it
    assert len(set(titles)) == 4


def json_title(spec: dict) -> str:
    title = spec.get("title")
    return title.get("text") if isinstance(title, dict) else str(title)


def test_chosen_chart_stays_after_leaving_the_tab_and_the_page():
    at = open_charts()
    at.get("button_group")[0].set_value("Fields").run()
    at.session_state["_w_log_tab"] = "My log"
    at.run()
    at.switch_page("pages/checklist.py").run()
    at.switch_page("pages/interview_log.py").run()
    at.session_state["_w_log_tab"] = "Charts"
    at.run()
    assert at.get("button_group")[0].value == "Fields"
    assert at.session_state["chart_view"] == "Fields"
