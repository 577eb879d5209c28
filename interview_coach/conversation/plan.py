"""The conversation's plan in time: its parts in turn (the opening, each picked question, the
closing ask), and the clock of an interview against the slot the contact agreed to.

The handout, Step 3: be punctual and do not go over the agreed time unless the interviewee
directs or agrees to it. So the clock counts down to the slot's end and warns before it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["why", "overview", "question", "closing"]


@dataclass(frozen=True)
class Part:
    key: str  # "why", "overview", a question id, "closing"
    kind: Kind
    text: str
    seconds: int  # the time the plan gives it
    starts_at: int  # seconds from the start of the conversation


def plan_parts(opening: dict[str, tuple[str, int]], questions: list[tuple[str, str, int]],
               closing: tuple[str, int]) -> list[Part]:
    """The parts in the handout's order. opening: {"why"/"overview": (text, seconds)};
    questions: (id, text, minutes) in the student's order; closing: (text, seconds)."""
    parts: list[Part] = []
    at = 0

    def add(key: str, kind: Kind, text: str, seconds: int) -> None:
        nonlocal at
        parts.append(Part(key, kind, text, max(int(seconds), 0), at))
        at += max(int(seconds), 0)

    for key in ("why", "overview"):
        if key in opening:
            add(key, key, *opening[key])  # type: ignore[arg-type]
    for question_id, text, minutes in questions:
        add(question_id, "question", text, minutes * 60)
    add("closing", "closing", *closing)
    return parts


def total_seconds(parts: list[Part]) -> int:
    return sum(part.seconds for part in parts)


def part_at(parts: list[Part], elapsed_s: float) -> int:
    """The index of the part the plan expects at `elapsed_s` (the last once past them all)."""
    for index, part in enumerate(parts):
        if elapsed_s < part.starts_at + part.seconds:
            return index
    return max(len(parts) - 1, 0)


Level = Literal["not_started", "running", "ending", "over", "finished"]


@dataclass(frozen=True)
class Clock:
    elapsed_s: int
    remaining_s: int  # negative once over the slot
    level: Level


def interview_clock(started_ms: int, now_ms: int, slot_minutes: int, warn_minutes: int,
                    finished_ms: int = 0) -> Clock:
    """Elapsed and remaining time against the agreed slot. "ending" from `warn_minutes`
    before its end, "over" past it; a finished interview's clock stops at its end."""
    slot_s = slot_minutes * 60
    if not started_ms:
        return Clock(0, slot_s, "not_started")
    until = finished_ms if finished_ms >= started_ms else now_ms
    elapsed = max((until - started_ms) // 1000, 0)
    remaining = slot_s - elapsed
    if finished_ms >= started_ms and finished_ms:
        level: Level = "finished"
    elif remaining < 0:
        level = "over"
    elif remaining <= min(warn_minutes, slot_minutes) * 60:
        level = "ending"
    else:
        level = "running"
    return Clock(int(elapsed), int(remaining), level)
