"""Shared test set-up."""

import pytest
from streamlit.runtime.pages_manager import PagesManager
from streamlit.testing.v1 import app_test


class _AppPagesManager(PagesManager):
    """AppTest forgets before every run that app.py uses st.navigation, so a page script would
    run on its own, without app.py's sidebar and set-up. A server forgets only before its first
    run, which ui/pages_folder_mode.py handles (and a browser test checks)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        PagesManager.uses_pages_directory = False


@pytest.fixture(autouse=True)
def _apptest_runs_app_py(monkeypatch):
    monkeypatch.setattr(app_test, "PagesManager", _AppPagesManager)
