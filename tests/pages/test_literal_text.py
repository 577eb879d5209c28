"""Student text shows as typed on the log page and the class summary: never as a link, bold,
math, an emoji or an icon (AppTest). `live_markdown` models what Streamlit 1.67's Markdown
renderer does to a string, so the other test files use it too."""

import re
from datetime import date, timedelta

import pandas as pd
import pytest

from apptest_helpers import open_page
from interview_coach.log.csv_file import write_log_csv
from interview_coach.log.schema import coerce_types

WORD_JOINER = "\u2060"
NASTY = "Ben [click me](https://evil.example) **B** :smile: $x$ <b>h</b>"
ODD = ["Ana :material/home: :streamlit: a -> b",
       "Di ana@evil.example www.evil.example :+1: x:red[y]"]

_MARKS = set("\\`*_[]<>|~&$")
# What Streamlit does to plain text after parsing, where a backslash no longer counts.
_EMOJI_IN_SOURCE = re.compile(r":(?!material/|streamlit:)[A-Za-z0-9_+-]+:")
_ICON_OR_LOGO = re.compile(r":material_[A-Za-z0-9_]+:|:streamlit:")
_WEB_ADDRESS = re.compile(r"(https?://|www(?=\.))[-.A-Za-z0-9_]+", re.IGNORECASE)
_EMAIL = re.compile(r"[-.A-Za-z0-9_+]+@[-A-Za-z0-9_]+(\.[-A-Za-z0-9_]+)+")
_ARROW = re.compile(r"(^|\s)(<->|->|<-|--|>=|<=|~=)(\s|$)")
_LINE_START = re.compile(r"^\s*([#>+=-]|\d+[.)])")


def shown_text(markdown: str) -> str:
    """The text a reader sees, if nothing in `markdown` is live: escapes and joiners gone."""
    return re.sub(r"\\(.)", r"\1", markdown).replace(WORD_JOINER, "")


def live_markdown(markdown: str) -> list[str]:
    """Every piece of `markdown` that Streamlit would not show as typed ([] when none)."""
    found, plain, i = [], [], 0
    while i < len(markdown):
        char = markdown[i]
        if char == "\\" and i + 1 < len(markdown):
            plain.append(markdown[i + 1])
            i += 2
            continue
        if char in _MARKS or (char == ":" and markdown[i + 1 : i + 2].isascii()
                              and markdown[i + 1 : i + 2].isalpha()):
            found.append(f"unescaped {char!r} at {i}")
        plain.append(char)
        i += 1
    text = "".join(plain).replace(":material/", ":material_")
    found += _EMOJI_IN_SOURCE.findall(markdown.replace(":material/", ":material_"))
    found += _ICON_OR_LOGO.findall(text)
    for pattern in (_WEB_ADDRESS, _EMAIL, _ARROW):
        found += [match.group() for match in pattern.finditer(text)]
    found += [line for line in markdown.split("\n") if _LINE_START.match(line)]
    return found


def test_the_model_catches_what_the_audit_saw():
    assert live_markdown(NASTY)
    assert all(live_markdown(text) for text in ODD)
    assert live_markdown("Plain words, a time 10:30 and a note: fine.") == []


def make_log(fields: list[str], found_via: list[str], contacts: list[str]) -> pd.DataFrame:
    today = date.today()
    count = len(contacts)
    return coerce_types(pd.DataFrame({
        "date": [today - timedelta(days=20 - i) for i in range(count)],
        "contact": contacts, "organization": [f"Org {i}" for i in range(count)],
        "field": fields, "found_via": found_via, "status": ["Completed"] * count,
        "thank_you_sent": [False] * count, "referred_by": ["", *contacts[:-1]],
    }))


LOG = make_log([NASTY, ODD[0], "Law"], ["Other", ODD[1], "Other"], [ODD[0], NASTY, ODD[1]])


def showing(elements, typed: str) -> list[str]:
    """The values of `elements` that show `typed` (after escapes), each checked to be literal."""
    values = [e.value for e in elements if typed in shown_text(e.value)]
    for value in values:
        assert live_markdown(value) == [], value
    return values


def log_tab(tab: str, **state):
    from datetime import date

    from interview_coach.people.log_file import read_people_file

    people = read_people_file(write_log_csv(LOG), date.today(), 1).people
    at = open_page("people", people=people, **state)
    at.session_state["_w_people_tab"] = tab
    return at.run()


def test_cards_show_names_and_organizations_as_typed():
    at = log_tab("My people")
    assert not at.exception
    for name in [NASTY, *ODD]:
        assert showing(at.markdown, name), name


def test_referral_tree_sentence_shows_names_as_typed():
    at = log_tab("Referral tree")
    assert not at.exception
    for name in [NASTY, *ODD]:
        assert showing(at.caption, name), name


@pytest.mark.parametrize(("view", "texts"), [("Fields", [NASTY, ODD[0]]),
                                             ("How you found them", [ODD[1]])])
def test_chart_sentences_show_fields_as_typed(view, texts):
    at = log_tab("Charts", chart_view=view)
    assert not at.exception
    for text in texts:
        assert showing(at.caption, text), text


def test_follow_up_cards_show_names_as_typed():
    at = log_tab("Follow-ups")
    assert not at.exception
    for name in [NASTY, *ODD]:
        assert showing(at.markdown, name), name


def test_class_summary_sentences_show_fields_as_typed():
    at = open_page("class_summary")
    log = make_log([NASTY, "Law"], [ODD[1], "Other"], ["Ann Lee", "Bo Kim"])
    at.file_uploader(key="_class_files_0").set_value(
        [("a.csv", write_log_csv(log), "text/csv")])
    at.run()
    assert not at.exception
    assert showing(at.caption, NASTY)
    assert showing(at.caption, ODD[1])
