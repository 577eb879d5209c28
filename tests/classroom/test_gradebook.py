"""The gradebook: one row per file, pass or what is missing, by the due date."""

import io
from datetime import date

import pandas as pd
from class_files import REQUIREMENT, class_files

from interview_coach.classroom.class_summary import read_files
from interview_coach.classroom.gradebook import (
    MISSING,
    NOT_READ,
    PASSED,
    grade_row,
    gradebook,
    gradebook_csv,
    gradebook_table,
    passed,
)
from interview_coach.classroom.requirement import Requirement
from interview_coach.classroom.student_files import read_student_file

HEADINGS = {k: k for k in ("student", "file_name", "interviews", "thank_yous", "referrals",
                           "late", "outcome", "values_to_check")}


def test_thirty_files_each_graded_as_the_students_logs_say():
    files, truth = class_files()
    rows = gradebook(read_files(files), REQUIREMENT)
    assert len(rows) == 30
    for row, known in zip(rows, truth, strict=True):
        assert row.student == known.key, known
        if known.interviews is None:
            assert row.outcome == NOT_READ
            continue
        assert (row.interviews, row.thank_yous, row.referrals, row.late) == (
            known.interviews, known.thank_yous, known.referrals, known.late), known.file_name
        assert row.outcome == (PASSED if known.passes else MISSING), known.file_name
    assert passed(rows) == sum(t.passes for t in truth)
    assert 5 <= passed(rows) <= 25  # the seed gives both kinds


def test_what_is_missing_says_how_many_more():
    data = (b"date,contact,status,thank you,referrals\n"
            b"2026-10-01,Ana,Completed,yes,0\n2026-10-02,Ben,Completed,no,0\n")
    row = grade_row(read_student_file("a.csv", data), REQUIREMENT)
    assert row.outcome == MISSING
    assert dict(row.short) == {"interviews": 1, "thank_yous": 2, "referrals": 1}


def test_interviews_after_the_due_date_are_counted_as_late_not_done():
    data = (b"date,contact,status,thank you,referrals\n"
            b"2026-11-20,Ana,Completed,yes,1\n2026-11-21,Ben,Completed,yes,1\n")
    row = grade_row(read_student_file("a.csv", data),
                    Requirement(interviews=1, thank_yous=1, referrals=1, due=date(2026, 11, 20)))
    assert (row.interviews, row.late, row.referrals, row.outcome) == (1, 1, 1, PASSED)
    undated = grade_row(read_student_file("a.csv", data), Requirement(due=None))
    assert (undated.interviews, undated.late) == (2, 0)


def test_people_records_export_counts_held_and_thanked_stages():
    data = (b"date,contact,status,thank_you_sent,referrals,person_id,stage,held_on,thanked_on\n"
            b"2026-10-01,Ana,Scheduled,no,1,p1,Held,2026-10-01,\n"
            b"2026-10-02,Ben,Scheduled,no,0,p2,Thanked,2026-10-02,2026-10-03\n"
            b"2026-10-03,Cy,Requested,no,0,p3,Requested,,\n"
            b"2026-10-04,Di,Scheduled,no,0,p4,Held,2026-11-30,\n")
    row = grade_row(read_student_file("a.csv", data),
                    Requirement(interviews=2, thank_yous=1, referrals=1, due=date(2026, 11, 20)))
    assert (row.interviews, row.thank_yous, row.referrals, row.late) == (2, 1, 1, 1)


def test_the_gradebook_name_comes_from_a_column_or_a_first_line_else_the_file_name():
    body = "date,contact,status\n2026-10-01,Ana,Completed\n"
    by_column = (b"student_id,date,contact,status\nS77,2026-10-01,Ana,Completed\n")
    by_line = ("student_id: Jo Park 2231\n" + body).encode()
    assert read_student_file("f.csv", by_column).student_id == "S77"
    assert read_student_file("f.csv", by_line).student_id == "Jo Park 2231"
    assert read_student_file("f.csv", body.encode()).student_id == ""
    assert grade_row(read_student_file("f.csv", body.encode()), REQUIREMENT).student == "f.csv"


def test_an_empty_log_is_a_row_of_zeros():
    files, truth = class_files()
    empty = next(i for i, t in enumerate(truth) if t.interviews == 0)
    row = gradebook(read_files([files[empty]]), REQUIREMENT)[0]
    assert (row.interviews, row.thank_yous, row.referrals, row.outcome) == (0, 0, 0, MISSING)


def test_gradebook_csv_reads_back_and_guards_formulas():
    data = b"date,contact,status\n2026-10-01,Ana,Completed\n"
    rows = gradebook([read_student_file("=cmd|calc.csv", data)], REQUIREMENT)
    table = gradebook_table(rows, HEADINGS, lambda row: row.outcome)
    back = pd.read_csv(io.BytesIO(gradebook_csv(table)), encoding="utf-8-sig", dtype=str)
    assert back.loc[0, "student"] == "'=cmd|calc.csv" and back.loc[0, "interviews"] == "1"
