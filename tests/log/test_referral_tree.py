import re

import pandas as pd

from interview_coach.log.referral_tree import (
    NOT_IN_LOG,
    STATUS_STYLE,
    describe_referrals,
    detail_lines,
    dot_text,
    has_referrals,
    referral_dot,
)
from interview_coach.log.schema import coerce_types, empty_log

QUOTED = r'"(?:[^"\\\n]|\\.)*"'
ATTRIBUTE = rf"\w+=(?:{QUOTED}|[\w.]+)"
ATTRIBUTES = rf"\[{ATTRIBUTE}(?:, {ATTRIBUTE})*\];"
STATEMENT = re.compile(rf"  (?:(?:graph|node|edge) {ATTRIBUTES}|n\d+ {ATTRIBUTES}|n\d+ -> n\d+;)")


def make_log(rows: list[dict]) -> pd.DataFrame:
    return coerce_types(pd.DataFrame(rows))


def assert_valid_dot(dot: str) -> None:
    """Every line is a statement we write, and every quoted string is closed and escaped."""
    lines = dot.split("\n")
    assert lines[0] == "digraph referrals {" and lines[-1] == "}"
    for line in lines[1:-1]:
        assert STATEMENT.fullmatch(line), line


def labels(dot: str) -> dict[str, str]:
    return dict(re.findall(rf"  (n\d+) \[label=({QUOTED})", dot))


def edges(dot: str) -> list[tuple[str, str]]:
    return re.findall(r"  (n\d+) -> (n\d+);", dot)


def node_for(dot: str, first_line: str) -> str:
    (node,) = [n for n, label in labels(dot).items() if label[1:].startswith(first_line)]
    return node


CHAIN = [
    dict(date="2025-09-01", contact="Ana Ruiz", organization="Acme", status="Completed"),
    dict(
        date="2025-09-10",
        contact="Ben Li",
        organization="City Hospital",
        status="Completed",
        referred_by="ana  ruiz",
    ),
    dict(date="2025-09-20", contact="Cara Diaz", status="Scheduled", referred_by="Ben Li"),
    dict(date="2025-09-21", contact="Dev Patel", status="Requested", referred_by="Gia Roy"),
    dict(date="2025-09-22", contact="Loner", status="Completed"),
]


def test_edges_go_from_referrer_to_referred():
    dot = referral_dot(make_log(CHAIN))
    assert_valid_dot(dot)
    ana, ben, cara = (node_for(dot, name) for name in ("Ana Ruiz", "Ben Li", "Cara Diaz"))
    gia, dev = node_for(dot, "Gia Roy"), node_for(dot, "Dev Patel")
    assert edges(dot) == [(ana, ben), (ben, cara), (gia, dev)]
    assert "Loner" not in dot  # only people on an arrow are drawn


def test_labels_say_name_organization_and_status():
    found = labels(referral_dot(make_log(CHAIN)))
    assert '"Ana Ruiz\\nAcme · Completed"' in found.values()
    assert '"Ben Li\\nCity Hospital · Completed"' in found.values()
    assert '"Cara Diaz\\nScheduled"' in found.values()
    assert f'"Gia Roy\\n{NOT_IN_LOG}"' in found.values()


def test_long_organizations_wrap_so_boxes_stay_narrow():
    assert detail_lines("Willowmere Community Health Centre", "Completed") == [
        "Willowmere Community", "Health Centre · Completed"]
    assert detail_lines("Kestrel Bay Watershed Council", "Requested") == [
        "Kestrel Bay Watershed", "Council · Requested"]
    assert detail_lines("Acme", "") == ["Acme"] and detail_lines("", "Declined") == ["Declined"]
    assert detail_lines("Supercalifragilisticexpialidocious Holdings", "Scheduled") == [
        "Supercalifragilisticexpialidocious", "Holdings · Scheduled"]  # words are never cut
    label = labels(referral_dot(make_log([
        dict(date="2025-09-01", contact="Ana", organization="Willowmere Community Health Centre",
             status="Completed"),
        dict(date="2025-09-02", contact="Ben", status="Requested", referred_by="Ana"),
    ])))
    assert '"Ana\\nWillowmere Community\\nHealth Centre · Completed"' in label.values()


def test_colour_follows_status_and_outsiders_are_dashed():
    dot = referral_dot(make_log(CHAIN))
    border, fill = STATUS_STYLE["scheduled"]
    cara = node_for(dot, "Cara Diaz")
    assert f'  {cara} [label="Cara Diaz\\nScheduled", color="{border}", fillcolor="{fill}"];' in dot
    gia_line = next(line for line in dot.split("\n") if "Gia Roy" in line)
    assert 'style="rounded,filled,dashed"' in gia_line


def test_latest_row_gives_status_and_organization():
    log = make_log(
        [
            dict(date="2025-09-01", contact="Ana", organization="Acme", status="Requested"),
            dict(date="2025-09-08", contact="Ana", status="Completed"),
            dict(date="2025-09-09", contact="Ben", status="Requested", referred_by="Ana"),
        ]
    )
    assert '"Ana\\nAcme · Completed"' in labels(referral_dot(log)).values()


def test_font_size_is_a_parameter():
    log = make_log(CHAIN)
    assert "fontsize=14," in referral_dot(log)
    assert "fontsize=22," in referral_dot(log, font_size=22)


def test_awkward_names_are_escaped():
    log = make_log(
        [
            dict(
                date="2025-09-01",
                contact='Ana "AJ" Ruiz',
                organization="Back\\slash Inc",
                status="Completed",
            ),
            dict(
                date="2025-09-02",
                contact="Zoë 李\nNew line",
                status="Completed",
                referred_by='ana "aj" ruiz',
            ),
            dict(
                date="2025-09-03",
                contact="Trailing \\",
                status="Declined",
                referred_by="Zoë 李 New line",
            ),
            dict(
                date="2025-09-04",
                contact="Tab\there; n1 -> n2",
                status="Requested",
                referred_by="Trailing \\",
            ),
        ]
    )
    dot = referral_dot(log)
    assert_valid_dot(dot)
    found = set(labels(dot).values())
    assert '"Ana \\"AJ\\" Ruiz\\nBack\\\\slash Inc · Completed"' in found
    assert '"Zoë 李 New line\\nCompleted"' in found
    assert '"Trailing \\\\\\nDeclined"' in found
    assert '"Tab here; n1 -> n2\\nRequested"' in found
    assert len(edges(dot)) == 3


def test_dot_text():
    assert dot_text('say "hi"\\now') == 'say \\"hi\\"\\\\now'
    assert dot_text("two\r\nlines\u2028here") == "two lines here"


def test_cycles_and_self_references_do_not_crash():
    log = make_log(
        [
            dict(date="2025-09-01", contact="Ana", status="Completed", referred_by="Ben"),
            dict(date="2025-09-02", contact="Ben", status="Completed", referred_by="Ana"),
            dict(date="2025-09-03", contact="Cy", status="Completed", referred_by="cy"),
            dict(date="2025-09-04", contact="Ana", status="Completed", referred_by="Ben"),  # repeat
        ]
    )
    dot = referral_dot(log)
    assert_valid_dot(dot)
    ana, ben = node_for(dot, "Ana"), node_for(dot, "Ben")
    assert sorted(edges(dot)) == sorted([(ben, ana), (ana, ben)])
    assert "Cy" not in dot


def test_has_referrals():
    assert has_referrals(make_log(CHAIN))
    self_only = make_log([dict(date="2025-09-01", contact="Cy", referred_by=" CY ")])
    assert not has_referrals(self_only)
    being_typed = make_log([dict(date=None, contact="Ana", referred_by="Ben")])
    assert not has_referrals(being_typed)
    assert not has_referrals(empty_log())


def test_empty_log_gives_a_graph_without_nodes():
    dot = referral_dot(empty_log())
    assert_valid_dot(dot)
    assert labels(dot) == {} and edges(dot) == []


def test_describe_referrals():
    log = make_log(
        [
            *CHAIN,
            dict(
                date="2025-09-23", contact="Eve  Stone", status="Requested", referred_by="Ana Ruiz"
            ),
        ]
    )
    assert describe_referrals(log) == (
        "Ana Ruiz led you to Ben Li and Eve Stone. Ben Li led you to Cara Diaz. "
        "Gia Roy led you to Dev Patel."
    )
    assert describe_referrals(empty_log()) == "No referrals recorded yet."
