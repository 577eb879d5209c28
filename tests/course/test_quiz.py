import re
from pathlib import Path

import pytest
import yaml

from handout import handout_text
from interview_coach.course.loading import CONTENT_DIR, ContentError
from interview_coach.course.quiz import (
    Quiz,
    check_answer,
    checked_ids,
    feedback_markdown,
    first_unchecked,
    grade,
    lettered,
    load_quiz,
    marked_options,
    missed_ids,
    place,
    place_label,
    reopen,
    score_line,
    score_message,
)

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def quiz() -> Quiz:
    return load_quiz()


def squash(text: str) -> str:
    return " ".join(text.split())


def all_right(quiz: Quiz) -> dict:
    return {q.id: (list(q.answer) if q.select_all else q.answer) for q in quiz.questions}


def first_wrong(question) -> str:
    return next(o for o in question.options if o not in question.correct_options)


def test_shipped_quiz_has_8_to_10_questions_with_one_select_all(quiz):
    assert 8 <= len(quiz.questions) <= 10
    assert sum(q.select_all for q in quiz.questions) == 1
    for q in quiz.questions:
        assert 3 <= len(q.options) <= 4
        assert set(q.correct_options) <= set(q.options)
        assert len(q.correct_options) < len(q.options), f"{q.id} has no wrong option"


def test_feedback_quotes_the_guide_word_for_word(quiz):
    guide = squash(handout_text())
    for q in quiz.questions:
        quotes = re.findall(r"“([^”]+)”", q.feedback)
        assert quotes, f"{q.id} feedback quotes nothing"
        for quote in quotes:
            # A [word] of the app's own stands in for one of the handout's (its college's name).
            parts = [re.escape(part) for part in re.split(r"\[[^\]]+\]", squash(quote))]
            assert re.search(r"\S+".join(parts), guide), f"{q.id}: not in the guide: {quote}"


def test_the_quiz_says_your_college_like_the_rest_of_the_app(quiz):
    text = (CONTENT_DIR / "quiz.yaml").read_text(encoding="utf-8")
    assert "Fleming" not in text
    assert "[your college]" in next(q.feedback for q in quiz.questions if q.id == "find-someone")


def test_the_intro_describes_one_question_at_a_time(quiz):
    assert "one at a time" in quiz.intro and quiz.labels.check in quiz.intro
    assert "for each, then check them" not in quiz.intro


def test_a_tempting_wrong_answer_is_told_why_it_is_wrong(quiz):
    q = next(q for q in quiz.questions if q.id == "how-long")
    text = feedback_markdown(quiz, q, "5–10 minutes")
    assert f"**{quiz.labels.why_not}** {q.wrong_because['5–10 minutes']}" in text
    assert "20–30" in q.explain and "short" not in q.explain.lower()


def test_options_are_lettered_for_a_show_of_hands(quiz):
    q = next(q for q in quiz.questions if not q.select_all)
    assert [lettered(q, o)[:3] for o in q.options] == ["A. ", "B. ", "C. ", "D. "][
        :len(q.options)]
    assert marked_options(q, q.answer).splitlines()[q.options.index(q.answer)] == (
        f"- ✓ **{lettered(q, q.answer)}**")


def test_a_revealed_question_shows_the_answer_and_counts_as_not_answered(quiz):
    q = next(q for q in quiz.questions if not q.select_all)
    text = feedback_markdown(quiz, q, None)
    assert text.startswith(f"**{quiz.labels.revealed}:** {lettered(q, q.answer)}")
    assert grade(quiz, {}).per_question[0].correct is None


def test_missed_questions_reopen_with_their_answers_cleared(quiz):
    q1, q2, q3 = quiz.questions[:3]
    answers = {q1.id: all_right(quiz)[q1.id], q2.id: first_wrong(q2)}
    checked = [q1.id, q2.id, q3.id]  # q3 revealed without an answer
    assert missed_ids(quiz, answers, checked) == [q2.id, q3.id]
    assert reopen(answers, checked, [q2.id, q3.id]) == ({q1.id: answers[q1.id]}, [q1.id])


def test_every_answer_right_scores_full_marks_and_top_message(quiz):
    result = grade(quiz, all_right(quiz))
    assert (result.score, result.total, result.unanswered) == (len(quiz.questions),) * 2 + (0,)
    assert all(r.correct is True for r in result.per_question)
    assert score_message(quiz, result) == quiz.score_bands[0].message
    assert score_line(quiz, result) == f"You got {result.total} of {result.total} right."


def test_wrong_and_unanswered_are_told_apart(quiz):
    q1, q2, q3 = quiz.questions[:3]
    answers = all_right(quiz) | {q1.id: first_wrong(q1), q2.id: None}
    del answers[q3.id]
    result = grade(quiz, answers)
    by_id = {r.id: r for r in result.per_question}
    assert by_id[q1.id].correct is False
    assert by_id[q2.id].correct is None and by_id[q3.id].correct is None
    assert result.score == result.total - 3 and result.unanswered == 2
    assert by_id[q1.id].feedback == q1.feedback and by_id[q1.id].explain == q1.explain
    assert by_id[q1.id].correct_options == q1.correct_options
    assert [quiz.verdicts.label(by_id[i].correct) for i in (q1.id, q2.id)] == [
        quiz.verdicts.wrong, quiz.verdicts.unanswered]


def test_score_bands_pick_all_most_some(quiz):
    total = len(quiz.questions)
    messages = []
    for right in (total, total - 1, 1, 0):
        answers = {q.id: (q.answer if i < right else first_wrong(q))
                   for i, q in enumerate(quiz.questions)}
        messages.append(score_message(quiz, grade(quiz, answers)))
    bands = [b.message for b in quiz.score_bands]
    assert messages == [bands[0], bands[1], bands[2], bands[2]]


def test_select_all_needs_exactly_the_right_set(quiz):
    q = next(q for q in quiz.questions if q.select_all)
    right = list(q.correct_options)
    assert check_answer(q, right) is True
    assert check_answer(q, tuple(reversed(right))) is True
    assert check_answer(q, right[:-1]) is False
    assert check_answer(q, right + [first_wrong(q)]) is False
    assert check_answer(q, []) is None
    assert check_answer(q, None) is None


def test_single_choice_edge_cases(quiz):
    q = next(q for q in quiz.questions if not q.select_all)
    assert check_answer(q, q.answer) is True
    assert check_answer(q, "") is None
    assert check_answer(q, "an option that is not there") is False
    assert grade(quiz, {"no-such-question": "x"}).unanswered == len(quiz.questions)


def test_feedback_says_why_and_quotes_the_guide(quiz):
    q = next(q for q in quiz.questions if not q.select_all)
    assert feedback_markdown(quiz, q, q.answer) == (
        f"**✓ {quiz.verdicts.right}** — {q.explain}\n\n**From the guide** · {q.feedback}")
    wrong = feedback_markdown(quiz, q, first_wrong(q)).split("\n\n")
    assert wrong == [f"**✗ {quiz.verdicts.wrong}** — {q.explain}",
                     f"**Your answer:** {lettered(q, first_wrong(q))}",
                     f"**The answer:** {lettered(q, q.answer)}",
                     f"**From the guide** · {q.feedback}"]


def test_select_all_feedback_lists_every_pick_and_every_right_option(quiz):
    q = next(q for q in quiz.questions if q.select_all)
    picked = [q.correct_options[0], first_wrong(q)]
    text = feedback_markdown(quiz, q, picked)
    assert f"**Your answer:** {'; '.join(lettered(q, o) for o in picked)}" in text
    assert f"**The answers:** {'; '.join(lettered(q, o) for o in q.correct_options)}" in text


def test_marked_options_show_the_right_answer_and_a_wrong_pick(quiz):
    q = next(q for q in quiz.questions if not q.select_all)
    lines = marked_options(q, first_wrong(q)).splitlines()
    assert len(lines) == len(q.options)
    for option, line in zip(q.options, lines, strict=True):
        if option == q.answer:
            assert line == f"- ✓ **{lettered(q, option)}**"
        elif option == first_wrong(q):
            assert line == f"- ✗ {lettered(q, option)}"
        else:
            assert line == f"- {lettered(q, option)}"
    assert "✗" not in marked_options(q, q.answer)


def test_places_are_questions_then_the_score(quiz):
    total = len(quiz.questions)
    assert [place(quiz, p) for p in (0, 3, total, total + 5, -1, None, "2")] == [
        0, 3, total, total, 0, 0, 0]


def test_question_names_show_right_and_wrong_once_checked(quiz):
    q1, q2, q3 = quiz.questions[:3]
    answers = {q1.id: list(q1.answer) if q1.select_all else q1.answer, q2.id: first_wrong(q2)}
    checked = [q1.id, q2.id, q3.id, "no-such-question"]
    assert place_label(quiz, 0, answers, checked) == ":green[1 ✓]"
    assert place_label(quiz, 1, answers, checked) == ":red[2 ✗]"
    assert place_label(quiz, 1, answers, []) == "2"  # picked, not checked yet
    assert place_label(quiz, 2, answers, checked) == "3"  # checked with no answer kept


def test_checked_ids_in_quiz_order_and_the_first_left(quiz):
    ids = [q.id for q in quiz.questions]
    assert checked_ids(quiz, [ids[2], "gone", ids[0], ids[2]]) == [ids[0], ids[2]]
    assert first_unchecked(quiz, [ids[0], ids[2]]) == 1
    assert first_unchecked(quiz, []) == 0
    assert first_unchecked(quiz, ids) is None


def write_quiz(tmp_path: Path, change) -> Path:
    raw = yaml.safe_load((CONTENT_DIR / "quiz.yaml").read_text(encoding="utf-8"))
    change(raw)
    path = tmp_path / "quiz.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return path


def set_key(index: int, key: str, value):
    return lambda raw: raw["questions"][index].__setitem__(key, value)


@pytest.mark.parametrize(
    "change, field, words",
    [
        (lambda raw: raw["questions"].__delitem__(slice(7, None)), "questions", "at least 8"),
        (lambda raw: raw["questions"].extend(raw["questions"][:1]), "questions", "at most 10"),
        (lambda raw: raw["questions"][1].__setitem__("id", raw["questions"][0]["id"]), "",
         "used more than once"),
        (set_key(0, "answer", "Something else"), "questions[0]", "not one of the options"),
        (set_key(0, "options", ["A", "a", "B"]), "questions[0]", "all be different"),
        (set_key(0, "options", ["A", "B"]), "questions[0].options", "at least 3"),
        (set_key(0, "answer", []), "questions[0]", "at least one option"),
        (set_key(0, "id", "Has Spaces"), "questions[0].id", "pattern"),
        (set_key(0, "hint", "typo key"), "questions[0].hint", "extra"),
        (lambda raw: raw["score_bands"][-1].__setitem__("min_fraction", 0.2), "",
         "down to 0"),
        (lambda raw: raw.__setitem__("score_line", "You got {points}"), "score_line",
         "{score}"),
        (lambda raw: raw["labels"].__setitem__("go_to", "Question {n}"), "labels", "{number}"),
        (lambda raw: raw["labels"].__setitem__("progress_score", "{done} done"), "labels",
         "{checked}"),
        (lambda raw: raw["labels"].__delitem__("next"), "labels.next", "required"),
    ],
)
def test_broken_quiz_files_are_named_clearly(tmp_path, change, field, words):
    with pytest.raises(ContentError) as caught:
        load_quiz(write_quiz(tmp_path, change))
    assert caught.value.field == field
    assert words in caught.value.problem


def test_compact_feedback_leaves_the_marked_answers_to_the_list(quiz):
    q = next(q for q in quiz.questions if q.id == "how-long")
    text = feedback_markdown(quiz, q, "5–10 minutes", compact=True)
    assert "Your answer" not in text and "The answer" not in text
    assert q.wrong_because["5–10 minutes"] in text and q.feedback in text
