"""Where a click's time goes in the browser: Chromium's JavaScript profiler (CDP `Profiler`)
over N rounds of one interaction of bench_interactions.py, self time summed per script file
(Streamlit's frontend is split in files named after their part: `index` is React and the app
shell, `Markdown…`, `Checkbox…`) and per function, beside the bare page's button press
profiled the same way in the same run.

Run from the repo root: .venv/bin/python bench/profile_click.py --only tick [--rounds 6]
                                              [--phone] [--cpu-slowdown 4] [--top 15]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import bench_interactions as bi
import benchkit
import browserkit as bk
from benchkit import print_table


def self_times(profile: dict) -> tuple[Counter, Counter]:
    """(ms per script file, ms per function) of a CDP profile, by self time."""
    nodes = {node["id"]: node for node in profile["nodes"]}
    deltas = profile.get("timeDeltas", [])
    per_node: Counter = Counter()
    for sample, delta in zip(profile.get("samples", []), deltas[1:] + [0], strict=True):
        per_node[sample] += delta / 1000
    files: Counter = Counter()
    functions: Counter = Counter()
    for node_id, took in per_node.items():
        frame = nodes[node_id]["callFrame"]
        file = frame["url"].rsplit("/", 1)[-1].split(".")[0] or frame["functionName"] or "(VM)"
        files[file] += took
        functions[f"{frame['functionName'] or '(anonymous)'} [{file}]"] += took
    return files, functions


async def profiled(page: Any, rounds: int, action) -> tuple[Counter, Counter, float]:
    await page.cdp.send("Profiler.enable")
    await page.cdp.send("Profiler.setSamplingInterval", {"interval": 200})
    await page.cdp.send("Profiler.start")
    took = 0.0
    for _ in range(rounds):
        for forward in (True, False):
            took += await action(page, forward)
    profile = (await page.cdp.send("Profiler.stop"))["profile"]
    return (*self_times(profile), took / (2 * rounds))


async def measure(app_url: str, bare_url: str, args: argparse.Namespace) -> dict:
    from playwright.async_api import async_playwright

    bi.Touch.on = args.phone
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=benchkit.CHROMIUM, args=benchkit.CHROMIUM_ARGS)
        app = await bi.new_tab(browser, app_url, args.phone, args.cpu_slowdown)
        bare = await bi.new_tab(browser, bare_url, args.phone, args.cpu_slowdown)
        button = bare.get_by_role("button", name="A button")

        async def press_bare(page: Any, forward: bool) -> float:  # noqa: ARG001
            return await bi.timed(page, lambda: bi.press(button), watch=bi.BARE_TEXT)

        results = {"(bare page: press its button)": await profiled(bare, args.rounds, press_bare)}
        for name, (title, _reruns, action) in bi.ACTIONS.items():
            if name != "Companion: a note":
                await bk.go_to(app, title)
                await bk.close_sidebar(app)
            await bi.prepare(app, name, args.rounds)
            await action(app, True)  # warm-up, there and back
            await action(app, False)
            results[name] = await profiled(app, args.rounds, action)
        await browser.close()
    return results


def report(results: dict, args: argparse.Namespace) -> None:
    per_click = 2 * args.rounds
    for name, (files, functions, settled) in results.items():
        total = sum(files.values()) / per_click
        print(f"\n{name}: settled {benchkit.ms(settled)} ms, JavaScript "
              f"{total:.1f} ms per click (self time, summed)")
        print_table(["script file", "ms per click"],
                    [(f, f"{t / per_click:.1f}") for f, t in files.most_common(args.top)])
        print_table(["function [file]", "ms per click"],
                    [(f, f"{t / per_click:.1f}") for f, t in functions.most_common(args.top)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", required=True, metavar="WORDS",
                        help="the interactions whose name holds these words (repeatable)")
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--cpu-slowdown", type=float, default=1)
    parser.add_argument("--phone", action="store_true")
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    bi.keep_only(args.only)
    with tempfile.TemporaryDirectory() as logs:
        folder = Path(logs)
        with benchkit.streamlit_server("app.py", folder / "app.log") as app, \
                benchkit.streamlit_server("bench/bare_button_app.py", folder / "bare.log") as bare:
            results = asyncio.run(measure(app.url, bare.url, args))
    report(results, args)


if __name__ == "__main__":
    main()
