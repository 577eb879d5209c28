"""The student's work as one JSON text, for the copy kept in their own browser.

Anything read back is untrusted: a wrong or foreign value is dropped with a notice, never raised.
Each part is then cleaned by the module that owns it (picks, checklist, log…).
"""

from __future__ import annotations

import json
from typing import Any

APP_ID = "information-interview-coach"
VERSION = 1
MAX_CHARS = 8_000_000  # localStorage holds about 5 million characters in most browsers

UNREADABLE = "The work saved in this browser could not be read, so the coach starts fresh."


def dump(parts: dict[str, Any]) -> str:
    return json.dumps(
        {"app": APP_ID, "version": VERSION, "parts": parts},
        ensure_ascii=False,
        separators=(",", ":"),
        default=str,  # a stray date or number type never stops the saving
    )


def load(text: object) -> tuple[dict[str, Any], list[str]]:
    """The saved parts and any notices. Empty text (nothing saved yet) is not a problem."""
    if text is None or text == "":
        return {}, []
    if not isinstance(text, str) or len(text) > MAX_CHARS:
        return {}, [UNREADABLE]
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return {}, [UNREADABLE]
    if (
        not isinstance(data, dict)
        or data.get("app") != APP_ID
        or data.get("version") != VERSION
        or not isinstance(data.get("parts"), dict)
    ):
        return {}, [UNREADABLE]
    return data["parts"], []
