from datetime import date

import pandas as pd
import pytest

from interview_coach.course.loading import ContentError
from interview_coach.log.follow_ups import (
    CHECK_IN,
    KINDS,
    MOVE_ON,
    THANK_YOU,
    UPCOMING,
    FollowUp,
    follow_ups,
    load_follow_up_wording,
)
from interview_coach.log.schema import coerce_types, empty_log

TODAY = date(2025, 10, 22)  # a Wednesday


def make_log(rows: list[dict]) -> pd.DataFrame:
    return coerce_types(pd.DataFrame(rows))


def by_contact(items: list[FollowUp]) -> dict[str, FollowUp]:
    return {f.contact: f for f in items}


def one(row: dict, today: date = TODAY) -> list[FollowUp]:
    return follow_ups(make_log([row]), today)


def test_wording_file_loads():
    wording = load_follow_up_wording()
    assert wording.titles.thank_you
    assert "{who}" in wording.messages.thank_you


def test_thank_you_due_the_day_after_and_overdue_ones_first():
    log = make_log(
        [
            dict(
                date="2025-10-21", contact="Yesterday Met", organization="Acme", status="Completed"
            ),
            dict(date="2025-10-15", contact="Last Week", status="Completed"),
            dict(date="2025-10-22", contact="Met Today", status="Completed"),
            dict(
                date="2025-10-20",
                contact="Already Thanked",
                status="Completed",
                thank_you_sent=True,
            ),
        ]
    )
    items = follow_ups(log, TODAY)
    assert [f.contact for f in items] == ["Last Week", "Yesterday Met", "Met Today"]
    assert [f.due for f in items] == [date(2025, 10, 16), date(2025, 10, 22), date(2025, 10, 23)]
    assert {f.kind for f in items} == {THANK_YOU}
    late, due_today, _ = items
    assert late.message.startswith("Your thank-you note to Last Week for your interview on ")
    assert "has not been sent yet" in late.message
    assert due_today.message.startswith(
        "Send Yesterday Met at Acme a thank-you note by Wed 22 Oct "
        "for your interview on Tue 21 Oct."
    )
    assert due_today.organization == "Acme" and due_today.row_date == date(2025, 10, 21)


@pytest.mark.parametrize(
    ("requested_on", "kind", "due"),
    [
        ("2025-10-20", None, None),  # Mon: Tue, Wed = 2 business days
        ("2025-10-17", CHECK_IN, date(2025, 10, 22)),  # Fri: Mon, Tue, Wed = 3
        ("2025-10-18", CHECK_IN, date(2025, 10, 22)),  # Sat: Mon, Tue, Wed = 3
        ("2025-10-14", CHECK_IN, date(2025, 10, 17)),  # Tue: 6 business days
        ("2025-10-13", MOVE_ON, date(2025, 10, 22)),  # Mon: exactly 7, replaces the check-in
        ("2025-10-01", MOVE_ON, date(2025, 10, 10)),
        ("2025-10-30", None, None),  # a request dated in the future
    ],
)
def test_unanswered_requests(requested_on, kind, due):
    items = one(dict(date=requested_on, contact="Ana Ruiz", status="Requested"))
    if kind is None:
        assert items == []
    else:
        assert [(f.kind, f.due) for f in items] == [(kind, due)]


def test_request_messages_say_how_long_it_has_been():
    (check_in,) = one(dict(date="2025-10-17", contact="Ana Ruiz", status="Requested"))
    assert check_in.message.startswith(
        "Ana Ruiz has not answered your request from Fri 17 Oct (3 business days ago)."
    )
    assert "polite follow-up" in check_in.message
    (move_on,) = one(dict(date="2025-10-01", contact="Ben", organization="Uni", status="Requested"))
    assert move_on.message.startswith("No answer from Ben at Uni after 15 business days.")


def test_a_request_answered_by_a_later_row_needs_no_follow_up():
    log = make_log(
        [
            dict(date="2025-10-01", contact="Ana Ruiz", status="Requested"),
            dict(date="2025-10-03", contact="ana  ruiz", status="Declined"),
            dict(date="2025-10-01", contact="Ben Li", status="Requested"),
            dict(date="2025-09-20", contact="Ben Li", status="Completed", thank_you_sent=True),
        ]
    )
    items = follow_ups(log, TODAY)
    # Ben's interview came before a new request, so the new request still needs an answer.
    assert [(f.contact, f.kind) for f in items] == [("Ben Li", MOVE_ON)]


@pytest.mark.parametrize(
    ("interview_on", "when"),
    [
        ("2025-10-22", "today"),
        ("2025-10-23", "tomorrow"),
        ("2025-10-28", "on Tue 28 Oct"),
    ],
)
def test_upcoming_interviews_in_the_next_seven_days(interview_on, when):
    (item,) = one(
        dict(date=interview_on, contact="Cara Diaz", organization="Zoo", status="Scheduled")
    )
    assert item.kind == UPCOMING
    assert item.due == date.fromisoformat(interview_on)
    assert item.message.startswith(f"Your interview with Cara Diaz at Zoo is {when}.")


@pytest.mark.parametrize("interview_on", ["2025-10-21", "2025-10-29"])
def test_interviews_outside_the_week_are_not_listed(interview_on):
    assert one(dict(date=interview_on, contact="Cara", status="Scheduled")) == []


def test_sorted_by_kind_then_due_date():
    log = make_log(
        [
            dict(date="2025-10-01", contact="Move On", status="Requested"),
            dict(date="2025-10-17", contact="Check In", status="Requested"),
            dict(date="2025-10-24", contact="Later", status="Scheduled"),
            dict(date="2025-10-22", contact="Soon", status="Scheduled"),
            dict(date="2025-10-21", contact="Thank", status="Completed"),
        ]
    )
    items = follow_ups(log, TODAY)
    assert [f.contact for f in items] == ["Thank", "Soon", "Later", "Check In", "Move On"]
    assert [f.urgency for f in items] == [0, 1, 1, 2, 3]
    assert KINDS == [THANK_YOU, UPCOMING, CHECK_IN, MOVE_ON]


def test_rows_being_typed_and_other_statuses_are_skipped():
    log = make_log(
        [
            dict(date=None, contact="No Date", status="Completed"),
            dict(date="2025-10-21", contact="  ", status="Completed"),
            dict(date="2025-10-01", contact="Declined", status="Declined"),
            dict(date="2025-10-01", contact="Odd", status="On hold"),
        ]
    )
    assert follow_ups(log, TODAY) == []
    assert follow_ups(empty_log(), TODAY) == []


def test_messages_are_plain_sentences_without_leftover_placeholders():
    log = make_log(
        [
            dict(date="2025-10-21", contact="Dee {weird}", status="Completed"),
            dict(date="2025-10-17", contact="Eve", organization="", status="Requested"),
            dict(date="2025-10-23", contact="Fay", organization="Bank", status="Scheduled"),
        ]
    )
    items = by_contact(follow_ups(log, TODAY))
    assert "Dee {weird}" in items["Dee {weird}"].message  # typed braces are kept as typed
    assert " at ." not in items["Eve"].message and "Eve at" not in items["Eve"].message
    for item in items.values():
        assert item.message.endswith(".")
        assert "{" not in item.message.replace("{weird}", "")
        assert item.title


def write_wording(tmp_path, replace: tuple[str, str]) -> str:
    from interview_coach.course.loading import CONTENT_DIR

    text = (CONTENT_DIR / "follow_ups.yaml").read_text(encoding="utf-8")
    assert replace[0] in text
    path = tmp_path / "follow_ups.yaml"
    path.write_text(text.replace(*replace, 1), encoding="utf-8")
    return path


def test_custom_wording_is_used(tmp_path):
    path = write_wording(
        tmp_path, ("thank_you: >-\n    Send {who}", "thank_you: >-\n    Thank {who}")
    )
    wording = load_follow_up_wording(path)
    (item,) = follow_ups(
        make_log([dict(date="2025-10-21", contact="Ana", status="Completed")]), TODAY, wording
    )
    assert item.message.startswith("Thank Ana a thank-you note")


def test_unknown_placeholder_is_a_content_error(tmp_path):
    path = write_wording(tmp_path, ("{contact} has not answered", "{contcat} has not answered"))
    with pytest.raises(ContentError) as err:
        load_follow_up_wording(path)
    assert err.value.field == "messages.check_in"
    assert "contcat" in err.value.problem


def test_stray_brace_is_a_content_error(tmp_path):
    path = write_wording(tmp_path, ("on_day: on {date}", "on_day: on {date"))
    with pytest.raises(ContentError) as err:
        load_follow_up_wording(path)
    assert err.value.field == "words.on_day"
