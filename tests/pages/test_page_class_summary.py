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
    at.file_uploader(key="_class_files").set_value(
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


def metrics(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def test_empty_page_explains_what_to_do_and_promises_privacy():
    at = open_page("class_summary")
    assert not at.exception
    assert at.file_uploader(key="_class_files").accept_multiple_files
    assert "Interview log" in texts(at.info)[0]
    assert "nothing is kept" in " ".join(texts(at.caption))
    assert not at.metric


def test_uploaded_logs_are_counted_and_bad_files_listed_without_names():
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
    name, reason = texts(at.text)  # listed as plain text, beside each other
    assert name == "holiday-photo.csv"
    assert "not a text file" in reason
    assert "1 file not counted" in at.warning[0].value
    page = all_text(at)
    assert "Interviews per student" in page and "Fields explored" in page
    for secret in [*names, "Gorsebrook", "Secret remark"]:
        assert secret not in page, secret
    assert at.get("download_button")[0].proto.label == "Download the class numbers (CSV)"


def test_files_are_read_once_per_upload_not_on_every_rerun():
    data, _ = student_file(1, 3)
    at = upload(open_page("class_summary"), [("a.csv", data)])
    first = at.session_state["class_summary"]
    at.run()
    assert at.session_state["class_summary"][1] is first[1]
    other, _ = student_file(2, 2)
    at = upload(at, [("a.csv", data), ("b.csv", other)])
    assert metrics(at)["Students"] == "2"
    at.file_uploader(key="_class_files").clear().run()
    assert "class_summary" not in at.session_state
    assert not at.metric


def test_only_unreadable_files_say_nothing_could_be_counted():
    at = upload(open_page("class_summary"), [("notes.txt", b"Dear instructor, hello.\n")])
    assert not at.exception
    assert "None of the files could be counted" in at.error[0].value
    assert not at.metric


def test_projector_mode_draws_large_charts():
    data, _ = student_file(1, 3)
    at = upload(open_page("class_summary", projector=True), [("a.csv", data)])
    assert not at.exception
    assert '"fontSize": 28' in all_text(at).replace('\\"', '"')
