import io
import random
from datetime import date
from statistics import median

import pandas as pd
import pytest

from interview_coach.classroom.class_summary import (
    WITHHELD,
    aggregate_csv,
    aggregate_table,
    read_files,
    summarise_class,
)
from interview_coach.classroom.student_files import DUPLICATE, OVER_LIMIT, UNREADABLE
from interview_coach.log.csv_file import read_log_csv, write_log_csv
from interview_coach.log.schema import FOUND_VIA, LOG_COLUMNS, coerce_types, empty_log
from interview_coach.log.stats import funnel, headline
from interview_coach.log.workbook import NOT_A_WORKBOOK

GOOD_STUDENTS = 34
FIRST = ["Orla", "Tobiah", "Marisol", "Kwabena", "Ingrid", "Zoë", "Ravindra", "Henrike"]
LAST = ["Quillfeather", "Vantongeren", "Okonkwo-Laird", "Pemberthwaite", "Ébène", "Szczurek"]
# As a student might type them; the expected class label is the value.
FIELD_SPELLINGS = {"Nursing": "Nursing", " nursing ": "Nursing", "NURSING": "Nursing",
                   "Graphic design": "Graphic design", "graphic  Design": "Graphic design",
                   "Forestry": "Forestry", "Accounting": "Accounting", "": "Not recorded"}
FOUND_SPELLINGS = {"Personal network": "Personal network", "personal network": "Personal network",
                   "HR": "Human resources", "Faculty or advisor": "Faculty or advisor",
                   "Career fair": "Career fair", "": "Not recorded"}
STATUSES = ["Requested", "Scheduled", "Completed", "Completed", "Declined"]


def student_rows(number: int, rng: random.Random) -> list[dict]:
    """One contact per row; every name, organization and note is unique in the class."""
    rows = []
    for i in range(rng.randint(1, 9)):
        status = rng.choice(STATUSES)
        rows.append({
            "date": f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "contact": f"{rng.choice(FIRST)} {rng.choice(LAST)}-{number}x{i}",
            "organization": f"Brightwater Holdings {number}x{i}",
            "role": "Charge nurse",
            "field": rng.choice(list(FIELD_SPELLINGS)),
            "found_via": rng.choice(list(FOUND_SPELLINGS)),
            "format": "Phone",
            "status": status,
            "duration_min": "25",
            "thank_you_sent": status == "Completed" and rng.random() < 0.7,
            "referrals": str(rng.choice([0, 0, 1, 2])),
            "referred_by": f"Referrer Margolyes {number}x{i}" if rng.random() < 0.3 else "",
            "notes": f"She said the night shifts were hard, remark {number}x{i}.",
        })
    return rows


def as_export(rows: list[dict]) -> bytes:
    return write_log_csv(coerce_types(pd.DataFrame(rows, columns=LOG_COLUMNS)))


def as_semicolon_cp1252(rows: list[dict]) -> bytes:
    frame = pd.DataFrame(rows, columns=LOG_COLUMNS)
    frame["thank_you_sent"] = frame["thank_you_sent"].map({True: "Yes", False: "No"})
    return frame.to_csv(sep=";", index=False).encode("cp1252")


BROKEN = {
    "empty.csv": b"",
    "photo.csv": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
    "no-contact-column.csv": b"date,organization,status\n2026-01-05,Acme,Completed\n",
    "essay.docx": b"PK\x03\x04" + bytes(200),
    "reflection.txt": b"Dear instructor,\nhere is my reflection on the interview.\n",
}


@pytest.fixture(scope="module")
def class_upload():
    rng = random.Random(2026)
    students = [student_rows(n, rng) for n in range(1, GOOD_STUDENTS + 1)]
    files = []
    for n, rows in enumerate(students, start=1):
        data = as_semicolon_cp1252(rows) if n % 5 == 0 else as_export(rows)
        files.append((f"log-{n:02d}.csv", data))
    files.insert(10, ("log-03 (1).csv", files[2][1]))  # uploaded twice
    for i, (name, data) in enumerate(BROKEN.items()):
        files.insert(4 * i + 1, (name, data))
    return students, files, summarise_class(files)


def expected_funnel(rows: list[dict]) -> list[int]:
    done = [r for r in rows if r["status"] == "Completed"]
    return [len(rows), sum(r["status"] in ("Scheduled", "Completed") for r in rows), len(done),
            sum(r["thank_you_sent"] for r in done), sum(r["referrals"] != "0" for r in done)]


def test_class_counts_match_the_students_logs(class_upload):
    students, _, summary = class_upload
    every_row = [r for rows in students for r in rows]
    per_student = [sum(r["status"] == "Completed" for r in rows) for rows in students]
    stages = expected_funnel(every_row)
    assert summary.students == GOOD_STUDENTS
    assert summary.contacts == len(every_row)
    assert summary.interviews == sum(per_student) == stages[2]
    assert summary.per_student["student"].tolist() == [f"Student {n}"
                                                       for n in range(1, GOOD_STUDENTS + 1)]
    assert summary.per_student["interviews"].tolist() == per_student
    assert summary.per_student["contacts"].tolist() == [len(rows) for rows in students]
    assert summary.median_interviews == median(per_student)
    assert summary.funnel["count"].tolist() == stages
    assert summary.thank_you_rate == pytest.approx(stages[3] / stages[2])
    assert summary.referral_rate == pytest.approx(stages[4] / stages[2])


@pytest.mark.parametrize(
    "frame_name, column, spellings",
    [("fields", "field", FIELD_SPELLINGS), ("found_via", "found_via", FOUND_SPELLINGS)],
)
def test_breakdowns_merge_spellings_and_keep_unknown_values(class_upload, frame_name, column,
                                                           spellings):
    students, _, summary = class_upload
    contacts, interviews, who = {}, {}, {}
    for n, rows in enumerate(students):
        for r in rows:
            label = spellings[r[column]].lower()
            contacts[label] = contacts.get(label, 0) + 1
            interviews[label] = interviews.get(label, 0) + (r["status"] == "Completed")
            who.setdefault(label, set()).add(n)
    frame = getattr(summary, frame_name)
    frame = frame.set_index(frame["label"].str.lower())  # shown as written most; see below
    used = frame.loc[frame["contacts"].gt(0)]
    assert sorted(used.index) == sorted(contacts)
    assert used["contacts"].to_dict() == contacts
    assert used["interviews"].to_dict() == interviews
    assert used["students"].to_dict() == {label: len(s) for label, s in who.items()}
    assert frame.index[-1] == "not recorded"


def test_found_via_lists_every_known_way_even_unused(class_upload):
    found_via = class_upload[2].found_via.set_index("label")
    assert set(FOUND_VIA) <= set(found_via.index)
    assert found_via.loc["Directory or trade journal"].tolist() == [0, 0, 0]


def test_failed_and_repeated_files_are_listed_by_name_with_a_reason(class_upload):
    _, files, summary = class_upload
    reasons = {name: reason for name, _, reason in summary.skipped}
    assert len(summary.skipped) == len(BROKEN) + 1
    for name, data in BROKEN.items():
        if name.endswith(".docx"):  # a zip: the workbook reader's kind
            assert reasons[name] == NOT_A_WORKBOOK
            continue
        assert reasons[name] == read_log_csv(data).refused  # the importer's own sentence
    assert "empty" in reasons["empty.csv"] and "contact" in reasons["no-contact-column.csv"]
    assert reasons["log-03 (1).csv"] == "log-03.csv"
    assert dict((n, k) for n, k, _ in summary.skipped)["log-03 (1).csv"] == DUPLICATE
    counted = len(files) - len(summary.skipped)
    assert counted == summary.students
    assert dict(aggregate_table(summary).values.tolist())["Files not counted"] == len(BROKEN) + 1


def test_no_name_organization_referrer_or_note_leaves_the_summary(class_upload):
    students, _, summary = class_upload
    frames = [summary.per_student, summary.funnel, summary.found_via, summary.fields,
              aggregate_table(summary)]
    output = "\n".join([repr(summary), aggregate_csv(summary).decode("utf-8-sig"),
                        *(f.to_csv() for f in frames), *(f.to_string() for f in frames)]).lower()
    private = {r[c] for rows in students for r in rows
               for c in ("contact", "organization", "referred_by", "notes") if r[c]}
    assert len(private) > 3 * GOOD_STUDENTS
    leaked = [text for text in private if text.lower() in output]
    assert leaked == []


def row(**values) -> dict:
    return {"date": "2026-03-02", "status": "Completed", "thank_you_sent": False} | values


def test_a_name_typed_into_a_label_column_is_withheld():
    rows = [row(contact="Priyanka Vellacott", organization="Norbridge Mills",
                field="Paper making at Norbridge Mills", found_via="my aunt priyanka vellacott"),
            row(contact="Dale Fenwick", field="Paper making", found_via="Personal network")]
    summary = summarise_class([("one.csv", as_export(rows))])
    fields = summary.fields.set_index("label")["contacts"].to_dict()
    found = summary.found_via.set_index("label")["contacts"]
    assert fields == {"Paper making": 1, WITHHELD: 1}
    assert found[WITHHELD] == 1 and found["Personal network"] == 1
    csv_text = aggregate_csv(summary).decode("utf-8-sig").lower()
    assert "vellacott" not in csv_text and "norbridge" not in csv_text


def test_the_same_name_in_two_logs_is_two_contacts():
    first = as_export([row(contact="Sam Hill", thank_you_sent=True)])
    second = as_export([row(contact="  sam  HILL ", thank_you_sent=True)])
    summary = summarise_class([("a.csv", first), ("b.csv", second)])
    assert (summary.students, summary.contacts, summary.interviews) == (2, 2, 2)
    assert summary.thank_you_rate == 1.0 and summary.referral_rate == 0.0
    assert summary.fields["label"].tolist() == ["Not recorded"]


def test_a_label_shows_in_the_spelling_written_most():
    spellings = ["nursing", "Nursing ", "Nursing", "NURSING", "graphic design"]
    rows = [row(contact=f"Person {i}", field=field) for i, field in enumerate(spellings)]
    fields = summarise_class([("a.csv", as_export(rows))]).fields
    assert fields.values.tolist() == [["Nursing", 4, 4, 1], ["graphic design", 1, 1, 1]]


def test_one_student_gets_the_same_numbers_as_their_own_log_page(class_upload):
    _, files, _ = class_upload
    data = files[0][1]
    log = read_log_csv(data).log
    own, summary = headline(log, date(2026, 6, 1)), summarise_class([files[0]])
    assert (summary.contacts, summary.interviews) == (own.people_contacted, own.interviews_held)
    assert summary.funnel["count"].tolist() == funnel(log)["count"].tolist()


def test_no_usable_files_gives_zeros_and_blanks():
    summary = summarise_class([("empty.csv", b"")])
    assert (summary.students, summary.contacts, summary.interviews) == (0, 0, 0)
    assert summary.median_interviews is None and summary.thank_you_rate is None
    assert summary.per_student.empty and summary.funnel["count"].sum() == 0
    assert summary.skipped == [("empty.csv", UNREADABLE, "The file is empty.")]
    table = dict(aggregate_table(summary).values.tolist())
    assert table["Students counted"] == 0 and table["Median interviews per student"] == ""


def test_aggregate_csv_reads_back_as_the_table(class_upload):
    summary = class_upload[2]
    table = aggregate_table(summary)
    data = aggregate_csv(summary)
    assert data.startswith(b"\xef\xbb\xbf")
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert back.columns.tolist() == ["measure", "value"]
    assert back["measure"].tolist() == table["measure"].tolist()
    assert back["value"].tolist() == [str(v) for v in table["value"]]
    values = dict(table.values.tolist())
    assert values["Students counted"] == GOOD_STUDENTS
    assert values["Interviews completed"] == summary.interviews
    assert values["Thank-you notes sent (% of interviews)"] == round(
        summary.thank_you_rate * 100, 1)
    first_field = summary.fields.iloc[0]
    assert values[f"Field: {first_field['label']} (students)"] == first_field["students"]
    assert values[f"Interviews: Student {GOOD_STUDENTS}"] == summary.per_student[
        "interviews"].iloc[-1]


def test_an_empty_log_is_a_student_with_no_interviews():
    """A log exported before any interview counts: one student, 0 interviews (not skipped)."""
    summary = summarise_class([("header-only.csv", write_log_csv(empty_log()))])
    assert summary.skipped == [] and summary.students == 1
    assert summary.per_student["interviews"].tolist() == [0] and summary.median_interviews == 0


def test_a_summary_reads_at_most_its_cap_of_files_and_bytes():
    data = as_export(student_rows(1, random.Random(1)))
    files = [(f"f{i}.csv", data + b" " * i) for i in range(8)]
    students = read_files(files, max_files=5)
    assert [s.problem for s in students] == [None] * 5 + [OVER_LIMIT] * 3
    assert all(s.log is None for s in students[5:])
    by_bytes = read_files(files, max_total_bytes=len(data) * 3 + 3)
    assert [s.problem for s in by_bytes].count(OVER_LIMIT) == 5
    later = read_files(files[5:7], seen=students[:4], max_files=5)
    assert [s.problem for s in later] == [None, OVER_LIMIT]
