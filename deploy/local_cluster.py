"""N replicas of `streamlit run app.py` behind HAProxy, all on 127.0.0.1.

Run from the repo root:  .venv/bin/python deploy/local_cluster.py --replicas 2 --port 8080
(Ctrl+C stops everything). Tests and bench/ws_load.py use `cluster()` directly.

Every replica gets the same STREAMLIT_SERVER_COOKIE_SECRET (taken from the environment, or
made up once for the cluster), so a cookie one replica signed is good on the others.
HAProxy runs deploy/haproxy.cfg with one `server` line per replica appended.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFIG = Path(__file__).resolve().parent / "haproxy.cfg"
# What a shared class server runs with (docs/running-for-a-class.md).
REPLICA_SETTINGS = [
    "--server.headless", "true",
    "--server.address", "127.0.0.1",
    "--server.fileWatcherType", "none",
    "--server.runOnSave", "false",
    "--browser.gatherUsageStats", "false",
    "--client.showErrorDetails", "none",
    "--server.maxUploadSize", "5",
]  # fmt: skip


def haproxy_path() -> str | None:
    return shutil.which("haproxy") or next(
        (p for p in ("/usr/sbin/haproxy", "/usr/local/sbin/haproxy") if Path(p).exists()), None)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
            return response.read().decode().strip() == "ok"
    except OSError:
        return False


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


@dataclass
class Replica:
    name: str  # also its sticky-cookie value
    url: str
    process: subprocess.Popen[bytes]
    log_path: Path

    @property
    def pid(self) -> int:
        return self.process.pid

    def kill(self) -> None:
        """Gone at once, as a crashed machine: no goodbye to its WebSockets."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)


@dataclass
class Cluster:
    url: str  # where students go: the balancer, or the only replica when there is none
    replicas: list[Replica]
    balancer: subprocess.Popen[bytes] | None = None
    logs: Path = field(default_factory=Path)

    def replica(self, name: str) -> Replica:
        return next(r for r in self.replicas if r.name == name)


def start_replica(name: str, app_dir: Path, script: str, log_path: Path, secret: str,
                  options: Sequence[str] = (), cpus: set[int] | None = None,
                  nice: int = 0) -> Replica:
    port = free_port()
    extra = [f"--{o.partition('=')[0]}={o.partition('=')[2]}" for o in options]
    command = [sys.executable, "-m", "streamlit", "run", str(app_dir / script),
               *REPLICA_SETTINGS, *extra, "--server.port", str(port)]
    env = {**os.environ, "PYTHONPATH": str(app_dir), "STREAMLIT_SERVER_COOKIE_SECRET": secret}

    def limits() -> None:  # in the child, before streamlit starts
        if cpus:
            os.sched_setaffinity(0, cpus)
        if nice:
            os.nice(nice)

    with log_path.open("wb") as log:
        process = subprocess.Popen(command, cwd=app_dir, env=env, stdout=log,
                                   stderr=subprocess.STDOUT, preexec_fn=limits)
    return Replica(name, f"http://127.0.0.1:{port}", process, log_path)


def wait_healthy(url: str, process: subprocess.Popen[bytes], log_path: Path,
                 timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while not healthy(url):
        if process.poll() is not None or time.monotonic() > deadline:
            tail = log_path.read_text(errors="replace")[-3000:]
            raise RuntimeError(f"{url} did not become healthy:\n{tail}")
        time.sleep(0.2)


def balancer_config(replicas: Sequence[Replica]) -> str:
    """deploy/haproxy.cfg with a server line per replica (the file ends in the backend)."""
    lines = [f"    server {r.name} {r.url.removeprefix('http://')} cookie {r.name}"
             for r in replicas]
    return CONFIG.read_text().rstrip("\n") + "\n" + "\n".join(lines) + "\n"


def start_balancer(replicas: Sequence[Replica], port: int, logs: Path) -> subprocess.Popen[bytes]:
    haproxy = haproxy_path()
    if haproxy is None:
        raise RuntimeError("haproxy not found (apt-get install haproxy)")
    config = logs / "haproxy.cfg"
    config.write_text(balancer_config(replicas))
    env = {**os.environ, "COACH_BIND": f"127.0.0.1:{port}"}
    check = subprocess.run([haproxy, "-c", "-q", "-f", str(config)], env=env,
                           capture_output=True, text=True)
    if check.returncode != 0:
        raise RuntimeError(f"haproxy refused {config}:\n{check.stdout}{check.stderr}")
    with (logs / "haproxy.log").open("wb") as log:
        # -db: stay in the foreground, so stopping this process stops HAProxy
        return subprocess.Popen([haproxy, "-db", "-f", str(config)], env=env, stdout=log,
                                stderr=subprocess.STDOUT)


@contextlib.contextmanager
def cluster(replicas: int = 2, balancer: bool = True, app_dir: Path = ROOT,
            script: str = "app.py", port: int = 0, options: Sequence[str] = (),
            logs: Path | None = None, cpus: set[int] | None = None,
            nice: int = 0) -> Iterator[Cluster]:
    """Start `replicas` servers (and HAProxy in front when `balancer`); stop all on exit.
    cpus: the cores the replicas may use; nice: their CPU priority (negative: before others)."""
    secret = os.environ.get("STREAMLIT_SERVER_COOKIE_SECRET") or secrets.token_hex(32)
    with contextlib.ExitStack() as cleanup:
        if logs is None:
            logs = Path(cleanup.enter_context(tempfile.TemporaryDirectory(prefix="cluster-")))
        started: list[Replica] = []
        cleanup.callback(lambda: [stop(r.process) for r in started])
        for number in range(1, replicas + 1):
            name = f"app{number}"
            started.append(start_replica(name, Path(app_dir), script, logs / f"{name}.log",
                                         secret, options, cpus, nice))
        for replica in started:
            wait_healthy(replica.url, replica.process, replica.log_path)
        if not balancer:
            yield Cluster(started[0].url, started, None, logs)
            return
        port = port or free_port()
        proxy = start_balancer(started, port, logs)
        cleanup.callback(stop, proxy)
        url = f"http://127.0.0.1:{port}"
        wait_healthy(url, proxy, logs / "haproxy.log", timeout_s=20)
        yield Cluster(url, started, proxy, logs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--replicas", type=int, default=2)
    parser.add_argument("--port", type=int, default=8080, help="the balancer's port")
    parser.add_argument("--script", default="app.py")
    args = parser.parse_args()
    with cluster(args.replicas, port=args.port, script=args.script) as running:
        for replica in running.replicas:
            print(f"{replica.name}: {replica.url} (pid {replica.pid}, log {replica.log_path})")
        print(f"Balancer: {running.url} — open it in a browser; Ctrl+C stops everything.")
        try:
            while any(r.process.poll() is None for r in running.replicas):
                time.sleep(1)
            print("Every replica has stopped.")
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
