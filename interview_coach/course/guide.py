"""The guide's teaching text (content/guide.yaml): schema, loading and step navigation."""

from __future__ import annotations

from pydantic import Field, HttpUrl, model_validator

from interview_coach.course.loading import (
    CONTENT_DIR,
    ContentModel,
    check_placeholders,
    load_yaml,
)
from interview_coach.course.site_map import page_keys


class Link(ContentModel):
    label: str = Field(min_length=1)
    page: str
    tool: str | None = None  # a tab of the Writing help page to open

    @model_validator(mode="after")
    def _known_page(self):
        if self.page not in page_keys():
            raise ValueError(f"unknown page '{self.page}'")
        return self


class TitledText(ContentModel):
    title: str = Field(min_length=1)
    text: str = Field(min_length=1)


class PathStop(ContentModel):
    label: str = Field(min_length=1)
    text: str = Field(min_length=1)
    links: list[Link] = Field(min_length=1)  # the pages of this stop


class AppText(ContentModel):
    title: str
    icon: str
    tagline: str
    sidebar_caption: str
    classroom_label: str  # the sidebar's instructor switches, below the student's own
    projector: TitledText  # the switch's label (title) and its help (text)
    hide_names: TitledText
    try_it_title: str = Field(min_length=1)  # over a page's links to its tools


class NextSteps(ContentModel):
    """Where the Start page sends a student, by how far they have got."""

    begin: Link  # nothing done yet
    questions: Link  # next: pick questions
    checklist: Link  # next: the prep checklist
    writing: Link  # next: the request and the thank-you


class BeginBox(ContentModel):
    """The Start page's first box: where the student is and where to go next."""

    title: str
    not_started: str
    progress: str  # {questions}, {ticked}, {total}, {people}
    how_to_use: str
    next: NextSteps

    @model_validator(mode="after")
    def _placeholders(self) -> BeginBox:
        check_placeholders(self.progress, {"questions", "ticked", "total", "people"})
        return self


class StartPage(ContentModel):
    heading: str
    lead: str
    is_title: str
    is_: list[str] = Field(alias="is", min_length=1)
    is_not_title: str
    is_not: list[str] = Field(min_length=1)
    why_title: str
    why: list[TitledText] = Field(min_length=4)
    courage: str
    begin: BeginBox
    path_title: str
    path: list[PathStop] = Field(min_length=1)
    privacy: str


class PreparePage(ContentModel):
    heading: str
    lead: str
    research_title: str
    research: list[TitledText] = Field(min_length=3)
    contact_question: str
    contact_hints_intro: str = Field(min_length=1)
    contact_hints: list[str] = Field(min_length=1)
    strategy_title: str
    strategy_intro: str
    strategy: list[TitledText] = Field(min_length=4, max_length=4)
    rehearse: str
    try_it: list[Link] = []


class FindPage(ContentModel):
    heading: str
    lead: str
    ways_title: str
    ways: list[TitledText] = Field(min_length=4, max_length=4)
    log_tip: str
    try_it: list[Link] = []


class Step(ContentModel):
    number: int = Field(ge=1, le=7)
    title: str = Field(min_length=1)
    short_title: str = Field(min_length=1)
    guide: list[str] = Field(min_length=1)
    do: list[str] = Field(min_length=1)
    avoid: list[str] = Field(min_length=1)
    show_guide_questions: bool = False
    try_it: Link


class StepPageWords(ContentModel):
    """The words around each step's own text, the same on the seven step pages."""

    position: str = Field(min_length=1)  # under the title: {number}, {total}
    from_guide_title: str = Field(min_length=1)
    do_title: str = Field(min_length=1)
    avoid_title: str = Field(min_length=1)
    guide_questions_title: str = Field(min_length=1)
    previous_step: str = Field(min_length=1)  # {number}, {title}
    next_step: str = Field(min_length=1)  # {number}, {title}; the Find page's link to step 1 too
    before_first_step: str = Field(min_length=1)  # step 1's link back to the Find page
    after_last_step: str = Field(min_length=1)  # step 7's link on to the quiz

    @model_validator(mode="after")
    def _placeholders(self) -> StepPageWords:
        check_placeholders(self.position, {"number", "total"})
        check_placeholders(self.previous_step, {"number", "title"})
        check_placeholders(self.next_step, {"number", "title"})
        return self


class Site(ContentModel):
    name: str
    url: HttpUrl | None = None
    description: str


class ResourcesPage(ContentModel):
    heading: str
    lead: str
    note: str
    sites: list[Site] = Field(min_length=1)


class Guide(ContentModel):
    app: AppText
    start: StartPage
    prepare: PreparePage
    find: FindPage
    step_page: StepPageWords
    steps: list[Step] = Field(min_length=7, max_length=7)
    resources: ResourcesPage

    @model_validator(mode="after")
    def _steps_in_order(self):
        numbers = [s.number for s in self.steps]
        if numbers != list(range(1, 8)):
            raise ValueError(f"steps must be numbered 1 to 7 in order, found {numbers}")
        return self

    def step(self, number: int) -> Step:
        return self.steps[number - 1]


def load_guide(path=CONTENT_DIR / "guide.yaml") -> Guide:
    return load_yaml(path, Guide)


def neighbours(number: int, total: int = 7) -> tuple[int | None, int | None]:
    """The previous and next step numbers, None at either end."""
    return (number - 1 if number > 1 else None, number + 1 if number < total else None)
