"""Shared test set-up."""

import pytest
from page_keeping_runner import PageKeepingRunner
from streamlit.runtime.pages_manager import PagesManager
from streamlit.testing.v1 import app_test


class _AppPagesManager(PagesManager):
    """AppTest forgets before every run that app.py uses st.navigation, so a page script would
    run on its own, without app.py's sidebar and set-up. A server forgets only before its first
    run, which ui/pages_folder_mode.py handles (and a browser test checks)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        PagesManager.uses_pages_directory = False
        # A server's session keeps its page list across runs; AppTest starts each run without
        # one, and a run of fragments alone (no st.navigation) could not switch pages.
        self._pages = _AppPagesManager.last_pages.get(self.main_script_path)

    last_pages: dict = {}  # the app's path -> the pages its last st.navigation set

    def set_pages_and_resolve(self, pages, fallback_page_hash=""):
        _AppPagesManager.last_pages[self.main_script_path] = pages
        return super().set_pages_and_resolve(pages, fallback_page_hash)


@pytest.fixture(autouse=True)
def _apptest_runs_app_py(monkeypatch):
    monkeypatch.setattr(app_test, "PagesManager", _AppPagesManager)
    monkeypatch.setattr(app_test, "LocalScriptRunner", PageKeepingRunner)
    yield
    _AppPagesManager.last_pages.clear()
    PageKeepingRunner.pages.clear()
    PageKeepingRunner.fragments_run.clear()
