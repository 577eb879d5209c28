"""The server's CPU for one click of each kind, one student alone, beside the bare app's.

Run from the repo root: .venv/bin/python bench/bench_server_clicks.py [--rounds 40]

One simulated student (ws_client.py: Streamlit's own WebSocket protocol, no browser) on a
fresh server of the coach and one of the bare app (bench/bare_app.py), served with the same
settings. Each kind of click is repeated --rounds times back to back; the figure is the
server process's CPU time over those clicks (/proc, user + system) divided by the clicks, so
it holds everything the server does for a click — the script run, the session's bookkeeping,
turning the page into messages and writing them to the socket — which is what decides how
many students one process can hold (bench/ws_load.py). Beside it, the median time from the
click sent to the run's end. The bare app's page switch and button press are the yardsticks.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from statistics import median

import benchkit
import ws_flow
from benchkit import print_table
from ws_client import Run, Tab, Widget

sys.path.insert(0, str(benchkit.ROOT / "deploy"))
import local_cluster  # noqa: E402

Click = Callable[[Tab], Awaitable[Run]]


async def measure(pid: int, tab: Tab, click: Click, rounds: int) -> tuple[float, float]:
    """(CPU ms per click, median ms from sent to the run's end) over `rounds` clicks."""
    await click(tab)  # warm: first visits build what later ones reuse
    waits = []
    cpu_before = benchkit.cpu_seconds(pid)
    for _ in range(rounds):
        started = asyncio.get_running_loop().time()
        run = await click(tab)
        if run.exceptions or run.status is None:
            raise RuntimeError(f"the click failed: {run.exceptions[:1]}")
        waits.append(asyncio.get_running_loop().time() - started)
    return (benchkit.cpu_seconds(pid) - cpu_before) / rounds * 1000, median(waits) * 1000


def titled(tab: Tab, start: str) -> str:
    """The navigation title that starts with `start` (a step's title follows its number)."""
    return next(title for title in tab.pages if title.startswith(start))


def switch_between(first: str, second: str) -> Click:
    async def click(tab: Tab) -> Run:
        one, other = titled(tab, first), titled(tab, second)
        return await tab.go(other if tab.page_hash == tab.pages[one] else one)
    return click


def go_to(title: str, then: Click) -> Click:
    """`then`, on the page `title` (opened once, not counted)."""
    async def click(tab: Tab) -> Run:
        if tab.page_hash != tab.pages[title]:
            await tab.go(title)
        return await then(tab)
    return click


def toggle(kind: str, label_has: str = "") -> Click:
    """Tick or untick the first such box; found on the page's full run (a tick's own run
    redraws only the part it changes)."""
    found = []

    async def click(tab: Tab) -> Run:
        found[:] = tab.last_run.find(kind, label_has)[:1] or found
        box = found[0]
        known = tab.values.get(box.id)
        shown = known.bool_value if known is not None else (
            box.proto.value if box.proto.set_value else box.proto.default)
        return await tab.tick(box, not shown)
    return click


def press(label_has: str) -> Click:
    async def click(tab: Tab) -> Run:
        return await tab.press(tab.last_run.one("button", label_has))
    return click


async def open_student(url: str, bare: bool) -> Tab:
    tab = Tab(url)
    run = await tab.open()
    if not bare:  # a new browser's store answers: nothing kept yet
        store = run.one("bidi_component", ws_flow.STORE)
        await tab.answer_component(store.id, "loaded", {"text": "", "available": True})
    return tab


async def people_tabs(tab: Tab) -> Widget:
    """People's tabs, as the page's last full draw showed them (a part's run may not)."""
    if tab.page_hash != tab.pages["People"] or not tab.last_run.find("tabs"):
        await tab.go("Start here")
        await tab.go("People")
    return tab.last_run.one("tabs")


def people_tab(label: str) -> Click:
    """On People: the tab `label`, then back to the list (a pair: the figure is per click)."""
    async def click(tab: Tab) -> Run:
        tabs = await people_tabs(tab)
        await tab.choose_tab(tabs, label)
        return await tab.choose_tab(tabs, "My people")
    return click


def upload_then(button: str, log_csv: bytes) -> Click:
    """On People's "Add from a file" tab: a 50-row file uploaded, then `button` pressed."""
    async def click(tab: Tab) -> Run:
        if tab.page_hash != tab.pages["People"] or not tab.last_run.find("file_uploader"):
            await tab.choose_tab(await people_tabs(tab), "Add from a file")
        run = await tab.upload(tab.last_run.one("file_uploader"), "my-people.csv", log_csv)
        if button:
            run = await tab.press(run.one("button", button))
        return run
    return click


def app_clicks() -> list[tuple[str, Click]]:
    log_csv = ws_flow.log_csv(benchkit.ROOT)
    return [
        ("guide page switch (Prepare <-> Step 1)", switch_between("Prepare", "1. ")),
        ("tool page switch (Question picker <-> Prep checklist)",
         switch_between("Question picker", "Prep checklist")),
        ("tool page switch (People <-> Writing help)", switch_between("People", "Writing help")),
        ("tick a checklist item", go_to("Prep checklist", toggle("checkbox"))),
        ("pick a question", go_to("Question picker", toggle("checkbox", ws_flow.QUESTION_MARK))),
        ("People: upload a 50-row file", upload_then("", log_csv)),
        ("People: upload it and Replace my list (two clicks)",
         upload_then("Replace my list", log_csv)),
        ("People: Charts tab and back (two clicks)", people_tab("Charts")),
    ]


def bare_clicks() -> list[tuple[str, Click]]:
    async def switch(tab: Tab) -> Run:
        return await tab.go(next(t for t in tab.pages if tab.pages[t] != tab.page_hash))
    return [("page switch", switch), ("button press", press("A button"))]


async def run_app(url: str, pid: int, bare: bool, rounds: int) -> list[tuple[str, float, float]]:
    tab = await open_student(url, bare)
    try:
        if not bare:
            await tab.go("Question picker")  # a category open, as a student has it
            category = tab.last_run.one("expander")
            if not tab.last_run.find("checkbox", ws_flow.QUESTION_MARK):
                await tab.tick(category, True)
        rows = []
        for name, click in bare_clicks() if bare else app_clicks():
            cpu, wait = await measure(pid, tab, click, rounds)
            rows.append((name, cpu, wait))
        return rows
    finally:
        await tab.close()


def serve_and_measure(app_dir: Path, script: str, bare: bool, rounds: int, options: list[str]
                      ) -> list[tuple[str, float, float]]:
    with local_cluster.cluster(1, False, app_dir, script, options=options) as running:
        return asyncio.run(run_app(running.url, running.replicas[0].pid, bare, rounds))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--set", action="append", default=[], metavar="OPTION=VALUE",
                        help="a server option for both apps, e.g. runner.postScriptGC=false")
    parser.add_argument("--app-dir", type=Path, default=benchkit.ROOT,
                        help="the checkout to serve, e.g. an earlier commit's (default: this one)")
    args = parser.parse_args()
    bare = serve_and_measure(benchkit.ROOT, "bench/bare_app.py", True, args.rounds, args.set)
    app = serve_and_measure(args.app_dir.resolve(), "app.py", False, args.rounds, args.set)
    bare_cpu = {name: cpu for name, cpu, _ in bare}
    rows = [(f"bare: {name}", f"{cpu:.1f}", "1.0", f"{wait:.1f}") for name, cpu, wait in bare]
    for name, cpu, wait in app:
        yardstick = bare_cpu["button press" if "switch" not in name else "page switch"]
        rows.append((name, f"{cpu:.1f}", f"{cpu / yardstick:.1f}", f"{wait:.1f}"))
    print(f"One student alone, {args.rounds} clicks of each kind, load average "
          f"{benchkit.load_average():.1f}")
    print_table(["click", "server CPU ms", "x bare", "sent -> run's end, median ms"], rows)


if __name__ == "__main__":
    main()
