"""Canary for ui/pages_folder_mode.py: the Streamlit behaviour it works around is still there.

When one of these fails after a Streamlit upgrade, the old "pages folder" mode has changed or
gone: check whether ui/pages_folder_mode.py (and the AppTest patch in tests/conftest.py) can go.
"""

import ast
import inspect
from pathlib import Path

from streamlit.runtime.pages_manager import PagesManager
from streamlit.runtime.scriptrunner import script_runner

import ui.pages_folder_mode

ROOT = Path(__file__).resolve().parents[1]


def test_a_pages_folder_beside_app_py_still_switches_the_old_mode_on(monkeypatch):
    monkeypatch.setattr(PagesManager, "uses_pages_directory", None)
    PagesManager(str(ROOT / "app.py"))
    assert PagesManager.uses_pages_directory is True


def test_the_old_mode_still_runs_a_page_without_app_py():
    source = inspect.getsource(script_runner.ScriptRunner)
    assert "PagesManager.uses_pages_directory" in source
    assert "_mpa_v1(" in source


def test_the_old_mode_still_runs_pages_through_the_function_leave_looks_for():
    assert hasattr(script_runner, ui.pages_folder_mode.OLD_MODE_RUNNER)


def test_leaving_turns_the_mode_off_and_runs_again_only_in_a_run_of_the_old_mode(monkeypatch):
    reruns = []
    monkeypatch.setattr(PagesManager, "uses_pages_directory", True)
    monkeypatch.setattr(ui.pages_folder_mode.st, "rerun", lambda: reruns.append(1))

    def _mpa_v1() -> None:  # as Streamlit's old mode runs a page
        ui.pages_folder_mode.leave()

    _mpa_v1()
    assert PagesManager.uses_pages_directory is False and reruns == [1]
    # Another session's page run by the old mode, the mode already off: it runs again too.
    _mpa_v1()
    assert reruns == [1, 1]
    ui.pages_folder_mode.leave()  # run through app.py: nothing to do
    assert reruns == [1, 1]


def test_every_page_script_leaves_the_mode_before_anything_else():
    for script in sorted((ROOT / "pages").glob("*.py")):
        body = [node for node in ast.parse(script.read_text()).body
                if not isinstance(node, ast.Import | ast.ImportFrom)]
        assert ast.unparse(body[0]) == "pages_folder_mode.leave()", script.name
