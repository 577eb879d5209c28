"""Python's garbage collector, set once per server process for many sessions at once.

With hundreds of students on one process, a full collection scanned every object of every
session and of Streamlit and pandas themselves: about a quarter of a second each time, with
every student's click waiting (bench/ws_load.py, 300 students: 26 full collections, 6.9 s).
What the server has loaded before the first page is drawn stays for the process's life, so it
is frozen out of every later scan, and the youngest generation is collected less often (the
app makes many short-lived objects per click, few of them in cycles).
"""

import gc

YOUNGEST_THRESHOLD = 20_000  # Python's default is 700 objects
_tuned = False


def tune() -> None:
    """Once per process (app.py calls it on every run; only the first does anything)."""
    global _tuned
    if _tuned:
        return
    _tuned = True
    gc.collect()
    gc.freeze()
    youngest, middle, oldest = gc.get_threshold()
    gc.set_threshold(max(youngest, YOUNGEST_THRESHOLD), middle, oldest)
