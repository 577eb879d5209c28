"""The class summary reads the People page's export as it read the old log: conversations held
count as interviews, thank-yous as sent, and people not yet asked are not counted as contacted."""

from datetime import date

from interview_coach.classroom.class_summary import summarise_class
from interview_coach.people import record
from interview_coach.people.log_file import write_people_csv

TODAY = date(2026, 11, 20)


def person(name: str, stage: str, **fields) -> dict:
    made = record.new_person(name, date(2026, 10, 1), 1, **fields)
    return record.set_stage(made, stage, date(2026, 10, 8), 1) if stage != "To ask" else made


def export(*people: dict) -> bytes:
    return write_people_csv({p["id"]: p for p in people})


def test_a_people_export_counts_as_the_old_log_did():
    priya = person("Priya Sharma", "Thanked", field="Nursing", date="2026-10-08")
    sam = person("Sam Lee", "Held", referred_by=priya["id"], field="Nursing", date="2026-10-15")
    ana = person("Ana Ruiz", "Requested")
    bo = person("Bo Chen", "To ask")
    summary = summarise_class([("a.csv", export(priya, sam, ana, bo))])
    assert summary.skipped == []
    assert (summary.students, summary.interviews) == (1, 2)
    assert summary.contacts == 3  # Bo is someone to ask, not yet contacted
    assert summary.thank_you_rate == 0.5
