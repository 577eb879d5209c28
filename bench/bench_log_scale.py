"""The interview log at 1,000 and 10,000 rows: import, page run per tab, chart sizes.

Run from the repo root: /work/venv/bin/python bench/bench_log_scale.py [--runs 5]
Goals: import at most 3 s, a log-page run at most 0.3 s, the charts sent to the browser at most
100 KB in all (at 10,000 rows).

- import: `read_log_csv` on the exported file (median of --runs).
- page: the Interview log page in AppTest (server-like, see bench_pages.py) with the log in
  session state, each tab opened: the first run with the log, then reruns (median of --runs);
  the goal is judged on reruns (every click on the page is one).
- charts: the Charts tab's specs built as ui/log_insights.py builds them, `len(to_json())`.
- browser copy: `snapshot()`'s JSON text (sent to the browser's storage when the log changes)
  and the time to make it and hash it again, which ui/saved_work.py does on every run.
"""

from __future__ import annotations

import argparse
import hashlib
from datetime import date

import benchkit
from benchkit import median_seconds, ms, print_table

SIZES = [1_000, 10_000]
TABS = ["My log", "Charts", "Follow-ups", "Referral tree", "Import & export"]
GOAL_IMPORT_S, GOAL_PAGE_S, GOAL_CHARTS_KB = 3.0, 0.3, 100


def chart_sizes(log) -> dict[str, int]:
    """Bytes of each chart spec on the Charts tab (as ui/log_insights.show_charts builds them)."""
    from interview_coach.log import charts as log_charts
    from interview_coach.log import stats as log_stats

    weekly = log_stats.weekly_interviews(log)
    charts = {
        "weekly": log_charts.weekly_chart(weekly),
        "funnel": log_charts.funnel_chart(log_stats.funnel(log)),
        "how found": log_charts.breakdown_chart(log_stats.breakdown(log, "found_via"), "How found"),
        "field": log_charts.breakdown_chart(log_stats.breakdown(log, "field"), "Field"),
    }
    return {name: len(chart.to_json()) for name, chart in charts.items() if chart is not None}


def open_log_page(log, tab: str, hide_names: bool = False):
    """The log page showing `tab` with `log` in session state, and the time of the run that
    first showed it (anything worked out once per log is worked out in that run)."""
    from bench_pages import open_app_page

    from ui import state

    at = open_app_page("interview_log")
    at.session_state["log"] = log
    at.session_state["hide_names"] = hide_names
    at.session_state["_w_log_tab"] = tab
    for key in state.COUNTERS:  # as state.set_log does: the log changed
        at.session_state[key] = at.session_state[key] + 1
    first_s = benchkit.timed(at.run)
    if at.exception:
        raise RuntimeError(f"{tab}: {at.exception[0].value}")
    return at, first_s


def snapshot_and_hash(log_csv: str) -> str:
    """What ui/saved_work.sync does on every run once the log's CSV is cached: dump the
    browser copy's JSON, then browser_store hashes it to see whether it changed."""
    from interview_coach.saving import stored_copy as saved_work

    text = saved_work.dump({"picks": [], "own_questions": [], "slot_minutes": 30,
                            "slot_is_custom": False, "profile": {}, "checklist": {},
                            "log_csv": log_csv})
    hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs per figure")
    args = parser.parse_args()
    benchkit.quiet_streamlit()
    from bench_pages import server_like

    from interview_coach.log import stats as log_stats
    from interview_coach.log.csv_file import read_log_csv, write_log_csv

    import_rows, page_rows, chart_rows, copy_rows = [], [], [], []
    worst = {"import": 0.0, "page": 0.0, "charts": 0}
    for rows in SIZES:
        data = benchkit.generated_log_csv(rows)
        log = read_log_csv(data).log
        assert log is not None and len(log) == rows
        import_s = median_seconds(lambda data=data: read_log_csv(data), args.runs, warmup=1)
        import_rows.append((f"{rows:,}", f"{len(data) / 1024:.0f}", f"{import_s:.2f}"))
        worst["import"] = max(worst["import"], import_s)

        with server_like():
            for tab, hidden in [(t, False) for t in TABS] + [("My log", True), ("Charts", True)]:
                at, first_s = open_log_page(log, tab, hidden)
                run_s = median_seconds(at.run, args.runs, warmup=1)
                name = tab + (" (names hidden)" if hidden else "")
                page_rows.append((f"{rows:,}", name, ms(first_s), ms(run_s)))
                worst["page"] = max(worst["page"], run_s)

        sizes = chart_sizes(log)
        stats_s = median_seconds(lambda log=log: (log_stats.headline(log, date.today()),
                                                  chart_sizes(log)), args.runs, warmup=1)
        chart_rows.append((f"{rows:,}", *(f"{sizes.get(n, 0) / 1024:.1f}" for n in
                                          ("weekly", "funnel", "how found", "field")),
                           f"{sum(sizes.values()) / 1024:.1f}", ms(stats_s)))
        worst["charts"] = max(worst["charts"], sum(sizes.values()))

        log_csv = write_log_csv(log).decode("utf-8-sig")
        text = snapshot_and_hash(log_csv)
        per_run_s = median_seconds(lambda log_csv=log_csv: snapshot_and_hash(log_csv),
                                   max(args.runs, 20))
        csv_s = median_seconds(lambda log=log: write_log_csv(log), args.runs, warmup=1)
        copy_rows.append((f"{rows:,}", f"{len(text) / 1024:.0f}", ms(per_run_s), ms(csv_s)))

    print("Import (read_log_csv)")
    print_table(["rows", "file KB", "import s"], import_rows)
    print(f"\nInterview log page, script run per tab (server-like AppTest): the first run with "
          f"this log, then reruns (median of {args.runs}), as after any click on the page")
    print_table(["rows", "tab", "first run ms", "rerun ms"], page_rows)
    print("\nChart specs sent to the browser (KB) and the time to compute stats + build charts")
    print_table(["rows", "weekly", "funnel", "how found", "field", "total KB", "build ms"],
                chart_rows)
    print("\nBrowser copy (ui/saved_work snapshot): size; JSON dump + hash done on every run; "
          "CSV made again after each log change")
    print_table(["rows", "JSON KB", "every run ms", "on change ms"], copy_rows)
    verdicts = [
        f"import {worst['import']:.2f} s (goal ≤ {GOAL_IMPORT_S:.0f})",
        f"slowest page run {worst['page']:.2f} s (goal ≤ {GOAL_PAGE_S})",
        f"charts {worst['charts'] / 1024:.0f} KB (goal ≤ {GOAL_CHARTS_KB})",
    ]
    met = (worst["import"] <= GOAL_IMPORT_S, worst["page"] <= GOAL_PAGE_S,
           worst["charts"] / 1024 <= GOAL_CHARTS_KB)
    print(f"Summary at {SIZES[-1]:,} rows: " + "; ".join(
        f"{v} {'meets' if ok else 'MISSES'}" for v, ok in zip(verdicts, met, strict=True)) + ".")


if __name__ == "__main__":
    main()
