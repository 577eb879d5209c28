import re
from html.parser import HTMLParser

from interview_coach.questions.bank import PickedQuestion
from interview_coach.questions.pocket_card import (
    load_pocket_card_content,
    pocket_card_html,
    questions_markdown,
)
from interview_coach.questions.time_budget import budget

PICKED = [
    PickedQuestion(
        "advancement", "What opportunities for advancement are there?", 3, "Career", False
    ),
    PickedQuestion("own-1", "Is <script>alert(1)</script> & co\nreal?", 4, "Your own", True),
]


def test_questions_markdown_is_polite_numbered_and_has_no_minutes():
    text = questions_markdown(PICKED, " Sam   Lee ", "Dr. Chen", 20)
    lines = text.splitlines()
    assert lines[0] == "Questions for our information interview (20 minutes)"
    assert "Hello Dr. Chen," in lines
    assert "1. What opportunities for advancement are there?" in lines
    # Escaped as in every Markdown file the coach writes: shown as typed, never as HTML.
    assert r"2. Is \<script\>alert(1)\</script\> \& co real?" in lines
    assert lines[-2:] == ["With thanks,", "Sam Lee"]
    assert "min" not in text.replace("minutes)", "")
    assert text.endswith("\n")


def test_questions_markdown_without_names_or_questions():
    text = questions_markdown([], None, "  ", 30)
    lines = text.splitlines()
    assert "Hello," in lines
    assert "(No questions chosen yet.)" in lines
    assert lines[-1] == "With thanks,"
    assert "30 minutes" in lines[0]


class _TextAndTags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        if data.strip():
            self.text.append(data.strip())


def parse(html: str) -> _TextAndTags:
    parser = _TextAndTags()
    parser.feed(html)
    return parser


def test_pocket_card_is_standalone_numbered_and_escaped():
    result = budget([3, 4], 20, 5)
    html = pocket_card_html(PICKED, 20, result)
    assert html.startswith("<!DOCTYPE html>")
    assert "@media print" in html
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co real?" in html
    page = parse(html)
    assert "script" not in page.tags
    assert page.tags.count("li") == 2
    assert html.count('class="box"') == 2
    first = page.text.index("1.")
    assert page.text[first : first + 4] == [
        "1.",
        "What opportunities for advancement are there?",
        "3 min",
        "2.",
    ]
    assert "Questions: 7 of 15 min. Slot: 20 min, with 5 min to open and close." in page.text
    words = load_pocket_card_content().card
    assert page.text[-1] == words.reminder
    assert "Not a job interview" in words.reminder and "referral" in words.reminder
    assert not any("over: skip" in t for t in page.text)


def test_pocket_card_warns_when_over_and_handles_no_questions():
    html = pocket_card_html(PICKED, 20, budget([10, 9], 20, 5))
    assert "4 min over: skip a question" in html
    empty = pocket_card_html([], 30, budget([], 30, 5))
    assert "<li>" not in empty and "No questions chosen yet." in empty


def test_pocket_card_escapes_content_text_too():
    content = load_pocket_card_content()
    card = content.card.model_copy(update={"heading": "Mine <b>"})
    html = pocket_card_html([], 20, budget([], 20, 5), content.model_copy(update={"card": card}))
    assert re.search(r"<h1>Mine &lt;b&gt;</h1>", html)
