"""Do the picked questions fit the time slot the student asked for?

Part of the slot is reserved for the introduction (why you asked, your goals) and the closing
(referrals, thanks); the rest is question time. Numbers and messages live in
content/time_budget.yaml.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator

from interview_coach.course.loading import CONTENT_DIR, ContentModel, load_yaml
from interview_coach.questions.bank import check_template

Level = Literal["empty", "fits", "nearly_full", "over"]
MESSAGE_FIELDS = {"count", "used", "available", "slot", "reserve", "spare", "over_by"}


class ReservePart(ContentModel):
    part: str
    minutes: int = Field(ge=0, le=30)
    description: str


class CustomSlot(ContentModel):
    min: int = Field(ge=1)
    max: int = Field(le=240)
    label: str
    guide_max: int = Field(ge=1)  # the guide's longest slot: above it the picker says so


class BudgetMessages(ContentModel):
    long_slot: str
    fits_long: str
    empty: str
    fits: str
    nearly_full: str
    over: str

    @model_validator(mode="after")
    def _placeholders(self) -> BudgetMessages:
        for text in (self.long_slot, self.fits_long, self.empty, self.fits, self.nearly_full,
                     self.over):
            check_template(text, MESSAGE_FIELDS)
        return self


class TimeBudgetContent(ContentModel):
    slot_choices: list[int] = Field(min_length=1)
    custom_slot: CustomSlot
    reserve: list[ReservePart]
    nearly_full_share: float = Field(gt=0, le=1)
    messages: BudgetMessages

    @model_validator(mode="after")
    def _slots_in_range(self) -> TimeBudgetContent:
        low, high = self.custom_slot.min, self.custom_slot.max
        if low > high:
            raise ValueError("custom_slot min must not be above max")
        if any(not low <= s <= high for s in self.slot_choices):
            raise ValueError(f"slot_choices must lie between {low} and {high} minutes")
        return self


def load_time_budget_content(
    path: Path | str = CONTENT_DIR / "time_budget.yaml",
) -> TimeBudgetContent:
    return load_yaml(path, TimeBudgetContent)


def reserve_minutes(slot: int, content: TimeBudgetContent) -> int:
    """Minutes kept for introduction and closing: the YAML's parts, at most half the slot."""
    return min(sum(p.minutes for p in content.reserve), slot // 2)


@dataclass(frozen=True)
class Budget:
    used: int  # minutes of picked questions
    available: int  # minutes for questions: slot minus reserve
    slot: int
    fits: bool
    over_by: int  # minutes over, 0 when it fits
    share: float  # used / available; above 1.0 when over
    reserve: int = 0
    count: int = 0  # number of picked questions


def budget(picked_minutes: list[int], slot: int, intro_minutes: int) -> Budget:
    """Compare the questions' minutes with the slot less `intro_minutes` kept for the talk around
    them. Raises ValueError unless slot >= 1 and 0 <= intro_minutes < slot."""
    if slot < 1 or not 0 <= intro_minutes < slot:
        raise ValueError(f"need slot >= 1 and 0 <= reserve < slot, got {slot} and {intro_minutes}")
    used = sum(picked_minutes)
    available = slot - intro_minutes
    return Budget(
        used=used,
        available=available,
        slot=slot,
        fits=used <= available,
        over_by=max(used - available, 0),
        share=used / available,
        reserve=intro_minutes,
        count=len(picked_minutes),
    )


def budget_level(result: Budget, content: TimeBudgetContent) -> Level:
    if result.count == 0:
        return "empty"
    if not result.fits:
        return "over"
    return "nearly_full" if result.share >= content.nearly_full_share else "fits"


def budget_message(result: Budget, content: TimeBudgetContent) -> tuple[Level, str]:
    """The level (for the page's colour) and the message for the student."""
    level = budget_level(result, content)
    name = "fits_long" if level == "fits" and result.slot > content.custom_slot.guide_max \
        else level
    text = getattr(content.messages, name).format(
        count=result.count,
        used=result.used,
        available=result.available,
        slot=result.slot,
        reserve=result.reserve,
        spare=max(result.available - result.used, 0),
        over_by=result.over_by,
    )
    return level, text


def long_slot_message(slot: int, content: TimeBudgetContent) -> str | None:
    """What to say when the slot is longer than the guide's 20-30 minutes (None when it is not)."""
    if slot <= content.custom_slot.guide_max:
        return None
    return content.messages.long_slot.format(slot=slot)
