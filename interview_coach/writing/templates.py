"""Wording for the writing tools (content/writing.yaml): schema, loader and safe template filling.

Templates use {name} placeholders, as every content file does (checked by
interview_coach.course.loading). Filling never re-reads what was put in, so a student's "$", "{"
or "}" comes out exactly as typed. A *sentence* is one template or {first_of: [...]}: the first
alternative whose placeholders all have a non-blank value is used, and a sentence with no usable
alternative is left out. That is how empty optional fields give natural sentences instead of
"None" or double spaces.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime, time
from typing import Annotated

from pydantic import AfterValidator, Field, field_validator

from interview_coach.course.loading import (
    CONTENT_DIR,
    ContentModel,
    load_yaml,
    placeholders,
    uses_only,
)
from interview_coach.log.schema import FORMATS, FOUND_VIA
from interview_coach.plain_text import one_line


class FirstOf(ContentModel):
    first_of: list[str] = Field(min_length=1)


Sentence = str | FirstOf


def alternatives(sentence: Sentence) -> list[str]:
    return [sentence] if isinstance(sentence, str) else list(sentence.first_of)


# A {name}, with the full stop that may follow it; {{ and }} are braces.
_PLACEHOLDER = re.compile(r"(?P<brace>\{\{|\}\})|\{(?P<named>[A-Za-z_]\w*)\}(?P<stop>\.(?=\s|$))?")
_ENDS_A_SENTENCE = (".", "!", "?", "…")


def fill(template: str, values: Mapping[str, object]) -> str:
    """`template` filled once from `values`; "" when a placeholder it uses has a blank value.
    A value that ends a sentence itself ("Acme Ltd.") takes the place of the template's full
    stop after it, so no "Ltd.." appears. ValueError for a stray brace."""
    names = placeholders(template)
    texts = {name: "" if values.get(name) is None else str(values[name]) for name in names}
    if any(not text.strip() for text in texts.values()):
        return ""

    def put(match: re.Match) -> str:
        if match["brace"]:
            return match["brace"][0]
        stop = match["stop"] or ""
        text = texts[match["named"]]
        return text if stop and text.rstrip().endswith(_ENDS_A_SENTENCE) else text + stop

    return _PLACEHOLDER.sub(put, template)


def render_sentence(sentence: Sentence, values: Mapping[str, object]) -> str:
    return next((text for alt in alternatives(sentence) if (text := fill(alt, values))), "")


def render_paragraphs(
    paragraphs: Iterable[Iterable[Sentence]], values: Mapping[str, object]
) -> str:
    """Sentences joined by a space, paragraphs by a blank line; empty ones left out."""
    rendered = (" ".join(filter(None, (render_sentence(s, values) for s in p))) for p in paragraphs)
    return "\n\n".join(filter(None, rendered))


def _keys_must_be(expected: Iterable[str]):
    def check(value: dict) -> dict:
        missing = [k for k in expected if k not in value]
        extra = [k for k in value if k not in expected]
        if missing or extra:
            raise ValueError(f"keys must be {list(expected)} (missing {missing}, extra {extra})")
        return value

    return AfterValidator(check)


# ---- request (phone script and email) ----

REQUEST_VALUES = (
    "your_name", "program", "how_found", "contact", "organization", "hope_to_learn", "minutes",
    "format", "your_contact",
)
REQUEST_FORM_FIELDS = (
    "your_name", "program", "found_via", "referrer", "contact", "organization", "hope_to_learn",
    "minutes", "format", "your_contact",
)


class FieldText(ContentModel):
    label: str
    help: str = ""


class ScriptSection(ContentModel):
    heading: str
    sentences: Annotated[list[Sentence], uses_only(*REQUEST_VALUES)]


class RequestScreen(ContentModel):
    heading: str
    minutes_option: Annotated[str, uses_only("minutes")]
    still_missing: Annotated[str, uses_only("names")]
    log_needs_contact: str
    log_already: str
    log_add: str
    log_add_help: str
    log_added: Annotated[str, uses_only("date")]
    email_tab: str
    phone_tab: str
    email_label: str
    email_what: str
    phone_hint: str
    phone_label: str
    phone_copy: str
    phone_download: str


class RequestTexts(ContentModel):
    screen: RequestScreen
    form: Annotated[dict[str, FieldText], _keys_must_be(REQUEST_FORM_FIELDS)]
    minutes_choices: list[int] = Field(min_length=1)
    placeholders: Annotated[dict[str, str], _keys_must_be(("your_name", "contact", "organization"))]
    formats: Annotated[dict[str, str], _keys_must_be(FORMATS)]
    found_via: Annotated[
        dict[str, FirstOf], _keys_must_be(FOUND_VIA),
        uses_only("referrer", "described_referrer", "organization"),
    ]
    email_subject: Annotated[Sentence, uses_only(*REQUEST_VALUES)]
    email_body: Annotated[list[list[Sentence]], uses_only(*REQUEST_VALUES)]
    phone: list[ScriptSection] = Field(min_length=1)

    @field_validator("minutes_choices")
    @classmethod
    def _short(cls, value: list[int]) -> list[int]:
        if any(not 0 < m <= 30 for m in value):
            raise ValueError("the guide asks for 20-30 minutes: choices must be 1 to 30")
        return value


# ---- live checks ----


class WordCountText(ContentModel):
    label: str
    ok: Annotated[str, uses_only("count", "limit")]
    too_long: Annotated[str, uses_only("count", "limit")]


class ShortTimeText(ContentModel):
    label: str
    max_minutes: int = Field(gt=0)
    ok: Annotated[str, uses_only("found", "max")]
    missing: Annotated[str, uses_only("max")]
    too_long: Annotated[str, uses_only("found", "max")]


class NotAJobText(ContentModel):
    label: str
    ok: Annotated[str, uses_only("found")]
    learning_only: Annotated[str, uses_only("found")]
    missing: str
    not_a_job_phrases: list[str] = Field(min_length=1)
    learning_phrases: list[str] = Field(min_length=1)


class JobWordsText(ContentModel):
    label: str
    ok: str
    found: Annotated[str, uses_only("found", "reason")]


class PhraseCheckText(ContentModel):
    label: str
    ok: Annotated[str, uses_only("found")]
    missing: str
    phrases: list[str] = Field(min_length=1)


class BlanksText(ContentModel):
    label: str
    ok: str
    found: Annotated[str, uses_only("found")]


class CheckTexts(ContentModel):
    heading: str = Field(min_length=1)  # over the ✓/✗ list
    email_word_limit: int = Field(gt=0)
    blanks: BlanksText
    word_count: WordCountText
    short_time: ShortTimeText
    not_a_job: NotAJobText
    job_words: JobWordsText
    thanks: PhraseCheckText
    door_open: PhraseCheckText


# ---- thank-you note and its timing ----

THANK_YOU_VALUES = (
    "contact", "organization", "date", "learned", "advice", "referral", "your_name",
)
THANK_YOU_FORM_FIELDS = (
    "contact", "organization", "interview_date", "learned", "advice", "referral", "your_name",
)


class ThankYouScreen(ContentModel):
    heading: str
    note_label: str
    note_what: str
    sent_in_log: str
    send_within: str
    pick_to_mark: str
    marked: str
    mark_sent: str
    marked_flash: str


class ThankYouTexts(ContentModel):
    screen: ThankYouScreen
    form: Annotated[dict[str, FieldText], _keys_must_be(THANK_YOU_FORM_FIELDS)]
    placeholders: Annotated[dict[str, str], _keys_must_be(("contact", "learned", "your_name"))]
    subject: Annotated[Sentence, uses_only(*THANK_YOU_VALUES)]
    body: Annotated[list[list[Sentence]], uses_only(*THANK_YOU_VALUES)]


class FollowUpTexts(ContentModel):
    upcoming: Annotated[str, uses_only("date", "deadline")]
    due: Annotated[str, uses_only("date", "deadline")]
    late_one: Annotated[str, uses_only("date", "deadline", "days")]
    late_many: Annotated[str, uses_only("date", "deadline", "days")]


# ---- calendar file ----


class CalendarScreen(ContentModel):
    heading: str
    event_heading: str
    length_label: str
    length_help: str
    picker_link: str
    what: Annotated[str, uses_only("summary")]
    when: Annotated[str, uses_only("when")]
    where: Annotated[str, uses_only("place")]
    when_timed: Annotated[str, uses_only("day", "start", "end", "minutes")]
    when_day: Annotated[str, uses_only("day")]
    not_filled: str
    notes: str
    no_questions: str
    needs_date_and_time: str
    far_ahead: Annotated[str, uses_only("years")]
    far_back: Annotated[str, uses_only("years")]
    far_in_people: str
    far_above: str
    far_date: Annotated[str, uses_only("date", "away", "where")]
    download: str
    opens_in: Annotated[str, uses_only("minutes")]


class CalendarTexts(ContentModel):
    prodid: str
    summary: Annotated[Sentence, uses_only("contact", "organization")]
    format_line: Annotated[Sentence, uses_only("format", "minutes")]
    punctual: str
    questions_heading: str
    checklist_heading: str
    alarm: Annotated[Sentence, uses_only("contact", "organization", "minutes")]
    reminder_minutes: int = Field(gt=0)
    screen: CalendarScreen


# ---- printable prep sheet ----


class WhenTexts(ContentModel):
    heading: str
    date: str
    time: str
    length_label: str
    length: Annotated[str, uses_only("minutes")]
    format: str
    place: str
    tip: str


class ResearchTexts(ContentModel):
    heading: str
    hint: str
    industry: str
    organization: str
    contact: str


class WhyTexts(ContentModel):
    heading: str
    hint: str


class GoalsTexts(ContentModel):
    heading: str
    hint: str
    career_goals: str
    experience: str
    accomplishments: str
    skills: str


class QuestionsTexts(ContentModel):
    heading: str
    hint: str
    none_picked: str


class ChecklistTexts(ContentModel):
    heading: str
    done: str
    to_do: str
    empty: str


class ReflectionPrompt(ContentModel):
    id: str = Field(pattern=r"^[a-z_]+$")
    prompt: str
    note_label: str


class ReflectionTexts(ContentModel):
    heading: str
    hint: str
    prompts: list[ReflectionPrompt] = Field(min_length=1)
    choose_person: str = Field(min_length=1)  # with nobody chosen, nowhere to save them
    people_link: str = Field(min_length=1)
    whose_notes: str = Field(min_length=1)
    save: str = Field(min_length=1)
    saved_flash: str = Field(min_length=1)
    saved: str = Field(min_length=1)


class PrepSheetScreen(ContentModel):
    intro: str
    interview: str
    picked: Annotated[str, uses_only("count", "questions")]
    none_picked: str
    lists: Annotated[str, uses_only("questions")]
    download_html: str
    download_markdown: str


class PrepSheetTexts(ContentModel):
    title: Annotated[Sentence, uses_only("contact", "organization")]
    prepared_by: Annotated[str, uses_only("your_name")]
    print_hint: str
    print_button: str
    screen: PrepSheetScreen
    answer_lines: int = Field(ge=1, le=8)
    blank_lines: int = Field(ge=1, le=8)
    when: WhenTexts
    research: ResearchTexts
    why: WhyTexts
    goals: GoalsTexts
    questions: QuestionsTexts
    checklist: ChecklistTexts
    reflection: ReflectionTexts


class SendTexts(ContentModel):
    subject: str
    copy_subject: str
    copy_body: Annotated[str, uses_only("what")]
    copied: str
    copy_failed: str
    open_email: str
    download: Annotated[str, uses_only("what")]


class EditedMessageTexts(ContentModel):
    """Under a message box (email, phone script, thank-you note) the student has edited."""

    details_changed: str = Field(min_length=1)
    start_again: str = Field(min_length=1)


class PlannedInterviewTexts(ContentModel):
    """The interview being planned: the fields the Calendar file and Prep sheet tabs share."""

    contact: str = Field(min_length=1)
    organization: str = Field(min_length=1)
    date: str = Field(min_length=1)
    format: str = Field(min_length=1)
    start_time: str = Field(min_length=1)
    place: str = Field(min_length=1)
    place_help: str = Field(min_length=1)


class WritingPageTexts(ContentModel):
    intro: str
    names_hidden: str


class PersonPickerTexts(ContentModel):
    """Writing help's "Who is this for?"."""

    label: str
    help: str
    nobody: str
    no_name: str
    to_card: str


class Writing(ContentModel):
    page: WritingPageTexts
    person: PersonPickerTexts
    request: RequestTexts
    send: SendTexts
    edited_message: EditedMessageTexts
    checks: CheckTexts
    thank_you: ThankYouTexts
    follow_up: FollowUpTexts
    planned_interview: PlannedInterviewTexts
    calendar: CalendarTexts
    prep_sheet: PrepSheetTexts


def load_writing(path=CONTENT_DIR / "writing.yaml") -> Writing:
    return load_yaml(path, Writing)


# ---- small text helpers shared by the writing tools ----

_LOWER_FIRST = {"a", "about", "an", "how", "more", "that", "the", "to", "what", "when", "where",
                "which", "who", "why"}


def as_clause(text: object) -> str:
    """Student text made to continue a sentence: one line, no end stop, "What …" -> "what …"."""
    clause = one_line(text).rstrip(" .!?;,")
    first = clause.split(" ", 1)[0]
    if first.lower() in _LOWER_FIRST and first[:1].isupper() and first[1:].islower():
        clause = clause[0].lower() + clause[1:]
    return clause


def long_date(day: date, *, year: bool = True) -> str:
    """'Tuesday, March 4, 2025' (or without the year)."""
    text = f"{day:%A}, {day:%B} {day.day}"
    return f"{text}, {day.year}" if year else text


def clock_time(moment: time | datetime) -> str:
    """'2:30 PM'."""
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment.minute:02d} {'AM' if moment.hour < 12 else 'PM'}"
