from datetime import date

from interview_coach.people import record
from interview_coach.people.referral_chain import (
    describe_referrals,
    detail_lines,
    dot_text,
    has_referrals,
    referral_dot,
)

TODAY = date(2026, 12, 1)


def chain(*specs) -> dict:
    """People from (name, stage, index of who referred them or None, organization)."""
    made = []
    for name, stage, by, organization in specs:
        person = record.new_person(name, TODAY, 1, organization=organization)
        if stage != "To ask":
            person = record.set_stage(person, stage, TODAY, 1)
        if by is not None:
            person["referred_by"] = made[by]["id"]
        made.append(person)
    return {p["id"]: p for p in made}


PEOPLE = chain(("Priya Sharma, RN", "Thanked", None, "Civic Hospital"),
               ("Sam Lee", "Requested", 0, "Lakeview Clinic"),
               ("Ana Ruiz", "To ask", 0, ""), ("Bo Chen", "Held", 1, "A very long organization "
                                               "name that has to wrap somewhere"))


def test_arrows_follow_the_ids_whatever_the_names_are_written_like():
    dot = referral_dot(PEOPLE)
    assert dot.count(" -> ") == 3
    assert 'label="Priya Sharma, RN\\nCivic Hospital · Thanked"' in dot
    assert "Not in your log" not in dot


def test_someone_not_asked_yet_is_dashed_and_the_font_size_is_a_parameter():
    dot = referral_dot(PEOPLE, font_size=22)
    ana = next(line for line in dot.splitlines() if "Ana Ruiz" in line)
    assert "dashed" in ana and "fontsize=22" in dot


def test_long_organizations_wrap_so_boxes_stay_narrow():
    lines = detail_lines("A very long organization name that has to wrap somewhere", "Held")
    assert len(lines) > 1 and all(len(line) <= 26 for line in lines)


def test_awkward_names_are_escaped():
    assert dot_text('Bo "B" \\ Chen\nx') == 'Bo \\"B\\" \\\\ Chen x'


def test_a_loop_or_a_link_to_oneself_does_not_crash():
    people = chain(("A", "Held", None, ""), ("B", "Held", 0, ""))
    first, second = people
    people[first]["referred_by"] = second  # A <-> B
    people[second]["referred_by"] = second  # and B to itself
    assert referral_dot(people).count(" -> ") == 1
    assert has_referrals(people)


def test_no_referrals_gives_a_graph_without_nodes_and_says_so():
    lonely = chain(("A", "Held", None, ""))
    assert not has_referrals(lonely) and "label=" not in referral_dot(lonely)
    assert describe_referrals(lonely) == "No referrals recorded yet."


def test_describe_referrals():
    assert describe_referrals(PEOPLE) == ("Priya Sharma, RN led you to Sam Lee and Ana Ruiz. "
                                          "Sam Lee led you to Bo Chen.")
