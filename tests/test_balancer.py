"""deploy/haproxy.cfg in front of 2 replicas of the app on 127.0.0.1 (deploy/local_cluster.py),
driven by simulated students (bench/ws_client.py, no browsers): sticky sessions carry the
WebSocket and the upload to one replica, a body over 5 MB stops at the balancer, every
replica has the same cookie secret, and a killed replica is taken out by the health checks.

Skipped (with the reason) where haproxy is missing; with CI set, that is a failure.
"""

from __future__ import annotations

import asyncio
import http.client
import os
import sys
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest
from async_run import run_async

ROOT = Path(__file__).resolve().parents[1]
for folder in ("bench", "deploy"):
    if str(ROOT / folder) not in sys.path:
        sys.path.insert(0, str(ROOT / folder))

import local_cluster  # noqa: E402
import ws_flow  # noqa: E402
from ws_client import Tab  # noqa: E402

STUDENTS = 6
LIMIT_S = 90


@pytest.fixture(scope="module")
def two_replicas(tmp_path_factory):
    if local_cluster.haproxy_path() is None:
        reason = "haproxy not found (apt-get install haproxy)"
        if os.environ.get("CI"):
            pytest.fail(f"balancer tests cannot run in CI: {reason}", pytrace=False)
        pytest.skip(reason)
    with local_cluster.cluster(replicas=2, logs=tmp_path_factory.mktemp("cluster")) as running:
        yield running


async def students_through_the_flow(url: str, count: int) -> list[tuple[str | None, list]]:
    """Each student's replica (the sticky cookie) and errors after one round of the flow."""
    plan = ws_flow.Plan(url=url, log_csv=ws_flow.log_csv(ROOT), think_s=(0.0, 0.05))
    outcomes = []
    for seed in range(count):
        results = ws_flow.Results()
        student = ws_flow.Student(plan, results, seed)
        await student.open()
        await student.app_loop()  # includes the upload: a PUT that must reach the session
        outcomes.append((student.tab._cookie("COACH_REPLICA"), results.errors))
        await student.close()
    return outcomes


def test_each_student_stays_on_one_replica_and_both_are_used(two_replicas):
    outcomes = run_async(asyncio.wait_for(
        students_through_the_flow(two_replicas.url, STUDENTS), LIMIT_S))

    assert [errors for _, errors in outcomes] == [[]] * STUDENTS
    assert {replica for replica, _ in outcomes} == {"app1", "app2"}


def test_a_body_over_five_megabytes_stops_at_the_balancer(two_replicas):
    address = urlparse(two_replicas.url)
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=10)
    connection.putrequest("PUT", "/_stcore/upload_file/some-session/some-file")
    connection.putheader("Content-Length", str(6 * 1024 * 1024))
    connection.endheaders()  # no body sent: the balancer answers from the length alone
    response = connection.getresponse()
    body = response.read().decode(errors="replace")
    connection.close()

    assert response.status == 413
    assert "<html>" in body  # HAProxy's own page; Streamlit answers 413 in plain text


def test_every_replica_has_the_same_cookie_secret(two_replicas):
    secrets = set()
    for replica in two_replicas.replicas:
        environ = Path(f"/proc/{replica.pid}/environ").read_bytes().split(b"\0")
        secrets |= {v for v in environ if v.startswith(b"STREAMLIT_SERVER_COOKIE_SECRET=")}
    assert len(secrets) == 1
    assert len(secrets.pop()) > len("STREAMLIT_SERVER_COOKIE_SECRET=") + 16


def test_a_killed_replica_is_left_out_by_new_and_old_students(two_replicas):
    async def open_tab(cookies: dict[str, str]) -> str | None:
        tab = Tab(two_replicas.url, cookies=cookies)
        try:
            run = await tab.open()
            assert run.status is not None and not run.exceptions
            return tab._cookie("COACH_REPLICA")
        finally:
            await tab.close()

    two_replicas.replica("app2").kill()
    # a tab that was on app2 comes back at once (the balancer's redispatch), before any check
    back = run_async(asyncio.wait_for(open_tab({"COACH_REPLICA": "app2"}), LIMIT_S))
    time.sleep(3)  # health checks every second, two failures mark it down

    async def four_new_students() -> list[str | None]:
        return await asyncio.gather(*(open_tab({}) for _ in range(4)))

    landed = run_async(asyncio.wait_for(four_new_students(), LIMIT_S))

    assert back == "app1"
    assert landed == ["app1"] * 4
    log = (two_replicas.logs / "haproxy.log").read_text(errors="replace")
    assert "app2 is DOWN" in log
