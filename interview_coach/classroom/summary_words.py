"""The Class summary page's words (content/class_summary.yaml): schema and loading.

Each group is a mapping of named lines; the schema lists the names each group must have, so a
missing or misspelt key is caught when the file is loaded. "a|b" lines are singular|plural.
"""

from __future__ import annotations

from pydantic import field_validator

from interview_coach.course.loading import CONTENT_DIR, ContentModel, load_yaml

Lines = dict[str, str]
NESTED = dict[str, str | dict[str, str]]


def _needs(lines: dict, *names: str) -> dict:
    missing = [n for n in names if n not in lines]
    extra = [n for n in lines if n not in names]
    if missing:
        raise ValueError(f"missing '{missing[0]}'")
    if extra:
        raise ValueError(f"unknown line '{extra[0]}'")
    return lines


class ClassSummaryWords(ContentModel):
    title: str
    intro: str
    privacy: str
    class_view: Lines
    requirement: Lines
    files: Lines
    tabs: Lines
    gradebook: NESTED
    not_read: NESTED
    quality: NESTED
    numbers: Lines
    headline: dict[str, tuple[str, str]]  # (label, help) of each headline number
    charts: Lines
    report: Lines

    @field_validator("headline")
    @classmethod
    def _headline(cls, v):
        return _needs(v, "students", "contacts", "interviews", "median", "thank_yous",
                      "referrals")

    @field_validator("charts")
    @classmethod
    def _charts(cls, v):
        return _needs(v, "per_student", "funnel", "found_via", "found_via_label", "fields",
                      "fields_label", "fields_note", "withheld_note")

    @field_validator("class_view")
    @classmethod
    def _class_view(cls, v):
        return _needs(v, "label", "help", "note")

    @field_validator("requirement")
    @classmethod
    def _requirement(cls, v):
        return _needs(v, "heading", "interviews", "thank_yous", "referrals", "use_due", "due",
                      "help", "download", "upload", "loaded", "not_settings", "file_name")

    @field_validator("files")
    @classmethod
    def _files(cls, v):
        return _needs(v, "label", "help", "reading", "read", "clear", "limit", "how_to",
                      "open_log")

    @field_validator("tabs")
    @classmethod
    def _tabs(cls, v):
        return _needs(v, "gradebook", "quality", "numbers")

    @field_validator("gradebook")
    @classmethod
    def _gradebook(cls, v):
        _needs(v, "passed", "caption", "headings", "pass", "missing", "short", "download",
               "file_name")
        _needs(v["headings"], "student", "file_name", "interviews", "thank_yous", "referrals",
               "late", "outcome", "values_to_check")
        _needs(v["short"], "interviews", "thank_yous", "referrals")
        return v

    @field_validator("not_read")
    @classmethod
    def _not_read(cls, v):
        _needs(v, "unreadable", "unreadable_no_reason", "duplicate", "over_limit", "workbook")
        _needs(v["workbook"], "not_a_workbook", "too_large", "no_sheet")
        return v

    @field_validator("quality")
    @classmethod
    def _quality(cls, v):
        _needs(v, "intro", "none", "map_heading", "map_label", "leave", "files_word",
               "rows_word", "per_file_heading", "read_as", "mapped_as", "not_understood",
               "a_date", "columns")
        _needs(v["columns"], "status", "thank_you_sent", "referrals")
        return v

    @field_validator("numbers")
    @classmethod
    def _numbers(cls, v):
        return _needs(v, "skipped", "skipped_expander", "skipped_file", "skipped_reason",
                      "nothing_counted", "download", "small_groups_note", "tables",
                      "contacts_heading", "interviews_heading", "students_heading")

    @field_validator("report")
    @classmethod
    def _report(cls, v):
        return _needs(v, "heading", "label", "placeholder", "download", "file_name", "title",
                      "generated", "numbers_heading", "charts_heading", "privacy", "print_hint",
                      "per_student_bar")


def counted(line: str, n: int) -> str:
    """A "singular|plural" line for n, with {n} filled in."""
    one, _, many = line.partition("|")
    return (one if n == 1 or not many else many).format(n=n)


def load_class_summary_words(path=CONTENT_DIR / "class_summary.yaml") -> ClassSummaryWords:
    return load_yaml(path, ClassSummaryWords)
