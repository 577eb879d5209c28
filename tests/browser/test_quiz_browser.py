"""The quiz in Chromium: one question at a time, feedback, back and next, progress kept."""

from __future__ import annotations

import pytest

from interview_coach.course.quiz import lettered, load_quiz
from tests.browser.helpers import (
    exception_boxes,
    expect,
    format_violations,
    open_app,
    run_axe,
    wait_for_app,
)
from tests.browser.test_app_pages import go

pytestmark = pytest.mark.browser
QUIZ = load_quiz()


def test_answer_move_on_switch_pages_and_come_back(page, app_url):
    first, second = QUIZ.questions[:2]
    wrong = next(o for o in first.options if o not in first.correct_options)
    open_app(page, f"{app_url}/quiz")
    main = page.locator('[data-testid="stMain"]')
    expect(main.get_by_role("heading", name=first.question)).to_be_visible()
    main.get_by_text(f"{'ABCD'[first.options.index(wrong)]}. {wrong}", exact=True).click()
    wait_for_app(page)
    main.get_by_role("button", name=QUIZ.labels.check).click()
    wait_for_app(page)
    feedback = page.locator('[data-testid="stAlertContentError"]')
    expect(feedback).to_contain_text(QUIZ.verdicts.wrong)
    expect(feedback).to_contain_text("From the guide")
    assert not run_axe(page), format_violations(run_axe(page))

    main.get_by_role("button", name=QUIZ.labels.next).click()
    wait_for_app(page)
    expect(main.get_by_role("heading", name=second.question)).to_be_visible()
    main.get_by_role("button", name=QUIZ.labels.back).click()
    wait_for_app(page)
    expect(feedback).to_contain_text(QUIZ.verdicts.wrong)

    go(page, "Start here")
    go(page, "Check yourself: quiz")
    expect(main.get_by_role("heading", name=first.question)).to_be_visible()
    expect(feedback).to_contain_text(f"Your answer: {lettered(first, wrong)}")
    expect(page.get_by_text(f"Question 1 of {len(QUIZ.questions)} · 1 checked")).to_be_visible()
    assert exception_boxes(page) == 0


@pytest.mark.parametrize("mode", ["", "?present=1"], ids=["normal", "presenter"])
def test_feedback_and_next_fit_a_1280x720_projector_without_scrolling(new_context, app_url,
                                                                      mode):
    """For a room: on every question, after a wrong answer (the longest feedback), the marked
    answers, the feedback and Next are all on the first screen."""
    page = new_context(viewport={"width": 1280, "height": 720}).new_page()
    open_app(page, f"{app_url}/quiz{mode}")
    main = page.locator('[data-testid="stMain"]')
    for number, question in enumerate(QUIZ.questions, start=1):
        expect(main.get_by_role("heading", name=question.question)).to_be_visible()
        wrong = next(o for o in question.options if o not in question.correct_options)
        main.get_by_text(f"{'ABCD'[question.options.index(wrong)]}. {wrong}", exact=True).click()
        wait_for_app(page)
        main.get_by_role("button", name=QUIZ.labels.check).click()
        wait_for_app(page)
        page.evaluate("window.scrollTo(0, 0); document.querySelector("
                      "'[data-testid=\"stMain\"]').scrollTo(0, 0)")
        feedback = page.locator('[data-testid="stAlertContentError"]')
        label = QUIZ.labels.see_score if number == len(QUIZ.questions) else QUIZ.labels.next
        next_button = main.get_by_role("button", name=label, exact=True)
        foot = page.locator(".st-key-presenter_bar")  # presenter mode's bar of links
        bar = foot.bounding_box() if foot.count() else None
        bottom = bar["y"] if bar else 720
        for what, box in (("feedback", feedback.bounding_box()),
                          ("next", next_button.bounding_box())):
            assert box and box["y"] >= 0 and box["y"] + box["height"] <= bottom, (
                f"question {number} ({question.id}): {what} ends at "
                f"{box and box['y'] + box['height']:.0f} px")
        if number == 3:
            page.screenshot(path=f"/tmp/quiz-1280{mode.replace('?', '-')}.png")
        next_button.click()
        wait_for_app(page)
    assert exception_boxes(page) == 0
