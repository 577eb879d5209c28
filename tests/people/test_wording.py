"""content/people.yaml: the People page's words load, and a blank one is refused."""

import pytest
import yaml

from interview_coach.course.loading import CONTENT_DIR, ContentError
from interview_coach.people.wording import load_people_wording


def test_the_words_moved_out_of_python_load():
    words = load_people_wording()
    transfer, insights = words.transfer, words.insights
    assert all([transfer.problem_row, transfer.problem_column, transfer.problem_what,
                insights.found_via_axis, insights.field_axis])
    assert transfer.file.format(name="a.csv") == "File: a.csv"
    assert words.headline.thanked_value.format(thanked=1, held=2) == "1 of 2"


def test_a_blank_word_is_refused(tmp_path):
    raw = yaml.safe_load((CONTENT_DIR / "people.yaml").read_text(encoding="utf-8"))
    raw["transfer"]["problem_what"] = ""
    path = tmp_path / "people.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ContentError) as err:
        load_people_wording(path)
    assert err.value.field == "transfer.problem_what"
