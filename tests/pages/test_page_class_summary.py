"""The class summary page: many students' log files in, counts out, never a name (AppTest)."""

import pandas as pd

from apptest_helpers import open_page, texts
from interview_coach.log.csv_file import write_log_csv
from interview_coach.log.schema import LOG_COLUMNS, coerce_types

FIRST = ["Ottoline", "Barnaby", "Wilhelmina", "Caspian", "Euphemia"]
LAST = ["Quenby", "Thistlewood", "Marchbanks", "Fairweather", "Pennywhistle"]
STATUSES = ["Completed", "Completed", "Scheduled", "Requested"]


def student_file(number: int, contacts: int) -> tuple[bytes, list[str]]:
    """A student's exported log; every name, organization and note is unique to the student."""
    names = [f"{FIRST[(number + i) % 5]} {LAST[i % 5]}{'x' * number}" for i in range(contacts)]
    rows = [{"date": f"2026-10-{i + 1:02d}", "contact": name,
             "organization": f"Gorsebrook Mills {number}-{i}", "field": "Forestry",
             "found_via": "Personal network", "status": STATUSES[i % 4],
             "thank_you_sent": i == 0, "referrals": 1 if i == 0 else 0,
             "notes": f"Secret remark {number}-{i}"}
            for i, name in enumerate(names)]
    return write_log_csv(coerce_types(pd.DataFrame(rows, columns=LOG_COLUMNS))), names


def upload(at, files: list[tuple[str, bytes]]):
    """Drop files in the box (whatever its key is now), as an instructor does."""
    nonce = at.session_state["_class_files_nonce"] if "_class_files_nonce" in at.session_state \
        else 0
    at.file_uploader(key=f"_class_files_{nonce}").set_value(
        [(name, data, "text/csv") for name, data in files])
    return at.run()


def all_text(at) -> str:
    """Every element's protobuf as text: labels, values, table cells and chart data alike."""
    found = []

    def walk(node) -> None:
        if getattr(node, "proto", None) is not None:
            found.append(str(node.proto))
        for child in getattr(node, "children", {}).values():
            walk(child)

    walk(at._tree)
    return "\n".join(found)


def chart_specs(at) -> list[str]:
    """The Vega-Lite spec (JSON) of every chart on the page."""
    found = []

    def walk(node) -> None:
        if getattr(node, "type", "") == "vega_lite_chart":
            found.append(node.proto.spec)
        for child in getattr(node, "children", {}).values():
            walk(child)

    walk(at._tree)
    return found


def metrics(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def test_empty_page_explains_what_to_do_and_promises_privacy():
    at = open_page("class_summary")
    assert not at.exception
    assert at.file_uploader(key="_class_files_0").accept_multiple_files
    assert "People" in texts(at.info)[0]
    assert "nothing is kept" in " ".join(texts(at.caption))
    assert not at.metric


def test_uploaded_logs_are_graded_counted_and_bad_files_listed_without_contact_names():
    files, names = [], []
    for number, contacts in enumerate([4, 2, 1], start=1):
        data, student_names = student_file(number, contacts)
        files.append((f"student-{number}.csv", data))
        names += student_names
    files.insert(1, ("holiday-photo.csv", b"\x89PNG\r\n\x1a\n" + bytes(range(256))))
    at = upload(open_page("class_summary"), files)
    assert not at.exception
    shown = metrics(at)
    # Completed rows: student 1 has rows 0 and 1, student 2 rows 0 and 1, student 3 row 0.
    assert shown["Students"] == "3"
    assert shown["Contacts logged"] == "7"
    assert shown["Interviews completed"] == "5"
    assert shown["Median interviews per student"] == "2"
    assert shown["Thank-you notes sent"] == "60%"  # 3 of 5 interviews
    assert shown["Interviews with a referral"] == "60%"
    name, reason = texts(at.text)[-2:]  # listed as plain text, beside each other
    assert name == "holiday-photo.csv"
    assert "not a text file" in reason
    assert "1 file not counted" in at.warning[0].value
    table = at.dataframe[0].value
    assert table["Student"].tolist() == [n for n, _ in files]
    assert table["Interviews"].tolist()[0] == 2 and pd.isna(table["Interviews"].tolist()[1])
    assert "0 of 3 students" in at.markdown[2].value or "0 of 3" in all_text(at)
    page = all_text(at)
    assert "Interviews per student" in page and "Fields explored" in page
    for secret in [*names, "Gorsebrook", "Secret remark"]:
        assert secret not in page, secret
    labels = [b.proto.label for b in at.get("download_button")]
    assert "Download the class numbers (CSV)" in labels
    assert "Download the gradebook (CSV)" in labels


def test_files_are_read_once_then_let_go_and_more_can_be_added():
    data, _ = student_file(1, 3)
    at = upload(open_page("class_summary"), [("a.csv", data)])
    first = at.session_state["class_students"]
    assert [s.file_name for s in first] == ["a.csv"]
    assert at.session_state["_class_files_nonce"] == 1  # a fresh, empty box
    assert not at.file_uploader(key="_class_files_1").value
    at.run()
    assert at.session_state["class_students"][0] is first[0]
    other, _ = student_file(2, 2)
    at = upload(at, [("b.csv", other)])
    assert metrics(at)["Students"] == "2"
    at.button(key="_class_files_clear").click().run()
    assert at.session_state["class_students"] == []
    assert not at.metric


def test_only_unreadable_files_say_nothing_could_be_counted():
    at = upload(open_page("class_summary"), [("notes.txt", b"Dear instructor, hello.\n")])
    assert not at.exception
    assert "None of the files could be counted" in at.error[0].value
    assert not at.metric


def test_the_requirement_decides_who_passes():
    data, _ = student_file(1, 4)  # 2 completed, 1 thank-you, 1 referral
    at = upload(open_page("class_summary"), [("Jones_Ana_123.csv", data)])
    outcome = at.dataframe[0].value["Result"].tolist()
    assert outcome == ["Missing: 1 more interview, 2 more thank-you notes"]
    at.number_input(key="_w_req_interviews").set_value(2).run()
    at.number_input(key="_w_req_thank_yous").set_value(1).run()
    assert at.dataframe[0].value["Result"].tolist() == [
        "Meets the requirement"]


def test_class_view_shows_no_name_and_no_gradebook():
    files = [(f"Lastname{n}_Firstname{n}_assignsubmission.csv", student_file(n, 3)[0])
             for n in range(1, 5)]
    files.append(("Broken_Person_99.csv", b"\x89PNG\r\n\x1a\n" + bytes(range(256))))
    at = upload(open_page("class_summary"), files)
    at.toggle(key="_w_class_view").set_value(True).run()
    assert not at.exception
    page = all_text(at)
    assert metrics(at)["Students"] == "4"
    for secret in ["Lastname", "Firstname", "Broken_Person", "Gorsebrook", "Secret remark"]:
        assert secret not in page, secret
    assert not at.dataframe and not at.tabs


def test_an_unknown_value_mapped_once_counts_in_every_file():
    data = b"date,contact,status\n2026-10-01,Ana,Coffee chat\n2026-10-02,Ben,Completed\n"
    at = upload(open_page("class_summary"), [("a.csv", data), ("b.csv", data + b"\n")])
    assert at.dataframe[0].value["Interviews"].tolist() == [1, 1]
    box = at.selectbox(key="_w_map_0")
    assert "Coffee chat" in box.label and "2 files" in box.label
    box.set_value("Completed").run()
    assert at.dataframe[0].value["Interviews"].tolist() == [2, 2]


def test_settings_file_sets_the_requirement():
    from interview_coach.classroom.requirement import Requirement, settings_json

    at = open_page("class_summary")
    at.file_uploader(key="_w_req_settings").set_value(
        [("s.json", settings_json(Requirement(interviews=5)), "application/json")]).run()
    assert at.session_state["class_requirement"].interviews == 5
    assert at.number_input(key="_w_req_interviews").value == 5


def test_projector_mode_draws_large_charts():
    data, _ = student_file(1, 3)
    at = upload(open_page("class_summary", projector=True), [("a.csv", data)])
    assert not at.exception
    assert '"fontSize": 28' in all_text(at).replace('\\"', '"')


def test_the_uploads_bytes_are_let_go_once_read(monkeypatch):
    """Streamlit keeps an upload's bytes for the session; the page removes them once read."""
    from types import SimpleNamespace

    from streamlit.runtime.memory_uploaded_file_manager import MemoryUploadedFileManager
    from streamlit.runtime.uploaded_file_manager import UploadedFileRec

    from ui.class_summary import files

    manager = MemoryUploadedFileManager("/upload")
    records = [UploadedFileRec(f"id{i}", f"f{i}.csv", "text/csv", b"x" * 1000) for i in range(3)]
    for record in records:
        manager.add_file("session", record)
    context = SimpleNamespace(uploaded_file_mgr=manager, session_id="session")
    monkeypatch.setattr(files, "get_script_run_ctx", lambda: context)
    files._let_go([SimpleNamespace(file_id=r.file_id) for r in records[:2]])
    assert [r.file_id for r in manager.get_files("session", ["id0", "id1", "id2"])] == ["id2"]


def test_every_chart_drawn_is_valid_vega_lite():
    """The charts are written as plain Vega-Lite (interview_coach/log/charts.py): every one
    the page draws, the per-student chart included, is checked against the schema."""
    import json

    from altair.utils.schemapi import validate_jsonschema
    from altair.vegalite.v6.schema.core import load_schema

    files = [(f"s{n}.csv", student_file(n, 4)[0]) for n in range(3)]
    for projector in (False, True):
        at = upload(open_page("class_summary", projector=projector), files)
        specs = [json.loads(spec) for spec in chart_specs(at)]
        assert len(specs) >= 3, "the per-student chart, the funnel and how they were found"
        for spec in specs:
            validate_jsonschema(spec, load_schema())
