"""ui.browser_store without a browser: its bookkeeping (plan_run) and the demo app in AppTest."""

from __future__ import annotations

import json
from pathlib import Path

from streamlit.testing.v1 import AppTest

from ui.browser_store import StoreBook, plan_run

DEMO = Path(__file__).resolve().parents[1] / "browser" / "apps" / "store_demo.py"
INBOX = "_browser_store:store-demo:inbox"
SAVED = json.dumps({"note": "kept", "done": True})


def answered(text: str = "", available: bool = True) -> dict:
    return {"text": text, "available": available}


def run(book: StoreBook, save: str | None = "defaults", **changes):
    args = {"loaded": None, "written": None, "save": save, "remember": True, "forget": 0}
    return plan_run(book, **{**args, **changes})


# --- plan_run: one run's bookkeeping -------------------------------------------------------


def test_before_the_browser_answers_it_only_asks_to_read():
    book = StoreBook(forget_seen=0)
    for save in ("defaults", "typed early", None):
        data, returned = run(book, save=save)
        assert data == {"mode": "read"}
        assert returned is None
    assert not book.hydrated and book.status == "waiting"


def test_stored_text_is_returned_once_and_not_written_back():
    book = StoreBook(forget_seen=0)
    data, returned = run(book, loaded=answered(SAVED))
    assert returned == SAVED
    assert data["mode"] == "sync" and data["save"] is None
    assert book.status == "ok"
    data, returned = run(book, save=SAVED)  # the app now holds the restored copy
    assert returned is None and data["save"] is None


def test_changes_are_sent_once_each():
    book = StoreBook(forget_seen=0)
    run(book, loaded=answered(SAVED))
    first, _ = run(book, save="edited")
    again, _ = run(book, save="edited")
    back, _ = run(book, save=SAVED)
    assert first["save"] == "edited"
    assert again["save"] is None
    assert back["save"] == SAVED
    assert first["rev"] < back["rev"]


def test_nothing_stored_means_defaults_are_not_written():
    book = StoreBook(forget_seen=0)
    data, returned = run(book, loaded=answered(""), save="defaults")
    assert returned is None and data["save"] is None
    data, _ = run(book, save="defaults")
    assert data["save"] is None
    data, _ = run(book, save="first change")
    assert data["save"] == "first change"


def test_remember_off_stops_writing_and_on_again_writes_current():
    book = StoreBook(forget_seen=0)
    run(book, loaded=answered(SAVED))
    off, _ = run(book, save="secret", remember=False)
    assert off["remember"] is False and off["save"] is None
    on, _ = run(book, save="secret", remember=True)
    assert on["remember"] is True and on["save"] == "secret"


def test_forget_wipes_once_and_does_not_rewrite_the_cleared_state():
    book = StoreBook(forget_seen=0)
    run(book, loaded=answered(SAVED))
    data, _ = run(book, save="defaults", forget=1)
    assert data["wipe"] is True and data["save"] is None
    data, _ = run(book, save="defaults", forget=1)
    assert data["wipe"] is False and data["save"] is None
    data, _ = run(book, save="new work", forget=1)
    assert data["save"] == "new work"


def test_forget_before_the_answer_drops_the_stored_text():
    book = StoreBook(forget_seen=0)
    run(book, forget=1)
    data, returned = run(book, loaded=answered(SAVED), forget=1)
    assert returned is None and data["wipe"] is True


def test_counter_value_at_session_start_is_not_a_forget():
    book = StoreBook(forget_seen=3)
    data, returned = run(book, loaded=answered(SAVED), forget=3)
    assert returned == SAVED and data["wipe"] is False


def test_unavailable_storage_is_never_written():
    book = StoreBook(forget_seen=0)
    data, returned = run(book, loaded=answered("", available=False))
    assert book.status == "unavailable" and returned is None
    data, _ = run(book, save="typed")
    assert data["save"] is None


def test_write_failures_are_reported_and_cleared():
    book = StoreBook(forget_seen=0)
    run(book, loaded=answered(""))
    run(book, save="huge")
    run(book, save="huge", written=False)
    assert book.status == "write_failed"
    data, _ = run(book, save="huge")
    assert data["save"] is None  # no resend loop of a write that cannot fit
    run(book, save="small", written=True)
    assert book.status == "ok"


def test_malformed_answer_counts_as_nothing_stored():
    book = StoreBook(forget_seen=0)
    data, returned = run(book, loaded={"text": 12, "available": True})
    assert returned is None and data["mode"] == "sync"


def test_lone_surrogate_from_the_browser_does_not_raise():
    book = StoreBook(forget_seen=0)
    _, returned = run(book, loaded=answered("half an emoji \ud83d"))
    assert returned == "half an emoji \ud83d"
    data, _ = run(book, save="edited \ud83d")
    assert data["save"] == "edited \ud83d"


# --- the demo app in AppTest ----------------------------------------------------------------


def store_data(at: AppTest) -> dict:
    (element,) = at.get("bidi_component")
    return json.loads(element.proto.json)


def test_apptest_without_browser_returns_nothing_and_writes_nothing():
    at = AppTest.from_file(str(DEMO)).run()
    at.text_input(key="note").input("typed").run()
    at.checkbox(key="done").check().run()
    assert not at.exception
    assert at.caption[0].value == "Browser copy: waiting"
    assert store_data(at) == {"name": "store-demo", "mode": "read"}
    assert not at.success


def test_apptest_with_a_simulated_answer_restores_once():
    at = AppTest.from_file(str(DEMO)).run()
    at.session_state[INBOX] = {"loaded": answered(SAVED)}
    at.run()
    assert not at.exception
    assert at.text_input(key="note").value == "kept"
    assert at.checkbox(key="done").value is True
    assert at.success[0].value == "Restored your work from this browser."
    assert store_data(at)["save"] is None

    at.text_input(key="note").input("edited").run()
    assert at.text_input(key="note").value == "edited"  # not restored a second time
    assert json.loads(store_data(at)["save"]) == {"note": "edited", "done": True}


def test_apptest_corrupt_answer_shows_the_notice():
    at = AppTest.from_file(str(DEMO)).run()
    at.session_state[INBOX] = {"loaded": answered("{broken")}
    at.run()
    assert not at.exception
    assert "could not be read" in at.warning[0].value
    assert at.text_input(key="note").value == ""
