"""The People page's words (content/people.yaml), checked when the app starts."""

from __future__ import annotations

from pydantic import Field, model_validator

from interview_coach.course.loading import CONTENT_DIR, ContentModel, load_yaml
from interview_coach.people.record import ALL_STAGES


class QuickAdd(ContentModel):
    heading: str
    name: str
    organization: str
    found_via: str


class RequestedWait(ContentModel):
    check_in: str
    move_on: str


class Buttons(ContentModel):
    write_request: str
    asked: str
    said_yes: str
    no_reply: str
    declined: str
    prep: str
    held: str
    companion: str
    thank_you: str
    thanked: str
    suggested: str
    open: str
    back: str
    remove: str
    remove_confirm: str
    add: str


class Headline(ContentModel):
    to_ask: str
    asked: str
    held: str
    thanked: str
    referrals: str
    thanked_value: str = Field(min_length=1)  # {thanked} of {held} conversations
    thanked_help: str
    referrals_help: str


class Form(ContentModel):
    heading_new: str
    details: str
    name: str
    organization: str
    role: str
    field: str
    found_via: str
    referred_by: str
    nobody: str
    contact: str
    email: str
    phone: str
    link: str
    rank: str
    knows_them: str
    interest: str
    rank_levels: list[str] = Field(min_length=4, max_length=4)
    stage: str
    stage_label: str
    stage_dates: str
    interview: str
    date: str
    time: str
    format: str
    place: str
    minutes: str
    research: str
    research_industry: str
    research_organization: str
    research_contact: str
    learned: str
    learned_help: str
    notes: str
    suggested: str
    suggested_none: str
    suggested_add: str
    suggested_name: str
    incomplete: str
    saved: str


class Table(ContentModel):
    caption: str
    projector: str
    hidden: str


class Transfer(ContentModel):
    import_heading: str
    import_caption: str
    uploader: str
    ready: str
    linkedin: str
    replace: str
    add: str
    replaced: str
    added: str
    cannot: str
    no_rows: str
    problems: str
    problem_row: str = Field(min_length=1)  # the problems table's column headings
    problem_column: str = Field(min_length=1)
    problem_what: str = Field(min_length=1)
    file: str = Field(min_length=1)  # {name}: the chosen file's
    export_heading: str
    gradebook_label: str
    gradebook_help: str
    export_button: str
    export_caption: str
    sample: str
    sample_help: str
    sample_confirm: str
    sample_yes: str


class Insights(ContentModel):
    no_follow_ups: str
    most_urgent: str
    no_tree: str
    tree_scrolls: str
    tree_too_large: str
    no_charts: str
    chart_label: str
    chart_views: dict[str, str] = Field(min_length=1)  # label -> weekly, funnel, found_via, field
    chart_waits: str
    found_via_axis: str = Field(min_length=1)  # the bars' axis, named in the chart's sentence
    field_axis: str = Field(min_length=1)


class Pager(ContentModel):
    showing: str  # {first}, {last}, {total}
    previous: str
    next: str


class PeopleWording(ContentModel):
    title: str
    intro: str
    tabs: list[str] = Field(min_length=6, max_length=6)
    stage_help: dict[str, str]
    next_step: dict[str, str]
    requested_wait: RequestedWait
    start_next: dict[str, str]
    buttons: Buttons
    headline: Headline
    filter_label: str
    filter_all: str
    no_one_yet: str
    nobody_here: str
    quick_add: QuickAdd
    since: str
    insights: Insights
    pager: Pager
    form: Form
    table: Table
    transfer: Transfer

    @model_validator(mode="after")
    def _every_stage(self):
        for name in ("stage_help", "next_step"):
            missing = [s for s in ALL_STAGES if s not in getattr(self, name)]
            if missing:
                raise ValueError(f"{name} has no text for {', '.join(missing)}")
        return self


def load_people_wording(path=CONTENT_DIR / "people.yaml") -> PeopleWording:
    return load_yaml(path, PeopleWording)
