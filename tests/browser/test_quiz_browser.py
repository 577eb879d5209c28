"""The quiz in Chromium: one question at a time, feedback, back and next, progress kept."""

from __future__ import annotations

import pytest

from interview_coach.course.quiz import load_quiz
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
    main.get_by_text(wrong, exact=True).click()
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
    expect(feedback).to_contain_text(f"Your answer: {wrong}")
    expect(page.get_by_text(f"Question 1 of {len(QUIZ.questions)} · 1 checked")).to_be_visible()
    assert exception_boxes(page) == 0
