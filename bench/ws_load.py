"""Capacity without browsers: hundreds of simulated students on Streamlit's own WebSocket protocol.

Run from the repo root, e.g.:
  .venv/bin/python bench/ws_load.py --students 30 100 300 1000
  .venv/bin/python bench/ws_load.py --bare --students 30 100 300 1000
  .venv/bin/python bench/ws_load.py --replicas 2 --students 300 1000   (HAProxy in front)
Goal on a 2-core machine: 300 students on one server process at p95 <= 250 ms, 0 errors.

For every class size a fresh cluster (deploy/local_cluster.py: N replicas of `streamlit run`,
HAProxy in front with --replicas > 1 or --balancer) and one class (ws_flow.py): a warm-up
student, everyone opens the app (--open-at-once tabs at a time), then every student starts
within --start-within seconds and goes through the class flow once (--loops), reading for
--think seconds between clicks. Reported: click p50/p95/max (BackMsg sent -> script_finished
received), errors, the server's memory per open session ((RSS with every session open - RSS
after the warm-up) / students, all replicas added up) and CPU while the class worked (one
core = 100%), next to the generator's own CPU. --bare runs bench/bare_app.py instead: page
switches and button presses in the same rhythm. Everything stops by itself: no click starts
after --seconds, and the class is cut off at --seconds + 120 s + 0.5 s per student.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import threading
import time
from pathlib import Path

import benchkit
import server_profile
import ws_flow
from benchkit import ms, percentile, print_table

sys.path.insert(0, str(benchkit.ROOT / "deploy"))
import local_cluster  # noqa: E402

GOAL_STUDENTS, GOAL_P95_S = 300, 0.250


def measure(args: argparse.Namespace, students: int) -> dict[str, object]:
    """One class of `students` on a fresh cluster: the figures of one table row."""
    app_dir = Path(args.app_dir).resolve()
    script = "bench/bare_app.py" if args.bare else "app.py"
    balancer = args.balancer or args.replicas > 1
    with local_cluster.cluster(args.replicas, balancer, app_dir, script, options=args.set,
                               cpus=args.server_cpus, nice=args.server_nice) as running:
        pids = [r.pid for r in running.replicas]
        plan = ws_flow.Plan(url=running.url, log_csv=ws_flow.log_csv(app_dir),
                            bare=args.bare, seconds=args.seconds, max_loops=args.loops,
                            think_s=tuple(args.think), start_within_s=args.start_within,
                            open_at_once=args.open_at_once,
                            give_up_after=args.give_up_after, skip=frozenset(args.skip))
        figures: dict[str, float] = {}

        def server_cpu() -> float:
            return sum(benchkit.cpu_seconds(pid) for pid in pids)

        def after_warm_up() -> None:
            figures["idle_mb"] = sum(benchkit.rss_mb(pid) for pid in pids)

        samples: list[tuple[float, float]] = []  # (time, server CPU s) every second
        sampling = threading.Event()

        def sample() -> None:
            while not sampling.wait(1.0):
                samples.append((time.monotonic(), server_cpu()))

        sampler = threading.Thread(target=sample, daemon=True)

        def at_class_start() -> None:
            figures["spies"] = server_profile.start(pids, args.profile)
            sampler.start()
            figures["cpu0"], figures["t0"] = server_cpu(), time.monotonic()
            figures["gen0"] = time.process_time()
            if running.balancer:
                figures["lb0"] = benchkit.cpu_seconds(running.balancer.pid)

        def before_close() -> None:
            sampling.set()
            server_profile.stop(figures.pop("spies", []))
            figures["cpu_peak"] = max((c2 - c1) / (t2 - t1) for (t1, c1), (t2, c2)
                                      in zip(samples, samples[10:], strict=False)) \
                if len(samples) > 10 else float("nan")
            wall = time.monotonic() - figures["t0"]
            figures["wall"] = wall
            figures["busy_mb"] = sum(benchkit.rss_mb(pid) for pid in pids)
            figures["cpu_s"] = server_cpu() - figures["cpu0"]  # CPU time: no matter who else runs
            figures["cpu"] = figures["cpu_s"] / wall
            figures["gen"] = (time.process_time() - figures["gen0"]) / wall
            if running.balancer:
                figures["lb"] = (benchkit.cpu_seconds(running.balancer.pid) - figures["lb0"]) / wall
            figures["load"] = benchkit.load_average()

        limit = args.seconds + 120 + 0.5 * students
        flow = ws_flow.run_class(plan, students, after_warm_up, at_class_start, before_close,
                                 warm_ups=args.replicas)  # one per replica, each warmed
        try:
            results = asyncio.run(asyncio.wait_for(flow, timeout=limit))
        except TimeoutError:
            results = ws_flow.Results(errors=[f"the class did not end within {limit:.0f} s"])
        server_errors = sum(r.log_path.read_text(errors="replace").count("Traceback")
                            for r in running.replicas)
    clicks = results.clicks()
    per_kind = {name: times for name, times in results.times.items()}
    expected = ws_flow.clicks_expected(students, args.loops, args.bare, plan.skip)
    return {"students": students, "clicks": len(clicks), "expected": expected,
            "p50": percentile(clicks, 0.5), "p95": percentile(clicks, 0.95),
            "max": max(clicks, default=float("nan")),
            "errors": len(results.errors) + server_errors, "error_list": results.errors,
            "server_errors": server_errors, "loops": results.loops, "per_kind": per_kind,
            "open_median": percentile(results.open_s, 0.5), **figures}


def print_row_details(row: dict[str, object]) -> None:
    rows = [(name, len(t), ms(percentile(t, 0.5)), ms(percentile(t, 0.95)), ms(max(t)))
            for name, t in row["per_kind"].items()]
    print(f"\n{row['students']} students: clicks by kind (server RSS "
          f"{row.get('idle_mb', 0):.0f} MB after the warm-up, "
          f"{row.get('busy_mb', 0):.0f} MB with every session open)")
    print_table(["click", "count", "p50 ms", "p95 ms", "max ms"], rows)
    for error in row["error_list"][:8]:
        print(f"error: {error}")
    if row["server_errors"]:
        print(f"error: the server log holds {row['server_errors']} traceback(s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, nargs="+", default=[30, 100, 300, 1000])
    parser.add_argument("--bare", action="store_true", help="the bare app, not the coach")
    parser.add_argument("--profile", metavar="FILE",
                        help="py-spy the replicas while the class works (FILE.<pid>), and say "
                             "where their CPU went (bench/server_profile.py)")
    parser.add_argument("--replicas", type=int, default=1)
    parser.add_argument("--balancer", action="store_true",
                        help="HAProxy in front even of one replica")
    parser.add_argument("--seconds", type=float, default=150,
                        help="how long the class goes on (no click starts after it)")
    parser.add_argument("--loops", type=int, default=1, help="rounds of the flow per student")
    parser.add_argument("--think", type=float, nargs=2, default=(3.0, 9.0),
                        metavar=("MIN", "MAX"), help="seconds between clicks (uniform)")
    parser.add_argument("--start-within", type=float, default=5)
    parser.add_argument("--open-at-once", type=int, default=8)
    parser.add_argument("--server-cores", type=int, default=0,
                        help="run the server(s) on this many cores and the generator on the rest")
    parser.add_argument("--skip", action="append", default=[], choices=ws_flow.SKIPPABLE,
                        help="leave a click out of the flow, to see what it costs the others")
    parser.add_argument("--give-up-after", type=int, default=100,
                        help="stop the class after this many errors (0: never): an overloaded "
                        "server is not worth 20 s timeouts more")
    parser.add_argument("--server-nice", type=int, default=0,
                        help="the server(s)' CPU priority, e.g. -10 (as root): first on a "
                        "machine that other work shares")
    parser.add_argument("--app-dir", default=str(benchkit.ROOT),
                        help="the checkout to serve (default: this one)")
    parser.add_argument("--set", action="append", default=[], metavar="OPTION=VALUE",
                        help="a server option, e.g. runner.postScriptGC=false")
    args = parser.parse_args()
    cores = sorted(os.sched_getaffinity(0))
    args.server_cpus = None
    if args.server_cores:
        args.server_cpus = set(cores[:args.server_cores])
        os.sched_setaffinity(0, set(cores[args.server_cores:]) or set(cores))

    target = "bare app (bench/bare_app.py)" if args.bare else "the coach (app.py)"
    setup = f"{args.replicas} replica(s)" + (" behind HAProxy" if args.balancer
                                              or args.replicas > 1 else ", no balancer")
    print(f"{target}, {setup}; each student: {args.loops} round(s) of the class flow, "
          f"{args.think[0]:g}-{args.think[1]:g} s between clicks, starting within "
          f"{args.start_within:g} s; {os.cpu_count()} cores"
          + (f", server(s) on core(s) {sorted(args.server_cpus)}" if args.server_cpus else "")
          + (f", server(s) at nice {args.server_nice}" if args.server_nice else "")
          + (f"; left out: {', '.join(args.skip)}" if args.skip else ""))
    table = []
    for students in args.students:
        row = measure(args, students)
        print_row_details(row)
        if args.profile:
            server_profile.summary(Path(args.profile))
        table.append(row)
    print()
    print_table(
        ["students", "clicks", "p50 ms", "p95 ms", "max ms", "errors", "MB/session",
         "server CPU", "busiest 10 s", "CPU ms/click", "generator CPU", "balancer CPU",
         "load avg"],
        [(r["students"], f"{r['clicks']}/{r['expected']}", ms(r["p50"]), ms(r["p95"]),
          ms(r["max"]), r["errors"],
          f"{(r['busy_mb'] - r['idle_mb']) / r['students']:.2f}" if "busy_mb" in r else "-",
          f"{r['cpu']:.0%}" if "cpu" in r else "-",
          f"{r['cpu_peak']:.0%}" if r.get("cpu_peak", float("nan")) >= 0 else "-",
          f"{r['cpu_s'] / r['clicks'] * 1000:.1f}" if r.get("clicks") and "cpu_s" in r else "-",
          f"{r['gen']:.0%}" if "gen" in r else "-",
          f"{r['lb']:.0%}" if "lb" in r else "-", f"{r.get('load', float('nan')):.1f}")
         for r in table])
    met = [r["students"] for r in table
           if r["p95"] <= GOAL_P95_S and not r["errors"] and r["clicks"] == r["expected"]]
    print(f"Summary: {target}, {setup}: the largest class at p95 <= {GOAL_P95_S * 1000:.0f} ms "
          f"with 0 errors and every click done: {max(met, default='none of the sizes run')}"
          + ("" if args.bare else f" (goal: >= {GOAL_STUDENTS} on one process)"))

if __name__ == "__main__":
    main()
