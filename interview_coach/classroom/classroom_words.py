"""The classroom tools' words (content/classroom.yaml): presenter mode and the Join screen."""

from __future__ import annotations

from interview_coach.course.loading import CONTENT_DIR, ContentModel, load_yaml


class PresenterWords(ContentModel):
    switch: str
    switch_help: str
    previous: str  # {title}
    next: str  # {title}
    exit: str
    where: str  # {number}, {total}


class JoinWords(ContentModel):
    title: str
    lead: str
    scan: str
    address_label: str
    qr_alt: str  # {url}
    configure: str
    local_warning: str


class ClassroomWords(ContentModel):
    presenter: PresenterWords
    join: JoinWords


def load_classroom_words(path=CONTENT_DIR / "classroom.yaml") -> ClassroomWords:
    return load_yaml(path, ClassroomWords)
