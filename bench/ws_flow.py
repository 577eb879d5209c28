"""The class flow for simulated students without browsers (ws_client.py), and a class of them.

Each student: opens the app (a new session; the browser store answers "nothing stored", as a new
browser does), then goes through the flow that class_flow.py's browser students follow: two
guide pages, the Question picker (their category opened the first time) and 3 picks, the Prep
checklist and 3 ticks, the log page's import tab (People, once the Interview log), a 50-row file
uploaded, "Replace my list" (or log), the Charts tab, back to Start here. Pages are found by
their navigation titles, widgets by label text, in what the server sent. On a bare app
(bench/bare_app.py) the same clicks are page switches and button presses. A click counts from
the BackMsg sent to the run's script_finished; an exception element, a run that does not end in
time, a closed socket or a widget that is not there is an error (the student then starts again
in a new tab; a second failure in a row ends them).

Used by ws_load.py and tests/test_ws_load_small.py.
"""

from __future__ import annotations

import asyncio
import csv
import dataclasses
import io
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

from class_flow import Results  # the browsers' class keeps the same figures
from ws_client import ProtocolError, Run, Tab, Widget

STORE = "browser_store"  # the app's component that keeps the work in the browser
QUESTION_MARK = " min"  # a question's checkbox label ends in "· N min"
# The bare twin of every click of the app flow: N a page switch, W a widget (button press).
BARE_FLOW = "NN" "N" "WWW" "N" "WWW" "N" "WWWW" "N"
# Every click of one round of the app flow (the category is opened in the first round only).
APP_CLICKS = {"open a guide page": 3, "open the question picker": 1,
              "open a question category": 1, "pick a question": 3, "open the checklist": 1,
              "tick the checklist": 3, "open the log page": 1, "open the import tab": 1,
              "upload a 50-row log": 1, "replace what was there": 1, "view the charts": 1}
# The log page and its words, newest name first: the app renamed them ("Interview log" became
# "People"), and the flow should run on a checkout from before and after.
LOG_PAGES = ("People", "Interview log")
IMPORT_TABS = ("Add from a file", "Import & export")
REPLACE_BUTTONS = ("Replace my list", "Replace my log")
REPLACED = "was replaced"  # "Your list was replaced by ...", "Your log was replaced ..."


def first_of(candidates: tuple[str, ...], present, what: str) -> str:
    found = next((c for c in candidates if c in present), None)
    if found is None:
        raise ProtocolError(f"no {what} named any of {candidates}")
    return found
ONCE = "open a question category"
SKIPPABLE = {"view the charts"}  # the last click on the log page: nothing after it needs it


def clicks_expected(students: int, loops: int, bare: bool, skip: frozenset[str] = frozenset()
                    ) -> int:
    if bare:
        return students * loops * len(BARE_FLOW)
    per_loop = sum(n for name, n in APP_CLICKS.items() if name != ONCE and name not in skip)
    return students * (loops * per_loop + APP_CLICKS[ONCE])


@dataclass
class Plan:
    url: str
    log_csv: bytes = b""
    bare: bool = False
    seconds: float = 120.0  # no student starts a click after this (from the class start)
    max_loops: int = 1
    think_s: tuple[float, float] = (3.0, 9.0)
    start_within_s: float = 5.0
    open_at_once: int = 8
    timeout_s: float = 20.0
    give_up_after: int = 0  # errors in the whole class after which everyone stops (0: never)
    skip: frozenset[str] = frozenset()  # clicks left out, to see what they cost (SKIPPABLE)


def log_csv(app_dir: Path, rows: int = 50) -> bytes:
    """An exported interview log of `rows` rows, varied from the app's own sample file."""
    with (app_dir / "content" / "sample_log.csv").open(encoding="utf-8-sig", newline="") as f:
        sample = list(csv.DictReader(f))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(sample[0]))
    writer.writeheader()
    for number in range(rows):
        row = dict(sample[number % len(sample)])
        if number >= len(sample):  # another person, another month
            row["contact"] = f"{row['contact']} {number}"
            year, month, day = row["date"].split("-")
            row["date"] = f"{year}-{(int(month) + number // len(sample) - 1) % 12 + 1:02d}-{day}"
        writer.writerow(row)
    return out.getvalue().encode()


class ClassOver(Exception):
    """Time is up: the student stops after the click they were on."""


class Student:
    def __init__(self, plan: Plan, results: Results, seed: int) -> None:
        self.plan, self.results = plan, results
        self.rng = random.Random(seed)
        self.deadline = float("inf")
        self.tab: Tab | None = None
        self.category_open = False

    async def open(self) -> None:
        started = time.perf_counter()
        self.tab = Tab(self.plan.url, timeout_s=self.plan.timeout_s)
        self.category_open = False
        run = await self.tab.open()
        self.check(run, "open the app")
        if not self.plan.bare:  # a new browser has nothing stored
            store = run.one("bidi_component", STORE)
            run = await self.tab.answer_component(store.id, "loaded",
                                                  {"text": "", "available": True})
            self.check(run, "the browser store's answer")
        self.results.open_s.append(time.perf_counter() - started)

    async def close(self) -> None:
        if self.tab is not None:
            await self.tab.close()

    def check(self, run: Run, name: str) -> None:
        if run.exceptions:
            raise ProtocolError(f"{name}: exception shown: {run.exceptions[0]}")
        if run.status is None:
            raise ProtocolError(f"{name}: the run did not finish")

    async def click(self, name: str, action: Callable[[], Awaitable[Run]],
                    expect: Callable[[Run], bool] | None = None) -> Run:
        try:
            run = await action()
        except ProtocolError as err:
            raise ProtocolError(f"{name}: {err}") from None
        self.results.times[name].append(run.seconds)
        self.check(run, name)
        if expect is not None and not expect(run):
            raise ProtocolError(f"{name}: the run did not show what the click should")
        await asyncio.sleep(self.rng.uniform(*self.plan.think_s))
        if time.monotonic() > self.deadline or self.gave_up():
            raise ClassOver
        return run

    # ------------------------------------------------------------------------- flows

    async def app_loop(self) -> None:
        tab = self.tab
        assert tab is not None
        guide = ["Prepare", next(t for t in tab.pages if t.startswith("1. "))]
        for title in guide:
            await self.click("open a guide page", lambda t=title: tab.go(t))
        run = await self.click("open the question picker", lambda: tab.go("Question picker"))
        if not self.category_open:
            questions = run.find("checkbox", QUESTION_MARK)
            if len(questions) < 3:
                category = run.one("expander")
                run = await self.click("open a question category",
                                       lambda: tab.tick(category, True),
                                       lambda r: len(r.find("checkbox", QUESTION_MARK)) >= 3)
            self.category_open = True
        for box in run.find("checkbox", QUESTION_MARK)[:3]:
            await self.click("pick a question", lambda b=box: self.toggle(b))
        run = await self.click("open the checklist", lambda: tab.go("Prep checklist"))
        for box in run.find("checkbox")[:3]:
            await self.click("tick the checklist", lambda b=box: self.toggle(b))
        log_page = first_of(LOG_PAGES, tab.pages, "log page")
        run = await self.click("open the log page", lambda: tab.go(log_page))
        tabs = run.one("tabs")
        import_tab = first_of(IMPORT_TABS, run.texts, "import tab")
        run = await self.click("open the import tab", lambda: tab.choose_tab(tabs, import_tab),
                               lambda r: bool(r.find("file_uploader")))
        uploader = run.one("file_uploader")
        run = await self.click("upload a 50-row log",
                               lambda: tab.upload(uploader, "interview-log.csv",
                                                  self.plan.log_csv),
                               lambda r: any(r.find("button", b) for b in REPLACE_BUTTONS))
        replace = next(w for b in REPLACE_BUTTONS for w in run.find("button", b))
        await self.click("replace what was there", lambda: tab.press(replace),
                         lambda r: REPLACED in r.text())
        if "view the charts" not in self.plan.skip:
            await self.click("view the charts", lambda: tab.choose_tab(tabs, "Charts"),
                             lambda r: r.element_kinds.get("vega_lite_chart", 0) >= 1)
        await self.click("open a guide page", lambda: tab.go("Start here"))

    def gave_up(self) -> bool:
        return 0 < self.plan.give_up_after <= len(self.results.errors)

    async def toggle(self, box: Widget) -> Run:
        """Click a checkbox: the opposite of what the tab shows."""
        assert self.tab is not None
        known = self.tab.values.get(box.id)
        shown = known.bool_value if known is not None else (
            box.proto.value if box.proto.set_value else box.proto.default)
        return await self.tab.tick(box, not shown)

    async def bare_loop(self) -> None:
        tab = self.tab
        assert tab is not None
        titles = list(tab.pages)
        for step in BARE_FLOW:
            if step == "N":
                other = next(t for t in titles if tab.pages[t] != tab.page_hash)
                await self.click("switch page", lambda t=other: tab.go(t),
                                 lambda r: bool(r.find("button", "A button")))
            else:
                button = tab.last_run.one("button", "A button")
                await self.click("press a button", lambda b=button: tab.press(b))

    async def attend(self) -> None:
        """Loops until the deadline or max_loops; an error is counted and the student opens a
        new tab (a second failure in a row ends them)."""
        loops, failed = 0, False
        while (time.monotonic() < self.deadline and loops < self.plan.max_loops
               and not self.gave_up()):
            try:
                if self.tab is None:
                    await self.open()
                await (self.bare_loop() if self.plan.bare else self.app_loop())
                loops += 1
                self.results.loops += 1
                failed = False
            except ClassOver:
                return
            except Exception as err:  # a ProtocolError, a socket error, a missing page
                self.results.errors.append(f"{type(err).__name__}: {str(err)[:300]}")
                await self.close()
                self.tab = None
                if failed:
                    return
                failed = True


async def run_class(plan: Plan, students: int, after_warm_up=None, at_class_start=None,
                    before_close=None, warm_ups: int = 1) -> Results:
    """`warm_ups` students go through the flow once (caches warm, not counted); then every
    student opens the app (open_at_once at a time), then the class starts: each begins within
    start_within_s, for plan.seconds. The callbacks are for reading the server's figures."""
    results = Results()
    warm_up = Results()
    quick = dataclasses.replace(plan, think_s=(0.0, 0.0), max_loops=1)
    warm = [Student(quick, warm_up, seed=-1 - n) for n in range(warm_ups)]
    for student in warm:  # open together: a balancer gives each its own replica
        await student.open()
    await asyncio.gather(*(student.attend() for student in warm))
    await asyncio.gather(*(student.close() for student in warm))
    results.errors += [f"warm-up: {error}" for error in warm_up.errors]
    if after_warm_up:
        after_warm_up()
    class_ = [Student(plan, results, seed) for seed in range(students)]
    gate = asyncio.Semaphore(plan.open_at_once)

    async def open_one(student: Student) -> None:
        async with gate:
            try:
                await student.open()
            except Exception as err:
                results.errors.append(f"open: {type(err).__name__}: {str(err)[:300]}")
                await student.close()
                student.tab = None

    await asyncio.gather(*(open_one(s) for s in class_))
    if at_class_start:
        at_class_start()
    deadline = time.monotonic() + plan.seconds

    async def begin(student: Student) -> None:
        await asyncio.sleep(student.rng.uniform(0, plan.start_within_s))
        student.deadline = deadline
        await student.attend()

    await asyncio.gather(*(begin(s) for s in class_))
    if before_close:
        before_close()
    await asyncio.gather(*(s.close() for s in class_))
    return results
