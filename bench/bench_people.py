"""The People page at 1,000 and 10,000 people: import, a page run per tab, and one edit.

Run from the repo root: .venv/bin/python bench/bench_people.py [--runs 5]
Goal (issue 15): one edit (a card's button, which changes one record and draws the page again)
under 0.3 s of script time at 10,000 people. Printed beside a bare page's rerun, timed in turn
in the same process (AppTest, server-like: see bench_pages.py).

- import: `read_people_file` on the app's own CSV export of the people (median of --runs);
- tab: a rerun of the People page on that tab (median of --runs);
- edit: press "Thank-you sent" on the first card (a different person each time), callback and rerun.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, timedelta
from pathlib import Path

import benchkit
from benchkit import median_seconds, ms, print_table

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
SIZES = [1_000, 10_000]
TABS = ["My people", "Table", "Follow-ups", "Charts", "Referral tree"]
GOAL_EDIT_S = 0.3


def make_people(count: int, seed: int = 7) -> dict:
    """`count` people spread over the stages, a fifth of them suggested by someone earlier."""
    import random

    from interview_coach.people import record

    rng = random.Random(seed)
    today = date.today()
    people: dict = {}
    for number in range(count):
        stage = rng.choice(record.ALL_STAGES)
        made = record.new_person(f"Person {number}", today - timedelta(days=60), 1,
                                 organization=f"Org {number % 300}",
                                 field=rng.choice(["Nursing", "GIS", "Design", "Finance"]),
                                 found_via=rng.choice(record.FOUND_VIA[:4]))
        if people and rng.random() < 0.2:
            made["referred_by"] = rng.choice(list(people)[-50:])
        if stage != "To ask":
            made = record.set_stage(made, stage, today - timedelta(days=rng.randint(0, 40)), 1)
            made["date"] = (today + timedelta(days=rng.randint(-30, 30))).isoformat()
        people[made["id"]] = made
    return people


def open_people(people: dict, tab: str):
    from streamlit.testing.v1 import AppTest

    from apptest_helpers import browser_answers

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    browser_answers(at)
    at.session_state["people"] = dict(people)
    at.session_state["_w_people_tab"] = tab
    at.switch_page("pages/people.py").run()
    if at.exception:
        raise RuntimeError(f"{tab}: {at.exception[0].value}")
    return at


def bare():
    from streamlit.testing.v1 import AppTest

    return AppTest.from_file(str(ROOT / "bench" / "bare_page.py"), default_timeout=60).run()


def edit_seconds(at, runs: int) -> float:
    def press() -> None:
        next(b for b in at.button if b.label == "Thank-you sent").click().run()

    return median_seconds(press, runs, warmup=1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    benchkit.quiet_streamlit()
    from interview_coach.people.log_file import read_people_file, write_people_csv

    bare_at = bare()
    bare_s = median_seconds(bare_at.run, runs)
    rows = []
    for count in SIZES:
        people = make_people(count)
        data = write_people_csv(people)
        import_s = median_seconds(lambda d=data: read_people_file(d, date.today(), 1), runs, 1)
        rows.append([f"{count:,}", "import", ms(import_s), ms(bare_s), f"{len(data) / 1e6:.1f} MB"])
        for tab in TABS:
            at = open_people(people, tab)
            rows.append([f"{count:,}", f"tab: {tab}", ms(median_seconds(at.run, runs)),
                         ms(bare_s), ""])
        at = open_people(people, "My people")
        edit_s = edit_seconds(at, runs)
        rows.append([f"{count:,}", "edit: a card's button", ms(edit_s), ms(bare_s),
                     "goal met" if edit_s <= GOAL_EDIT_S else f"over {GOAL_EDIT_S} s"])
    print_table(["people", "what", "script time", "bare page", "note"], rows)


if __name__ == "__main__":
    main()
