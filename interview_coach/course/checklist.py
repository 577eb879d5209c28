"""The prep checklist: items from content/checklist.yaml and the student's ticks and notes.

State is a plain dict, {item_id: {"done": bool, "note": str}}, so it can be stored in the browser
as JSON; items without an entry count as not done with no note.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator

from interview_coach.course.guide import Link
from interview_coach.course.loading import CONTENT_DIR, ContentModel, load_yaml
from interview_coach.markdown_text import md_escape
from interview_coach.questions.bank import check_template

MAX_NOTE_CHARS = 2000
ChecklistState = dict[str, dict[str, object]]


class ChecklistGroup(ContentModel):
    name: str = Field(min_length=1)
    description: str


class ChecklistItem(ContentModel):
    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    group: str
    label: str = Field(min_length=1)
    why: str = Field(min_length=1)
    link: Link | None = None  # to the page that helps with this item
    shows: Literal["picked_count"] | None = None


class ChecklistNotices(ContentModel):
    unreadable: str
    dropped: str
    truncated: str

    @model_validator(mode="after")
    def _placeholders(self) -> ChecklistNotices:
        check_template(self.dropped, {"count"})
        check_template(self.truncated, {"count", "max_chars"})
        return self


class NoteBoxWords(ContentModel):
    """An item's note: the expander around it and its text box."""

    add: str = Field(min_length=1)  # the expander, while the note is blank
    open: str = Field(min_length=1)  # the expander, once there is a note
    label: str = Field(min_length=1)  # the text box's, read out by screen readers (not shown)
    placeholder: str = Field(min_length=1)


class ResetWords(ContentModel):
    button: str = Field(min_length=1)
    question: str = Field(min_length=1)
    confirm: str = Field(min_length=1)


class Checklist(ContentModel):
    title: str
    intro: str
    progress: str
    picked_count: str
    notices: ChecklistNotices
    note: NoteBoxWords
    download: str = Field(min_length=1)
    reset: ResetWords
    groups: list[ChecklistGroup] = Field(min_length=1)
    items: list[ChecklistItem] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> Checklist:
        check_template(self.progress, {"done", "total"})
        check_template(self.picked_count, {"count"})
        names = [g.name for g in self.groups]
        if len(set(names)) != len(names):
            raise ValueError("group names must be unique")
        ids = [i.id for i in self.items]
        repeated = sorted({i for i in ids if ids.count(i) > 1})
        if repeated:
            raise ValueError(f"item id '{repeated[0]}' is used more than once")
        for item in self.items:
            if item.group not in names:
                raise ValueError(f"item '{item.id}' has undeclared group '{item.group}'")
        empty = [n for n in names if not any(i.group == n for i in self.items)]
        if empty:
            raise ValueError(f"group '{empty[0]}' has no items")
        return self


def load_checklist(path: Path | str = CONTENT_DIR / "checklist.yaml") -> Checklist:
    return load_yaml(path, Checklist)


def by_group(checklist: Checklist) -> dict[str, list[ChecklistItem]]:
    """{group name: its items}, groups and items in file order."""
    return {g.name: [i for i in checklist.items if i.group == g.name] for g in checklist.groups}


def is_done(state: ChecklistState, item_id: str) -> bool:
    return state.get(item_id, {}).get("done") is True


def note_of(state: ChecklistState, item_id: str) -> str:
    note = state.get(item_id, {}).get("note", "")
    return note if isinstance(note, str) else ""


def progress(state: ChecklistState, checklist: Checklist) -> tuple[int, int]:
    """(items done, items in the checklist); entries for unknown ids do not count."""
    return sum(is_done(state, i.id) for i in checklist.items), len(checklist.items)


def update_item(
    state: ChecklistState, item_id: str, done: bool | None = None, note: str | None = None
) -> ChecklistState:
    """A new state with one item's tick and/or note changed; notes are cut to MAX_NOTE_CHARS."""
    entry = {"done": is_done(state, item_id), "note": note_of(state, item_id)}
    if done is not None:
        entry["done"] = bool(done)
    if note is not None:
        entry["note"] = note[:MAX_NOTE_CHARS]
    return {**state, item_id: entry}


def clean_checklist_state(value: object, checklist: Checklist) -> tuple[ChecklistState, list[str]]:
    """Keep the well-formed entries of restored state for known items; never raises."""
    if value is None:
        return {}, []
    if not isinstance(value, dict):
        return {}, [checklist.notices.unreadable]
    known = {i.id for i in checklist.items}
    state: ChecklistState = {}
    dropped = truncated = 0
    for item_id, entry in value.items():
        if item_id not in known or not isinstance(entry, dict):
            dropped += 1
            continue
        done, note = entry.get("done", False), entry.get("note", "")
        if not isinstance(done, bool) or not isinstance(note, str):
            dropped += 1
            continue
        if len(note) > MAX_NOTE_CHARS:
            truncated += 1
            note = note[:MAX_NOTE_CHARS]
        state[item_id] = {"done": done, "note": note}
    notices = []
    if dropped:
        notices.append(checklist.notices.dropped.format(count=dropped))
    if truncated:
        notices.append(
            checklist.notices.truncated.format(count=truncated, max_chars=MAX_NOTE_CHARS)
        )
    return state, notices


def item_label(item: ChecklistItem, checklist: Checklist, picked_count: int) -> str:
    """The item's label, with the live number it shows (if any) in brackets."""
    if item.shows == "picked_count":
        return f"{item.label} ({checklist.picked_count.format(count=picked_count)})"
    return item.label


def checklist_markdown(state: ChecklistState, checklist: Checklist, picked_count: int) -> str:
    """The checklist as a Markdown task list by group, with each note indented under its item."""
    done, total = progress(state, checklist)
    lines = [f"# {checklist.title}", "", checklist.progress.format(done=done, total=total)]
    for group, items in by_group(checklist).items():
        lines += ["", f"## {group}", ""]
        for item in items:
            tick = "x" if is_done(state, item.id) else " "
            lines.append(f"- [{tick}] {item_label(item, checklist, picked_count)}")
            note_lines = [line.strip() for line in note_of(state, item.id).strip().splitlines()]
            # The student's words as typed, as in every Markdown file the coach writes.
            lines += [f"    {md_escape(line)}" if line else "" for line in note_lines]
    return "\n".join(lines) + "\n"
