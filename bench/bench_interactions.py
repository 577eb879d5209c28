"""In Chromium: the things a student does on a page — tick, pick, type, quiz next, a People card's
button, the People page's charts tab, a note in the interview companion, projector mode —
click (or tap, or Enter) → page settled, next to pressing the button of a bare Streamlit page
(bench/bare_button_app.py) served beside it with the same server settings.

Run from the repo root: .venv/bin/python bench/bench_interactions.py [--rounds 10]
                                                   [--phone] [--cpu-slowdown 4] [--set OPT=VAL]
Goals (issue 19): on a phone (--phone --cpu-slowdown 4: 390×844, touch, a CPU 4 times slower)
each ≤ 3× the bare press on the same throttle; on a desktop each ≤ 2×.

"Settled" (issue 19): the page has finished the run the click caused and every run that
followed it (a browser-store answer, an st.rerun), and no further run has started for 0.4 s;
the figure ends at the last run's finished page. Beside it: the first run's end (what the
benchmark counted before), the script runs per click, and the server's part (request received
→ run finished, every run of the click, timed inside each server by timed_server.py).

Both apps run on 127.0.0.1, each in its own tab of one headless Chromium. Each interaction is
done --rounds times in both directions (tick and untick, pick and unpick…), so every round
starts from the same state; after each one the bare page's button is pressed once, so both are
measured under the same load. Times are taken inside the page (browserkit).
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path
from statistics import median
from typing import Any

import benchkit
import browserkit as bk
from benchkit import ms, print_table
from class_flow import (
    CHARTS_DRAWN_JS,
    LABEL_WORDS,
    MAIN_CHECKBOX,
    MAIN_EXPANDER,
    PROGRESS,
    main_has_text,
)

GOAL_DESKTOP = 2.0
GOAL_PHONE = 3.0
MAIN = '[data-testid="stMain"]'
BARE_TEXT = f"{MAIN} p"  # the bare page's paragraph counts the presses
H1_SIZE = "parseFloat(getComputedStyle(document.querySelector('h1')).fontSize)"
CARD = '[class*="st-key-person_card_"]'
CARDS_SHOWN = f"() => !!document.querySelector('{CARD}')"
PEOPLE_ROUNDS_NAME = "Bench student {:02d}"
NOTES = ("Robots in logistics", "Mostly site visits")


class Touch:
    """Tap (a phone) or click (a desktop): set by measure()."""

    on = False


async def press(locator: Any) -> None:
    await (locator.tap() if Touch.on else locator.click())


def timed(page: Any, action, **proof) -> Any:
    return bk.timed_action(page, action, settle_ms=bk.SETTLE_MS, **proof)


def textarea_has(text: str) -> str:
    return ("() => [...document.querySelectorAll('[data-testid=\"stMain\"] textarea')]"
            f".some((box) => box.value.includes({text!r}))")


def stored_has(text: str) -> str:
    """The browser copy of the student's work holds `text` (the run saved it)."""
    return f"() => Object.values(localStorage).some((v) => v.includes({text!r}))"


async def tick_checklist(page: Any, forward: bool) -> float:
    words = page.locator(MAIN_CHECKBOX).first.locator(LABEL_WORDS).first  # as a student clicks
    return await timed(page, lambda: press(words), watch=PROGRESS)


async def pick_question(page: Any, forward: bool) -> float:
    box = page.locator(MAIN_CHECKBOX).filter(has_text="How did you get your job?").first
    return await timed(page, lambda: press(box.locator(LABEL_WORDS).first), watch=PROGRESS)


async def type_name(page: Any, forward: bool) -> float:
    name = "Sam Rivera" if forward else "Alex Chen"
    field = page.get_by_label("Your name", exact=True)

    async def type_and_enter() -> None:
        await field.fill(name)
        await field.press("Enter")  # the press starts the clock (browserkit listens to keydown)

    return await timed(page, type_and_enter, extra_js=textarea_has(name))


async def quiz_next(page: Any, forward: bool) -> float:
    button = page.get_by_role("button", name="Next" if forward else "Back", exact=True)
    return await timed(page, lambda: press(button), watch=PROGRESS)


class People:
    """The People page's card buttons: "I sent it" then "No reply" on one newly added person
    (To ask → Requested → No reply), a fresh person each round."""

    next_person = 0


async def card_action(page: Any, forward: bool) -> float:
    name = PEOPLE_ROUNDS_NAME.format(People.next_person)
    if forward:  # added just before (untimed): the newest card is first on the first page
        await add_person(page, name)
    card = page.locator(CARD).filter(has_text=name)
    button = card.get_by_role("button", name="I sent it" if forward else "No reply", exact=True)
    if not forward:
        People.next_person += 1
    return await timed(page, lambda: press(button), watch=CARD)


async def people_tab(page: Any, forward: bool) -> float:
    tab = page.get_by_role("tab", name="Charts" if forward else "My people", exact=True)
    return await timed(page, lambda: press(tab),
                       extra_js=CHARTS_DRAWN_JS if forward else CARDS_SHOWN)


async def companion_note(page: Any, forward: bool) -> float:
    text = NOTES[0] if forward else NOTES[1]
    box = page.get_by_placeholder("What they said").first

    async def type_and_leave() -> None:
        await box.fill(text)
        await box.press("Tab")  # leaving the box sends the note (the Tab key starts the clock)

    return await timed(page, type_and_leave, extra_js=stored_has(text))


async def projector(page: Any, forward: bool) -> float:
    switch = page.locator('[data-testid="stSidebar"] [data-testid="stCheckbox"]').filter(
        has_text="Projector mode")
    # The page's CSS changes only through the run: the heading grows in projector mode.
    wanted = "> window.__startSize + 1" if forward else "< window.__startSize + 1"
    return await timed(page, lambda: press(switch), extra_js=f"() => {H1_SIZE} {wanted}")


ACTIONS = {  # name: (page's navigation title, what the interaction reruns, the action)
    "Tick a checklist item": ("Prep checklist", "the checklist", tick_checklist),
    "Pick a question": ("Question picker", "the picker", pick_question),
    "Type your name (writing help)": ("Writing help", "the writing tools", type_name),
    "Next / back in the quiz": ("Check yourself: quiz", "the quiz", quiz_next),
    "People: I sent it / No reply": ("People", "the People part", card_action),
    "People: Charts tab / My people": ("People", "the People part", people_tab),
    "Companion: a note": ("Interview companion", "the companion", companion_note),
    "Projector mode on / off": ("Start here", "whole page", projector),
}


def keep_only(words: list[str]) -> None:
    """Measure only the interactions whose name holds one of `words` (--only)."""
    for name in [n for n in ACTIONS if not any(w.lower() in n.lower() for w in words)]:
        del ACTIONS[name]


async def open_sidebar(page: Any) -> None:
    expand = page.locator(bk.EXPAND_SIDEBAR)
    if await expand.count() and await expand.first.is_visible():
        await expand.first.click()
        await page.locator('[data-testid="stSidebar"] [data-testid="stCheckbox"]').first.wait_for(
            state="visible")
        await page.wait_for_timeout(400)  # the slide-in


async def add_people(page: Any) -> None:
    """Load the sample people (a full board: 24 people, a page of 10 cards; untimed)."""
    if not await page.locator(CARD).count():
        await bk.timed_action(page, page.get_by_role("button", name="Load sample people").click,
                              extra_js=CARDS_SHOWN)
    People.next_person = 0


async def add_person(page: Any, name: str) -> None:
    """Add someone to ask with the quick add (untimed)."""
    summary = page.locator(f"{MAIN} [data-testid=\"stExpander\"] summary").filter(
        has_text="Add someone you could ask")
    field = page.get_by_label("Their name", exact=True)
    if not await field.is_visible():  # folded once the list has people; a click would fold it
        await summary.click()
    await field.wait_for(state="visible")
    await field.fill(name)
    await bk.timed_action(page, page.get_by_role("button", name="Add to my list").click,
                          extra_js=main_has_text(name))
    await bk.wait_settled(page)


async def prepare(page: Any, name: str, rounds: int) -> None:
    """What must be on screen before the interaction can be done (untimed)."""
    if name == "Pick a question":
        question = page.locator(MAIN_CHECKBOX).filter(has_text="How did you get your job?")
        if not (await question.count() and await question.first.is_visible()):
            summary = page.locator(MAIN_EXPANDER).filter(has_text="Career path").first
            await bk.timed_action(page, summary.click,
                                  extra_js=main_has_text("How did you get your job?"))
            await question.first.wait_for(state="visible")
    elif name in ("People: I sent it / No reply", "People: Charts tab / My people"):
        await add_people(page)
    elif name == "Companion: a note":
        # A question to take notes under: pick one (the picker's Career path), then back.
        await bk.go_to(page, "Question picker")
        await bk.close_sidebar(page)
        await prepare(page, "Pick a question", rounds)
        await pick_question(page, True)
        await bk.go_to(page, "Interview companion")
        await bk.close_sidebar(page)
        await page.get_by_placeholder("What they said").first.wait_for(state="visible")
    elif name == "Projector mode on / off":
        await open_sidebar(page)
        await page.evaluate(f"() => {{ window.__startSize = {H1_SIZE}; }}")


async def new_tab(browser: Any, url: str, phone: bool, cpu_slowdown: float) -> Any:
    options = dict(bk.PHONE) if phone else {"viewport": benchkit.VIEWPORT}
    context = await browser.new_context(**options)
    await bk.instrument(context)
    tab = await context.new_page()
    cdp = tab.cdp = await context.new_cdp_session(tab)
    await cdp.send("Performance.enable")
    await tab.goto(url)
    await bk.wait_settled(tab, timeout_ms=90_000)
    if cpu_slowdown > 1:  # after the first load (untimed), which would take long throttled
        await cdp.send("Emulation.setCPUThrottlingRate", {"rate": cpu_slowdown})
    return tab


def server_part(run_log: Path | None, since: float) -> tuple[float, float]:
    """The server's part of a click: (script runs that ended after `since`, their time from
    request received to run finished, summed); nan without a run log."""
    if run_log is None:
        return float("nan"), float("nan")
    runs = benchkit.server_runs(run_log, since)
    return len(runs), sum(total for total, _run in runs)


# Chromium's own counters (CDP Performance.getMetrics): the page's main thread, in seconds.
METRICS = {"script": ("ScriptDuration",), "style_layout": ("RecalcStyleDuration",
                                                           "LayoutDuration"),
           "busy": ("TaskDuration",)}


async def main_thread(page: Any) -> dict[str, float]:
    got = {m["name"]: m["value"] for m in
           (await page.cdp.send("Performance.getMetrics"))["metrics"]}
    return {part: sum(got.get(name, 0.0) for name in names) for part, names in METRICS.items()}


class Figures:
    """Per interaction (and for the bare press): settled, first run's end, runs, server, and
    the page's main thread (scripting, style and layout, all its tasks) from click to settled
    and the calm after it."""

    def __init__(self) -> None:
        self.settled: list[float] = []
        self.first: list[float] = []
        self.runs: list[int] = []
        self.server: list[float] = []
        self.thread: dict[str, list[float]] = {part: [] for part in METRICS}

    async def add(self, page: Any, took: float, run_log: Path | None, since: float,
                  before: dict[str, float]) -> None:
        after = await main_thread(page)
        for part in METRICS:
            self.thread[part].append(after[part] - before[part])
        parts = await bk.last_breakdown(page)
        self.settled.append(took)
        self.first.append(parts["first"] if parts["first"] is not None else took)
        await asyncio.sleep(0.05)  # the server writes its line as the run ends
        runs, seconds = server_part(run_log, since)
        self.runs.append(runs)
        self.server.append(seconds)


async def measure(app_url: str, bare_url: str, rounds: int, cpu_slowdown: float = 1,
                  phone: bool = False, run_logs: tuple[Path, Path] | None = None) -> dict:
    from playwright.async_api import async_playwright

    app_log, bare_log = run_logs or (None, None)
    Touch.on = phone
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=benchkit.CHROMIUM, args=benchkit.CHROMIUM_ARGS)
        app = await new_tab(browser, app_url, phone, cpu_slowdown)
        bare = await new_tab(browser, bare_url, phone, cpu_slowdown)
        button = bare.get_by_role("button", name="A button")
        for _ in range(2):  # warm-up
            await timed(bare, lambda: press(button), watch=BARE_TEXT)

        figures = {name: Figures() for name in ACTIONS}
        bare_figures = Figures()
        errors = 0
        on_page = None
        for name, (title, _reruns, action) in ACTIONS.items():
            if title != on_page and name != "Companion: a note":  # that one goes on its own
                await bk.go_to(app, title)
                await bk.close_sidebar(app)
            await prepare(app, name, rounds)
            on_page = title
            await action(app, True)  # warm-up, there and back
            await action(app, False)
            for _ in range(rounds):
                for forward in (True, False):
                    before, since = await main_thread(app), time.monotonic()
                    took = await action(app, forward)
                    await figures[name].add(app, took, app_log, since, before)
                    errors += await bk.exception_count(app)
                    before, since = await main_thread(bare), time.monotonic()
                    took = await timed(bare, lambda: press(button), watch=BARE_TEXT)
                    await bare_figures.add(bare, took, bare_log, since, before)
        await browser.close()
    return {"times": {name: f.settled for name, f in figures.items()},
            "bare": bare_figures.settled, "figures": figures, "bare_figures": bare_figures,
            "errors": errors}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10, help="timed rounds per interaction")
    parser.add_argument("--cpu-slowdown", type=float, default=1,
                        help="run the tabs on a CPU this many times slower, e.g. 4 for a phone")
    parser.add_argument("--phone", action="store_true",
                        help="390×844, a touch screen (taps), the phone layout")
    parser.add_argument("--set", action="append", default=[], metavar="OPTION=VALUE",
                        help="a server option for both apps, e.g. runner.postScriptGC=false")
    parser.add_argument("--only", action="append", default=[], metavar="WORDS",
                        help="only the interactions whose name holds these words (repeatable)")
    args = parser.parse_args()
    if args.only:
        keep_only(args.only)
    with tempfile.TemporaryDirectory() as logs:
        folder = Path(logs)
        run_logs = (folder / "app_runs.log", folder / "bare_runs.log")
        with benchkit.streamlit_server("app.py", folder / "app.log", args.set,
                                       run_log=run_logs[0]) as app, \
                benchkit.streamlit_server("bench/bare_button_app.py", folder / "bare.log",
                                          args.set, run_log=run_logs[1]) as bare:
            result = asyncio.run(measure(app.url, bare.url, args.rounds, args.cpu_slowdown,
                                         args.phone, run_logs))
    report(result, args)


def report(result: dict, args: argparse.Namespace) -> None:
    goal = GOAL_PHONE if args.phone else GOAL_DESKTOP
    bare = result["bare_figures"]
    bare_s = median(bare.settled)

    def row(name: str, reruns: str, f: Figures, ratio: str) -> tuple:
        return (name, reruns, ms(median(f.settled)), ms(benchkit.percentile(f.settled, 0.9)),
                ms(median(f.first)), f"{median(f.runs):g}", ms(median(f.server)),
                ms(median(f.thread["script"])), ms(median(f.thread["style_layout"])),
                ms(median(f.thread["busy"])), ratio)

    rows = [row("(bare page: press its button)", "whole page", bare, "1.00")]
    over = []
    for name, (_title, reruns, _action) in ACTIONS.items():
        f = result["figures"][name]
        ratio = median(f.settled) / bare_s
        if ratio > goal:
            over.append(name)
        rows.append(row(name, reruns, f, f"{ratio:.2f}"))
    where = "a phone (390×844, touch)" if args.phone else "a desktop (1366×768)"
    slower = f", CPU {args.cpu_slowdown:g}x slower" if args.cpu_slowdown > 1 else ""
    print(f"Click (tap, Enter) → page settled, in Chromium on {where}{slower} (ms; median and "
          f"90th percentile of {2 * args.rounds} each, both directions; first run: the first "
          "run's page finished; runs: script runs per click and server: their time, both "
          "timed in the server)")
    print_table(["interaction", "reruns", "settled ms", "p90 ms", "first run ms", "runs",
                 "server ms", "JS ms", "style+layout ms", "main thread ms", "ratio"], rows)
    print("JS, style+layout, main thread: Chromium's Performance.getMetrics over the click and "
          "the 0.4 s calm after it (throttled time); what is left of the settled time is "
          "waiting: the network, the server, paint and compositing.")
    times = result["times"]
    slowest = max(ACTIONS, key=lambda n: median(times[n]))
    print(f"Summary: bare button press {ms(bare_s)} ms; {len(ACTIONS) - len(over)} of "
          f"{len(ACTIONS)} interactions within {goal:g}x; slowest {slowest} "
          f"{ms(median(times[slowest]))} ms = {median(times[slowest]) / bare_s:.1f}x; "
          f"exception boxes seen: {result['errors']}"
          + (f"; over the goal: {', '.join(over)}." if over else "."))


if __name__ == "__main__":
    main()
