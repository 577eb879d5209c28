"""Script run time of every page (AppTest) next to a bare page measured in the same process.

Run from the repo root: /work/venv/bin/python bench/bench_pages.py [--runs 40]
Goal: guide and tool pages take at most 1.5 times a bare page (a title, a paragraph, a button).

Each page is opened once, then `.run()` is timed again and again on the open page (a rerun, as
after a click). Two columns per page:
- "AppTest": AppTest as it is. With a pages/ folder next to app.py, AppTest runs every script in
  Streamlit's old "pages folder" mode (it resets the switch ui/__init__.py flips on a real
  server) and compiles the scripts again on every run.
- "server-like": the same, but with the pages-folder mode off and compiled scripts kept, as a
  real `streamlit run` server does. This is the figure the goal is judged on.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
from collections.abc import Iterator
from dataclasses import asdict
from datetime import date
from statistics import median

import benchkit
from benchkit import ROOT, ms, print_table

GOAL_RATIO = 1.5
GUIDE = ["start", "prepare", "find_someone", *(f"step_{n}" for n in range(1, 8)), "resources"]
TOOLS = ["question_picker", "checklist", "writing_help", "people", "people+sample"]
OTHERS = ["quiz", "class_summary"]


@contextlib.contextmanager
def server_like() -> Iterator[None]:
    """Make AppTest run scripts the way a `streamlit run` server does (see module doc)."""
    from streamlit.runtime.pages_manager import PagesManager
    from streamlit.runtime.scriptrunner.script_cache import ScriptCache
    from streamlit.testing.v1 import app_test, local_script_runner

    shared_cache = ScriptCache()

    class ServerPagesManager(PagesManager):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            PagesManager.uses_pages_directory = False  # what ui/__init__.py does on a server

    modules = (app_test, local_script_runner)
    saved = app_test.PagesManager, [m.ScriptCache for m in modules]
    app_test.PagesManager = ServerPagesManager
    for module in modules:
        module.ScriptCache = lambda: shared_cache
    try:
        yield
    finally:
        app_test.PagesManager = saved[0]
        for module, original in zip(modules, saved[1], strict=True):
            module.ScriptCache = original
        PagesManager.uses_pages_directory = None


def element_count(node) -> int:
    children = getattr(node, "children", None)
    return 1 + sum(element_count(c) for c in children.values()) if isinstance(children, dict) else 1


def open_bare():
    from streamlit.testing.v1 import AppTest

    return AppTest.from_file(str(ROOT / "bench" / "bare_page.py"), default_timeout=60).run()


def open_app_page(name: str):
    """The app opened on pages/<name>.py ("people+sample": with the sample people loaded)."""
    from streamlit.testing.v1 import AppTest

    from interview_coach.people.log_file import read_people_file
    from ui.browser_store import _PREFIX as STORE_PREFIX
    from ui.browser_store import StoreBook
    from ui.saved_work import STORE_NAME

    page = name.split("+")[0]
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    # As a real session a moment after loading: its browser has answered the store (so the
    # first-runs-only elements are gone). AppTest has no browser to answer.
    at.session_state[f"{STORE_PREFIX}{STORE_NAME}"] = asdict(
        StoreBook(forget_seen=0, hydrated=True, status="ok"))
    if name.endswith("+sample"):
        sample = read_people_file(benchkit.sample_log_csv(), date.today(), 1)
        at.session_state["people"] = sample.people
    if page != "start":
        at.switch_page(f"pages/{page}.py")
    at.run()
    return at


def paired_seconds(page_at, bare_at, runs: int) -> tuple[float, float]:
    """Median rerun time of the page and of the bare page, timed in turn (page, bare, page…)
    so both see the same load on the machine. Fails loudly on an exception box."""
    for at in (page_at, bare_at):
        at.run()
        if at.exception:
            raise RuntimeError(f"the page shows an exception: {at.exception[0].value}")
    gc.collect()
    page_times, bare_times = [], []
    for _ in range(runs):
        page_times.append(benchkit.timed(page_at.run))
        bare_times.append(benchkit.timed(bare_at.run))
    return median(page_times), median(bare_times)


def measure(runs: int) -> list[tuple[str, str, float, float, float, float, int]]:
    """[(group, page, AppTest s, its bare s, server-like s, its bare s, elements)]."""
    plans = [("guide", p) for p in GUIDE] + [("tool", p) for p in TOOLS]
    plans += [("other", p) for p in OTHERS]
    results = []
    for group, name in plans:
        plain, plain_bare = paired_seconds(open_app_page(name), open_bare(), runs)
        with server_like():
            at = open_app_page(name)
            server, server_bare = paired_seconds(at, open_bare(), runs)
        results.append((group, name, plain, plain_bare, server, server_bare,
                        element_count(at._tree)))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=40, help="timed reruns per page")
    args = parser.parse_args()
    benchkit.quiet_streamlit()

    results = measure(args.runs)
    bare = median(r[3] for r in results)
    bare_server = median(r[5] for r in results)
    rows = [("(bare page)", "", ms(bare), "1.00", ms(bare_server), "1.00", 5)]
    missed = []
    for group, name, plain, plain_bare, server, server_bare, elements in results:
        ratio = server / server_bare
        if group != "other" and ratio > GOAL_RATIO:
            missed.append(name)
        rows.append((name, group, ms(plain), f"{plain / plain_bare:.2f}", ms(server),
                     f"{ratio:.2f}", elements))
    print(f"Script run time per page, median of {args.runs} reruns (ms). Each page is timed in "
          "turn with a bare page; ratio = page / that bare page.")
    print_table(["page", "group", "AppTest ms", "ratio", "server-like ms", "ratio", "elements"],
                rows)
    judged = [r for r in results if r[0] != "other"]
    worst = max(judged, key=lambda r: r[4] / r[5])
    print(f"Summary: bare page {ms(bare_server)} ms (server-like); {len(judged) - len(missed)} of "
          f"{len(judged)} guide/tool pages within {GOAL_RATIO}x; highest ratio {worst[1]} at "
          f"{ms(worst[4])} ms = {worst[4] / worst[5]:.1f}x"
          + (f"; over the goal: {', '.join(missed)}." if missed else "."))


if __name__ == "__main__":
    main()
