"""Five students on one server at the same time, each through the whole class flow once:
open guide pages, pick questions, tick the checklist, import a 50-row log, view the charts.

A small version of bench/bench_load.py (the same flow, bench/class_flow.py). It fails on any
exception box and on any click whose script run does not finish within 15 s.
"""

from __future__ import annotations

import pytest

from tests.browser.conftest import import_bench

pytestmark = pytest.mark.browser

STUDENTS = 5
# two guide pages, a question category opened, 3 picks, 3 ticks, 6 on the log page, 4 navigations
CLICKS_PER_ROUND = 17
LIMIT_S = 90  # a stuck class fails the test instead of hanging CI


@pytest.fixture(scope="module")
def class_flow():
    return import_bench("class_flow")


def test_five_students_at_once_see_no_error(class_flow, app_url, tmp_path):
    plan = class_flow.default_plan(app_url, tmp_path / "interview-log.csv")
    plan.max_loops, plan.seconds = 1, 60
    plan.think_s, plan.timeout_ms = (0.1, 0.4), 15_000
    flow = class_flow.run_class(plan, students=STUDENTS, browsers=1, start_within_s=1)

    results = class_flow.run_in_own_thread(flow, timeout_s=LIMIT_S)

    assert results.errors == []
    assert results.loops == STUDENTS
    assert len(results.clicks()) == STUDENTS * CLICKS_PER_ROUND
    assert len(results.times["view the charts"]) == STUDENTS
    assert max(results.clicks()) < plan.timeout_ms / 1000
