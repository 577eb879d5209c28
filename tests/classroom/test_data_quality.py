"""The data-quality report: values read as something else, or not understood, per file."""

from interview_coach.classroom.data_quality import (
    A_DATE,
    ValueNote,
    file_notes,
    shown_value,
    unknown_values,
)
from interview_coach.classroom.gradebook import grade_row
from interview_coach.classroom.requirement import Requirement
from interview_coach.classroom.student_files import read_student_file

DATA = ("date,contact,status,thank you,referrals\n"
        "2026-10-01,Ana,Interviewed,sent,2 (Dr. Lee & Sam)\n"
        "2026-10-02,Ben,Interviewed,✓,0\n"
        "2026-10-03,Cy,Coffee chat,merci,1\n"
        "2026-10-04,Di,Completed,yes,lots\n").encode()


def test_every_value_read_as_something_else_or_not_understood_is_listed():
    notes = file_notes(read_student_file("a.csv", DATA), Requirement())
    assert set(notes) == {
        ValueNote("status", "Coffee chat", None, 1),
        ValueNote("thank_you_sent", "merci", None, 1),
        ValueNote("referrals", "lots", None, 1),
        ValueNote("status", "Interviewed", "Completed", 2),
        ValueNote("thank_you_sent", "sent", "yes", 1),
        ValueNote("thank_you_sent", "✓", "yes", 1),
        ValueNote("referrals", "2 (Dr. Lee & Sam)", "2", 1),
    }
    assert [n.read_as for n in notes[:3]] == [None, None, None]  # not understood come first


def test_values_written_as_the_app_writes_them_are_not_listed():
    data = b"date,contact,status,thank you,referrals\n2026-10-01,Ana,completed,Yes,1\n"
    assert file_notes(read_student_file("a.csv", data), Requirement()) == []


def test_a_mapping_given_once_changes_every_file_and_the_grade():
    student = read_student_file("a.csv", DATA)
    other = read_student_file("b.csv", DATA.replace(b"Ana", b"Eve"))
    requirement = Requirement(interviews=4, thank_yous=3, referrals=0)
    unknown = unknown_values([student, other], requirement)
    assert [(u.column, u.written, u.files) for u in unknown] == [
        ("status", "Coffee chat", 2), ("thank_you_sent", "merci", 2)]
    assert grade_row(student, requirement).interviews == 3
    mapped = requirement.with_mapping("status", "coffee  CHAT", "Completed").with_mapping(
        "thank_you_sent", "Merci", "yes")
    row = grade_row(student, mapped)
    assert (row.interviews, row.thank_yous, row.outcome) == (4, 4, "passed")
    notes = file_notes(student, mapped)
    assert ValueNote("status", "Coffee chat", "Completed", 1, mapped=True) in notes
    assert unknown_values([student], mapped)[0].mapped_to == "Completed"


def test_names_after_a_referral_count_are_not_shown():
    assert shown_value("referrals", "2 (Dr. Lee & Sam)") == "2 (…)"
    assert shown_value("status", "x" * 60).endswith("…")


def test_thank_you_dates_are_one_line_not_one_per_date():
    data = (b"date,contact,thank you\n2026-10-01,Ana,2026-10-02\n2026-10-03,Ben,4 Oct 2026\n"
            b"2026-10-05,Cy,sent\n")
    notes = file_notes(read_student_file("a.csv", data), Requirement())
    assert set(notes) == {ValueNote("thank_you_sent", A_DATE, "yes", 2),
                          ValueNote("thank_you_sent", "sent", "yes", 1)}
