"""In Chromium: what each element on a page adds to a click that reruns only a fragment — a
checkbox in an st.fragment (bench/fragment_app.py), with paragraphs drawn inside the fragment
or outside it on the page.

Run from the repo root: /work/venv/bin/python bench/bench_fragment_cost.py [--rounds 20]
Explains bench_interactions.py: a tick's time grows with the elements the fragment redraws.
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

LAYOUTS = [(0, 0), (30, 0), (60, 0), (0, 60), (0, 120)]  # (inside, outside)
CAPTION = '[data-testid="stCaptionContainer"]'


async def measure(url: str, rounds: int) -> dict[tuple[int, int], list[float]]:
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=benchkit.CHROMIUM, args=benchkit.CHROMIUM_ARGS)
        context = await browser.new_context(viewport=benchkit.VIEWPORT)
        await bk.instrument(context)
        page = await context.new_page()
        times = {}
        for inside, outside in LAYOUTS:
            await page.goto(f"{url}/?inside={inside}&outside={outside}")
            await bk.wait_settled(page)
            box = page.locator('[data-testid="stCheckbox"]').first
            for _ in range(3):  # warm-up
                await bk.timed_action(page, box.click, watch=CAPTION)
            times[inside, outside] = [await bk.timed_action(page, box.click, watch=CAPTION)
                                      for _ in range(rounds)]
        await browser.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20, help="timed ticks per layout")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as logs, \
            benchkit.streamlit_server("bench/fragment_app.py", Path(logs) / "app.log") as app:
        times = asyncio.run(measure(app.url, args.rounds))

    alone = median(times[0, 0])
    rows = []
    for (inside, outside), taken in times.items():
        extra = inside + outside
        per = f"{(median(taken) - alone) / extra * 1000:.2f}" if extra else ""
        rows.append((inside, outside, ms(median(taken)), ms(benchkit.percentile(taken, 0.9)), per))
    print(f"Tick a checkbox in a fragment → run finished, in Chromium (ms; median and 90th "
          f"percentile of {args.rounds})")
    print_table(["paragraphs inside", "outside", "median ms", "p90 ms", "ms per paragraph"],
                rows)
    per_in = (median(times[60, 0]) - alone) / 60
    per_out = (median(times[0, 120]) - alone) / 120
    print(f"Summary: the tick alone {ms(alone)} ms; each paragraph inside the fragment adds "
          f"{per_in * 1000:.2f} ms, each outside it {per_out * 1000:.2f} ms.")


if __name__ == "__main__":
    main()
