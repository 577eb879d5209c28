"""A small class of simulated students (bench/ws_load.py's generator, no browsers) on one server:
20 students, each through the whole class flow once, with short pauses (about 20 s in all).

Fails on any error (an exception element, a run that never finished, a closed socket, a widget
that was not there) and on any click that did not happen. No timing is asserted here: the
figures are bench/ws_load.py's job.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest
from async_run import run_async

ROOT = Path(__file__).resolve().parents[1]
for folder in ("bench", "deploy"):
    if str(ROOT / folder) not in sys.path:
        sys.path.insert(0, str(ROOT / folder))

import local_cluster  # noqa: E402
import ws_flow  # noqa: E402

STUDENTS = 20
LIMIT_S = 120  # a stuck class fails the test instead of hanging CI



@pytest.fixture(scope="module")
def server_url(tmp_path_factory):
    with local_cluster.cluster(replicas=1, balancer=False,
                               logs=tmp_path_factory.mktemp("ws-load")) as running:
        yield running.url, running.replicas[0]


def test_twenty_simulated_students_finish_every_click(server_url):
    url, server = server_url
    plan = ws_flow.Plan(url=url, log_csv=ws_flow.log_csv(ROOT), seconds=60, max_loops=1,
                        think_s=(0.2, 0.8), start_within_s=3, open_at_once=4)

    results = run_async(asyncio.wait_for(ws_flow.run_class(plan, STUDENTS), LIMIT_S))

    assert results.errors == []
    assert results.loops == STUDENTS
    assert {name: len(times) for name, times in results.times.items()} == {
        name: count * STUDENTS for name, count in ws_flow.APP_CLICKS.items()}
    assert len(results.clicks()) == ws_flow.clicks_expected(STUDENTS, 1, bare=False) == 340
    assert "Traceback" not in server.log_path.read_text(errors="replace")


def test_the_log_file_has_fifty_rows_and_the_app_columns():
    text = ws_flow.log_csv(ROOT).decode()
    lines = text.strip().splitlines()
    header = (ROOT / "content" / "sample_log.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert lines[0] == header
    assert len(lines) == 51
    assert len({line.split(",")[1] for line in lines[1:]}) == 50  # 50 different contacts
