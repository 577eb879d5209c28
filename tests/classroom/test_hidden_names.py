import re
import unicodedata
from datetime import date

import pandas as pd
import pytest

from interview_coach.classroom.hidden_names import (
    COMMON_WORDS,
    HIDDEN,
    hide_in_text,
    hide_names,
    name_placeholders,
)
from interview_coach.log.charts import describe_breakdown
from interview_coach.log.follow_ups import follow_ups
from interview_coach.log.schema import coerce_types
from interview_coach.log.stats import breakdown

TODAY = date(2025, 10, 22)

REALISTIC = [
    dict(
        date="2025-09-29",
        contact="Dr. Priya Natarajan",
        organization="Northside Clinic",
        role="Nurse practitioner",
        field="Nursing",
        found_via="Faculty or advisor",
        status="Completed",
        thank_you_sent=True,
        referrals=2,
        notes="Priya suggested the Journal of Nursing. Dr. Natarajan works 12-hour shifts.",
    ),
    dict(
        date="2025-10-06",
        contact="Marcus O'Neil",
        organization="City Hospital",
        field="Nursing",
        found_via="Personal network",
        status="Completed",
        referred_by="Priya Natarajan",
        notes="marcus says O'NEIL's unit takes co-op students; ask Priya about it.",
    ),
    dict(
        date="2025-10-20",
        contact="Will Young",
        organization="Young & Sons Pharmacy",
        field="Pharmacy",
        found_via="Directory or trade journal",
        status="Completed",
        notes="Will said I will hear back after the Young Professionals night.",
    ),
    dict(
        date="2025-10-17",
        contact="José Álvarez-Ruiz",
        organization="Hospital Álvarez",
        field="Health administration",
        found_via="Human resources",
        status="Requested",
        referred_by="Marcus O'Neil",
        notes="Jose Alvarez prefers email; Álvarez-Ruiz's EA replied.",
    ),
    dict(
        date="2025-10-23",
        contact="Mei Chen",
        organization="Chen Dental",
        field="Dentistry",
        status="Scheduled",
        referred_by="Grace Kim",
        notes="Mei's office is near campus. Grace from the career centre introduced us.",
    ),
    dict(
        date="2025-10-01",
        contact="李雷",
        organization="Toronto General",
        status="Requested",
        notes="李雷说可以下周聊. Met Li Lei at the fair.",
    ),
    dict(date=None, contact="Kofi Mensah", notes="Still typing Kofi's row"),
]


def make_log(rows: list[dict]) -> pd.DataFrame:
    return coerce_types(pd.DataFrame(rows))


def name_tokens(names: list[str]) -> list[str]:
    return [t for name in names for t in re.findall(r"\w+", name) if len(t) >= 3 or not t.isascii()]


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def assert_no_names(text: str, names: list[str]) -> None:
    for token in name_tokens(names):
        if token.lower() in COMMON_WORDS:
            assert not re.search(rf"(?<!\w){re.escape(token.title())}(?!\w)", text), token
        elif not token.isascii() and not any(c.isascii() for c in token):
            assert token not in text, token
        else:
            assert not re.search(rf"(?<!\w){re.escape(fold(token))}(?!\w)", fold(text)), token


@pytest.fixture
def log() -> pd.DataFrame:
    return make_log(REALISTIC)


ALL_NAMES = [r["contact"] for r in REALISTIC] + [r.get("referred_by", "") for r in REALISTIC]


def test_placeholders_follow_first_appearance(log):
    assert name_placeholders(log) == {
        "priya natarajan": "Contact 1",  # "Dr. Priya Natarajan", also referred_by without "Dr."
        "marcus o'neil": "Contact 2",
        "will young": "Contact 3",
        "josé álvarez-ruiz": "Contact 4",
        "mei chen": "Contact 5",
        "李雷": "Contact 6",
        "kofi mensah": "Contact 7",
        "grace kim": "Contact 8",  # only in referred_by
    }


def test_placeholders_ignore_case_and_spacing():
    log = make_log(
        [
            dict(date="2025-10-01", contact="Ana Ruiz"),
            dict(date="2025-10-02", contact="  ANA   ruiz ", referred_by="ben li"),
            dict(date="2025-10-03", contact="Ben  Li", referred_by="Ana Ruiz"),
        ]
    )
    assert name_placeholders(log) == {"ana ruiz": "Contact 1", "ben li": "Contact 2"}
    hidden = hide_names(log)
    assert list(hidden["contact"]) == ["Contact 1", "Contact 1", "Contact 2"]
    assert list(hidden["referred_by"]) == ["", "Contact 2", "Contact 1"]


def test_hidden_log_keeps_everything_else(log):
    hidden = hide_names(log)
    assert list(hidden.columns) == list(log.columns)
    assert hidden.dtypes.equals(log.dtypes)
    for col in ("date", "status", "found_via", "field", "thank_you_sent", "referrals"):
        assert hidden[col].equals(log[col]), col
    assert log.loc[0, "contact"] == "Dr. Priya Natarajan"  # the original is untouched
    assert hidden.loc[0, "notes"] == (
        "Contact 1 suggested the Journal of Nursing. Dr. Contact 1 works 12-hour shifts."
    )
    assert hidden.loc[2, "organization"] == "Contact 3 & Sons Pharmacy"


def test_no_name_is_left_anywhere_in_the_hidden_log(log):
    hidden = hide_names(log)
    for value in hidden.select_dtypes(include="object").to_numpy().ravel():
        assert_no_names(value, ALL_NAMES)


def test_no_name_in_follow_ups_or_referral_tree_of_the_hidden_log(log):
    hidden = hide_names(log)
    items = follow_ups(hidden, TODAY)
    assert {f.kind for f in items} == {"thank_you", "check_in", "move_on", "upcoming"}
    for item in items:
        assert_no_names(f"{item.contact} {item.organization} {item.message}", ALL_NAMES)
    assert_no_names(describe_breakdown(breakdown(hidden, "field"), "Field"), ALL_NAMES)


def test_hide_in_text_cleans_follow_ups_made_from_the_real_log(log):
    placeholders = name_placeholders(log)
    for item in follow_ups(log, TODAY):
        assert_no_names(hide_in_text(item.message, placeholders), ALL_NAMES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Met Ana Ruiz today", "Met Contact 1 today"),
        ("ANA  RUIZ and ana-ruiz", "Contact 1 and Contact 1"),
        ("Ruiz's team; Ana.", "Contact 1's team; Contact 1."),
        ("Anastasia and Ruizdael are other people", "Anastasia and Ruizdael are other people"),
        ("Will said I will call Will Young", "Contact 2 said I will call Contact 2"),
        ("young people, Young people", "young people, Contact 2 people"),
        ("Alex called", f"{HIDDEN} called"),  # two contacts are called Alex
        ("Alex Kim and Alex Ortiz", "Contact 3 and Contact 4"),
        ("Kim and Ortiz", "Contact 3 and Contact 4"),
        ("Ruiz Ana, Ruiz-Ana, Ruiz, Ana", "Contact 1, Contact 1, Contact 1, Contact 1"),
        ("Ana Ruiz Ana Ruiz", "Contact 1"),
        ("", ""),
    ],
)
def test_hide_in_text(text, expected):
    placeholders = {
        "ana ruiz": "Contact 1",
        "will young": "Contact 2",
        "alex kim": "Contact 3",
        "alex ortiz": "Contact 4",
    }
    assert hide_in_text(text, placeholders) == expected


def test_titles_alone_are_not_names():
    placeholders = {"dr. ana ruiz": "Contact 1"}  # a key made elsewhere, title kept
    assert hide_in_text("Dr. Ana Ruiz, the Dr. on call", placeholders) == (
        "Contact 1, the Dr. on call"
    )
    assert hide_in_text("Ana Ruiz", placeholders) == "Contact 1"


def test_accents_and_decomposed_characters():
    placeholders = {"josé álvarez": "Contact 1"}
    decomposed = unicodedata.normalize("NFD", "José Álvarez")
    assert hide_in_text(f"{decomposed} / JOSE ALVAREZ / álvarez", placeholders) == (
        "Contact 1 / Contact 1 / Contact 1"
    )


def test_names_in_scripts_without_spaces_are_found_inside_words():
    assert hide_in_text("李雷说好", {"李雷": "Contact 1"}) == "Contact 1说好"


def test_without_placeholders_text_is_unchanged():
    assert hide_in_text("Ana Ruiz", {}) == "Ana Ruiz"


def test_extra_columns_are_hidden_and_other_values_kept():
    log = make_log([dict(date="2025-10-01", contact="Ana Ruiz", linkedin="ana-ruiz-42")])
    log["score"] = pd.Series([3], dtype=object)
    hidden = hide_names(log)
    assert hidden.loc[0, "linkedin"] == "Contact 1-42"
    assert hidden.loc[0, "score"] == 3


@pytest.mark.parametrize(
    ("contact", "notes", "expected"),
    [
        ("İpek Yılmaz", "Talked to İpek about design. İPEK said; YILMAZ agreed",
         "Talked to Contact 1 about design. Contact 1 said; Contact 1 agreed"),
        ("İsmail Kaya", "İsmail Kaya said hi; ismail and ISMAIL; Kaya agreed",
         "Contact 1 said hi; Contact 1 and Contact 1; Contact 1 agreed"),
        ("Wei 张伟", "张伟说 yes; Wei agreed", "Contact 1说 yes; Contact 1 agreed"),
        ("प्रिया शर्मा", "प्रिया ने कहा, शर्मा जी", "Contact 1 ने कहा, Contact 1 जी"),
        ("สมชาย ใจดี", "คุยกับสมชายแล้ว", "คุยกับContact 1แล้ว"),
    ],
)
def test_names_in_turkish_mixed_scripts_and_with_vowel_signs_are_hidden(contact, notes, expected):
    hidden = hide_names(make_log([dict(date="2025-10-01", contact=contact, notes=notes)]))
    assert hidden.loc[0, "contact"] == "Contact 1"
    assert hidden.loc[0, "notes"] == expected


def test_an_unspaced_part_two_people_share_is_hidden_without_naming_either():
    placeholders = {"wei 张伟": "Contact 1", "lei 张伟": "Contact 2", "李雷": "Contact 3"}
    assert hide_in_text("张伟说, 李雷说", placeholders) == f"{HIDDEN}说, Contact 3说"


def test_words_in_spaced_scripts_are_not_hidden_inside_longer_words():
    assert hide_in_text("عمرو and عمر", {"omar عمر": "Contact 1"}) == "عمرو and Contact 1"
