"""Every page opens without an exception and shows its heading (AppTest, no browser)."""

import os
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import ui.course
from interview_coach.course.guide import load_guide
from interview_coach.course.loading import ContentError
from interview_coach.course.site_map import load_site_map

ROOT = Path(__file__).resolve().parents[2]
GUIDE = load_guide()

SITE_MAP = load_site_map()
# A page's heading is its navigation title unless its own content names it otherwise.
HEADINGS = {page.key: page.title for page in SITE_MAP.pages} | {
    "start": GUIDE.start.heading,
    "prepare": GUIDE.prepare.heading,
    "find_someone": GUIDE.find.heading,
    "resources": GUIDE.resources.heading,
    **{f"step_{s.number}": s.title for s in GUIDE.steps},
    "quiz": "Check yourself",
}


def open_page(page: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30).run()
    if page != "start":
        at.switch_page(f"pages/{page}.py").run()
    return at


def test_every_page_script_is_in_the_site_map():
    scripts = {p.stem for p in (ROOT / "pages").glob("*.py")}
    assert scripts == SITE_MAP.keys


@pytest.mark.parametrize("page", sorted(HEADINGS))
def test_page_opens_with_its_heading(page):
    at = open_page(page)
    assert not at.exception
    assert [t.value for t in at.title] == [HEADINGS[page]]


def test_no_page_changes_the_content_every_student_shares():
    # The content cache hands every student the same objects.
    for name in ui.course.LOADERS:
        ui.course.shared(name)  # loaded before any page runs
    for page in HEADINGS:
        open_page(page)
    for name, load in ui.course.LOADERS.items():
        shared, fresh = ui.course.shared(name), load()
        if name == "sample_log":
            assert shared.equals(fresh)
        else:
            assert shared == fresh, name


def test_step_pages_say_where_you_are():
    at = open_page("step_3")
    assert "Step 3 of 7" in [c.value for c in at.caption]
    labels = [link.label for link in at.get("page_link")]
    assert "Step 2: Prepare your questions" in labels
    assert "Next — Step 4: Treat it seriously" in labels


def test_start_page_links_every_stop_and_each_of_the_four_tools():
    at = open_page("start")
    pages = [link.proto.page for link in at.get("page_link")]
    for page in ("prepare", "find_someone", "step_1", "question_picker", "checklist",
                 "writing_help", "people", "quiz"):
        assert page in pages, page


def test_broken_content_shows_one_clear_message(monkeypatch):
    def broken():
        raise ContentError("content/guide.yaml", "steps[2].title", "field required")

    monkeypatch.setitem(ui.course.LOADERS, "guide", broken)
    ui.course.forget_loaded()
    try:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30).run()
    finally:
        ui.course.forget_loaded()
    assert not at.exception
    assert len(at.error) == 1
    message = at.error[0].value
    assert "content/guide.yaml" in message and "steps[2].title" in message


def test_an_edited_content_file_is_read_again_without_a_restart(monkeypatch, tmp_path):
    # A content folder of the test's own, so no real file is touched.
    edited = tmp_path / "guide.yaml"
    edited.write_text("title: one", encoding="utf-8")
    monkeypatch.setattr(ui.course, "CONTENT_DIR", tmp_path)
    reads = []
    monkeypatch.setitem(ui.course.LOADERS, "guide",
                        lambda: reads.append(edited.read_text(encoding="utf-8")) or reads[-1])
    monkeypatch.setitem(ui.course._stamp, "at", float("-inf"))
    ui.course.forget_loaded()
    try:
        assert ui.course.shared("guide") == ui.course.shared("guide") == "title: one"
        assert len(reads) == 1  # cached between edits
        edited.write_text("title: two", encoding="utf-8")
        os.utime(edited, ns=(edited.stat().st_atime_ns, edited.stat().st_mtime_ns + 10**9))
        monkeypatch.setitem(ui.course._stamp, "at", float("-inf"))  # a second has gone by
        assert ui.course.shared("guide") == "title: two"
    finally:
        ui.course.forget_loaded()


def test_projector_query_parameter_turns_projector_mode_on():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    at.query_params["projector"] = "1"
    at.run()
    assert at.session_state["projector"] is True
    assert at.sidebar.toggle(key="_w_projector").value is True


def test_step_6_links_straight_to_the_thank_you_tool():
    at = open_page("step_6")
    links = {link.label: link.proto.query_string for link in at.get("page_link")}
    assert links["Write your thank-you note"] == "tool=Thank-you+note"


def test_writing_help_shows_no_names_while_names_are_hidden():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30).run()
    at.session_state["hide_names"] = True
    at.session_state["profile"] = {"contact_name": "Robin Ashdown"}
    at.switch_page("pages/writing_help.py").run()
    assert not at.exception
    assert "Hide names" in at.info[0].value
    assert not at.text_area and not at.text_input


def test_no_page_stops_the_script_before_app_py_saves_the_work():
    # app.py saves the student's work in the browser after the page ran; st.stop() would skip it.
    stopping = [p.name for p in (ROOT / "pages").glob("*.py") if "st.stop()" in p.read_text()]
    assert stopping == []
