"""Where a page's run time goes: AppTest's own work, each part of the shared shell, the page body.

Run from the repo root: /work/venv/bin/python bench/bench_run_parts.py [--runs 60]

Times the same reruns as bench_pages.py (server-like, a session whose browser has answered the
store), with a timer around each call app.py makes: set-up (state.init), the content lookup,
st.navigation, the sidebar, the page style, the restore notices, the page itself (pg.run), the
browser store (saved_work.sync) and the status caption. "script" is the whole script run;
"AppTest's own" is the rest of `at.run()` (starting the run, reading the result), which the bare
page pays too. The shell is everything in the script but the page body.
"""

from __future__ import annotations

import argparse
import contextlib
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from statistics import median

import bench_pages
import benchkit
from benchkit import print_table

GOAL_RATIO = 1.5


def ms2(seconds: float) -> str:
    return f"{seconds * 1000:.2f}"


class PartTimer:
    """Adds up the time of each wrapped call per script run; calls made inside the page body
    (e.g. a page's own content lookups) count for the page, not for the shell part."""

    def __init__(self) -> None:
        self.runs: list[dict[str, float]] = []
        self.current: dict[str, float] = defaultdict(float)
        self.depth = 0

    def wrap(self, part: str, func: Callable) -> Callable:
        def timed_call(*args, **kwargs):
            if self.depth:
                return func(*args, **kwargs)
            self.depth += 1
            started = time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                self.current[part] += time.perf_counter() - started
                self.depth -= 1

        return timed_call

    def wrap_script(self, func: Callable) -> Callable:
        def timed_script(*args, **kwargs):
            self.current = defaultdict(float)
            started = time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                self.current["script"] = time.perf_counter() - started
                self.runs.append(dict(self.current))

        return timed_script


PARTS = ["set-up", "content", "navigation", "sidebar", "style", "notices", "store", "status"]


@contextlib.contextmanager
def part_timers(timer: PartTimer) -> Iterator[None]:
    """Wrap what app.py calls (looked up at call time, so patching the modules is enough)."""
    import streamlit as st
    from streamlit.navigation.page import StreamlitPage
    from streamlit.runtime.scriptrunner import script_runner

    from ui import course, saved_work, sidebar, state, style

    targets = [
        (state, "init", "set-up"), (course, "guide", "content"), (st, "navigation", "navigation"),
        (sidebar, "show", "sidebar"), (style, "apply", "style"),
        (saved_work, "show_notices", "notices"), (StreamlitPage, "run", "page body"),
        (saved_work, "sync", "store"), (saved_work, "show_status", "status"),
    ]  # fmt: skip
    saved = [(owner, name, getattr(owner, name)) for owner, name, _part in targets]
    script = script_runner.exec_func_with_error_handling
    for owner, name, part in targets:
        setattr(owner, name, timer.wrap(part, getattr(owner, name)))
    script_runner.exec_func_with_error_handling = timer.wrap_script(script)
    try:
        yield
    finally:
        for owner, name, original in saved:
            setattr(owner, name, original)
        script_runner.exec_func_with_error_handling = script


def measure_page(name: str, runs: int) -> tuple[float, dict[str, float]]:
    """Median at.run() seconds and the median of each part over the same runs."""
    timer = PartTimer()
    with bench_pages.server_like(), part_timers(timer):
        at = bench_pages.open_app_page(name)
        for _ in range(5):
            at.run()
        if at.exception:
            raise RuntimeError(f"{name} shows an exception: {at.exception[0].value}")
        timer.runs.clear()
        totals = [benchkit.timed(at.run) for _ in range(runs)]
    parts = {part: median(run.get(part, 0.0) for run in timer.runs)
             for part in [*PARTS, "page body", "script"]}
    return median(totals), parts


def measure_bare(runs: int) -> tuple[float, float]:
    """Median at.run() seconds of the bare page and of its script alone."""
    timer = PartTimer()
    with bench_pages.server_like(), part_timers(timer):
        at = bench_pages.open_bare()
        timer.runs.clear()
        totals = [benchkit.timed(at.run) for _ in range(runs)]
    return median(totals), median(run["script"] for run in timer.runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=60, help="timed reruns per page")
    args = parser.parse_args()
    benchkit.quiet_streamlit()

    bare_total, bare_script = measure_bare(args.runs)
    pages = [*bench_pages.GUIDE, *bench_pages.TOOLS, *bench_pages.OTHERS]
    results = {name: measure_page(name, args.runs) for name in pages}

    rows = [("(bare page)", ms2(bare_total), ms2(bare_script), "", "",
             ms2(bare_total - bare_script))]
    for name, (total, parts) in results.items():
        shell = parts["script"] - parts["page body"]
        rows.append((name, ms2(total), ms2(parts["script"]), ms2(shell), ms2(parts["page body"]),
                     ms2(total - parts["script"])))
    print(f"Where each run's time goes, median of {args.runs} reruns (ms; server-like AppTest).")
    print_table(["page", "at.run()", "script", "shell", "page body", "AppTest's own"], rows)

    print("\nThe shell's parts, median over all pages (ms):")
    part_rows = [(part, ms2(median(parts[part] for _total, parts in results.values())))
                 for part in PARTS]
    shells = [parts["script"] - parts["page body"] for _total, parts in results.values()]
    part_rows.append(("(module lines between calls)",
                      ms2(median(shells) - sum(float(r[1]) / 1000 for r in part_rows))))
    print_table(["part", "ms"], part_rows)

    allowed = (GOAL_RATIO - 1) * bare_total
    largest = max(PARTS, key=lambda p: median(parts[p] for _t, parts in results.values()))
    print(f"\nSummary: the shell takes {ms2(median(shells))} ms of every run (largest part: "
          f"{largest}); a bare page's whole run is {ms2(bare_total)} ms, so the "
          f"{GOAL_RATIO}x goal leaves {ms2(allowed)} ms for shell and page body together.")


if __name__ == "__main__":
    main()
