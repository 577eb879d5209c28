"""Two replicas behind HAProxy (deploy/): a replica dies mid-class and nobody loses their work.

Two students tick a checklist item, each through the balancer (the sticky cookie says which
replica serves them). The replica of the first one is killed (SIGKILL, like a crashed
machine): that student's tab reconnects through the balancer to the other replica within a few
seconds, the new session gets their tick back from the browser's copy, no error box shows,
and they work on (a second tick is saved). The other student is undisturbed.
"""

from __future__ import annotations

import sys
import time

import pytest

from tests.browser.conftest import ROOT, skip_or_fail
from tests.browser.helpers import (
    exception_boxes,
    expect,
    open_app,
    wait_for_app,
    wait_for_saved_part,
    wait_for_store,
)

sys.path.insert(0, str(ROOT / "deploy"))
import local_cluster  # noqa: E402

pytestmark = pytest.mark.browser

RECONNECT_LIMIT_S = 15  # "within a few seconds"; the frontend retries with a growing backoff
FIRST, SECOND = "Research the industry", "Find out about your contact"


@pytest.fixture(scope="module")
def two_replicas(tmp_path_factory):
    if local_cluster.haproxy_path() is None:
        skip_or_fail("haproxy not found (apt-get install haproxy)")
    logs = tmp_path_factory.mktemp("cluster")
    with local_cluster.cluster(replicas=2, logs=logs) as running:
        yield running


def replica_of(page) -> str:
    cookies = {c["name"]: c["value"] for c in page.context.cookies()}
    return cookies["COACH_REPLICA"]


def tick(page, item: str, done: int) -> None:
    page.get_by_text(item).first.click()
    wait_for_app(page)
    expect(page.get_by_text(f"Done: {done} of")).to_be_visible()
    wait_for_saved_part(page, "checklist")


def test_students_of_a_killed_replica_reconnect_with_their_work(two_replicas, new_context):
    students = []
    for _ in range(2):
        page = new_context().new_page()
        open_app(page, f"{two_replicas.url}/checklist")
        wait_for_store(page)
        tick(page, FIRST, 1)
        students.append(page)
    victim = replica_of(students[0])
    survivor = next(r.name for r in two_replicas.replicas if r.name != victim)

    two_replicas.replica(victim).kill()
    killed_at = time.monotonic()
    moved = [p for p in students if replica_of(p) == victim]
    for page in moved:
        # The tab's reconnect reaches the balancer, which sends it to the survivor and
        # re-sets the sticky cookie; the new session there reads the browser's copy back.
        deadline = killed_at + RECONNECT_LIMIT_S
        while replica_of(page) != survivor and time.monotonic() < deadline:
            page.wait_for_timeout(100)
        wait_for_store(page, timeout_ms=RECONNECT_LIMIT_S * 1000)
    reconnect_s = time.monotonic() - killed_at
    print(f"{len(moved)} student(s) on {victim} back on {survivor} after {reconnect_s:.1f} s")

    assert moved and reconnect_s < RECONNECT_LIMIT_S
    for page in students:
        assert replica_of(page) == survivor
        expect(page.get_by_text("Done: 1 of")).to_be_visible()
        tick(page, SECOND, 2)  # they work on, on the survivor, and it is saved
        assert exception_boxes(page) == 0
        expect(page.get_by_text("Connection error")).to_have_count(0)
    for page in students:  # a new session on the survivor gets both ticks back
        open_app(page, f"{two_replicas.url}/checklist")
        wait_for_store(page)
        expect(page.get_by_text("Done: 2 of")).to_be_visible()
        assert exception_boxes(page) == 0
