"""The Start page and the sidebar as a first-time student meets them (issue 20): where to begin
and where they are, on the first screen; their own switches before the instructor's."""

from apptest_helpers import open_page, texts
from interview_coach.course.guide import load_guide
from ui import journey

START = load_guide().start


def in_page_order(node):
    yield node
    for child in getattr(node, "children", {}).values():
        yield from in_page_order(child)


def test_the_first_thing_under_the_lead_is_where_to_begin():
    at = open_page("start")
    order = list(in_page_order(at.main))
    begin = next(i for i, n in enumerate(order) if getattr(n, "key", None) == "begin")
    is_list = next(i for i, n in enumerate(order) if getattr(n, "key", None) == "yes_list")
    assert begin < is_list  # before "What it is", not two screens down
    links = [n.proto for n in in_page_order(order[begin]) if n.type == "page_link"]
    assert links and links[0].page == "prepare"  # nothing done yet: begin there
    said = " ".join(n.value for n in in_page_order(order[begin]) if n.type == "markdown")
    assert START.begin.title in said and START.begin.not_started in said


def test_where_you_are_follows_the_students_work():
    at = open_page("start", picks=["how-you-got-your-job", "typical-day-and-training"])
    said = " ".join(texts(at.markdown))
    assert "2 questions picked" in said
    links = [link.proto.page for link in at.get("page_link")]
    assert links[0] == "checklist"  # picked: the checklist is next


def test_a_next_step_with_a_person_comes_first_once_the_people_work_says_one(monkeypatch):
    monkeypatch.setattr(journey, "next_with_a_person",
                        lambda: ("Next: send the thank-you to Priya Sharma", "writing_help",
                                 "Thank-you note"))
    at = open_page("start")
    first = at.get("page_link")[0].proto
    assert first.label == "Next: send the thank-you to Priya Sharma"
    assert first.page == "writing_help"


def test_the_sidebar_starts_with_the_students_own_switches():
    at = open_page("start")
    order = list(in_page_order(at.sidebar))
    yours = next(i for i, n in enumerate(order)
                 if n.type == "markdown" and "Your work" in n.value)
    projector = next(i for i, n in enumerate(order)
                     if n.type == "toggle" and n.label == "Projector mode")
    classroom = next(i for i, n in enumerate(order)
                     if n.type == "markdown" and "Classroom" in n.value)
    assert yours < classroom < projector
