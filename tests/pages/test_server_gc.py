"""The server's garbage collector is set once per process, by the first run of the app."""

import gc

from apptest_helpers import open_page
from ui import server_gc


def test_the_app_freezes_what_is_loaded_and_collects_the_young_less_often():
    open_page("start")
    assert server_gc._tuned
    assert gc.get_threshold()[0] >= server_gc.YOUNGEST_THRESHOLD
    assert gc.get_freeze_count() > 0


def test_later_runs_change_nothing(monkeypatch):
    server_gc.tune()
    calls = []
    monkeypatch.setattr(gc, "freeze", lambda: calls.append("freeze"))
    monkeypatch.setattr(gc, "collect", lambda *a: calls.append("collect"))
    monkeypatch.setattr(gc, "set_threshold", lambda *a: calls.append("set_threshold"))
    server_gc.tune()
    open_page("start")
    assert calls == []
