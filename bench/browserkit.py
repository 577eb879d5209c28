"""Timing clicks in a real browser (Playwright, async): click → the script run it caused has
finished and the page has rendered. Shared by bench_browser.py, bench_load.py and
tests/browser/test_load_small.py.

How "finished" is told: an observer in the page (installed before Streamlit loads) watches the
app's `data-test-script-state` and the DOM. After a click it waits for proof that a script run
happened — the state "running" seen, or something only the run can produce: the expected h1,
a watched text that changed, an extra check that holds (e.g. "the charts are drawn"); quick
runs may never show "running" — and then until the page is settled: state "notRunning",
socket connected, no loading skeleton, no status widget, and every asked-for check true.
Both times are taken in the page's own clock, so the figure leaves out Playwright's round
trips. The same rule as tests/browser/helpers.py's wait_for_app, from inside the page.
"""

from __future__ import annotations

from typing import Any

# window.__bench: arm() before a click, then wait for doneAt. Runs in every page of a context.
INSTRUMENT_JS = """
(() => {
  const b = window.__bench = {armed: false, clickAt: null, runSeen: false, doneAt: null,
                              runAt: null, stopAt: null, expectH1: null, extra: null,
                              watch: null, watched: null, runs: 0, runsAtClick: 0,
                              settledAt: null, busy: false, followUps: 0, sends: 0,
                              replyPending: false, lastRecvAt: -1e9};
  const app = () => document.querySelector('[data-testid="stApp"]');
  const settled = () => {
    const a = app();
    return a !== null && a.getAttribute("data-test-script-state") === "notRunning"
      && a.getAttribute("data-test-connection-state") === "CONNECTED"
      && !document.querySelector('[data-testid="stSkeleton"]')
      && !document.querySelector('[data-testid="stStatusWidget"]');
  };
  const h1 = () => (document.querySelector('[data-testid="stMain"] h1')?.textContent ?? "").trim();
  const text = (selector) => [...document.querySelectorAll(selector)]
    .map((e) => e.textContent).join("\\n");
  b.h1 = h1;
  b.arm = (expectH1, extra, watch) => {
    Object.assign(b, {armed: true, clickAt: null, runSeen: false, doneAt: null, runAt: null,
                      stopAt: null, settledAt: null, busy: false, followUps: 0, sends: 0,
                      replyPending: false,
                      expectH1: expectH1 ?? null,
                      extra: extra ? new Function("return (" + extra + ")()") : null,
                      watch: watch ?? null, watched: watch ? text(watch) : null});
  };
  // A run after the first one finished (a browser-store answer, a fragment, st.rerun): the
  // student waits for it too, so the page is settled only once it has finished as well.
  b.runStarted = () => {
    b.runs += 1;
    if (b.clickAt === null) return;
    if (b.armed) {
      b.runSeen = true;
      b.runAt = b.runAt ?? performance.now();
    } else if (b.doneAt !== null) {
      b.busy = true;  // a run the server started on its own (st.rerun) after the page finished
    }
  };
  // The app's WebSocket: every message the page sends after the first run has finished (a
  // browser-store answer, a component's value) asks for a run the student waits for, even one
  // too quick to show the "running" state; the page is busy until the reply has been drawn.
  const Socket = window.WebSocket;
  window.WebSocket = class extends Socket {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", () => {
        b.lastRecvAt = performance.now();
        b.replyPending = false;
        setTimeout(b.check, 0);
      });
    }
    send(data) {
      if (b.clickAt !== null) {
        b.sends += 1;
        if (b.doneAt !== null) {
          b.followUps += 1;
          b.busy = b.replyPending = true;
        }
      }
      return super.send(data);
    }
  };
  b.check = () => {
    const state = app()?.getAttribute("data-test-script-state");
    if (b.busy && !b.replyPending && settled()) {
      b.busy = false;
      b.settledAt = performance.now();
    }
    if (b.armed && b.clickAt !== null && state === "running") {
      b.runSeen = true;
      b.runAt = b.runAt ?? performance.now();
    }
    if (b.runAt !== null && b.stopAt === null && state === "notRunning") {
      b.stopAt = performance.now();
    }
    if (!b.armed || b.clickAt === null || b.doneAt !== null) return;
    const h1Ok = b.expectH1 === null || h1() === b.expectH1;
    const extraOk = b.extra === null || b.extra();
    const watchOk = b.watch === null || text(b.watch) !== b.watched;
    // What only the server's run can produce (a new h1, a changed text) proves the run
    // happened even when it was too quick for the "running" state to reach the page.
    const proof = b.runSeen || (b.expectH1 !== null && h1Ok) || (b.watch !== null && watchOk)
      || (b.extra !== null && extraOk);
    if (proof && settled() && h1Ok && extraOk && watchOk) {
      b.doneAt = b.settledAt = performance.now();
      b.armed = false;
    }
  };
  // Every run, however quick: the state attribute's records give each value it held in turn
  // (a run that starts and ends between two callbacks still leaves its "running" record).
  let lastState = null;
  const observer = new MutationObserver((records) => {
    const states = [];
    for (const r of records) {
      if (r.type === "attributes" && r.attributeName === "data-test-script-state"
          && r.target === app()) states.push(r.oldValue);
    }
    const now = app()?.getAttribute("data-test-script-state") ?? null;
    if (states.length) {
      states.push(now);
      for (let i = 1; i < states.length; i += 1) {
        if (states[i] === "running" && states[i - 1] !== "running") b.runStarted();
      }
    } else if (now === "running" && lastState !== "running") {
      b.runStarted();  // the app element itself was (re)drawn
    }
    lastState = now;
    // Drawing what a message brought, after the first run's page had finished, moves the end.
    if (b.doneAt !== null && !b.armed && !b.busy && performance.now() - b.lastRecvAt < 250
        && settled()) b.settledAt = performance.now();
    b.check();
  });
  const start = () => observer.observe(document.documentElement,
    {subtree: true, childList: true, attributes: true, characterData: true,
     attributeOldValue: true});
  if (document.documentElement) start(); else document.addEventListener("readystatechange", start);
  // Capture phase: the time of the press (a tap, a click, a key, a file pick) itself, before
  // any app handler runs.
  for (const kind of ["touchstart", "click", "keydown", "change"]) {
    document.addEventListener(kind, () => {
      if (b.armed && b.clickAt === null) {
        b.clickAt = performance.now();
        b.runsAtClick = b.runs;
      }
    }, true);
  }
  setInterval(b.check, 100);  // a safety net for changes the observer does not report
})();
"""

SETTLED_JS = "() => window.__bench !== undefined && window.__bench.doneAt !== null"
# ...and then no further run for `calm` ms (the "settled": 400 ms).
CALM_JS = """(calm) => { const b = window.__bench;
  return b.doneAt !== null && !b.busy && performance.now() - b.settledAt >= calm; }"""
SETTLE_MS = 400  # what bench_browser.py and bench_interactions.py count to
NAV_AREAS = ('[data-testid="stSidebarNav"], [data-testid="stTopNav"], '
             '[data-testid="stTopNavPopover"]')
EXCEPTION = '[data-testid="stException"]'
EXPAND_SIDEBAR = '[data-testid="stExpandSidebarButton"]'
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}


class ClickTimeout(Exception):
    """The run a click should have caused did not finish in time."""


async def instrument(context: Any) -> None:
    """Install the observer in every page the context opens (call before opening pages)."""
    await context.add_init_script(INSTRUMENT_JS)


async def timed_action(page: Any, action, *, expect_h1: str | None = None,
                       extra_js: str | None = None, watch: str | None = None,
                       timeout_ms: float = 30_000, settle_ms: int = 0) -> float:
    """Seconds from the click (or file pick) that `action()` makes to the finished run.

    expect_h1: the page's h1 once done; extra_js: a JS function that must return true once
    done; watch: a CSS selector whose text the run must change. Each of them also proves that
    a run happened, for runs too quick to show the "running" state; with none of them the
    "running" state must be seen.
    settle_ms > 0: count to the page settled instead — the end of the last run that followed
    (a browser-store answer, st.rerun…), once no further run has started for settle_ms.
    """
    await page.evaluate("([h1, extra, watch]) => window.__bench.arm(h1, extra, watch)",
                        [expect_h1, extra_js, watch])
    await action()
    try:
        await page.wait_for_function(SETTLED_JS, timeout=timeout_ms, polling=50)
    except Exception as err:  # Playwright's TimeoutError
        state = await page.evaluate(
            "() => ({click: window.__bench.clickAt, run: window.__bench.runSeen, "
            "h1: window.__bench.h1()})")
        raise ClickTimeout(f"no finished run within {timeout_ms / 1000:.0f} s ({state})") from err
    end = "doneAt"
    if settle_ms > 0:
        await page.wait_for_function(CALM_JS, arg=settle_ms, timeout=timeout_ms, polling=50)
        end = "settledAt"
    took = await page.evaluate(f"() => window.__bench.{end} - (window.__bench.clickAt ?? 0)")
    return took / 1000


async def last_breakdown(page: Any) -> dict[str, float | None]:
    """The last timed click in parts (seconds): "to_run" click → run started (state "running"
    seen), "run" → state "notRunning", "render" → the first run's page finished, "follow_up"
    → settled (the runs that followed; 0 without any); None where a part was not seen. Also
    "first" (click → first run's page finished), "runs" (script runs seen in the page; a quick
    one may not show), "sent" (messages the page sent the server from the click on) and
    "follow_ups" (of them, those sent after the first run's page had finished)."""
    parts = await page.evaluate("""() => { const b = window.__bench;
      const gap = (a, z) => (a === null || z === null) ? null : (z - a) / 1000;
      return {to_run: gap(b.clickAt, b.runAt), run: gap(b.runAt, b.stopAt),
              render: gap(b.stopAt, b.doneAt), follow_up: gap(b.doneAt, b.settledAt),
              first: gap(b.clickAt, b.doneAt), runs: b.runs - b.runsAtClick,
              follow_ups: b.followUps, sent: b.sends}; }""")
    return parts


async def wait_settled(page: Any, timeout_ms: float = 30_000, calm_ms: int = 300) -> None:
    """Wait until no script runs and nothing loads, and it stays so for calm_ms."""
    script = """() => { const a = document.querySelector('[data-testid="stApp"]');
      return a !== null && a.getAttribute("data-test-script-state") === "notRunning"
        && a.getAttribute("data-test-connection-state") === "CONNECTED"
        && !document.querySelector('[data-testid="stSkeleton"]')
        && !document.querySelector('[data-testid="stStatusWidget"]'); }"""
    for _ in range(20):
        await page.wait_for_function(script, timeout=timeout_ms, polling=50)
        await page.wait_for_timeout(calm_ms)
        if await page.evaluate(script):
            return
    raise ClickTimeout("the page never stayed idle")


async def close_sidebar(page: Any, timeout_ms: float = 15_000) -> None:
    """On a phone the sidebar covers the page and stays open after a tap on a page's link:
    close it (untimed), as a student does before using the page."""
    sidebar = page.locator('[data-testid="stSidebar"][data-collapsed="false"]')
    if not (await sidebar.count() and await page.locator(EXPAND_SIDEBAR).count() == 0
            and (page.viewport_size or {}).get("width", 1000) < 640):
        return
    await page.locator('[data-testid="stSidebarCollapseButton"] button').first.click()
    await page.locator(EXPAND_SIDEBAR).first.wait_for(state="visible", timeout=timeout_ms)
    await page.wait_for_timeout(400)  # the slide-out


async def h1_text(page: Any) -> str:
    return await page.evaluate("() => window.__bench.h1()")


_SECTION_OF: dict[str, int] = {}  # nav title -> index of the top-bar section that holds it


async def nav_link(page: Any, title: str, timeout_ms: float = 15_000) -> Any:
    """The navigation link to the page titled `title`, made visible: in the sidebar, in the
    top bar, or in a top-bar section's menu (opened here). On a phone the pages are in the
    sidebar, which is opened first (untimed, as a student opens it before the tap)."""
    expand = page.locator(EXPAND_SIDEBAR)
    if await expand.count() and await expand.first.is_visible():
        await expand.first.click()
        await page.locator('[data-testid="stSidebarNav"]').first.wait_for(
            state="visible", timeout=timeout_ms)
        await page.wait_for_timeout(400)  # the sidebar's slide-in
    areas = page.locator(NAV_AREAS)
    link = areas.get_by_role("link", name=title, exact=True).or_(
        areas.get_by_role("menuitem", name=title, exact=True))
    if await link.count() and await link.first.is_visible():
        return link.first
    sections = page.locator('[data-testid="stTopNavSection"]')
    menu = page.locator('[data-testid="stTopNavPopover"]')
    known = _SECTION_OF.get(title)
    order = list(range(await sections.count()))
    for index in ([known] if known is not None else []) + [i for i in order if i != known]:
        await sections.nth(index).click()
        await menu.first.wait_for(state="visible", timeout=timeout_ms)
        if await link.count():
            await link.first.wait_for(state="visible", timeout=timeout_ms)
            _SECTION_OF[title] = index
            return link.first
        await page.keyboard.press("Escape")  # not in this section: close its menu
        await menu.first.wait_for(state="hidden", timeout=timeout_ms)
    raise LookupError(f"no navigation link named {title!r}")


async def go_to(page: Any, title: str, expect_h1: str | None = None,
                timeout_ms: float = 30_000, settle_ms: int = 0, tap: bool = False) -> float:
    """Click (tap: touch) the navigation link to `title`; seconds from the click to the
    finished run (settle_ms: to the settled page, see timed_action)."""
    link = await nav_link(page, title)
    if expect_h1 is None:
        before = await h1_text(page)
        await link.click()
        await page.wait_for_function("(old) => window.__bench.h1() !== old && "
                                     "window.__bench.h1() !== ''", arg=before, timeout=timeout_ms)
        await wait_settled(page, timeout_ms)
        return float("nan")
    return await timed_action(page, link.tap if tap else link.click, expect_h1=expect_h1,
                              timeout_ms=timeout_ms, settle_ms=settle_ms)


async def exception_count(page: Any) -> int:
    return await page.locator(EXCEPTION).count()


async def nav_titles(page: Any) -> list[str]:
    """Every page's title in the navigation, in order (top-bar section menus are opened)."""
    names = "(els) => els.map(e => e.getAttribute('aria-label') || e.innerText.split('\\n').pop())"
    sidebar = page.locator('[data-testid="stSidebarNav"] a')
    if await sidebar.count():
        return [n.strip() for n in await sidebar.evaluate_all(names)]
    titles: list[str] = []
    top = page.locator('[data-testid="stTopNav"]')
    sections = top.locator('[data-testid="stTopNavSection"]')
    if not await sections.count():
        return [n.strip() for n in await top.locator("a").evaluate_all(names)]
    for index in range(await sections.count()):
        await sections.nth(index).click()
        menu = page.locator('[data-testid="stTopNavPopover"] [role="menuitem"]')
        await menu.first.wait_for(state="visible")
        titles += [n.strip() for n in await menu.evaluate_all(names)]
        await page.keyboard.press("Escape")
        await menu.first.wait_for(state="hidden")
    return titles
