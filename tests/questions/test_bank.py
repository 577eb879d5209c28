import json
from pathlib import Path

import pytest
import yaml

from handout import handout_text
from interview_coach.course.loading import CONTENT_DIR, ContentError
from interview_coach.questions.bank import (
    OwnQuestion,
    Question,
    QuestionBank,
    check_template,
    clean_own_questions,
    clean_picks,
    filter_questions,
    group_by_category,
    job_word_flags,
    load_question_bank,
    move_down,
    move_up,
    new_own_question,
    next_own_id,
    own_question_dicts,
    pick,
    remove_own_question,
    resolve,
    unpick,
)
from interview_coach.questions.job_words import load_job_words

REPO = Path(__file__).resolve().parents[2]
GUIDE_GROUPS = ["Occupation-specific questions", "Career questions"]


def squash(text: str) -> str:
    return " ".join(text.split())


def seed_questions() -> dict[str, list[str]]:
    """The guide's sample questions by group, read from the seed handout."""
    text = handout_text()
    block = text[text.index("· Occupation-specific questions:") : text.index("3. Set a time")]
    groups: dict[str, list[str]] = {}
    current = None
    for line in block.splitlines():
        line = squash(line.lstrip("· "))
        if line.endswith("questions:"):
            current = line.rstrip(":")
            groups[current] = []
        elif line:
            groups[current].append(line)
    return groups


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_question_bank()


def write_bank(tmp_path, change) -> Path:
    raw = yaml.safe_load((CONTENT_DIR / "questions.yaml").read_text(encoding="utf-8"))
    change(raw)
    path = tmp_path / "questions.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return path


def tiny_bank(bank: QuestionBank, *questions: Question) -> QuestionBank:
    return bank.model_copy(update={"questions": list(questions)})


# --- Content ------------------------------------------------------------------------------------


def test_guide_questions_are_the_seed_questions_word_for_word(bank):
    seed = seed_questions()
    assert list(seed) == GUIDE_GROUPS
    assert [len(seed[g]) for g in GUIDE_GROUPS] == [8, 7]
    for group in GUIDE_GROUPS:
        ours = [squash(q.text) for q in bank.questions if q.guide_group == group]
        assert ours == seed[group]
        assert all(q.from_guide for q in bank.questions if q.guide_group == group)


def test_bank_has_enough_extra_questions_in_declared_categories(bank):
    extra = [q for q in bank.questions if not q.from_guide]
    assert len(extra) >= 20
    names = [c.name for c in bank.categories]
    assert {q.category for q in bank.questions} == set(names)
    assert all(c.description for c in bank.categories)
    assert all(1 <= q.minutes <= 6 for q in bank.questions)
    assert all(q.why for q in bank.questions)


def test_bank_has_the_referral_question_from_step_7(bank):
    texts = [q.text for q in bank.questions if q.category == "Closing and referrals"]
    assert "Is there anyone else you would suggest I speak with?" in texts


def test_no_bank_question_asks_for_a_job(bank):
    phrases = load_job_words().phrases
    picked = resolve([q.id for q in bank.questions], bank, [])
    assert job_word_flags(picked, phrases) == {}
    own = new_own_question("Are you hiring?", 1, [], bank)
    assert job_word_flags(resolve([own.id], bank, [own]), phrases) == {"own-1": ["Are you hiring"]}


@pytest.mark.parametrize(
    ("change", "field_word"),
    [
        (
            lambda raw: raw["questions"][1].update(id=raw["questions"][0]["id"]),
            "used more than once",
        ),
        (lambda raw: raw["questions"][0].update(category="Weather"), "undeclared category"),
        (lambda raw: raw["questions"][0].update(minutes=11), "less than or equal to 10"),
        (lambda raw: raw["questions"][0].update(minutes=0), "greater than or equal to 1"),
        (lambda raw: raw["questions"][0].update(from_guide=False, guide_group=None), "exactly 15"),
        (lambda raw: raw["questions"][-1].update(from_guide=True), "guide_group"),
        (lambda raw: raw["questions"][-1].update(guide_group="Career questions"), "not from_guide"),
        (lambda raw: raw["questions"][-1].update(id="own-3"), "reserved"),
        (lambda raw: raw["questions"][0].update(colour="red"), "extra inputs"),
        (lambda raw: raw["messages"].update(picks_dropped="{total} left out"), "placeholder"),
    ],
)
def test_broken_bank_is_refused(tmp_path, change, field_word):
    with pytest.raises(ContentError) as caught:
        load_question_bank(write_bank(tmp_path, change))
    assert field_word in caught.value.problem


def test_check_template():
    assert check_template("{a} of {b}", {"a", "b", "c"}) == "{a} of {b}"
    with pytest.raises(ValueError, match="{d}"):
        check_template("{a} {d}", {"a"})


# --- Search -------------------------------------------------------------------------------------


def test_filter_with_no_filters_returns_the_whole_bank_in_order(bank):
    assert filter_questions(bank, None, "", False) == bank.questions
    assert filter_questions(bank, set(), "   ", False) == bank.questions


def test_filter_by_category_and_guide_only(bank):
    found = filter_questions(bank, {"Advice", "Career path"}, "", True)
    assert [q.id for q in found] == [
        "how-you-got-your-job",
        "other-fields-to-research",
        "advancement",
        "advice-entering-field",
        "journals-and-organizations",
        "same-path-again",
    ]
    assert len(filter_questions(bank, None, "", True)) == 15


def test_filter_needs_every_word_in_any_case_and_ignores_accents(bank):
    assert [q.id for q in filter_questions(bank, None, "TRAINING Field", False)] == [
        "basic-prerequisites",
        "training-companies-offer",
    ]
    assert len(filter_questions(bank, None, "typical", False)) == 6  # the category name matches
    assert [q.id for q in filter_questions(bank, None, "prérequisites", False)] == [
        "basic-prerequisites"
    ]
    assert filter_questions(bank, None, "typical zebra", False) == []


def test_filter_searches_category_and_why_and_strips_punctuation(bank):
    cafe = Question(id="cafe", text="Do you like the café?", category="Advice", minutes=2)
    shy = Question(id="shy", text="Plain", category="Advice", minutes=2, why="Shows Résumé tips")
    small = tiny_bank(bank, cafe, shy)
    assert filter_questions(small, None, "CAFE,", False) == [cafe]
    assert filter_questions(small, None, "resume advice", False) == [shy]
    assert filter_questions(small, None, "?!", False) == [cafe, shy]


def test_group_by_category_counts_every_question_but_lists_only_the_shown(bank):
    shown = filter_questions(bank, None, "", True)
    groups = group_by_category(bank, shown, ["advancement", "how-you-got-your-job", "own-1"])
    assert [g.name for g in groups] == [c.name for c in bank.categories]
    career = next(g for g in groups if g.name == "Career path")
    assert career.description == bank.categories[1].description
    assert career.total == sum(q.category == "Career path" for q in bank.questions)
    assert career.from_guide == len(career.questions) == 3
    assert all(q.from_guide for q in career.questions)
    assert career.picked == 2  # the own question belongs to no category
    assert sum(g.total for g in groups) == len(bank.questions)
    assert sum(g.from_guide for g in groups) == 15
    assert sum(g.picked for g in groups) == 2
    assert group_by_category(bank, [], [])[0].questions == []


# --- Picks --------------------------------------------------------------------------------------


def test_pick_and_unpick_return_new_lists():
    picks = ["a", "b"]
    assert pick(picks, "c") == ["a", "b", "c"]
    assert pick(picks, "a") == ["a", "b"]
    assert pick(picks, "a") is not picks
    assert unpick(picks, "a") == ["b"]
    assert unpick(picks, "zz") == ["a", "b"]
    assert picks == ["a", "b"]


def test_move_up_and_down_keep_edges_and_unknown_ids():
    picks = ["a", "b", "c"]
    assert move_up(picks, "b") == ["b", "a", "c"]
    assert move_up(picks, "a") == ["a", "b", "c"]
    assert move_down(picks, "b") == ["a", "c", "b"]
    assert move_down(picks, "c") == ["a", "b", "c"]
    assert move_up(picks, "zz") == picks
    assert move_down([], "a") == []
    assert move_down(picks, "a") is not picks
    assert picks == ["a", "b", "c"]


# --- Own questions ------------------------------------------------------------------------------


def test_new_own_question_ids_and_cleanup(bank):
    first = new_own_question("  What do you read?  ", 2, [], bank)
    assert first == OwnQuestion("own-1", "What do you read?", 2)
    assert new_own_question("Next?", 10, ["own-1", "own-7", "advancement"], bank).id == "own-8"
    assert next_own_id(["own-01", "own-x", 3, None]) == "own-1"


@pytest.mark.parametrize(
    ("text", "minutes", "message_start"),
    [
        ("   ", 2, "Type your question"),
        ("x" * 301, 2, "Keep your question to 300 characters or fewer; this one has 301"),
        ("Fine?", 0, "Choose an answer time between 1 and 10"),
        ("Fine?", 11, "Choose an answer time"),
        ("Fine?", True, "Choose an answer time"),
        ("Fine?", 2.5, "Choose an answer time"),
    ],
)
def test_new_own_question_refuses_bad_input(bank, text, minutes, message_start):
    with pytest.raises(ValueError) as caught:
        new_own_question(text, minutes, [], bank)
    assert str(caught.value).startswith(message_start)


def test_new_own_question_accepts_the_limits(bank):
    assert len(new_own_question("x" * 300, 1, [], bank).text) == 300


def test_remove_own_question_also_unpicks_it():
    own = [OwnQuestion("own-1", "A?", 2), OwnQuestion("own-2", "B?", 3)]
    kept, picks = remove_own_question(own, ["advancement", "own-1", "own-2"], "own-1")
    assert kept == [OwnQuestion("own-2", "B?", 3)]
    assert picks == ["advancement", "own-2"]


def test_resolve_keeps_order_marks_own_and_drops_missing_ids(bank):
    own = [OwnQuestion("own-1", "What do you read?", 2)]
    picked = resolve(["own-1", "gone", "advancement", "own-9"], bank, own)
    assert [(p.id, p.own, p.minutes) for p in picked] == [
        ("own-1", True, 2),
        ("advancement", False, 3),
    ]
    assert picked[0].category == "Your own questions"
    assert picked[1].category == "Career path"
    assert picked[1].from_guide and not picked[0].from_guide
    assert picked[1].text == "What opportunities for advancement are there in this field?"


# --- Restored data ------------------------------------------------------------------------------


def test_clean_picks(bank):
    own = [OwnQuestion("own-1", "A?", 2)]
    assert clean_picks(None, bank, own) == ([], [])
    assert clean_picks(["own-1", "advancement"], bank, own) == (["own-1", "advancement"], [])
    kept, notices = clean_picks(
        ["advancement", 3, None, "gone", "own-2", ["x"], "advancement", "own-1"], bank, own
    )
    assert kept == ["advancement", "own-1"]
    assert notices == ["Saved picks left out because they no longer match a question: 5."]
    assert clean_picks({"a": 1}, bank, own) == (
        [],
        ["Your saved question list could not be read, so the picker starts empty."],
    )
    assert clean_picks("advancement", bank, own)[0] == []


def test_clean_own_questions(bank):
    good = {"id": "own-2", "text": " Why? ", "minutes": 3}
    value = [
        good,
        OwnQuestion("own-3", "Who?", 1),
        {"id": "own-2", "text": "Repeat id", "minutes": 3},
        {"id": "advancement", "text": "Wrong id", "minutes": 3},
        {"id": "own-4", "text": "", "minutes": 3},
        {"id": "own-5", "text": "x" * 301, "minutes": 3},
        {"id": "own-6", "text": "Bool minutes", "minutes": True},
        {"id": "own-7", "text": "String minutes", "minutes": "3"},
        {"id": "own-8", "text": 42, "minutes": 3},
        {"text": "No id", "minutes": 3},
        "own-9",
        None,
    ]
    kept, notices = clean_own_questions(value, bank)
    assert kept == [OwnQuestion("own-2", "Why?", 3), OwnQuestion("own-3", "Who?", 1)]
    assert notices == ["Saved own questions left out because they were incomplete or damaged: 10."]
    assert clean_own_questions(None, bank) == ([], [])
    assert clean_own_questions([], bank) == ([], [])
    assert clean_own_questions({"own-1": "x"}, bank) == (
        [],
        ["Your saved own questions could not be read, so they were left out."],
    )


def test_clean_own_questions_loads_the_bank_by_default():
    assert clean_own_questions(7)[1] == [load_question_bank().messages.own_unreadable]


def test_own_questions_survive_a_json_round_trip(bank):
    own = [OwnQuestion("own-1", "Café hours?", 2), OwnQuestion("own-4", "Why?", 10)]
    saved = json.loads(json.dumps(own_question_dicts(own)))
    assert saved == [
        {"id": "own-1", "text": "Café hours?", "minutes": 2},
        {"id": "own-4", "text": "Why?", "minutes": 10},
    ]
    assert clean_own_questions(saved, bank) == (own, [])


def test_pick_at_a_position_puts_it_there_and_clamps():
    assert pick(["a", "c"], "b", 1) == ["a", "b", "c"]
    assert pick(["a", "c"], "b", 9) == ["a", "c", "b"]
    assert pick(["a", "c"], "b", -3) == ["b", "a", "c"]
    assert pick(["a", "b"], "b", 0) == ["a", "b"]


def test_the_pickers_question_labels_load(bank):
    w = bank.picker
    assert w.question_label.format(question="Q", minutes=2) == "Q · 2 min"
    assert w.list_row.format(number=1, question="Q", minutes=2) == "1. Q · 2 min"
    assert w.reserve_part.format(part="P", minutes=3, description="D") == "**P, 3 min:** D"
