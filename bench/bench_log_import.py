"""Time reading and writing the interview log CSV at 1,000 and 10,000 rows, and reading files
with thousands of columns (a sheet saved sideways).

Run from the repo root: python bench/bench_log_import.py
Goals: importing 10,000 rows takes at most 3 seconds; time for wide files grows in step with the
column count (refused above MAX_COLUMNS; timed here with the limit lifted, and as refused).
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from statistics import median

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pandas as pd  # noqa: E402

from interview_coach.log.csv_file import MAX_COLUMNS, read_log_csv, write_log_csv  # noqa: E402
from interview_coach.log.schema import (  # noqa: E402
    FORMATS,
    FOUND_VIA,
    LOG_COLUMNS,
    STATUSES,
    coerce_types,
)

SIZES = [1_000, 10_000]
WIDTHS = [1_000, 3_000, 6_000]
RUNS = 5
GOAL_SECONDS = 3.0
NOTES = ["Short call.", 'Said "learn Python", then R.', "Field work, office work;\nboth.",
         "Send thank-you!", "=not a formula", ""]


def build_log(rows: int, seed: int = 7) -> pd.DataFrame:
    rng = random.Random(seed)
    start = date(2026, 1, 1)
    records = []
    for i in range(rows):
        records.append([
            start + timedelta(days=rng.randint(0, 330)), f"Contact {i}", f"Organization {i % 97}",
            "Analyst", rng.choice(["GIS", "Public health", "Environmental science"]),
            rng.choice(FOUND_VIA), rng.choice(FORMATS), rng.choice(STATUSES),
            rng.choice([None, 20, 25, 30]), rng.random() < 0.5, rng.choice([None, 0, 1, 2]),
            f"Contact {rng.randint(0, i)}" if i and rng.random() < 0.3 else "",
            rng.choice(NOTES)])
    log = coerce_types(pd.DataFrame(records, columns=LOG_COLUMNS))
    log["Follow-up"] = pd.Series([rng.choice(["", "May"]) for _ in range(rows)], dtype=object)
    return log


def spreadsheet_resave(data: bytes) -> bytes:
    """The same file as Excel re-saves it: M/D/YYYY dates, semicolon-free, Windows-1252."""
    text = data.decode("utf-8-sig")
    lines = text.split("\r\n")
    out = [lines[0].replace("duration_min", "Duration (min)").replace("_", " ")]
    for line in lines[1:]:
        if line[:4].isdigit():
            year, month, day = line[:10].split("-")
            line = f"{int(month)}/{int(day)}/{year}" + line[10:]
        out.append(line)
    return "\r\n".join(out).encode("cp1252", "replace")


def seconds(action) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return median(times)


def main() -> None:
    print(f"{'rows':>7}  {'file':<22} {'KB':>6}  {'import s':>9}  {'export s':>9}")
    slowest_10k = 0.0
    for rows in SIZES:
        log = build_log(rows)
        ours = write_log_csv(log)
        files = [("as exported", ours), ("Excel re-save, cp1252", spreadsheet_resave(ours))]
        for name, data in files:
            result = read_log_csv(data)
            assert result.refused is None and len(result.log) == rows, result.refused
            read_s = seconds(lambda data=data: read_log_csv(data))
            write_s = seconds(lambda log=result.log: write_log_csv(log))
            size = len(data) / 1024
            print(f"{rows:>7,}  {name:<22} {size:>6.0f}  {read_s:>9.3f}  {write_s:>9.3f}")
            if rows == 10_000:
                slowest_10k = max(slowest_10k, read_s)
    verdict = "meets" if slowest_10k <= GOAL_SECONDS else "MISSES"
    print(f"Import of 10,000 rows: {slowest_10k:.2f} s (median of {RUNS}), {verdict} the goal of "
          f"≤ {GOAL_SECONDS:.0f} s.")
    print(f"\n{'columns':>7}  {'KB':>6}  {'read s (no limit)':>17}  {'refused s':>9}")
    for width in WIDTHS:
        data = b"date,contact," + b",".join(b"c%d" % i for i in range(width)) + b"\n2026-01-02,A\n"
        assert read_log_csv(data).log is None and width > MAX_COLUMNS
        lifted_s = seconds(lambda data=data, most=width + 2: read_log_csv(data, max_columns=most))
        refused_s = seconds(lambda data=data: read_log_csv(data))
        print(f"{width:>7,}  {len(data) / 1024:>6.0f}  {lifted_s:>17.3f}  {refused_s:>9.3f}")


if __name__ == "__main__":
    main()
