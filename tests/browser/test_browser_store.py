"""browser_store in a real browser, through the tiny demo app (tests/browser/apps/store_demo.py)."""

from __future__ import annotations

import json
import time

import pytest

from tests.browser.helpers import (
    exception_boxes,
    expect,
    format_violations,
    full_storage_when,
    local_storage,
    open_app,
    run_axe,
    wait_for_app,
    wait_for_store,
)

pytestmark = pytest.mark.browser

KEY = "store-demo"
DEMO = "tests/browser/apps/store_demo.py"
RESTORED = "Restored your work from this browser."
NOTICE = "Your saved copy could not be read, so the app started fresh."


@pytest.fixture(scope="module")
def demo_url(streamlit_server) -> str:
    return streamlit_server(DEMO)


def open_demo(page, url: str) -> None:
    open_app(page, url)
    wait_for_store(page)
    expect(page.get_by_text("Browser copy: ok")).to_be_visible()


def type_note(page, text: str) -> None:
    box = page.get_by_label("Note")
    box.fill(text)
    box.press("Enter")
    wait_for_app(page)


def record(value) -> str:
    """A stored record as the app writes it: its stamp and its value."""
    return json.dumps({"u": 1, "v": value}, separators=(",", ":"))


def stored_note(page) -> str | None:
    stored = local_storage(page, f"{KEY}/note")
    return None if stored is None else json.loads(stored)["v"]


def nothing_stored(page) -> bool:
    return page.evaluate("(key) => !Object.keys(localStorage).some(k => k.startsWith(key + '/'))",
                         KEY)


def wait_for_stored(page, note: str | None) -> None:
    page.wait_for_function(
        "([key, note]) => { const s = localStorage.getItem(key + '/note');"
        " return note === null ? s === null : s !== null && JSON.parse(s).v === note; }",
        arg=[KEY, note],
    )


def plant(page, url: str, value: str) -> None:
    """Open the demo (its first session fully done), then put `value` in its localStorage as
    the note's record."""
    open_app(page, url)
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [f"{KEY}/note", value])


def test_note_and_tick_survive_a_reload(page, demo_url):
    open_demo(page, demo_url)
    type_note(page, "Ask about <b>day-to-day</b> work")
    page.get_by_text("Done", exact=True).click()
    wait_for_app(page)
    wait_for_stored(page, "Ask about <b>day-to-day</b> work")

    page.reload()
    wait_for_app(page)
    expect(page.get_by_text(RESTORED)).to_be_visible()
    expect(page.get_by_label("Note")).to_have_value("Ask about <b>day-to-day</b> work")
    expect(page.get_by_role("checkbox", name="Done")).to_be_checked()
    assert exception_boxes(page) == 0


def test_remember_off_removes_the_copy(page, demo_url):
    open_demo(page, demo_url)
    type_note(page, "private thought")
    wait_for_stored(page, "private thought")

    page.get_by_text("Remember on this computer").click()
    wait_for_app(page)
    wait_for_stored(page, None)
    type_note(page, "typed while remember is off")
    assert nothing_stored(page)

    page.reload()
    wait_for_app(page)
    expect(page.get_by_text("Browser copy: ok")).to_be_visible()
    expect(page.get_by_label("Note")).to_have_value("")
    expect(page.get_by_text(RESTORED)).to_have_count(0)


def test_forget_removes_the_copy(page, demo_url):
    open_demo(page, demo_url)
    type_note(page, "forget me")
    wait_for_stored(page, "forget me")

    page.get_by_role("button", name="Forget this browser's copy").click()
    wait_for_app(page)
    wait_for_stored(page, None)
    expect(page.get_by_label("Note")).to_have_value("")

    page.reload()
    wait_for_app(page)
    expect(page.get_by_text("Browser copy: ok")).to_be_visible()
    expect(page.get_by_label("Note")).to_have_value("")
    assert nothing_stored(page)


def test_after_forget_new_work_is_kept_again(page, demo_url):
    open_demo(page, demo_url)
    type_note(page, "old")
    page.get_by_role("button", name="Forget this browser's copy").click()
    wait_for_app(page)
    type_note(page, "new start")
    wait_for_stored(page, "new start")


def test_another_student_sees_nothing(new_context, demo_url):
    first = new_context().new_page()
    open_demo(first, demo_url)
    type_note(first, "first student's note")
    wait_for_stored(first, "first student's note")

    second = new_context().new_page()
    open_demo(second, demo_url)
    expect(second.get_by_label("Note")).to_have_value("")
    expect(second.get_by_text(RESTORED)).to_have_count(0)
    assert nothing_stored(second)


@pytest.mark.parametrize(
    "planted",
    ["{not json", record(42), json.dumps(["a", "list"])],
)
def test_corrupt_copy_gives_a_notice_not_an_exception(page, demo_url, planted):
    plant(page, demo_url, planted)
    page.reload()
    wait_for_app(page)
    expect(page.get_by_text(NOTICE)).to_be_visible()
    expect(page.get_by_label("Note")).to_have_value("")
    assert exception_boxes(page) == 0


def test_student_data_is_never_markup(page, demo_url):
    """A stored note with HTML stays text: nothing from it becomes an element."""
    note = '<img src=x onerror="window.hacked=1"><b id="injected">bold</b>'
    plant(page, demo_url, record(note))
    page.reload()
    wait_for_app(page)
    expect(page.get_by_label("Note")).to_have_value(note)
    assert page.locator("#injected").count() == 0
    assert page.evaluate("() => window.hacked === undefined")


def test_store_takes_no_space(page, demo_url):
    open_demo(page, demo_url)
    holder = page.locator('[data-testid="stElementContainer"]:has(.st-browser-store)')
    expect(holder).to_have_count(1)
    expect(holder).to_be_hidden()
    block_top = page.locator('[data-testid="stMainBlockContainer"]').evaluate(
        "(el) => el.getBoundingClientRect().top + parseFloat(getComputedStyle(el).paddingTop)"
    )
    first_visible = page.locator('[data-testid="stElementContainer"]:visible').first
    assert first_visible.bounding_box()["y"] == pytest.approx(block_top, abs=1)


def store_messages(page) -> list[tuple[int, dict]]:
    """Collects (size of its data in bytes, data) of every browser_store element the server
    sends. (The element also carries the component's script, about 9 kB, on every run.)"""
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    sent: list[tuple[int, dict]] = []

    def read(frame: bytes) -> None:
        message = ForwardMsg()
        message.ParseFromString(frame)
        element = message.delta.new_element
        if element.WhichOneof("type") == "bidi_component":
            store = element.bidi_component
            sent.append((len(store.json.encode()), json.loads(store.json)))

    page.on("websocket", lambda ws: ws.on("framereceived", read))
    return sent


def test_restored_copy_is_not_sent_back_nor_resent(page, demo_url):
    """A 200 kB copy is read once, not written back; a plain rerun sends under 1 kB, and a
    tick sends only its own record."""
    big_note = "interview notes " * 12_500
    plant(page, demo_url, record(big_note))
    sent = store_messages(page)
    page.reload()
    wait_for_app(page)
    expect(page.get_by_text(RESTORED)).to_be_visible()
    assert [data["mode"] for _size, data in sent] == ["read", "sync"]
    assert all(not data.get("put") for _size, data in sent)

    sent.clear()
    page.get_by_role("button", name="Rerun").click()
    wait_for_app(page)
    assert len(sent) == 1
    size, data = sent[0]
    assert not data.get("put") and size < 1_000

    sent.clear()
    page.get_by_text("Done", exact=True).click()
    wait_for_app(page)
    (size, data), = sent
    assert list(data["put"]) == ["done"] and size < 1_000  # not the 200 kB note again
    type_note(page, "changed")
    # The note, and the tick's record again while it is recent (ui/browser_store.RESEND_MOUNTS):
    # never the restored 200 kB note.
    assert [sorted(data["put"]) for _size, data in sent[1:]] == [["done", "note"]]
    assert all(size < 1_000 for size, _data in sent)


def test_hydration_is_quick(page, demo_url):
    plant(page, demo_url, record("quick"))
    start = time.monotonic()
    page.reload()
    page.get_by_text(RESTORED).wait_for()
    assert time.monotonic() - start < 5


def test_works_without_local_storage(new_context, demo_url):
    context = new_context()
    context.add_init_script(
        "Object.defineProperty(window, 'localStorage', {get() {"
        " throw new DOMException('denied', 'SecurityError'); }});"
    )
    page = context.new_page()
    open_app(page, demo_url)
    expect(page.get_by_text("Browser copy: unavailable")).to_be_visible()
    type_note(page, "still works")
    expect(page.get_by_label("Note")).to_have_value("still works")
    assert exception_boxes(page) == 0


def test_full_storage_is_reported_and_recovers(new_context, demo_url):
    context = new_context()
    full_storage_when(context, "String(value).length > 1000")  # a quota of 1000 characters
    page = context.new_page()
    open_demo(page, demo_url)
    type_note(page, "x" * 2000)
    expect(page.get_by_text("Browser copy: write_failed")).to_be_visible()
    assert exception_boxes(page) == 0
    type_note(page, "short again")
    expect(page.get_by_text("Browser copy: ok")).to_be_visible()
    wait_for_stored(page, "short again")


def test_axe_finds_nothing_on_the_demo_but_catches_a_planted_problem(page, demo_url):
    open_demo(page, demo_url)
    violations = run_axe(page)
    assert violations == [], format_violations(violations)

    page.evaluate("document.body.insertAdjacentHTML('beforeend', '<img src=\"planted.png\">')")
    (image_alt,) = [v for v in run_axe(page) if v["id"] == "image-alt"]
    assert image_alt["impact"] == "critical"
    assert image_alt["targets"] == [["img"]]
    assert "image-alt" in format_violations([image_alt])
