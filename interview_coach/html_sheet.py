"""Printable HTML sheets (the prep sheet, the pocket card) from Jinja2 templates in
content/templates/, with autoescaping on: every piece of text put in is escaped, so a student's
"<b>" prints as typed. Undefined names are errors, so a typo in a template is caught by the tests.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from interview_coach.course.loading import CONTENT_DIR

TEMPLATES = CONTENT_DIR / "templates"


@cache
def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_sheet(name: str, **values: Any) -> str:
    """content/templates/<name> filled with `values` (escaped)."""
    return _environment().get_template(name).render(**values)
