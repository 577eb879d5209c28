"""What browser tests do again and again: wait for Streamlit, count errors, run axe."""

from __future__ import annotations

import time
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported lazily so a machine without Playwright can still collect tests
    from playwright.sync_api import Page

ROOT = Path(__file__).resolve().parents[2]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
SERIOUS = ("serious", "critical")

# True once the script run has finished, the socket is up and every element has rendered
# (lazy-loaded widgets show a skeleton first; a status widget shows while running).
_SETTLED_JS = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  return app !== null
    && app.getAttribute("data-test-script-state") === "notRunning"
    && app.getAttribute("data-test-connection-state") === "CONNECTED"
    && !document.querySelector('[data-testid="stSkeleton"]')
    && !document.querySelector('[data-testid="stStatusWidget"]');
}"""


def wait_for_app(page: Page, timeout_ms: int = 30_000, calm_ms: int = 300) -> None:
    """Wait until Streamlit has finished running the script and stayed idle for `calm_ms`.

    The calm period lets a rerun that a component or widget asks for right after a run
    (e.g. browser_store's first read) start before we call the page settled.
    """
    deadline = time.monotonic() + timeout_ms / 1000
    while True:
        left_ms = max(1, int((deadline - time.monotonic()) * 1000))
        page.wait_for_function(_SETTLED_JS, timeout=left_ms, polling=50)
        page.wait_for_timeout(calm_ms)
        if page.evaluate(_SETTLED_JS):
            return
        if time.monotonic() > deadline:
            raise TimeoutError(f"Streamlit did not settle within {timeout_ms} ms")


def open_app(page: Page, url: str, timeout_ms: int = 30_000) -> None:
    """Go to `url` and wait for the app to settle."""
    page.goto(url)
    wait_for_app(page, timeout_ms)


def expect(target: Any, message: str | None = None) -> Any:
    """Playwright's auto-waiting `expect` (15 s), imported only when a browser test runs."""
    from playwright.sync_api import expect as playwright_expect

    playwright_expect.set_options(timeout=15_000)
    return playwright_expect(target, message)


def wait_for_store(page: Page, timeout_ms: int = 30_000) -> None:
    """Wait until ui.browser_store has handed the browser's copy to Python (then settle)."""
    # .first: a page part that saves by itself (saved_work.saving_fragment) mounts a second one.
    page.locator('.st-browser-store[data-mode="sync"]').first.wait_for(
        state="attached", timeout=timeout_ms
    )
    wait_for_app(page, timeout_ms)


def exception_boxes(page: Page) -> int:
    """How many Streamlit exception boxes the page shows."""
    return page.locator('[data-testid="stException"]').count()


def wait_for_saved_part(page: Page, part: str, timeout_ms: int = 15_000) -> None:
    """Wait until the browser copy of the student's work holds a record of `part` (e.g.
    "picks", "checklist", "person": a key `<store>/<part>` or `<store>/<part>/…`)."""
    page.wait_for_function(
        """(part) => Object.keys(localStorage).some(key => {
          const name = "information-interview-coach/";
          return key === name + part || key.startsWith(name + part + "/"); })""",
        arg=part, timeout=timeout_ms)


def saved_records(page: Page, area: str = "localStorage") -> dict[str, str]:
    """The records of the student's work the page's browser keeps (key -> text)."""
    return page.evaluate("""(area) => Object.fromEntries(Object.entries(window[area])
      .filter(([key]) => key.startsWith("information-interview-coach/"))
      .map(([key, text]) => [key.slice("information-interview-coach/".length), text]))""", area)


def marked_accessible_names(page: Page) -> list[str]:
    """aria-labels that still carry Markdown marks (**bold**, *italic*, `code`, [link](…),
    :color[…]): Streamlit uses a widget's label text as typed for its accessible name."""
    return page.evaluate(r"""() => [...document.querySelectorAll('[aria-label]')]
      .map(e => e.getAttribute('aria-label'))
      .filter(name => /[*`]|\]\(|:[a-z-]+\[/.test(name))""")


def skipped_heading_levels(page: Page) -> list[str]:
    """Headings in the page's main part that come more than one level below the heading before
    them ("h1 Title → h3 Part"): a screen reader's list of headings then has a gap."""
    return page.evaluate("""() => {
      const found = [...document.querySelectorAll('[data-testid="stMain"] :is(h1,h2,h3,h4,h5,h6)')]
        .filter(h => h.offsetParent !== null && h.textContent.trim());
      return found.filter((h, i) => i > 0 && +h.tagName[1] > +found[i - 1].tagName[1] + 1)
        .map(h => `${found[found.indexOf(h) - 1].tagName} → ${h.tagName} ${h.textContent.trim()}`);
    }""")


def icon_names_read(page: Page) -> list[str]:
    """Headings, expander titles, buttons and links whose accessible name starts with an icon's
    name ("check_circle icon What to do"): Streamlit names an icon written in the text."""
    return page.evaluate("""() => [...document.querySelectorAll(
        'h1, h2, h3, h4, h5, h6, summary, button, a')]
      .filter(e => e.querySelector('[role="img"][aria-label]'))
      .map(e => e.textContent.trim())""")


def tick_first_checklist_item(page: Page, app_url: str) -> None:
    """Open the Prep checklist once the browser copy is read, and tick its first item."""
    open_app(page, f"{app_url}/checklist")
    wait_for_store(page)
    page.get_by_text("Research the industry").first.click()
    wait_for_app(page)
    expect(page.get_by_text("Done: 1 of")).to_be_visible()


def full_storage_when(context: Any, condition: str) -> None:
    """Make localStorage refuse a write, as a full one does, whenever the JavaScript
    `condition` on `value` (the text being written) holds, in every page of `context`."""
    context.add_init_script(
        "const realSetItem = Storage.prototype.setItem;"
        "Storage.prototype.setItem = function (key, value) {"
        f" if ({condition}) throw new DOMException('full', 'QuotaExceededError');"
        " return realSetItem.call(this, key, value); };"
    )


def local_storage(page: Page, key: str) -> str | None:
    """The page's localStorage value for `key` (None when absent)."""
    return page.evaluate("(key) => window.localStorage.getItem(key)", key)


def _axe_source() -> str:
    """axe-core's script: from the axe-playwright-python wheel, else from npm's axe-core."""
    try:
        return (resources.files("axe_playwright_python") / "axe.min.js").read_text("utf-8")
    except ModuleNotFoundError:
        npm_copy = ROOT / "node_modules" / "axe-core" / "axe.min.js"
        if npm_copy.exists():
            return npm_copy.read_text("utf-8")
        raise RuntimeError(
            "axe-core not found: pip install axe-playwright-python (bundles axe-core)"
        ) from None


def run_axe(page: Page, max_targets: int = 3) -> list[dict[str, Any]]:
    """Serious and critical WCAG 2.1 A/AA violations on the page, each as a short summary:
    {"id", "impact", "help", "nodes" (count), "targets" (first few CSS selectors)}.
    """
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=_axe_source())
    results = page.evaluate(
        "(tags) => window.axe.run(document, "
        "{runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        AXE_TAGS,
    )
    return [
        {
            "id": violation["id"],
            "impact": violation["impact"],
            "help": violation["help"],
            "nodes": len(violation["nodes"]),
            "targets": [node["target"] for node in violation["nodes"][:max_targets]],
        }
        for violation in results["violations"]
        if violation.get("impact") in SERIOUS
    ]


def format_violations(violations: list[dict[str, Any]]) -> str:
    """One readable line per violation, for assertion messages."""
    return "\n".join(
        f"{v['impact']}: {v['id']} - {v['help']} ({v['nodes']} nodes, e.g. {v['targets']})"
        for v in violations
    )
