"""What the benchmark scripts share: timing, tables, a Streamlit server, memory, test logs.

Not a script itself; the bench_*.py scripts import it (they put the repo root on sys.path).
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

# deploy/'s server helpers (a free loopback port, the health check, a stop), shared with the tests.
sys.path.insert(0, str(ROOT / "deploy"))
from local_cluster import free_port, healthy, stop  # noqa: E402, F401

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
VIEWPORT = {"width": 1366, "height": 768}
# The settings docs/running-for-a-class.md recommends for a shared server.
SERVER_SETTINGS = [
    "--server.headless", "true",
    "--server.address", "127.0.0.1",
    "--server.fileWatcherType", "none",
    "--server.runOnSave", "false",
    "--browser.gatherUsageStats", "false",
    "--client.showErrorDetails", "none",
    "--server.maxUploadSize", "5",
]  # fmt: skip


# ------------------------------------------------------------------------------- timing


def quiet_streamlit() -> None:
    """Hide Streamlit's "missing ScriptRunContext" warnings that AppTest prints."""
    import logging

    import streamlit.runtime.scriptrunner_utils.script_run_context as context

    logging.getLogger(context.__name__).disabled = True


def timed(action: Callable[[], object]) -> float:
    """Seconds one call of action() takes."""
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def median_seconds(action: Callable[[], object], runs: int, warmup: int = 2) -> float:
    """Median wall time of `runs` calls of action(), after `warmup` calls not counted."""
    for _ in range(warmup):
        action()
    return median(timed(action) for _ in range(runs))


def percentile(values: Sequence[float], share: float) -> float:
    """The value below which `share` (0..1) of the values lie (nearest rank; nan when empty)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(share * len(ordered) + 0.5)))
    return ordered[rank - 1]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f}"


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """A plain text table: first column left-aligned, the others right-aligned."""
    cells = [[str(h) for h in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]

    def line(row: list[str]) -> str:
        first = row[0].ljust(widths[0])
        return "  ".join([first] + [c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)])

    print(line(cells[0]))
    print("  ".join("-" * w for w in widths))
    for row in cells[1:]:
        print(line(row))


def chromium(nice: int = 0) -> str:
    """Chromium's path; with `nice`, a wrapper that starts it at that lower CPU priority, so a
    server sharing the machine with many browsers gets the CPU first (as on its own machine)."""
    if not nice:
        return CHROMIUM
    wrapper = Path(tempfile.gettempdir()) / f"chromium-nice-{nice}.sh"
    wrapper.write_text(f'#!/bin/sh\nexec nice -n {nice} {CHROMIUM} "$@"\n')
    wrapper.chmod(0o755)
    return str(wrapper)


# ------------------------------------------------------------------------------- logs


def generated_log_csv(rows: int, seed: int = 7) -> bytes:
    """An exported interview log of `rows` varied rows (bench_log_import's generator)."""
    from bench_log_import import build_log

    from interview_coach.log.csv_file import write_log_csv

    return write_log_csv(build_log(rows, seed=seed))


def sample_log_csv() -> bytes:
    return (ROOT / "content" / "sample_log.csv").read_bytes()


# ------------------------------------------------------------------------------- server


@dataclass
class Server:
    process: subprocess.Popen[bytes]
    url: str
    log_path: Path

    @property
    def pid(self) -> int:
        return self.process.pid

    def rss_mb(self) -> float:
        return rss_mb(self.pid)

    def log_tail(self, chars: int = 3000) -> str:
        return self.log_path.read_text(errors="replace")[-chars:]


@contextlib.contextmanager
def streamlit_server(script: str | Path, log_path: Path, options: Sequence[str] = (),
                     run_log: Path | None = None, timeout_s: float = 60,
                     cpus: set[int] | None = None) -> Iterator[Server]:
    """`streamlit run script` on 127.0.0.1 (a free port) with SERVER_SETTINGS, then `options`
    ("section.name=value" each, e.g. "runner.postScriptGC=false"); stopped on exit. With
    `run_log`, every script run is timed inside the server (see timed_server.py); with `cpus`,
    the server runs on those cores only."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    extra = [f"--{option.partition('=')[0]}={option.partition('=')[2]}" for option in options]
    launcher = [str(BENCH / "timed_server.py")] if run_log else ["-m", "streamlit"]
    command = [sys.executable, *launcher, "run", str(ROOT / script),
               *SERVER_SETTINGS, *extra, "--server.port", str(port)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if run_log:
        env["BENCH_RUN_LOG"] = str(run_log)
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log,
                                   stderr=subprocess.STDOUT,
                                   preexec_fn=(lambda: os.sched_setaffinity(0, cpus)) if cpus
                                   else None)
    server = Server(process, url, log_path)
    try:
        deadline = time.monotonic() + timeout_s
        while not healthy(url):
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"Streamlit did not start for {script}:\n{server.log_tail()}")
            time.sleep(0.2)
        yield server
    finally:
        stop(process)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far (from /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def machine_busy_seconds() -> float:
    """CPU time every core has spent busy since boot (from /proc/stat), in seconds."""
    fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def chromium_seconds() -> dict[int, float]:
    """CPU seconds used so far by every Chromium and Playwright-driver process, by pid."""
    used = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes()
            if b"chromium" in command or b"run-driver" in command:
                used[int(entry.name)] = cpu_seconds(int(entry.name))
        except OSError:  # the process ended meanwhile
            continue
    return used


def load_average() -> float:
    """The machine's 1-minute load average (runnable processes; 2 cores = 2.0 when full)."""
    return float(Path("/proc/loadavg").read_text().split()[0])


def peak_rss_mb(pid: int) -> float:
    """The most resident memory the process has had (VmHWM), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmHWM for process {pid}")


def server_runs(run_log: Path, since: float) -> list[tuple[float, float]]:
    """(total s, run s) of every script run timed by timed_server.py that ended after `since`
    (a time.monotonic() value: the clock is shared by every process on the machine)."""
    runs = []
    for line in run_log.read_text().splitlines():
        ended, total, run = map(float, line.split())
        if ended >= since:
            runs.append((total, run))
    return runs


def rss_mb(pid: int) -> float:
    """Resident memory of a process, in MB (from /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for process {pid}")
