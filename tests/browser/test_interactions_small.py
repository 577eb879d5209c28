"""One round of bench/bench_interactions.py: every timed interaction (tick, pick, type, quiz
next/back, a People card's buttons, the People page's charts tab, a note in the interview
companion, projector mode) settles in the coach and in the bare page, with no exception box.
Keeps the benchmark's clicks true to the pages; it times nothing (no figure is checked against
a goal: only that each was taken, in order).
"""

from __future__ import annotations

import pytest

from tests.browser.conftest import import_bench

pytestmark = pytest.mark.browser

LIMIT_S = 300  # a stuck interaction fails the test instead of hanging CI (8 interactions, 2 ways)


@pytest.fixture(scope="module")
def bench_interactions():
    return import_bench("bench_interactions")


def test_every_benchmarked_interaction_finishes_without_error(bench_interactions, app_url,
                                                              streamlit_server):
    class_flow = import_bench("class_flow")
    bare_url = streamlit_server("bench/bare_button_app.py")
    result = class_flow.run_in_own_thread(
        bench_interactions.measure(app_url, bare_url, rounds=1), timeout_s=LIMIT_S)

    assert result["errors"] == 0
    assert set(result["times"]) == set(bench_interactions.ACTIONS)
    for name, times in result["times"].items():
        assert len(times) == 2, name  # there and back
        assert all(0 < took < 15 for took in times), (name, times)
    assert len(result["bare"]) == 2 * len(bench_interactions.ACTIONS)
    for name, figures in result["figures"].items():
        # The page settles at the end of the first run or of a later one, never before it.
        assert all(first <= settled for first, settled in
                   zip(figures.first, figures.settled, strict=True)), name
        assert all(busy >= 0 for busy in figures.thread["busy"]), name
