"""A class of students using one server at once, in headless Chromium (Playwright, async).

Each student has their own browser context (own session, own localStorage) and, until the time
is up, goes through the class flow again and again: open the guide, pick questions (opening
their category in the picker the first time; it stays open, as for a real student), tick the
checklist, import a 50-row log and look at the charts. Every click is timed from the press to
the finished run (browserkit.py); exception boxes and clicks that never finish are errors.

Used by bench_load.py (30 students) and tests/browser/test_load_small.py (5 students).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import random
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import benchkit
import browserkit as bk

CHARTS_DRAWN_JS = """() => {
  const chart = '[data-testid="stMain"] [data-testid="stVegaLiteChart"]';
  const charts = document.querySelectorAll(chart);
  const drawn = document.querySelectorAll(`${chart} svg.marks, ${chart} canvas`);
  return charts.length >= 1 && drawn.length >= charts.length;
}"""
UPLOADER = '[data-testid="stMain"] [data-testid="stFileUploaderDropzoneInput"]'
MAIN_CHECKBOX = '[data-testid="stMain"] [data-testid="stCheckbox"]'
MAIN_EXPANDER = '[data-testid="stMain"] [data-testid="stExpander"] summary'
PROGRESS = '[data-testid="stMain"] [data-testid="stProgress"]'
LABEL_WORDS = '[data-testid="stMarkdownContainer"] p'


def main_has_text(text: str) -> str:
    return ("() => (document.querySelector('[data-testid=\"stMain\"]')?.textContent ?? '')"
            f".includes({text!r})")


@dataclass
class Plan:
    """What every student does, and how long they may go on."""

    url: str
    log_file: Path
    guide_pages: list[str]  # navigation titles of the guide pages to open, in order
    questions: list[str]  # texts of the questions to tick in the question picker
    question_category: str = ""  # their category: opened first when its questions are hidden
    headings: dict[str, str] = field(default_factory=dict)  # nav title -> the page's h1
    seconds: float = 60.0  # how long the class goes on: after that no student starts a loop
    max_loops: int = 1_000
    think_s: tuple[float, float] = (0.5, 1.5)  # pause between clicks, like a person reading
    timeout_ms: float = 20_000  # a click that has not finished by then is an error
    open_timeout_ms: float = 90_000  # a first page load (the app's code loads and compiles)


@dataclass
class Results:
    times: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: list[str] = field(default_factory=list)
    loops: int = 0
    open_s: list[float] = field(default_factory=list)

    def clicks(self) -> list[float]:
        return [t for times in self.times.values() for t in times]


def default_plan(url: str, log_file: Path) -> Plan:
    """The class flow over the coach's own content: guide pages and questions as they are."""
    from interview_coach.course.guide import load_guide
    from interview_coach.questions.bank import load_question_bank

    guide = load_guide()
    first_step = guide.steps[0]
    bank = load_question_bank()
    first_category = [q for q in bank.questions if q.category == bank.categories[0].name]
    log_file.write_bytes(benchkit.generated_log_csv(50, seed=50))
    return Plan(url=url, log_file=log_file,
                guide_pages=["Prepare", f"{first_step.number}. {first_step.short_title}"],
                questions=[q.text for q in first_category[:3]],
                question_category=bank.categories[0].name)


class ClassOver(Exception):
    """The class's time is up: the student stops after the click they were on."""


class Student:
    """One student's browser tab and their share of the results."""

    def __init__(self, page: Any, plan: Plan, results: Results, seed: int,
                 deadline: float) -> None:
        self.page, self.plan, self.results = page, plan, results
        self.rng = random.Random(seed)
        self.deadline = deadline  # time.monotonic() after which no new loop starts

    async def think(self) -> None:
        await asyncio.sleep(self.rng.uniform(*self.plan.think_s))
        if time.monotonic() > self.deadline:
            raise ClassOver

    async def timed(self, name: str, action, **done) -> None:
        took = await bk.timed_action(self.page, action, timeout_ms=self.plan.timeout_ms, **done)
        self.results.times[name].append(took)
        boxes = await bk.exception_count(self.page)
        if boxes:
            self.results.errors.append(f"{name}: {boxes} exception box(es)")
        await self.think()

    async def go(self, title: str, name: str) -> None:
        link = await bk.nav_link(self.page, title)
        await self.timed(name, link.click, expect_h1=self.plan.headings[title])

    async def open(self) -> None:
        started = time.monotonic()
        await self.page.goto(self.plan.url, timeout=self.plan.open_timeout_ms)
        await bk.wait_settled(self.page, timeout_ms=self.plan.open_timeout_ms)
        self.results.open_s.append(time.monotonic() - started)

    async def open_question_category(self) -> None:
        """The picker draws a category's checkboxes only while it is open; it stays open for
        the student's later loops, as it would for a real student."""
        first = self.plan.questions[0]
        shown = await self.page.locator(MAIN_CHECKBOX).filter(has_text=first).count()
        if shown or not self.plan.question_category:
            return
        summary = self.page.locator(MAIN_EXPANDER).filter(has_text=self.plan.question_category)
        await self.timed("open a question category", summary.first.click,
                         extra_js=main_has_text(first))

    async def one_loop(self) -> None:
        page = self.page
        for title in self.plan.guide_pages:
            await self.go(title, "open a guide page")
        await self.go("Question picker", "open the question picker")
        await self.open_question_category()
        # A student clicks a box's words: the middle of the whole row can be its "?" help icon,
        # whose tooltip then covers the next row.
        for text in self.plan.questions:
            words = page.locator(MAIN_CHECKBOX).filter(has_text=text).first.locator(LABEL_WORDS)
            await self.timed("pick a question", words.first.click, watch=PROGRESS)
        await self.go("Prep checklist", "open the checklist")
        for index in range(3):
            words = page.locator(MAIN_CHECKBOX).nth(index).locator(LABEL_WORDS)
            await self.timed("tick the checklist", words.first.click, watch=PROGRESS)
        await self.go("People", "open the people page")
        await self.timed("open the import tab",
                         page.get_by_role("tab", name="Add from a file").click,
                         extra_js=f"() => !!document.querySelector('{UPLOADER}')")
        uploader = page.locator(UPLOADER)
        await self.timed("upload a 50-row log",
                         lambda: uploader.set_input_files(self.plan.log_file),
                         extra_js=main_has_text("Replace my list"))
        replace = page.get_by_role("button", name="Replace my list")
        await self.timed("replace my list", replace.click,
                         extra_js=main_has_text("Your list was replaced"))
        await self.timed("view the charts", page.get_by_role("tab", name="Charts").click,
                         extra_js=CHARTS_DRAWN_JS)
        await self.go("Start here", "open a guide page")

    async def run(self, opened: bool = False) -> None:
        """Loops until the deadline (checked after every click); an error is counted and the
        student starts again from a fresh page load (a second failure in a row ends them)."""
        loops, fresh = 0, opened
        while time.monotonic() < self.deadline and loops < self.plan.max_loops:
            try:
                if not fresh:
                    await self.open()
                    fresh = True
                await self.one_loop()
                loops += 1
                self.results.loops += 1
            except ClassOver:
                return
            except Exception as err:  # a timeout, a missing element, a Playwright error
                self.results.errors.append(f"{type(err).__name__}: {str(err)[:300]}")
                if not fresh:
                    return
                fresh = False


def run_in_own_thread(coroutine, timeout_s: float):
    """asyncio.run(coroutine) in a thread of its own, stopped after timeout_s: works where the
    calling thread already has an event loop (e.g. next to Playwright's sync API in pytest)."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, asyncio.wait_for(coroutine, timeout_s)).result()


async def learn_headings(browser: Any, plan: Plan) -> None:
    """One warm-up student visits each page once: the h1 to expect, and warm server caches."""
    context = await browser.new_context(viewport=benchkit.VIEWPORT)
    await bk.instrument(context)
    page = await context.new_page()
    await page.goto(plan.url)
    await bk.wait_settled(page)
    for title in [*plan.guide_pages, "Question picker", "Prep checklist", "People"]:
        await bk.go_to(page, title)
        plan.headings[title] = await bk.h1_text(page)
    await bk.go_to(page, "Start here")
    plan.headings["Start here"] = await bk.h1_text(page)
    await context.close()


async def _open_tabs(launched: list, students: int, plan: Plan) -> tuple[list, list]:
    """One browser context and tab per student, spread over the Chromium processes."""
    contexts, pages = [], []
    for number in range(students):
        context = await launched[number % len(launched)].new_context(viewport=benchkit.VIEWPORT)
        context.set_default_timeout(plan.timeout_ms)
        await bk.instrument(context)
        contexts.append(context)
        pages.append(await context.new_page())
    return contexts, pages


async def _start_once_all_open(tasks: list, results: Results, students: int, class_start,
                               at_class_start, seconds: float) -> None:
    """Start the class when every tab has opened (or a student has given up)."""
    while not class_start.done():
        if len(results.open_s) == students or any(t.done() for t in tasks):
            at_class_start()
            class_start.set_result(time.monotonic() + seconds)
        await asyncio.sleep(0.1)


async def run_class(plan: Plan, students: int, browsers: int, start_within_s: float = 5.0,
                    open_at_once: int = 3, after_warm_up=None, at_class_start=None,
                    before_close=None, nice: int = 0) -> Results:
    """`students` students on `browsers` Chromium processes.

    As in a classroom: first everyone opens the app (open_at_once tabs loading at a time; each
    open is timed, not counted as a click), then the class starts and every student begins the
    flow within start_within_s seconds, for plan.seconds. after_warm_up() runs once the
    warm-up student is gone, before anyone opens the app; at_class_start() once every tab is
    open; before_close() once every student is done, while their sessions are still open
    (these are for reading the server's memory and CPU use).
    nice: run Chromium at this lower CPU priority."""
    from playwright.async_api import async_playwright

    results = Results()
    async with async_playwright() as playwright:
        launched = [await playwright.chromium.launch(executable_path=benchkit.chromium(nice),
                                                     args=benchkit.CHROMIUM_ARGS)
                    for _ in range(browsers)]
        if not plan.headings:
            await learn_headings(launched[0], plan)
        if after_warm_up is not None:
            after_warm_up()
        contexts, pages = await _open_tabs(launched, students, plan)
        gate = asyncio.Semaphore(open_at_once)
        class_start = asyncio.get_running_loop().create_future()

        async def attend(number: int) -> None:
            student = Student(pages[number], plan, results, number, deadline=0.0)
            async with gate:
                await student.open()
            student.deadline = await class_start
            await asyncio.sleep(student.rng.uniform(0, start_within_s))
            await student.run(opened=True)

        tasks = [asyncio.create_task(attend(n)) for n in range(students)]
        await _start_once_all_open(tasks, results, students, class_start,
                                   at_class_start or (lambda: None), plan.seconds)
        for outcome in await asyncio.gather(*tasks, return_exceptions=True):
            if isinstance(outcome, BaseException):
                results.errors.append(f"{type(outcome).__name__}: {str(outcome)[:300]}")
        if before_close is not None:
            before_close()
        for context in contexts:
            await context.close()
        for browser in launched:
            await browser.close()
    return results
