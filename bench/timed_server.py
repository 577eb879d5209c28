"""`streamlit run` with every script run timed inside the server (for bench_load.py only).

Usage: python bench/timed_server.py run app.py [streamlit options]  (BENCH_RUN_LOG=<file>)

Appends one line per finished script run to $BENCH_RUN_LOG: "<monotonic end> <total s> <run s>",
where total runs from the moment the server received the browser's request to the end of the
run (waiting for the CPU included) and run is the script itself. This is the server's part of
a click, without the browser's. The app is not changed; only Streamlit's event hooks are
wrapped in this process.
"""

from __future__ import annotations

import os
import sys
import threading
import time

from streamlit.runtime.app_session import AppSession
from streamlit.runtime.scriptrunner.script_runner import ScriptRunnerEvent
from streamlit.web.cli import main

STOPPED = {ScriptRunnerEvent.SCRIPT_STOPPED_WITH_SUCCESS,
           ScriptRunnerEvent.SCRIPT_STOPPED_WITH_COMPILE_ERROR,
           ScriptRunnerEvent.SCRIPT_STOPPED_FOR_RERUN,
           ScriptRunnerEvent.FRAGMENT_STOPPED_WITH_SUCCESS}  # a part of a page rerun on its own
_asked: dict[str, float] = {}  # session id -> when its latest rerun request arrived
_started: dict[str, float] = {}
_lock = threading.Lock()
_log = open(os.environ["BENCH_RUN_LOG"], "a", buffering=1)  # noqa: SIM115 (open for the run)
_handle_backmsg = AppSession.handle_backmsg
_on_event = AppSession._on_scriptrunner_event


def handle_backmsg(self: AppSession, msg) -> None:
    if msg.WhichOneof("type") == "rerun_script":
        _asked[self.id] = time.monotonic()
    _handle_backmsg(self, msg)


def on_event(self: AppSession, sender, event, *args, **kwargs) -> None:
    now = time.monotonic()
    if event == ScriptRunnerEvent.SCRIPT_STARTED:
        _started[self.id] = now
    elif event in STOPPED and self.id in _started:
        started = _started.pop(self.id)
        asked = _asked.pop(self.id, started)
        with _lock:
            _log.write(f"{now:.4f} {now - min(asked, started):.4f} {now - started:.4f}\n")
    _on_event(self, sender, event, *args, **kwargs)


AppSession.handle_backmsg = handle_backmsg
AppSession._on_scriptrunner_event = on_event

if __name__ == "__main__":
    sys.exit(main(prog_name="streamlit"))
