"""A class of 30 on one server: every student works through the class flow at the same time.

Run from the repo root: /work/venv/bin/python bench/bench_load.py [--students 30] [--seconds 180]
Goal on a 2-core machine: p95 click → finished run at most 1.5 s, and no errors.

One `streamlit run app.py` on 127.0.0.1 (settings as in docs/running-for-a-class.md). The
students are browser contexts spread over a few Chromium processes on the same machine (see
class_flow.py for the flow). Everyone opens the app first (a few tabs at a time, as students
arriving), then the class starts: all begin within --start-within seconds and read for
--think seconds between clicks. Reported: click times per kind of click (p50, p95, max),
errors (exception boxes, clicks that never finished, tracebacks in the server log), and the
server's memory: resident size after a warm-up student (idle) and with every student's session
still open, divided by students.

The browsers share the machine's 2 cores with the server, so click times are on the slow side
of what students on their own computers would see. Chromium runs at a lower CPU priority
(--nice) so the server gets the CPU first, as on its own machine; the server's own part of
every click (request received → run done, timed inside the server by timed_server.py) is
reported on its own line, next to how the CPU was shared. With --server-cores N the server gets
N cores of its own and the browsers the rest, which is closer to a real class whose browsers
run on the students' own computers.

The script stops by itself: no student clicks again after --seconds (counted from the start of
the class), and everything is stopped at --seconds + 240 s (+ 10 s per student) at the latest.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time
from pathlib import Path
from statistics import median

import benchkit
import class_flow
from benchkit import ms, percentile, print_table

GOAL_P95_S = 1.5


def split_cores(server_cores: int) -> tuple[set[int] | None, set[int] | None]:
    """(the server's cores, everything else's cores), or (None, None) to share them all."""
    if not server_cores:
        return None, None
    cores = sorted(os.sched_getaffinity(0))
    if server_cores >= len(cores):
        raise SystemExit(f"--server-cores {server_cores} leaves no core for the browsers "
                         f"({len(cores)} cores here)")
    return set(cores[:server_cores]), set(cores[server_cores:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=30)
    parser.add_argument("--browsers", type=int, default=6, help="Chromium processes")
    parser.add_argument("--seconds", type=float, default=180, help="how long the class goes on")
    parser.add_argument("--think", type=float, nargs=2, default=(5.0, 15.0), metavar=("MIN", "MAX"),
                        help="seconds a student reads between clicks (uniform)")
    parser.add_argument("--start-within", type=float, default=5,
                        help="seconds within which every student starts once the class begins")
    parser.add_argument("--nice", type=int, default=19,
                        help="run Chromium at this lower CPU priority (0: same as the server)")
    parser.add_argument("--set", action="append", default=[], metavar="OPTION=VALUE",
                        help="a server option on top of the defaults, "
                        "e.g. runner.postScriptGC=false")
    parser.add_argument("--server-cores", type=int, default=0,
                        help="run the server on this many cores of its own and the browsers on "
                        "the rest, as if they were on other machines (0: all share every core)")
    args = parser.parse_args()
    server_cpus, browser_cpus = split_cores(args.server_cores)

    with tempfile.TemporaryDirectory() as folder, \
            benchkit.streamlit_server("app.py", Path(folder) / "server.log", args.set,
                                      run_log=Path(folder) / "runs.log",
                                      cpus=server_cpus) as server:
        if browser_cpus:  # Playwright's driver and Chromium start from here and inherit it
            os.sched_setaffinity(0, browser_cpus)
        plan = class_flow.default_plan(server.url, Path(folder) / "interview-log.csv")
        plan.seconds, plan.think_s = args.seconds, tuple(args.think)
        memory: dict[str, float] = {"start": server.rss_mb()}
        cpu: dict[str, float] = {}

        def after_warm_up() -> None:
            cpu["class_start"] = time.monotonic()  # server runs counted from here (opens too)
            memory["idle"] = server.rss_mb()

        def at_class_start() -> None:
            cpu["start"], cpu["at"] = benchkit.cpu_seconds(server.pid), time.monotonic()
            cpu["machine"] = benchkit.machine_busy_seconds()
            cpu["browsers"] = benchkit.chromium_seconds()
            memory["load_before"] = benchkit.load_average()

        def before_close() -> None:
            memory["busy"] = server.rss_mb()
            memory["peak"] = benchkit.peak_rss_mb(server.pid)
            cpu["used"] = benchkit.cpu_seconds(server.pid) - cpu["start"]
            cpu["machine"] = benchkit.machine_busy_seconds() - cpu["machine"]
            before = cpu.pop("browsers")
            cpu["browsers"] = sum(t - before.get(pid, 0.0)
                                  for pid, t in benchkit.chromium_seconds().items())
            cpu["wall"] = time.monotonic() - cpu["at"]
            memory["load_after"] = benchkit.load_average()

        flow = class_flow.run_class(plan, args.students, args.browsers, args.start_within,
                                    after_warm_up=after_warm_up,
                                    at_class_start=at_class_start,
                                    before_close=before_close, nice=args.nice)
        limit = args.seconds + 240 + args.students * 10  # opening the tabs comes first
        results = asyncio.run(asyncio.wait_for(flow, timeout=limit))
        server_errors = server.log_tail(200_000).count("Traceback")
        runs = benchkit.server_runs(Path(folder) / "runs.log", cpu["class_start"])

    rows = []
    for name, times in results.times.items():
        rows.append((name, len(times), ms(percentile(times, 0.5)), ms(percentile(times, 0.95)),
                     ms(max(times))))
    clicks = results.clicks()
    p50, p95 = percentile(clicks, 0.5), percentile(clicks, 0.95)
    rows.append(("all clicks", len(clicks), ms(p50), ms(p95), ms(max(clicks, default=0))))
    print(f"{args.students} students starting within {args.start_within:.0f} s, {args.browsers} "
          f"Chromium processes (nice {args.nice}), {args.seconds:.0f} s, pauses "
          f"{args.think[0]}–{args.think[1]} s between clicks; {results.loops} full rounds of "
          "the class flow"
          + (f"; server options {' '.join(args.set)}" if args.set else "")
          + (f"; server on core(s) {sorted(server_cpus)}, everything else on "
             f"{sorted(browser_cpus)}" if server_cpus else ""))
    totals = [total for total, _ in runs]
    rows.append(("(server part: request → run done)", len(runs), ms(percentile(totals, 0.5)),
                 ms(percentile(totals, 0.95)), ms(max(totals, default=0))))
    print_table(["click", "count", "p50 ms", "p95 ms", "max ms"], rows)
    per_student = (memory["busy"] - memory["idle"]) / args.students
    print(f"\nOpening the app before class (new tab → settled, 3 tabs loading at a time): median "
          f"{ms(median(results.open_s))} ms, max {ms(max(results.open_s))} ms over "
          f"{len(results.open_s)} opens.")
    print(f"Server memory (RSS): {memory['start']:.0f} MB at start, {memory['idle']:.0f} MB after "
          f"a warm-up student, {memory['busy']:.0f} MB with {args.students} sessions open (peak "
          f"{memory['peak']:.0f} MB) → {per_student:.1f} MB per student.")
    wall = cpu["wall"]
    print(f"CPU while the students worked ({wall:.0f} s; one core = 100%): server "
          f"{cpu['used'] / wall:.0%}, Chromium + Playwright {cpu['browsers'] / wall:.0%}, all "
          f"else {(cpu['machine'] - cpu['used'] - cpu['browsers']) / wall:.0%}; the machine "
          f"was {cpu['machine'] / wall / os.cpu_count():.0%} busy; load average "
          f"{memory['load_before']:.1f} → {memory['load_after']:.1f} ({os.cpu_count()} cores).")
    errors = len(results.errors) + server_errors
    for error in results.errors[:10]:
        print(f"error: {error}")
    if server_errors:
        print(f"error: the server log holds {server_errors} traceback(s)")
    verdict = "meets" if p95 <= GOAL_P95_S and not errors else "MISSES"
    print(f"Summary: {args.students} students, {len(clicks)} clicks: p50 {ms(p50)} ms, p95 "
          f"{ms(p95)} ms (server part p95 {ms(percentile(totals, 0.95))} ms), {errors} errors, "
          f"{per_student:.1f} MB per student — {verdict} the goal (p95 ≤ {GOAL_P95_S} s, "
          f"0 errors).")


if __name__ == "__main__":
    main()
