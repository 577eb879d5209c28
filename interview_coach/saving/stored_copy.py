"""Version 1 of the browser copy: the student's work as one JSON text (read, never written now).

Since version 2 the work is kept record by record (interview_coach.saving.records); a browser
that still holds a version 1 copy has it read once and turned into records.

Anything read back is untrusted: a wrong or foreign value is dropped with a notice, never raised.
Every string is first made valid text (a lone surrogate, from a damaged copy, becomes U+FFFD):
Streamlit and UTF-8 refuse lone surrogates, and JSON.stringify writes them as "\\ud800".
Each part is then cleaned by the module that owns it (picks, checklist, log…).
"""

from __future__ import annotations

import json
import re
from typing import Any

APP_ID = "information-interview-coach"
VERSION = 1
MAX_CHARS = 8_000_000  # localStorage holds about 5 million characters in most browsers

UNREADABLE = "The work saved in this browser could not be read, so the coach starts fresh."
DAMAGED = ("A few characters in the work saved in this browser were damaged, so they show as "
           "\ufffd. The rest of your work is back.")

_SURROGATE = re.compile(r"[\ud800-\udfff]")


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
    damaged = make_valid_text(data["parts"])
    return data["parts"], [DAMAGED] if damaged else []


def valid_text(text: str) -> str:
    """`text` with each lone surrogate replaced by U+FFFD (a split pair is joined again)."""
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def make_valid_text(parsed: dict | list) -> bool:
    """Make every string (and key) in freshly parsed JSON valid text, in place; whether any
    character had to be replaced. A loop, not recursion: the nesting may be deep."""
    damaged = False

    def fixed(value: Any) -> Any:
        nonlocal damaged
        if not isinstance(value, str):
            return value
        text = valid_text(value)
        if text is not value:  # a joined pair alone is no damage
            damaged = damaged or text.count("\ufffd") > value.count("\ufffd")
        return text

    containers: list[dict | list] = [parsed]
    while containers:
        container = containers.pop()
        if isinstance(container, dict):
            items = [(fixed(key), fixed(value)) for key, value in container.items()]
            container.clear()
            container.update(items)
            values = container.values()
        else:
            container[:] = [fixed(value) for value in container]
            values = container
        containers.extend(v for v in values if isinstance(v, dict | list))
    return damaged
