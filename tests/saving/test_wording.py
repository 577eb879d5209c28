"""content/saving.yaml: every word of saving, backup and the shared-computer choice, checked."""

import pytest

from interview_coach.course.loading import ContentError
from interview_coach.saving.wording import load_saving_wording


def test_the_words_load():
    words = load_saving_wording()
    assert words.heading and words.where.off and words.status.tab and words.restore.too_many
    assert "{count}" in words.restore.too_many and "{limit}" in words.restore.too_many


def test_a_missing_field_names_the_file_and_the_field(tmp_path):
    broken = tmp_path / "saving.yaml"
    broken.write_text("where: {label: x}\n", encoding="utf-8")
    with pytest.raises(ContentError, match="where"):
        load_saving_wording(broken)
