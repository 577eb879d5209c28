"""The content loader: YAML is read safely and checked; broken files name the file and the field."""

import re

import pytest
import yaml
from pydantic import Field

from interview_coach.course.loading import (
    CONTENT_DIR,
    ContentError,
    ContentModel,
    check_placeholders,
    load_yaml,
    placeholders,
    templates_in,
)


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


def test_every_text_in_every_content_file_reads_with_the_one_placeholder_syntax():
    # {name} and {{ }} only: a stray brace or a $name in any file is caught here, by the same
    # validator the content models use.
    for path in sorted(CONTENT_DIR.glob("*.yaml")):
        for text in templates_in(yaml.safe_load(path.read_text(encoding="utf-8"))):
            placeholders(text)  # raises ValueError, naming the text
            assert "${" not in text, (path.name, text)


@pytest.mark.parametrize(("template", "problem"), [
    ("Hi {name", "stray brace"), ("Hi name}", "stray brace"), ("{0} min", "plain {name}"),
    ("{a.b}", "plain {name}"), ("{a!r}", "plain {name}"), ("{a:>5}", "plain {name}")])
def test_the_one_validator_refuses_anything_but_plain_names(template, problem):
    with pytest.raises(ValueError, match=re.escape(problem)):
        placeholders(template)


def test_the_one_validator_names_an_unknown_placeholder_and_what_is_allowed():
    assert placeholders("{a} of {b}, {{literal}}") == ["a", "b"]
    assert check_placeholders("{a} of {b}", {"a", "b"}) == "{a} of {b}"
    with pytest.raises(ValueError, match=r"unknown placeholder \{c\} .*allowed: \{a\}, \{b\}"):
        check_placeholders("{a} {c}", ["b", "a"])
