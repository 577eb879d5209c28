"""Small helpers for the page tests (AppTest, no browser)."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent


def open_page(page: str, **state) -> AppTest:
    """Run the app, set any session values, then open pages/<page>.py."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30).run()
    for key, value in state.items():
        at.session_state[key] = value
    if page != "start":
        at.switch_page(f"pages/{page}.py")
    return at.run()


def texts(elements) -> list[str]:
    return [element.value for element in elements]
