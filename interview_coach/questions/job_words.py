"""Spot wording that asks for a job, which the guide says an information interview must not do."""

from __future__ import annotations

import re
from functools import lru_cache

from interview_coach.course.loading import CONTENT_DIR, ContentModel, load_yaml


class JobWords(ContentModel):
    reason: str
    step_link: str
    phrases: list[str]


def load_job_words(path=CONTENT_DIR / "job_words.yaml") -> JobWords:
    return load_yaml(path, JobWords)


@lru_cache(maxsize=16)
def _pattern(phrases: tuple[str, ...]) -> re.Pattern:
    # Longest first so "job offer" wins over "job"; \b keeps "jobless" and "happen" clean.
    alternatives = sorted(
        (re.escape(p.strip()) for p in phrases if p.strip()), key=len, reverse=True
    )
    alternatives = [a.replace(r"\ ", r"\s+") for a in alternatives]
    return re.compile(r"(?<![\w])(" + "|".join(alternatives) + r")(?![\w])", re.IGNORECASE)


def find_job_words(text: str, phrases: list[str] | tuple[str, ...]) -> list[str]:
    """The job-seeking phrases found in `text`, as written there, without repeats, in order."""
    if not text or not phrases:
        return []
    found: list[str] = []
    for match in _pattern(tuple(phrases)).finditer(text):
        word = " ".join(match.group(0).split())
        if word.lower() not in (f.lower() for f in found):
            found.append(word)
    return found
