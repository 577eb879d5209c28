"""The guide content: complete, faithful to the handout, and its schema catches mistakes."""

import pytest
import yaml

from interview_coach.course.guide import load_guide, neighbours
from interview_coach.course.loading import CONTENT_DIR, ContentError


@pytest.fixture(scope="module")
def guide():
    return load_guide()


def test_seven_steps_with_the_handout_titles(guide):
    titles = [step.title for step in guide.steps]
    assert titles == [
        "Call the interviewee and introduce yourself",
        "Prepare sample questions",
        "Set a time to meet or talk on the telephone",
        "Treat an information interview seriously",
        "Do not ask your contact for a job",
        "Always follow up with a thank-you note",
        "Ask for the name of someone else",
    ]


def test_key_guidance_is_kept(guide):
    raw = yaml.safe_load((CONTENT_DIR / "guide.yaml").read_text("utf-8"))
    text = yaml.safe_dump(raw, allow_unicode=True, width=10_000)
    text = " ".join(text.split())
    for phrase in [
        "It is not interviewing for a job",
        "informed career choices",
        "cover letters and résumés",
        "future job interviews",
        "valuable industry contacts",
        "do not go in expecting this to happen",
        "professional, undemanding and polite",
        "products",
        "competitors",
        "Where do you think you can find some information about your contact?",
        "20–30 minutes",
        "company growth and hiring potential",
        "Respect the time limit that your contact has given you",
        "Dress appropriately, and bring your résumé",
        "The interviewee may keep it on file for future reference",
        "signals your openness to future contact",
        "building your network of employment contacts",
        "It is part of the mentoring process",
    ]:
        assert phrase in text, phrase


def test_four_part_strategy_and_four_ways(guide):
    assert [p.title for p in guide.prepare.strategy] == [
        "Explain why you set up the interview",
        "Give an overview of yourself",
        "Ask questions",
        "Ask for referrals",
    ]
    ways = " ".join(w.text for w in guide.find.ways)
    for source in ["Human Resources officer", "friend, a graduate or a relative",
                   "business directories, trade journals", "faculty and program advisors"]:
        assert source in ways


def test_all_resource_links_from_the_handout(guide):
    urls = {str(site.url).rstrip("/") for site in guide.resources.sites if site.url}
    assert urls == {
        "http://www.esdc.gc.ca/eng/jobs/index.shtml",
        "http://www.canadiancareers.com/infointerview.html",
        "https://www.jobsetc.gc.ca/categories.jsp?lang=en&category_id=420",
        "http://success.uwo.ca/careers/research_your_career/informational_interview.html",
    }
    names = [site.name for site in guide.resources.sites]
    assert any("Ryerson" in name for name in names)
    assert all(site.description for site in guide.resources.sites)


def test_every_step_has_do_avoid_and_a_tool(guide):
    for step in guide.steps:
        assert step.do and step.avoid and step.try_it.label


@pytest.mark.parametrize(("number", "expected"), [(1, (None, 2)), (4, (3, 5)), (7, (6, None))])
def test_neighbours(number, expected):
    assert neighbours(number) == expected


def broken_copy(tmp_path, edit):
    data = yaml.safe_load((CONTENT_DIR / "guide.yaml").read_text("utf-8"))
    edit(data)
    path = tmp_path / "guide.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_missing_step_title_is_named(tmp_path):
    path = broken_copy(tmp_path, lambda d: d["steps"][2].pop("title"))
    with pytest.raises(ContentError) as err:
        load_guide(path)
    assert err.value.field == "steps[2].title"


def test_steps_out_of_order(tmp_path):
    def swap(d):
        d["steps"][0], d["steps"][1] = d["steps"][1], d["steps"][0]

    with pytest.raises(ContentError) as err:
        load_guide(broken_copy(tmp_path, swap))
    assert "numbered 1 to 7" in err.value.problem


def test_unknown_page_in_link(tmp_path):
    path = broken_copy(tmp_path, lambda d: d["steps"][0]["try_it"].update(page="nowhere"))
    with pytest.raises(ContentError) as err:
        load_guide(path)
    assert err.value.field == "steps[0].try_it"
    assert "unknown page 'nowhere'" in err.value.problem


def test_bad_url(tmp_path):
    path = broken_copy(tmp_path, lambda d: d["resources"]["sites"][0].update(url="not a url"))
    with pytest.raises(ContentError) as err:
        load_guide(path)
    assert err.value.field == "resources.sites[0].url"


def test_the_step_pages_own_words_load(guide):
    words = guide.step_page
    assert all(dict(words).values())
    assert words.position.format(number=3, total=7) == "Step 3 of 7"
    assert words.next_step.format(number=2, title="T") == "Next — Step 2: T"
    assert guide.app.try_it_title and guide.prepare.contact_hints_intro


@pytest.mark.parametrize("field", ["do_title", "before_first_step"])
def test_a_blank_step_page_word_is_refused(tmp_path, field):
    path = broken_copy(tmp_path, lambda d: d["step_page"].update({field: " "}))
    with pytest.raises(ContentError) as err:
        load_guide(path)
    assert err.value.field == f"step_page.{field}"


def test_a_step_page_placeholder_is_checked(tmp_path):
    path = broken_copy(tmp_path, lambda d: d["step_page"].update(previous_step="Step {n}"))
    with pytest.raises(ContentError, match="unknown placeholder"):
        load_guide(path)
