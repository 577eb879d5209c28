"""The content loader: YAML is read safely and checked; broken files name the file and the field."""

import pytest
from pydantic import Field

from interview_coach.course.loading import ContentError, ContentModel, load_yaml


class Item(ContentModel):
    title: str = Field(min_length=1)
    minutes: int = Field(ge=1)


class Sample(ContentModel):
    heading: str
    items: list[Item]


def write(tmp_path, text: str, name: str = "sample.yaml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_file_loads(tmp_path):
    path = write(tmp_path, "heading: Hello\nitems:\n  - {title: One, minutes: 2}\n")
    sample = load_yaml(path, Sample)
    assert sample.heading == "Hello"
    assert sample.items[0].minutes == 2


def test_missing_field_names_file_and_field(tmp_path):
    path = write(tmp_path, "heading: Hello\nitems:\n  - {title: One}\n")
    with pytest.raises(ContentError) as err:
        load_yaml(path, Sample)
    assert err.value.field == "items[0].minutes"
    assert "sample.yaml" in str(err.value)
    assert "field required" in str(err.value)


def test_wrong_type_and_bad_value(tmp_path):
    path = write(tmp_path, "heading: Hello\nitems:\n  - {title: '', minutes: 2}\n")
    with pytest.raises(ContentError) as err:
        load_yaml(path, Sample)
    assert err.value.field == "items[0].title"


def test_unknown_key_is_an_error(tmp_path):
    path = write(tmp_path, "heading: Hello\nitemz: []\nitems: []\n")
    with pytest.raises(ContentError) as err:
        load_yaml(path, Sample)
    assert err.value.field == "itemz"


def test_yaml_syntax_error_gives_line(tmp_path):
    path = write(tmp_path, "heading: Hello\nitems: [\n  - broken: : :\n")
    with pytest.raises(ContentError) as err:
        load_yaml(path, Sample)
    assert "cannot be read" in err.value.problem
    assert "line" in err.value.problem


@pytest.mark.parametrize(
    ("text", "problem"),
    [("", "mapping"), ("- a\n- b\n", "mapping"), ("just words", "mapping")],
)
def test_top_level_must_be_mapping(tmp_path, text, problem):
    with pytest.raises(ContentError) as err:
        load_yaml(write(tmp_path, text), Sample)
    assert problem in err.value.problem


def test_missing_file(tmp_path):
    with pytest.raises(ContentError) as err:
        load_yaml(tmp_path / "nope.yaml", Sample)
    assert err.value.problem == "the file is missing"


def test_not_utf8(tmp_path):
    path = tmp_path / "latin.yaml"
    path.write_bytes("heading: caf\xe9\n".encode("latin-1"))
    with pytest.raises(ContentError) as err:
        load_yaml(path, Sample)
    assert "UTF-8" in err.value.problem


def test_safe_load_refuses_python_objects(tmp_path):
    path = write(tmp_path, "heading: !!python/object/apply:os.system ['echo hi']\nitems: []\n")
    with pytest.raises(ContentError) as err:
        load_yaml(path, Sample)
    assert "cannot be read" in err.value.problem


def test_texts_used_as_widget_labels_carry_no_markdown_marks():
    # Streamlit reads a widget's label to screen readers exactly as written, marks and all.
    from interview_coach.course.checklist import load_checklist
    from interview_coach.course.quiz import load_quiz
    from interview_coach.questions.bank import load_question_bank

    checklist, bank, quiz = load_checklist(), load_question_bank(), load_quiz()
    labels = [text for item in checklist.items for text in (item.label, item.why)]
    labels += [question.text for question in bank.questions]
    labels += [option for question in quiz.questions for option in question.options]
    assert len(labels) > 100
    marked = [text for text in labels if set("*_`[]") & set(text)]
    assert marked == []
