from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs

from interview_coach.people import record
from interview_coach.people.log_file import people_frame, read_people_file, write_people_csv

ROOT = Path(__file__).resolve().parents[2]
LOGS = ROOT / "tests" / "fixtures" / "logs"
TODAY = date(2026, 12, 1)


def read(data: bytes):
    return read_people_file(data, TODAY, 1)


def test_the_sample_log_becomes_people_with_their_history_and_links():
    result = read((ROOT / "content" / "sample_log.csv").read_bytes())
    people = {p["name"]: p for p in result.people.values()}
    assert result.kind == "log" and len(people) == 24
    marcus = people["Marcus Okafor"]
    assert marcus["stage"] == "Thanked" and people[marcus["name"]]["referred_by"]
    assert result.people[marcus["referred_by"]]["name"] == "Priya Raman"
    assert marcus["found_via"]


def test_our_export_comes_back_byte_for_byte():
    people = read((ROOT / "content" / "sample_log.csv").read_bytes()).people
    first = write_people_csv(people)
    again = read(first)
    assert again.kind == "people" and again.people == people
    assert write_people_csv(again.people) == first


def test_several_rows_of_one_name_are_one_person_with_each_stage_dated():
    data = (b"date,contact,status,thank_you_sent\n2026-10-01,Dr. Ana Ruiz,Requested,no\n"
            b"2026-10-08,ana ruiz,Scheduled,no\n2026-10-15,Ana Ruiz,Completed,yes\n")
    (person,) = read(data).people.values()
    assert person["name"] == "Dr. Ana Ruiz" and person["stage"] == "Thanked"
    assert person["stage_dates"] == {"Requested": "2026-10-01", "Scheduled": "2026-10-08",
                                     "Held": "2026-10-15", "Thanked": "2026-10-15"}
    assert person["date"] == "2026-10-15"


def test_a_name_without_a_date_is_a_person_to_ask_not_an_error():
    result = read(b"date,contact,organization\n,Bo Chen,Acme\n2026-11-20,Cy Diaz,\n")
    stages = {p["name"]: p["stage"] for p in result.people.values()}
    assert stages == {"Bo Chen": "To ask", "Cy Diaz": "Held"} and result.problems == []


def test_a_list_of_names_without_a_date_column_is_people_to_ask():
    result = read(b"Name,Company\nAna Lopez,Acme\n")
    assert [(p["name"], p["stage"]) for p in result.people.values()] == [("Ana Lopez", "To ask")]


def test_a_referrer_not_in_the_file_is_kept_in_the_notes():
    result = read(b"date,contact,referred_by\n2026-11-20,Cy Diaz,Someone Else\n")
    (person,) = result.people.values()
    assert person["referred_by"] == "" and "Referred by Someone Else." in person["notes"]


LINKEDIN = (b'Notes:\r\n"When exporting your connection data, you may notice that some of the '
            b'email addresses are missing."\r\n\r\nFirst Name,Last Name,URL,Email Address,'
            b'Company,Position,Connected On\r\nAna,Lopez,https://www.linkedin.com/in/ana,'
            b'ana@example.org,Civic Hospital,Nurse,01 Dec 2026\r\n,,,,,,\r\nBo,,,,Acme,,\r\n')


def test_linkedin_connections_are_people_to_ask_never_interviews():
    result = read(LINKEDIN)
    assert result.kind == "linkedin" and result.refused is None
    rows = [(p["name"], p["organization"], p["role"], p["email"], p["stage"], p["found_via"])
            for p in result.people.values()]
    assert rows == [("Ana Lopez", "Civic Hospital", "Nurse", "ana@example.org", "To ask",
                     "Personal network"), ("Bo", "Acme", "", "", "To ask", "Personal network")]
    assert (people_frame(result.people, asked_only=True)).empty


@pytest.mark.parametrize("name", sorted(p.name for p in LOGS.iterdir()))
def test_every_fixture_log_imports_or_is_refused_with_a_reason(name):
    result = read((LOGS / name).read_bytes())
    assert (result.people is None) == bool(result.refused)
    for person in (result.people or {}).values():
        assert record.clean_person(person) == person


def test_the_frame_counts_referrals_from_the_links_and_leaves_out_people_to_ask():
    a = record.set_stage(record.new_person("A", TODAY, 1), "Thanked", TODAY, 2)
    b = record.new_person("B", TODAY, 1, referred_by=a["id"], found_via=record.REFERRED)
    frame = people_frame({a["id"]: a, b["id"]: b}, asked_only=True)
    assert frame["contact"].tolist() == ["A"] and frame["referrals"].tolist() == [1]
    assert bool(frame["thank_you_sent"].iloc[0]) and frame["status"].tolist() == ["Completed"]


@settings(max_examples=300, deadline=None)
@given(data=hs.binary(max_size=3000))
def test_no_bytes_crash_the_people_import(data):
    result = read(data)
    assert (result.people is None) == bool(result.refused)


@settings(max_examples=150, deadline=None)
@given(rows=hs.lists(hs.tuples(hs.text(max_size=12), hs.text(max_size=12)), max_size=8))
def test_any_linkedin_shaped_file_reads_or_is_refused(rows):
    body = "\r\n".join(f'"{a.replace(chr(34), "")}","{b.replace(chr(34), "")}",,,Acme,,'
                       for a, b in rows)
    data = ("Notes:\r\n\r\nFirst Name,Last Name,URL,Email Address,Company,Position,"
            "Connected On\r\n" + body).encode("utf-8", "surrogatepass")
    result = read(data)
    assert result.kind == "linkedin"
    for person in (result.people or {}).values():
        assert record.clean_person(person) == person


def test_an_excel_workbooks_first_sheet_is_read_as_people():
    import io

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Date", "Contact", "Status", "Thank-you sent"])
    sheet.append([date(2026, 10, 1), "Ana Ruiz", "Interviewed", "✓"])
    sheet.append([None, "Bo Chen", None, None])
    data = io.BytesIO()
    book.save(data)
    people = {p["name"]: p for p in read(data.getvalue()).people.values()}
    assert people["Ana Ruiz"]["stage"] == "Thanked" and people["Bo Chen"]["stage"] == "To ask"


def test_a_damaged_workbook_is_refused_in_words():
    result = read((LOGS / "workbook.xlsx").read_bytes())
    assert result.people is None and "Excel workbook" in result.refused


def test_the_gradebook_name_goes_in_its_own_column_only_when_given():
    people = read((ROOT / "content" / "sample_log.csv").read_bytes()).people
    assert b"student_id" not in write_people_csv(people)
    header, first = write_people_csv(people, "Jordan Blake").decode("utf-8-sig").splitlines()[:2]
    assert header.endswith(",student_id") and first.endswith(",Jordan Blake")
    assert read(write_people_csv(people, "Jordan Blake")).kind == "people"
