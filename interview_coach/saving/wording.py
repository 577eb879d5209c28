"""The words of saving, the backup file and the shared-computer choice (content/saving.yaml)."""

from __future__ import annotations

from pydantic import Field

from interview_coach.course.loading import CONTENT_DIR, ContentModel, load_yaml


class Where(ContentModel):
    label: str
    help: str
    device: str
    tab: str
    off: str


class Status(ContentModel):
    waiting: str
    device: str
    tab: str
    off: str
    unavailable: str
    write_failed: str


class Download(ContentModel):
    button: str
    help: str
    file_name: str


class Restore(ContentModel):
    heading: str
    uploader: str
    holds: str
    compare: str
    replace: str
    replace_help: str
    merge: str
    merge_help: str
    replaced: str
    merged: str
    too_many: str
    unreadable: str
    old_version: str
    no_demo: str


class Forget(ContentModel):
    button: str
    body: str
    confirm: str
    forgotten_elsewhere: str


class SetAside(ContentModel):
    notice: str
    button: str
    file_name: str
    remove: str
    limited: str


class DemoButtons(ContentModel):
    start: str
    start_help: str
    reset: str
    reset_help: str


class Wait(ContentModel):
    note: str
    skip: str


class SavingWording(ContentModel):
    where: Where
    status: Status
    reminder: str
    shared_reminder: str
    download: Download
    restore: Restore
    forget: Forget
    set_aside: SetAside
    demo_wait: str
    demo: DemoButtons
    wait: Wait
    old_log_unreadable: str
    heading: str = Field(min_length=1)  # the sidebar's "Your work", over all of this


def load_saving_wording(path=CONTENT_DIR / "saving.yaml") -> SavingWording:
    return load_yaml(path, SavingWording)
