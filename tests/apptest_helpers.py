"""Small helpers for the page tests (AppTest, no browser)."""

from pathlib import Path

from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest, app_test

from ui.browser_store import _PREFIX as STORE_PREFIX
from ui.saved_work import STORE_NAME

ROOT = Path(__file__).resolve().parent.parent


class RecordingManager(MediaFileManager):
    """Keeps the callables behind deferred downloads, so a test can build the file."""

    makers: dict = {}

    def add_deferred(self, data_callable, *args, **kwargs) -> str:
        file_id = super().add_deferred(data_callable, *args, **kwargs)
        RecordingManager.makers[file_id] = data_callable
        return file_id


def record_downloads(monkeypatch) -> None:
    """From here on, AppTests keep their deferred downloads in RecordingManager.makers."""
    RecordingManager.makers = {}
    monkeypatch.setattr(app_test, "MediaFileManager", RecordingManager)


def browser_answers(at: AppTest, text: str = "") -> None:
    """Before the next run: the tab's browser says what it keeps ("" = nothing; a text is an
    old one-piece copy, version 1), as a real browser does a moment after the first page has
    loaded. AppTest has no browser to say it."""
    at.session_state[f"{STORE_PREFIX}{STORE_NAME}:inbox"] = {
        "loaded": {"records": {}, "legacy": text or None, "available": True}}


def browser_holds(at: AppTest, records: dict[str, str]) -> None:
    """Before the next run: the tab's browser hands back these stored records (key -> text)."""
    at.session_state[f"{STORE_PREFIX}{STORE_NAME}:inbox"] = {
        "loaded": {"records": records, "available": True}}


def open_page(page: str, **state) -> AppTest:
    """Run the app, let the browser answer (nothing saved), set any session values, then open
    pages/<page>.py."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30).run()
    browser_answers(at)
    for key, value in state.items():
        at.session_state[key] = value
    if page != "start":
        at.switch_page(f"pages/{page}.py")
    return at.run()


def texts(elements) -> list[str]:
    return [element.value for element in elements]


def fragments_run_alone(at: AppTest) -> int:
    """How many fragments the last run ran on their own (a callback's st.rerun(["key", …]));
    0 when it ran the whole page (or a whole fragment by default)."""
    from page_keeping_runner import PageKeepingRunner

    return len(PageKeepingRunner.fragments_run.get(id(at._fragment_storage), []))
