from interview_coach.conversation.plan import interview_clock, part_at, plan_parts, total_seconds


def test_the_plan_runs_opening_questions_closing_back_to_back():
    parts = plan_parts({"why": ("hi", 180)}, [("a", "A?", 3), ("b", "B?", 4)], ("who?", 120))
    assert [(p.key, p.starts_at, p.seconds) for p in parts] == [
        ("why", 0, 180), ("a", 180, 180), ("b", 360, 240), ("closing", 600, 120)]
    assert total_seconds(parts) == 720
    assert [part_at(parts, s) for s in (0, 179, 180, 599, 600, 5000)] == [0, 0, 1, 2, 3, 3]


def test_the_clock_against_a_20_minute_slot_warns_five_minutes_before_the_end():
    start = 1_000_000
    at = lambda minutes: interview_clock(start, start + int(minutes * 60_000), 20, 5)  # noqa: E731
    assert interview_clock(0, start, 20, 5).level == "not_started"
    assert (at(0).elapsed_s, at(0).remaining_s, at(0).level) == (0, 1200, "running")
    assert at(14.9).level == "running"
    assert at(15).level == "ending" and at(15).remaining_s == 300
    assert at(20).level == "ending" and at(20).remaining_s == 0
    assert at(21).level == "over" and at(21).remaining_s == -60


def test_a_finished_clock_stops_at_its_end():
    start = 1_000_000
    clock = interview_clock(start, start + 3_600_000, 20, 5, finished_ms=start + 900_000)
    assert (clock.elapsed_s, clock.level) == (900, "finished")
