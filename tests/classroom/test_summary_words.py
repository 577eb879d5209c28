"""content/class_summary.yaml loads, and a missing line is named."""

import pytest
import yaml

from interview_coach.classroom.summary_words import counted, load_class_summary_words
from interview_coach.course.loading import CONTENT_DIR, ContentError


def test_the_words_load():
    words = load_class_summary_words()
    assert words.gradebook["headings"]["student"]
    assert all(words.numbers[line] for line in ("tables", "contacts_heading",
                                                "interviews_heading", "students_heading"))


def test_a_missing_line_names_the_group(tmp_path):
    raw = yaml.safe_load((CONTENT_DIR / "class_summary.yaml").read_text(encoding="utf-8"))
    del raw["gradebook"]["short"]["referrals"]
    broken = tmp_path / "class_summary.yaml"
    broken.write_text(yaml.safe_dump(raw), encoding="utf-8")
    with pytest.raises(ContentError, match="gradebook"):
        load_class_summary_words(broken)


def test_counted_picks_singular_or_plural():
    assert counted("{n} file|{n} files", 1) == "1 file"
    assert counted("{n} file|{n} files", 3) == "3 files"
