"""The backup file, "Download all my work": every record of the student's work in one JSON file.

Version 2 (written now):

    {"app": "information-interview-coach", "kind": "backup", "version": 2,
     "saved_at": "2026-12-01T22:30:00Z",
     "records": {"<key>": {"u": <ms>, "v": <value>}, ...}}

with the records exactly as the browser keeps them (interview_coach.saving.records). Read back
too: a version 1 browser copy (`{"app": ..., "version": 1, "parts": {...}}`, its log as CSV in
"log_csv"), e.g. one downloaded from a browser's storage before this version. Reading never
raises: a file that is not a backup is refused with the reason; a record that cannot be read is
counted and left out, never the whole file.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from interview_coach.saving import records
from interview_coach.saving.stored_copy import APP_ID

KIND = "backup"
VERSION = 2
MAX_BYTES = 50 * 1024 * 1024
NOT_TEXT = "This is not a backup file of the coach: it is not text."
NOT_BACKUP = "This is not a backup file of the coach."
TOO_BIG = "This file is over 50 MB, bigger than any backup of the coach."
NEWER = "This backup was made by a newer version of the coach, so it cannot be read here."


@dataclass
class BackupRead:
    """records is None exactly when refused is set."""

    records: dict[str, str] | None
    unreadable: int = 0
    refused: str | None = None
    version: int = 0
    v1_parts: dict[str, Any] = field(default_factory=dict)  # version 1: its parts, to convert


def write_backup(stored: Mapping[str, str], saved_at: str) -> bytes:
    """The file for `stored` (key -> record text as kept in the browser)."""
    head = records.dumps({"app": APP_ID, "kind": KIND, "version": VERSION,
                          "saved_at": saved_at})[:-1]
    body = ",".join(f"{records.dumps(key)}:{text}" for key, text in sorted(stored.items()))
    return f'{head},"records":{{{body}}}}}\n'.encode()


def read_backup(data: bytes) -> BackupRead:
    if len(data) > MAX_BYTES:
        return BackupRead(None, refused=TOO_BIG)
    try:
        parsed = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return BackupRead(None, refused=NOT_TEXT)
    except (ValueError, RecursionError):
        return BackupRead(None, refused=NOT_BACKUP)
    if not isinstance(parsed, dict) or parsed.get("app") != APP_ID:
        return BackupRead(None, refused=NOT_BACKUP)
    version = parsed.get("version")
    if version == 1 and isinstance(parsed.get("parts"), dict):
        return BackupRead({}, version=1, v1_parts=parsed["parts"])
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        return BackupRead(None, refused=NEWER)
    if version != VERSION or parsed.get("kind") != KIND or not isinstance(
            parsed.get("records"), dict):
        return BackupRead(None, refused=NOT_BACKUP)
    kept: dict[str, str] = {}
    unreadable = 0
    for key, value in parsed["records"].items():
        text = records.dumps(value)
        try:
            records.decode(text)
        except records.Unreadable:
            unreadable += 1
            continue
        kept[key] = text
    return BackupRead(kept, unreadable=unreadable, version=VERSION)


def v1_records(parts: Mapping[str, Any], stamp: int,
               people_of_log: Callable[[str], dict[str, dict[str, Any]]]) -> dict[str, str]:
    """A version 1 copy's parts as records, all stamped `stamp`; its log (CSV text) becomes
    people through `people_of_log`. Values are passed on as they are: the reader of each
    record checks them, as it checks any stored record."""
    work = {
        "picks": parts.get("picks") if isinstance(parts.get("picks"), list) else [],
        "own_questions": parts.get("own_questions")
        if isinstance(parts.get("own_questions"), list) else [],
        "slot_minutes": parts.get("slot_minutes", 30),
        "slot_is_custom": parts.get("slot_is_custom") is True,
        "profile": parts.get("profile") if isinstance(parts.get("profile"), dict) else {},
        "checklist": parts.get("checklist") if isinstance(parts.get("checklist"), dict) else {},
        "writing": parts.get("writing") if isinstance(parts.get("writing"), dict) else {},
    }
    out = {key: records.encode(stamp, records.dumps(value))
           for key, value in records.plain_values(work).items()}
    log_text = parts.get("log_csv")
    if isinstance(log_text, str) and log_text:
        for person in people_of_log(log_text).values():
            out[records.PERSON + person["id"]] = records.person_text({**person,
                                                                      "updated": stamp})
    return out
