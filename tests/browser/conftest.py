"""Fixtures for browser tests: a Streamlit server per script, headless Chromium, a fresh page.

Without Chromium or Playwright the browser tests are skipped with the reason shown
(`pytest -rs`); with CI set they fail instead, so CI can never pass by skipping them.
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "deploy"))  # its helpers for starting and checking a server
import local_cluster  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
VIEWPORT = {"width": 1366, "height": 768}
STARTUP_TIMEOUT_S = 30


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "browser: runs the app in headless Chromium (needs /usr/bin/chromium)"
    )


def missing_browser_reason() -> str | None:
    """Why browser tests cannot run here, or None when they can."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright is not installed (pip install -r requirements-test.txt)"
    if not CHROMIUM.exists():
        return f"{CHROMIUM} not found (apt-get install chromium)"
    return None


def skip_or_fail(reason: str) -> None:
    """Skip with a visible reason, except in CI (CI set) where it is a failure."""
    if os.environ.get("CI"):
        pytest.fail(f"browser tests cannot run in CI: {reason}", pytrace=False)
    pytest.skip(reason)


def import_bench(name: str) -> Any:
    """A script from bench/, for a test that runs a small version of it (skipped, or failed
    under CI, where the browser is missing)."""
    reason = missing_browser_reason()
    if reason:
        skip_or_fail(reason)
    if str(ROOT / "bench") not in sys.path:
        sys.path.insert(0, str(ROOT / "bench"))  # the bench scripts import each other by name
    return importlib.import_module(name)


def _start_server(script: Path, log_path: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = local_cluster.free_port()
    url = f"http://127.0.0.1:{port}"
    command = [
        sys.executable, "-m", "streamlit", "run", str(script),
        "--server.headless", "true",
        "--server.port", str(port),
        "--server.address", "127.0.0.1",
        "--server.fileWatcherType", "none",
        "--browser.gatherUsageStats", "false",
    ]  # fmt: skip
    paths = [str(ROOT), *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while time.monotonic() < deadline:
        if local_cluster.healthy(url):
            return process, url
        if process.poll() is not None:
            break
        time.sleep(0.2)
    local_cluster.stop(process)
    log_tail = log_path.read_text(errors="replace")[-3000:]
    raise RuntimeError(f"Streamlit did not answer on {url} for {script.name}:\n{log_tail}")


@pytest.fixture(scope="session")
def streamlit_server(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Callable[[str | Path], str]]:
    """Factory: streamlit_server("app.py") -> base URL. Paths are relative to the repo root.

    One server per script for the whole session (students are told apart by browser
    context, not by server); all are stopped at the end.
    """
    running: dict[Path, tuple[subprocess.Popen[bytes], str]] = {}
    logs = tmp_path_factory.mktemp("streamlit-logs")

    def start(script: str | Path) -> str:
        path = (ROOT / script).resolve()
        if path not in running:
            if not path.exists():
                raise FileNotFoundError(path)
            running[path] = _start_server(path, logs / f"{path.stem}.log")
        return running[path][1]

    yield start
    for process, _url in running.values():
        local_cluster.stop(process)


@pytest.fixture(scope="session")
def app_url(streamlit_server: Callable[[str | Path], str]) -> str:
    """Base URL of the real app (app.py at the repo root)."""
    return streamlit_server("app.py")


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Headless Debian Chromium, shared by the session."""
    reason = missing_browser_reason()
    if reason:
        skip_or_fail(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield chromium
        chromium.close()


@pytest.fixture
def new_context(browser: Any) -> Iterator[Callable[..., Any]]:
    """Factory for extra browser contexts (another student: own localStorage, own session)."""
    contexts = []

    def make(**options: Any) -> Any:
        context = browser.new_context(**{"viewport": VIEWPORT, **options})
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_context: Callable[..., Any]) -> Any:
    """A fresh page in a fresh context (1366x768) for each test."""
    return new_context().new_page()
