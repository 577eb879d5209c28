"""In Chromium: click on a navigation link → script run finished, for every page of the coach,
next to the same click in a bare Streamlit app (bench/bare_app.py) served beside it.

Run from the repo root: /work/venv/bin/python bench/bench_browser.py [--rounds 5]
Goal: every page within 1.5 times the bare app's navigation.

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

GOAL_RATIO = 1.5
BARE_TITLES = ["Bare page", "Second bare page"]


async def open_tab(browser, url: str):
    context = await browser.new_context(viewport=benchkit.VIEWPORT)
    await bk.instrument(context)
    page = await context.new_page()
    await page.goto(url)
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


async def measure(app_url: str, bare_url: str, rounds: int) -> dict:
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=benchkit.CHROMIUM, args=benchkit.CHROMIUM_ARGS)
        app, bare = await open_tab(browser, app_url), await open_tab(browser, bare_url)
        titles = await bk.nav_titles(app)
        headings = {}
        for title in titles[1:] + titles[:1]:  # warm-up: every page once, learn its h1
            await bk.go_to(app, title)
            headings[title] = await bk.h1_text(app)
        for title in BARE_TITLES[1:] + BARE_TITLES[:1]:
            await bk.go_to(bare, title)
            headings[title] = await bk.h1_text(bare)

        app_times: dict[str, list[float]] = {t: [] for t in titles}
        bare_times: list[float] = []
        bare_next = 1
        errors = 0
        for _ in range(rounds):
            for title in titles[1:] + titles[:1]:
                app_times[title].append(await bk.go_to(app, title, headings[title]))
                errors += await bk.exception_count(app)
                target = BARE_TITLES[bare_next]
                bare_times.append(await bk.go_to(bare, target, headings[target]))
                bare_next = 1 - bare_next
        loads = {"app": [], "bare": []}
        for _ in range(3):
            loads["app"].append(await time_new_tab(browser, app_url))
            loads["bare"].append(await time_new_tab(browser, bare_url))
        await browser.close()
    return {"titles": titles, "app": app_times, "bare": bare_times, "loads": loads,
            "errors": errors}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="timed visits per page")
    parser.add_argument("--set", action="append", default=[], metavar="OPTION=VALUE",
                        help="a server option for both apps, e.g. runner.postScriptGC=false")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as logs, \
            benchkit.streamlit_server("app.py", Path(logs) / "app.log", args.set) as app, \
            benchkit.streamlit_server("bench/bare_app.py", Path(logs) / "bare.log",
                                      args.set) as bare:
        result = asyncio.run(measure(app.url, bare.url, args.rounds))

    bare_s = median(result["bare"])
    rows = [("(bare app: switch page)", ms(bare_s), ms(benchkit.percentile(result["bare"], 0.9)),
             "1.00")]
    over = []
    for title in result["titles"]:
        times = result["app"][title]
        ratio = median(times) / bare_s
        if ratio > GOAL_RATIO:
            over.append(title)
        rows.append((title, ms(median(times)), ms(max(times)), f"{ratio:.2f}"))
    print(f"Click on a navigation link → run finished, in Chromium (ms; median and slowest of "
          f"{args.rounds} visits; bare: median and 90th percentile of {len(result['bare'])})")
    print_table(["page", "median ms", "max ms", "ratio"], rows)
    loads = result["loads"]
    print(f"\nOpening the app in a new tab (to a settled page, median of 3): coach "
          f"{ms(median(loads['app']))} ms, bare app {ms(median(loads['bare']))} ms.")
    worst = max(result["titles"], key=lambda t: median(result["app"][t]))
    print(f"Summary: bare page switch {ms(bare_s)} ms; {len(result['titles']) - len(over)} of "
          f"{len(result['titles'])} pages within {GOAL_RATIO}x; slowest {worst} "
          f"{ms(median(result['app'][worst]))} ms = {median(result['app'][worst]) / bare_s:.1f}x"
          f"; exception boxes seen: {result['errors']}"
          + (f"; over the goal: {', '.join(over)}." if over else "."))


if __name__ == "__main__":
    main()
