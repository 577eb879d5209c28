"""The classroom demo content: valid ids, and the checklist state it produces."""

import pytest
import yaml

from interview_coach.classroom.demo import load_demo
from interview_coach.course.checklist import load_checklist, progress
from interview_coach.course.loading import CONTENT_DIR, ContentError
from interview_coach.questions.bank import load_question_bank

BANK, CHECKLIST = load_question_bank(), load_checklist()


def test_shipped_demo_loads_and_ticks_part_of_the_checklist():
    demo = load_demo(BANK, CHECKLIST)
    state = demo.checklist_state()
    done, total = progress(state, CHECKLIST)
    assert 0 < done < total
    assert state["know-why"]["note"].startswith("Learn which GIS skills")
    assert len(demo.picks) == len(set(demo.picks))


@pytest.mark.parametrize(("field", "bad"), [("picks", ["no-such-question"]),
                                            ("checklist_done", ["no-such-item"])])
def test_unknown_ids_are_named(tmp_path, field, bad):
    data = yaml.safe_load((CONTENT_DIR / "demo.yaml").read_text("utf-8"))
    data[field] = bad
    path = tmp_path / "demo.yaml"
    path.write_text(yaml.safe_dump(data), "utf-8")
    with pytest.raises(ContentError) as err:
        load_demo(BANK, CHECKLIST, path)
    assert err.value.field == field
    assert bad[0] in err.value.problem
