"""In Chromium: click on a navigation link → page settled, for every page of the coach, next to
the same click in a bare Streamlit app (bench/bare_app.py) served beside it.

Run from the repo root: .venv/bin/python bench/bench_browser.py [--rounds 5] [--phone]
                                                                [--cpu-slowdown 4]
Goals (issue 19): on a desktop guide pages ≤ 2× the bare app's switch, tool pages ≤ 2.5×; on a
phone (--phone --cpu-slowdown 4: 390×844, touch, the navigation in the sidebar) every page ≤ 3×.
"Settled": the run the click caused and every run that followed it (the browser store's
answer…) have finished and no further run starts for 0.4 s (browserkit.timed_action); the
first run's end, what was counted before, is printed beside it.

Both apps run with `streamlit run` on 127.0.0.1 (settings as in docs/running-for-a-class.md),
each in its own browser tab of one headless Chromium. Every page is visited --rounds times, in
navigation order; after each visit to a coach page the bare app switches page once, so both
are measured under the same load. Times are taken inside the page (see browserkit.py). The
first visit to each page only warms up and learns the page's heading.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
from pathlib import Path
from statistics import median

import benchkit
import browserkit as bk
from benchkit import ms, print_table

GOALS = {"guide": 2.0, "tool": 2.5, "phone": 3.0}
# Tools and instructor pages (content/site_map.yaml's sections "Tools", "For instructors").
TOOL_SECTIONS = ("Tools", "For instructors")
BARE_TITLES = ["Bare page", "Second bare page"]


async def open_tab(browser, url: str, phone: bool = False, cpu_slowdown: float = 1):
    context = await browser.new_context(**(dict(bk.PHONE) if phone
                                           else {"viewport": benchkit.VIEWPORT}))
    await bk.instrument(context)
    page = await context.new_page()
    await page.goto(url)
    await bk.wait_settled(page, timeout_ms=90_000)
    if cpu_slowdown > 1:  # after the first load (untimed), which would take long throttled
        cdp = await context.new_cdp_session(page)
        await cdp.send("Emulation.setCPUThrottlingRate", {"rate": cpu_slowdown})
    await bk.wait_settled(page)
    return page


async def time_new_tab(browser, url: str) -> float:
    """Seconds from opening the address in a new tab to a settled page (a first visit)."""
    context = await browser.new_context(viewport=benchkit.VIEWPORT)
    page = await context.new_page()
    loop = asyncio.get_running_loop()
    started = loop.time()
    await page.goto(url)
    await bk.wait_settled(page, calm_ms=0)
    took = loop.time() - started
    await context.close()
    return took


async def measure(app_url: str, bare_url: str, rounds: int, phone: bool = False,
                  cpu_slowdown: float = 1) -> dict:
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=benchkit.CHROMIUM, args=benchkit.CHROMIUM_ARGS)
        app = await open_tab(browser, app_url, phone, cpu_slowdown)
        bare = await open_tab(browser, bare_url, phone, cpu_slowdown)
        titles = await bk.nav_titles(app)
        headings = {}
        for title in titles[1:] + titles[:1]:  # warm-up: every page once, learn its h1
            await bk.go_to(app, title)
            headings[title] = await bk.h1_text(app)
        for title in BARE_TITLES[1:] + BARE_TITLES[:1]:
            await bk.go_to(bare, title)
            headings[title] = await bk.h1_text(bare)

        app_times: dict[str, list[float]] = {t: [] for t in titles}
        first: dict[str, list[float]] = {t: [] for t in titles}
        bare_times: list[float] = []
        bare_first: list[float] = []
        how = {"settle_ms": bk.SETTLE_MS, "tap": phone}
        bare_next = 1
        errors = 0
        for _ in range(rounds):
            for title in titles[1:] + titles[:1]:
                app_times[title].append(await bk.go_to(app, title, headings[title], **how))
                first[title].append((await bk.last_breakdown(app))["first"])
                errors += await bk.exception_count(app)
                target = BARE_TITLES[bare_next]
                bare_times.append(await bk.go_to(bare, target, headings[target], **how))
                bare_first.append((await bk.last_breakdown(bare))["first"])
                bare_next = 1 - bare_next
        loads = {"app": [], "bare": []}
        for _ in range(3):
            loads["app"].append(await time_new_tab(browser, app_url))
            loads["bare"].append(await time_new_tab(browser, bare_url))
        await browser.close()
    return {"titles": titles, "app": app_times, "bare": bare_times, "loads": loads,
            "errors": errors, "first": first, "bare_first": bare_first}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="timed visits per page")
    parser.add_argument("--phone", action="store_true",
                        help="390×844, a touch screen (taps), the phone layout")
    parser.add_argument("--cpu-slowdown", type=float, default=1,
                        help="run the tabs on a CPU this many times slower, e.g. 4 for a phone")
    parser.add_argument("--set", action="append", default=[], metavar="OPTION=VALUE",
                        help="a server option for both apps, e.g. runner.postScriptGC=false")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as logs, \
            benchkit.streamlit_server("app.py", Path(logs) / "app.log", args.set) as app, \
            benchkit.streamlit_server("bench/bare_app.py", Path(logs) / "bare.log",
                                      args.set) as bare:
        result = asyncio.run(measure(app.url, bare.url, args.rounds, args.phone,
                                     args.cpu_slowdown))

    report(result, args)


def goal_of(title: str, phone: bool) -> float:
    if phone:
        return GOALS["phone"]
    from ui import course

    tools = {entry.title for section in course.site_map().sections
             if section.title in TOOL_SECTIONS for entry in section.pages}
    return GOALS["tool"] if title in tools else GOALS["guide"]


def report(result: dict, args: argparse.Namespace) -> None:
    bare_s = median(result["bare"])
    rows = [("(bare app: switch page)", ms(bare_s), ms(benchkit.percentile(result["bare"], 0.9)),
             ms(median(result["bare_first"])), "", "1.00")]
    over = []
    for title in result["titles"]:
        times = result["app"][title]
        ratio = median(times) / bare_s
        goal = goal_of(title, args.phone)
        if ratio > goal:
            over.append(title)
        rows.append((title, ms(median(times)), ms(max(times)), ms(median(result["first"][title])),
                     f"{goal:g}", f"{ratio:.2f}"))
    where = "a phone (390×844, touch)" if args.phone else "a desktop (1366×768)"
    slower = f", CPU {args.cpu_slowdown:g}x slower" if args.cpu_slowdown > 1 else ""
    print(f"Click on a navigation link → page settled, in Chromium on {where}{slower} (ms; median "
          f"and slowest of {args.rounds} visits; bare: median and 90th percentile of "
          f"{len(result['bare'])}; first run: the first run's page finished)")
    print_table(["page", "settled ms", "max ms", "first run ms", "goal", "ratio"], rows)
    loads = result["loads"]
    print(f"\nOpening the app in a new tab (to a settled page, median of 3): coach "
          f"{ms(median(loads['app']))} ms, bare app {ms(median(loads['bare']))} ms.")
    worst = max(result["titles"], key=lambda t: median(result["app"][t]))
    print(f"Summary: bare page switch {ms(bare_s)} ms; {len(result['titles']) - len(over)} of "
          f"{len(result['titles'])} pages within their goal; slowest {worst} "
          f"{ms(median(result['app'][worst]))} ms = {median(result['app'][worst]) / bare_s:.1f}x"
          f"; exception boxes seen: {result['errors']}"
          + (f"; over the goal: {', '.join(over)}." if over else "."))


if __name__ == "__main__":
    main()
