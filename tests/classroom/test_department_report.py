"""The department report: one printable page, escaped, no names, no small groups."""

from datetime import date

from class_files import PRIVATE_LABEL, REQUIREMENT, class_files

from interview_coach.classroom.class_summary import read_files, summarise_students
from interview_coach.classroom.department_report import department_report_html
from interview_coach.classroom.summary_words import load_class_summary_words

TITLES = {"per_student": "Per student", "funnel": "Funnel", "found_via": "Found",
          "fields": "Fields"}


def test_report_has_the_numbers_and_no_name_and_escapes_the_term():
    files, truth = class_files()
    summary = summarise_students(read_files(files), REQUIREMENT, class_view=True)
    words = load_class_summary_words().report
    page = department_report_html(summary, words, [("Students", summary.students)], TITLES,
                                  term="Fall <script>alert(1)</script> 2026",
                                  today=date(2026, 12, 1))
    assert "&lt;script&gt;" in page and "<script>" not in page
    assert f"<strong>{summary.students}</strong>Students" in page
    assert words["title"] in page and "2026-12-01" in page
    shown = summary.per_student["interviews"].value_counts()
    for interviews, students in shown.items():  # each bar says what it counts; no group under 3
        bar = f"<span>{interviews} interview{'' if interviews == 1 else 's'}</span>"
        assert (bar in page) is (students >= 3), (interviews, students)
    for known in truth:
        for part in known.student_name.split() + [known.file_name]:
            assert part not in page, part
    assert "Sandra" not in page and PRIVATE_LABEL not in page
    assert "Private remark" not in page and "Lakeshore" not in page
