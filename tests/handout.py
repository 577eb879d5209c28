"""The source handout, for tests that compare our content with it word for word.

It sits beside the repository (../shared/seed/) in the team's workspace and in CI, not in a
user's clone: there such tests skip with the reason; under CI (CI set) they fail instead.
"""

import os
from pathlib import Path

import pytest

NAME = "information-interviews-guide.txt"
PLACES = [Path(__file__).resolve().parents[1] / "content" / NAME,
          Path(__file__).resolve().parents[2] / "shared" / "seed" / NAME]


def handout_text() -> str:
    for place in PLACES:
        if place.exists():
            return place.read_text(encoding="utf-8")
    message = f"the source handout is not at any of {[str(p) for p in PLACES]}"
    pytest.fail(message) if os.environ.get("CI") else pytest.skip(message)
