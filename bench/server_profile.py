"""Where a server's CPU goes: py-spy samples of the replicas while a class works (ws_load.py
--profile FILE), summed by the innermost frame of the app's own code (app.py, pages/, ui/,
interview_coach/) and by the innermost frame of all, with what share of the samples holding
the GIL each takes. It needs py-spy (`pip install py-spy`); without it --profile says so."""

from __future__ import annotations

import shutil
import signal
import subprocess
from collections import Counter
from pathlib import Path

from benchkit import print_table

OURS = ("pages", "ui", "interview_coach")  # the app's folders (and its app.py)


def start(pids: list[int], out: str | None) -> list[subprocess.Popen]:
    """py-spy on each replica, writing <out>.<pid> (nothing without `out`)."""
    if not out:
        return []
    spy = shutil.which("py-spy") or str(Path(__file__).resolve().parents[1] / ".venv/bin/py-spy")
    if not Path(spy).exists():
        raise SystemExit("--profile needs py-spy: pip install py-spy")
    return [subprocess.Popen([spy, "record", "--pid", str(pid), "--format", "raw", "--gil",
                              "--nonblocking", "--rate", "200", "-o", f"{out}.{pid}"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for pid in pids]


def stop(spies: list[subprocess.Popen]) -> None:
    for spy in spies:
        spy.send_signal(signal.SIGINT)
    for spy in spies:
        spy.wait(timeout=60)


def _ours(frame: str) -> bool:
    path = frame.rpartition(" (")[2].rsplit(":", 1)[0]
    if "site-packages" in path:
        return False
    parts = path.split("/")
    return parts[-1] == "app.py" or any(part in OURS for part in parts[:-1])


def _frame_name(frame: str) -> str:
    name, _, where = frame.partition(" (")
    return f"{name} ({where.split('/')[-1].rstrip(')')})" if where else name


def summary(out: Path, top: int = 25) -> None:
    ours: Counter = Counter()
    innermost: Counter = Counter()
    total = 0
    for path in sorted(out.parent.glob(f"{out.name}.*")):
        for line in path.read_text(errors="replace").splitlines():
            stack, _, count = line.rpartition(" ")
            if not count.isdigit():
                continue
            frames = stack.split(";")
            total += int(count)
            innermost[_frame_name(frames[-1])] += int(count)
            mine = [f for f in frames if _ours(f)]
            ours[_frame_name(mine[-1]) if mine else "(Streamlit, Tornado, Python: no app frame)"] \
                += int(count)
    if not total:
        print("no samples")
        return
    for title, counts in (("innermost app frame", ours), ("innermost frame", innermost)):
        print(f"\nServer samples holding the GIL ({total}), by {title}:")
        print_table([title, "share"], [(name, f"{100 * n / total:.1f}%")
                                       for name, n in counts.most_common(top)])
