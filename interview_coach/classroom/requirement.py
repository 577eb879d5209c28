"""What an instructor asks of each student, and the value mappings they chose for a class.

Kept in the instructor's own session; downloadable as a small JSON settings file for next term
(no student data in it) and read back with the same checks as any upload.
"""

from __future__ import annotations

import json
from datetime import date

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from interview_coach.log.schema import STATUSES

SETTINGS_VERSION = 1
MAX_SETTINGS_BYTES = 64 * 1024
MAPPABLE = ("status", "thank_you_sent")  # the columns whose unknown values can be mapped
MAX_MAPPINGS = 200


def value_key(text: str) -> str:
    """How a written value is matched: case and spacing do not matter."""
    return " ".join(str(text).casefold().split())


class Requirement(BaseModel):
    """E.g. 3 completed interviews, a thank-you for each, 1 referral, by the due date."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    interviews: int = Field(default=3, ge=0, le=50)
    thank_yous: int = Field(default=3, ge=0, le=50)
    referrals: int = Field(default=1, ge=0, le=50)
    due: date | None = None
    # column -> written value (value_key) -> what it means: a status, or "yes"/"no"
    value_map: dict[str, dict[str, str]] = Field(default_factory=dict)

    @field_validator("value_map")
    @classmethod
    def _known_mappings(cls, mapping: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
        allowed = {"status": set(STATUSES), "thank_you_sent": {"yes", "no"}}
        if set(mapping) - set(MAPPABLE):
            raise ValueError("only status and thank_you_sent values can be mapped")
        if sum(len(m) for m in mapping.values()) > MAX_MAPPINGS:
            raise ValueError("too many mappings")
        for column, pairs in mapping.items():
            for written, meaning in pairs.items():
                if meaning not in allowed[column] or len(written) > 200:
                    raise ValueError(f"{column}: '{meaning}' is not a value it can mean")
        return {column: {value_key(k): v for k, v in pairs.items()}
                for column, pairs in mapping.items()}

    def mapped(self, column: str, written: str) -> str | None:
        """What the instructor said `written` means in `column`, or None."""
        return self.value_map.get(column, {}).get(value_key(written))

    def with_mapping(self, column: str, written: str, meaning: str | None) -> Requirement:
        """A copy with one mapping set (or removed, for None)."""
        pairs = dict(self.value_map.get(column, {}))
        pairs.pop(value_key(written), None)
        if meaning is not None:
            pairs[value_key(written)] = meaning
        return self.model_copy(update={"value_map": {**self.value_map, column: pairs}})


def settings_json(requirement: Requirement) -> bytes:
    """The settings file: the requirement and mappings, nothing about any student."""
    body = {"version": SETTINGS_VERSION, **requirement.model_dump(mode="json")}
    return json.dumps(body, indent=2, ensure_ascii=False).encode("utf-8")


def read_settings(data: bytes) -> Requirement | None:
    """A settings file read back; None when it is not one (too big, not JSON, wrong fields)."""
    if len(data) > MAX_SETTINGS_BYTES:
        return None
    try:
        body = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(body, dict) or body.pop("version", None) != SETTINGS_VERSION:
        return None
    try:
        return Requirement.model_validate(body)
    except ValidationError:
        return None
