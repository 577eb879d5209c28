"""The app's pages (content/site_map.yaml): one registry for the navigation, the links between
pages and the every-page test. A page's key names its script, pages/<key>.py."""

from __future__ import annotations

import re
from functools import cache

from pydantic import Field, model_validator

from interview_coach.course.loading import CONTENT_DIR, ContentModel, load_yaml

STEP_KEY = re.compile(r"step_([1-7])")


class PageEntry(ContentModel):
    key: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    title: str | None = None  # step pages: the step's short title, from guide.yaml
    icon: str | None = None

    @property
    def step_number(self) -> int | None:
        match = STEP_KEY.fullmatch(self.key)
        return int(match.group(1)) if match else None

    @property
    def script(self) -> str:
        return f"pages/{self.key}.py"

    @model_validator(mode="after")
    def _titled(self):
        if self.step_number is None and not self.title:
            raise ValueError(f"page '{self.key}' needs a title")
        return self


class Section(ContentModel):
    title: str = Field(min_length=1)
    pages: list[PageEntry] = Field(min_length=1)


class SiteMap(ContentModel):
    sections: list[Section] = Field(min_length=1)

    @model_validator(mode="after")
    def _each_page_once(self):
        keys = [page.key for page in self.pages]
        repeated = sorted({key for key in keys if keys.count(key) > 1})
        if repeated:
            raise ValueError(f"pages listed twice: {', '.join(repeated)}")
        return self

    @property
    def pages(self) -> list[PageEntry]:
        return [page for section in self.sections for page in section.pages]

    @property
    def keys(self) -> set[str]:
        return {page.key for page in self.pages}

    def page(self, key: str) -> PageEntry:
        for page in self.pages:
            if page.key == key:
                return page
        raise KeyError(f"no page '{key}' in content/site_map.yaml")


def load_site_map(path=CONTENT_DIR / "site_map.yaml") -> SiteMap:
    return load_yaml(path, SiteMap)


@cache  # read once: the guide's links are checked against it while the guide loads
def page_keys() -> frozenset[str]:
    return frozenset(load_site_map().keys)
