"""The student's side of the conversation, checked against the handout's four-part strategy.

The handout (How to conduct an information interview, "Figure out what you want to discuss")
plans four parts: explain why you set up the interview without asking for a job; give an
overview of your career goals, experience, accomplishments and skills; ask questions; ask for
referrals. The student writes the first two and the closing ask; the questions come from the
picker. Each check looks for cue words from content/rehearse.yaml: a hint that a part is
there, not a judgement of how well it is said.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator

from interview_coach.course.loading import CONTENT_DIR, ContentModel, load_yaml
from interview_coach.questions.bank import check_template
from interview_coach.questions.job_words import JobWords
from interview_coach.writing.checks import Check, find_phrases, job_words_used, word_count

PARTS = ("why", "overview", "closing")


class FieldText(ContentModel):
    label: str
    help: str
    placeholder: str = ""


class CuePoint(ContentModel):
    """One thing the handout asks the opening or closing to say, and words that show it."""

    label: str
    part: Literal["why", "overview", "closing"]
    cues: list[str] = Field(min_length=1)
    ok: str
    missing: str

    @model_validator(mode="after")
    def _placeholders(self) -> CuePoint:
        check_template(self.ok, {"found"})
        check_template(self.missing, set())
        return self


class LengthTexts(ContentModel):
    label: str
    empty: str
    short: str
    fits: str
    long: str

    @model_validator(mode="after")
    def _placeholders(self) -> LengthTexts:
        for text in (self.short, self.fits, self.long):
            check_template(text, {"words", "time", "pace", "shortest", "longest"})
        return self


class OpeningContent(ContentModel):
    fields: dict[str, FieldText]
    speaking_pace_wpm: int = Field(ge=80, le=220)
    overview_shortest_s: int = Field(ge=10)
    overview_longest_s: int = Field(ge=30, le=300)
    points: list[CuePoint] = Field(min_length=1)
    questions_label: str
    questions_ok: str
    questions_missing: str
    no_job_label: str
    no_job_ok: str
    no_job_found: str
    length: LengthTexts

    @model_validator(mode="after")
    def _consistent(self) -> OpeningContent:
        if set(self.fields) != set(PARTS):
            raise ValueError(f"fields must be {', '.join(PARTS)}")
        if self.overview_shortest_s >= self.overview_longest_s:
            raise ValueError("overview_shortest_s must be below overview_longest_s")
        check_template(self.questions_ok, {"count"})
        check_template(self.no_job_found, {"found", "reason"})
        return self


def spoken_seconds(text: str, pace_wpm: int) -> int:
    """How long `text` takes to say at `pace_wpm` words a minute (whole seconds, rounded up)."""
    words = word_count(text)
    return math.ceil(words * 60 / pace_wpm) if words else 0


def clock_text(seconds: int) -> str:
    """Seconds as the student reads a stopwatch: 0:45, 1:30, 12:05 (negative: -0:30)."""
    sign = "-" if seconds < 0 else ""
    minutes, rest = divmod(abs(int(seconds)), 60)
    return f"{sign}{minutes}:{rest:02d}"


@dataclass(frozen=True)
class SpokenLength:
    words: int
    seconds: int
    level: Literal["empty", "short", "fits", "long"]
    message: str


def overview_length(text: str, content: OpeningContent) -> SpokenLength:
    """The overview's spoken length against the handout plan's minute or two."""
    words, seconds = word_count(text), spoken_seconds(text, content.speaking_pace_wpm)
    spec = content.length
    if not words:
        return SpokenLength(0, 0, "empty", spec.empty)
    level: Literal["short", "fits", "long"] = (
        "short" if seconds < content.overview_shortest_s
        else "long" if seconds > content.overview_longest_s else "fits")
    message = getattr(spec, level).format(
        words=words, time=clock_text(seconds), pace=content.speaking_pace_wpm,
        shortest=clock_text(content.overview_shortest_s),
        longest=clock_text(content.overview_longest_s))
    return SpokenLength(words, seconds, level, message)


def _point_check(point: CuePoint, text: str) -> Check:
    found = find_phrases(text, point.cues)
    if found:
        return Check(point.label, True, point.ok.format(found=found[0]))
    return Check(point.label, False, point.missing)


def opening_checks(texts: dict[str, str], picked_count: int, content: OpeningContent,
                   job_words: JobWords, not_a_job_phrases: list[str]) -> list[Check]:
    """✓/✗ for each of the handout's four parts (the overview's four parts one by one), and
    no job-seeking words in what the student will say."""
    checks = [_point_check(point, texts.get(point.part, "")) for point in content.points
              if point.part != "closing"]
    if picked_count:
        checks.append(Check(content.questions_label, True,
                            content.questions_ok.format(count=picked_count)))
    else:
        checks.append(Check(content.questions_label, False, content.questions_missing))
    checks += [_point_check(point, texts.get("closing", "")) for point in content.points
               if point.part == "closing"]
    said = "\n".join(texts.get(part, "") for part in PARTS)
    found = job_words_used(said, job_words.phrases, not_a_job_phrases)
    if found:
        quoted = ", ".join(f"“{w}”" for w in found)
        checks.append(Check(content.no_job_label, False,
                            content.no_job_found.format(found=quoted, reason=job_words.reason)))
    else:
        checks.append(Check(content.no_job_label, True, content.no_job_ok))
    return checks


# ---- the practice run: each part of the plan in turn, with its time ----


class PracticeTexts(ContentModel):
    heading: str
    intro: str
    start: str
    next: str
    back: str
    stop: str
    done: str
    part_of: str
    closing_title: str
    why_title: str
    overview_title: str
    question_title: str
    empty_part: str
    nearly_up: str
    time_up: str

    @model_validator(mode="after")
    def _placeholders(self) -> PracticeTexts:
        check_template(self.part_of, {"number", "count", "time"})
        check_template(self.question_title, {"number"})
        return self


class RecordingTexts(ContentModel):
    heading: str
    label: str
    privacy: str
    length: str
    download: str
    file_name: str

    @model_validator(mode="after")
    def _placeholders(self) -> RecordingTexts:
        check_template(self.length, {"time", "words_time"})
        return self


class RehearseContent(ContentModel):
    intro: str
    opening_heading: str
    checks_heading: str
    opening: OpeningContent
    recording: RecordingTexts
    practice: PracticeTexts
    lens_link: str
    companion_link: str


def load_rehearse(path: Path | str = CONTENT_DIR / "rehearse.yaml") -> RehearseContent:
    return load_yaml(path, RehearseContent)
