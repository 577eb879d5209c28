"""What the shared shell alone costs: the coach with every page's body swapped for the bare page.

Run from the repo root: /work/venv/bin/python bench/bench_shell.py pages [--runs 40]
                    or: /work/venv/bin/python bench/bench_shell.py browser [--rounds 5]

Every page of the app carries the same shell — set-up, navigation (17 pages), the sidebar's
controls, the page style, the browser copy of the student's work. This copies the app into a
temporary folder, gives every script in pages/ the bare page's three elements (a title, a
paragraph, a button) and runs bench_pages.py or bench_browser.py there. The ratios it prints are
the floor the shell sets: no page of the coach can be quicker than its shell.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchkit import ROOT

SKIP = shutil.ignore_patterns(".git", ".venv", "__pycache__", ".pytest_cache", "test-artifacts")
BENCHES = {"pages": "bench_pages.py", "browser": "bench_browser.py"}


def bare_body(title: str) -> str:
    lines = (ROOT / "bench" / "bare_page.py").read_text(encoding="utf-8").splitlines()
    body = "\n".join(line for line in lines if not line.startswith('"""')).lstrip()
    # bench_browser.py waits for each page's own heading, so each keeps a title of its own.
    return body.replace('st.title("Bare page"', f'st.title("Bare {title}"')


def shell_only_copy(folder: Path) -> Path:
    copy = folder / "app"
    shutil.copytree(ROOT, copy, ignore=SKIP)
    for script in (copy / "pages").glob("*.py"):
        script.write_text(bare_body(script.stem), encoding="utf-8")
    return copy


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in BENCHES:
        sys.exit(__doc__)
    with tempfile.TemporaryDirectory() as folder:
        copy = shell_only_copy(Path(folder))
        print(f"The coach's shell with bare pages ({copy}):", flush=True)
        command = [sys.executable, str(copy / "bench" / BENCHES[sys.argv[1]]), *sys.argv[2:]]
        sys.exit(subprocess.call(command, cwd=copy))


if __name__ == "__main__":
    main()
