"""The Class summary page's words, loaded once per server (they hold no student data)."""

from interview_coach.classroom.summary_words import ClassSummaryWords
from ui import course


def words() -> ClassSummaryWords:
    """content/class_summary.yaml, shared like all content (see ui/course.py)."""
    return course.class_summary_words()
