"""Time the class summary on 30 and 60 (its cap) generated student logs of 50 rows each, and
measure what it keeps: the peak memory while reading and the size of what stays in the session.

Run from the repo root: python bench/bench_class_summary.py
"""

from __future__ import annotations

import csv
import io
import pickle
import random
import sys
import time
import tracemalloc
from pathlib import Path
from statistics import median

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from interview_coach.classroom.class_summary import (  # noqa: E402
    MAX_FILES,
    aggregate_csv,
    read_files,
    summarise_class,
)
from interview_coach.log.csv_file import read_log_csv  # noqa: E402
from interview_coach.log.schema import FOUND_VIA, LOG_COLUMNS, STATUSES  # noqa: E402

ROWS_PER_FILE = 50
CLASS_SIZES = [30, MAX_FILES]
RUNS = 3
FIELDS = ["Nursing", "Accounting", "Graphic design", "Policing", "Forestry", "Social work"]


def student_file(student: int, rng: random.Random) -> tuple[str, bytes]:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(LOG_COLUMNS)
    for row in range(ROWS_PER_FILE):
        writer.writerow([
            f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            f"Contact {student}-{row}",
            f"Organization {rng.randint(1, 40)}",
            "Manager",
            rng.choice(FIELDS),
            rng.choice(FOUND_VIA + [""]),
            "Phone",
            rng.choice(STATUSES),
            str(rng.choice([20, 30])),
            rng.choice(["Yes", "No"]),
            str(rng.randint(0, 2)),
            "",
            f"Talked about the work, note {row}",
        ])
    return f"student-{student:03d}.csv", out.getvalue().encode("utf-8")


def seconds(work) -> float:
    """Median wall time of RUNS calls of work()."""
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return median(times)


def memory(files: list[tuple[str, bytes]]) -> tuple[float, float, float]:
    """(MB of the files, peak MB allocated while reading them, KB kept afterwards)."""
    tracemalloc.start()
    kept = read_files(files)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    size = sum(len(data) for _, data in files)
    return size / 2**20, peak / 2**20, len(pickle.dumps(kept)) / 1024


def main() -> None:
    print(f"{'files':>6} {'rows/file':>10} {'counted':>8} {'total s':>8} {'reading s':>10} "
          f"{'ms/file':>8} {'files MB':>9} {'peak MB':>8} {'kept KB':>8}")
    for size in CLASS_SIZES:
        rng = random.Random(size)
        files = [student_file(s, rng) for s in range(size)]
        counted = summarise_class(files).students
        total = seconds(lambda files=files: aggregate_csv(summarise_class(files)))
        reading = seconds(lambda files=files: [read_log_csv(data) for _, data in files])
        megabytes, peak, kept = memory(files)
        print(f"{size:>6} {ROWS_PER_FILE:>10} {counted:>8} {total:>8.2f} {reading:>10.2f} "
              f"{total / size * 1000:>8.1f} {megabytes:>9.2f} {peak:>8.1f} {kept:>8.0f}")
    print(f"Summary: {size} student files of {ROWS_PER_FILE} rows summarised in {total:.2f} s "
          f"(median of {RUNS} runs, CSV included), {reading:.2f} s of it reading the files.")


if __name__ == "__main__":
    main()
