"""ui.browser_store without a browser: its bookkeeping (plan_run) and the demo app in AppTest."""

from __future__ import annotations

import json
from pathlib import Path

from streamlit.testing.v1 import AppTest

from ui.browser_store import RESEND_MOUNTS, StoreBook, plan_run

DEMO = Path(__file__).resolve().parents[1] / "browser" / "apps" / "store_demo.py"
INBOX = "_browser_store:store-demo:inbox"
NOTE = '{"u":5,"v":"kept"}'


def run(book: StoreBook, known: dict, records: dict | None, **changes) -> dict:
    args = {"records": records, "mode": "device", "forget": 0, "now_ms": 100}
    return plan_run(book, known, **{**args, **changes})


def hydrated(**fields) -> StoreBook:
    return StoreBook(forget_seen=0, hydrated=True, status="ok", **fields)


# --- plan_run: one run's bookkeeping -------------------------------------------------------


def test_only_changed_records_are_sent_and_a_write_is_repeated_for_a_few_mounts_only():
    book, known = hydrated(), {"note": NOTE, "done": '{"u":1,"v":true}'}
    same = run(book, known, {"note": NOTE, "done": '{"u":1,"v":true}'})
    assert "put" not in same and "drop" not in same
    edited = run(book, known, {"note": '{"u":9,"v":"new"}', "done": '{"u":1,"v":true}'})
    assert edited["put"] == {"note": '{"u":9,"v":"new"}'} and "drop" not in edited
    later = [run(book, known, {"note": '{"u":9,"v":"new"}', "done": '{"u":1,"v":true}'})
             for _ in range(RESEND_MOUNTS)]
    # Nothing new: the same rev (a browser that did it skips it), the write again while recent.
    assert {data["rev"] for data in later} == {edited["rev"]}
    assert [data.get("put") for data in later] == [edited["put"]] * (RESEND_MOUNTS - 1) + [None]


def test_a_write_whose_message_never_arrived_reaches_the_browser_with_the_next_run():
    """Streamlit drops a run's unsent messages when the next run starts (a tick, and at once
    another tab's news): the write must come again, at a rev the browser has not done."""
    book, known = hydrated(), {}
    lost = run(book, known, {"a": '{"u":2,"v":1}'})  # never reaches the browser
    browser_rev = lost["rev"] - 1
    nothing_new = run(book, known, {"a": '{"u":2,"v":1}'})
    assert nothing_new["rev"] > browser_rev and nothing_new["put"] == {"a": '{"u":2,"v":1}'}
    lost_again = run(book, known, {"a": '{"u":2,"v":1}', "b": '{"u":3,"v":2}'})
    assert lost_again["put"] == {"a": '{"u":2,"v":1}', "b": '{"u":3,"v":2}'}
    removed = run(book, known, {"b": '{"u":3,"v":2}'}, now_ms=50)
    assert removed["drop"] == {"a": 50} and "a" not in removed["put"]  # the newer write holds
    assert run(book, known, {"b": '{"u":3,"v":2}'})["drop"] == {"a": 50}


def test_a_record_back_at_its_default_is_removed_with_the_time_of_removal():
    book, known = hydrated(), {"note": NOTE}
    data = run(book, known, {}, now_ms=1234)
    assert data["drop"] == {"note": 1234} and known == {}


def test_nothing_is_written_during_a_demo_or_while_not_kept():
    book, known = hydrated(), {"note": NOTE}
    assert "put" not in run(book, known, None)  # records None: a demo runs
    off = run(book, known, {"note": '{"u":9,"v":"secret"}'}, mode="off")
    assert off["storeMode"] == "off" and "put" not in off
    back = run(book, known, {"note": '{"u":9,"v":"secret"}'}, mode="device")
    assert back["storeMode"] == "device" and back["put"] == {"note": '{"u":9,"v":"secret"}'}


def test_forget_wipes_once_and_writes_only_new_work():
    book, known = hydrated(), {"note": NOTE}
    data = run(book, known, {}, forget=1)
    assert data["wipe"] is True and "drop" not in data  # the wipe removed everything
    data = run(book, known, {}, forget=1)
    assert "wipe" not in data
    data = run(book, known, {"note": '{"u":9,"v":"new start"}'}, forget=1)
    assert data["put"] == {"note": '{"u":9,"v":"new start"}'}


def test_unavailable_storage_is_never_written():
    book = StoreBook(forget_seen=0, hydrated=True, status="unavailable")
    assert "put" not in run(book, {}, {"note": NOTE})


def test_a_restore_that_replaces_forces_its_writes_once():
    book, known = hydrated(force=True), {}
    first = run(book, known, {"note": NOTE})
    assert first["force"] is True
    second = run(book, known, {"note": '{"u":9,"v":"typed"}'})
    assert second["force"] is False


def test_records_set_aside_are_sent_once():
    book = hydrated(aside={"person/p1@7": "{broken"})
    data = run(book, {}, {})
    assert data["aside"] == {"person/p1@7": "{broken"}
    assert "aside" not in run(book, {}, {})


# --- the demo app in AppTest ----------------------------------------------------------------


def store_data(at: AppTest) -> dict:
    (element,) = at.get("bidi_component")
    return json.loads(element.proto.json)


def loaded(records: dict, available: bool = True) -> dict:
    return {"loaded": {"records": records, "mode": None, "aside": {}, "legacy": None,
                       "available": available}}


def test_apptest_without_browser_returns_nothing_and_writes_nothing():
    at = AppTest.from_file(str(DEMO)).run()
    at.text_input(key="note").input("typed").run()
    at.checkbox(key="done").check().run()
    assert not at.exception
    assert at.caption[0].value == "Browser copy: waiting"
    data = store_data(at)
    assert data["mode"] == "read" and "put" not in data
    assert not at.success


def test_apptest_with_a_simulated_answer_restores_once_and_writes_only_the_change():
    at = AppTest.from_file(str(DEMO)).run()
    at.session_state[INBOX] = loaded({"note": NOTE, "done": '{"u":5,"v":true}'})
    at.run()
    assert not at.exception
    assert at.text_input(key="note").value == "kept"
    assert at.checkbox(key="done").value is True
    assert at.success[0].value == "Restored your work from this browser."
    assert "put" not in store_data(at)

    at.text_input(key="note").input("edited").run()
    assert at.text_input(key="note").value == "edited"  # not restored a second time
    put = store_data(at)["put"]
    assert list(put) == ["note"] and json.loads(put["note"])["v"] == "edited"


def test_apptest_other_tabs_changes_arrive():
    at = AppTest.from_file(str(DEMO)).run()
    at.session_state[INBOX] = loaded({})
    at.run()
    at.session_state[INBOX] = {"changed": [{"changes": {"note": '{"u":8,"v":"from tab B"}'},
                                            "seq": 1}]}
    at.run()
    assert at.text_input(key="note").value == "from tab B"
    assert "put" not in store_data(at)  # what the browser already holds is not sent back


def test_apptest_corrupt_answer_shows_the_notice():
    at = AppTest.from_file(str(DEMO)).run()
    at.session_state[INBOX] = loaded({"note": "{broken"})
    at.run()
    assert not at.exception
    assert "could not be read" in at.warning[0].value
    assert at.text_input(key="note").value == ""
