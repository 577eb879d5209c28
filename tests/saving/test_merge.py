"""Merging a backup: the newer of each record; a merge past the people limit is refused."""

from interview_coach.people.record import MAX_PEOPLE
from interview_coach.saving import merge, records

MINE = {"checklist/a": records.encode(5, "1"), "picks": records.encode(9, '["x"]'),
        "person/p1": records.encode(3, '{"id":"p1"}')}
FILE = {"checklist/a": records.encode(7, "2"), "picks": records.encode(4, '["y"]'),
        "person/p2": records.encode(1, '{"id":"p2"}')}


def test_merge_takes_new_and_newer_records_only():
    assert merge.merged(MINE, FILE) == {"checklist/a": FILE["checklist/a"],
                                        "person/p2": FILE["person/p2"]}


def test_preview_counts_without_names():
    preview = merge.preview(MINE, FILE)
    assert (preview.people, preview.checklist, preview.other) == (1, 1, 1)
    assert (preview.new, preview.newer, preview.older) == (1, 1, 1)
    assert preview.people_after_merge == 2 and not preview.too_many_people


def test_a_merge_past_the_limit_is_flagged():
    mine = {f"person/a{n}": records.encode(1, "{}") for n in range(MAX_PEOPLE - 5)}
    incoming = {f"person/b{n}": records.encode(1, "{}") for n in range(10)}
    preview = merge.preview(mine, incoming)
    assert preview.people_after_merge == MAX_PEOPLE + 5 and preview.too_many_people
