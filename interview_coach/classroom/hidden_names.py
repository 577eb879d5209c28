"""'Hide names' mode: swap every contact's name for "Contact 1", "Contact 2", … before an
instructor shows a student's log on a projector.

Names are hidden in `contact` and `referred_by` and inside every other text column: the full
name (ignoring case and accents; any spacing or hyphens between its parts) and each part of it
on its own, as a whole word. A part that is also an everyday word ("Will", "May", "Grant") is
only hidden when written with a capital, so "I will call" stays readable. A part two people
share ("Alex" in "Alex Kim" and "Alex Ortiz") becomes HIDDEN rather than the wrong placeholder.
Names in scripts written without spaces (Chinese, Thai, …) are found anywhere in the text, and so
is such a part of a mixed name ("张伟" of "Wei 张伟"). Turkish dotted and dotless i count as i.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from interview_coach.log.stats import contact_key
from interview_coach.plain_text import fold

PLACEHOLDER = "Contact {n}"
HIDDEN = "(name hidden)"


def _mark_ranges() -> str:
    """Every combining mark below U+20000 as a regex class body (marks are no \\w in `re`)."""
    marks = {cp for cp in range(0x20000) if unicodedata.category(chr(cp)).startswith("M")}
    starts = sorted(cp for cp in marks if cp - 1 not in marks)
    ends = sorted(cp for cp in marks if cp + 1 not in marks)
    return "".join(f"{chr(a)}-{chr(b)}" for a, b in zip(starts, ends, strict=True))


# A word keeps its marks: "प्रिया" (Hindi vowel signs) and "i̇" (Turkish İ lower-cased) are one part.
_PART = re.compile(f"[\\w{_mark_ranges()}]+")
# Scripts written without spaces between words, by the start of their characters' names.
_UNSPACED_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "THAI", "LAO", "KHMER", "MYANMAR")
_JOIN = re.compile(r"[\s'’.\-]+")  # what may sit between the parts of one name
# Titles and suffixes say nothing about who someone is.
TITLES = frozenset("dr mr mrs ms mx miss prof sir dame rev jr sr ii iii iv phd md".split())
# Name parts that are also everyday words or name particles: hidden only when capitalised.
COMMON_WORDS = frozenset(
    """
    a an and as at be by do go he if in is it me my no of on or so to up us we
    all any are but can for her him his not one our out she the two who you
    al bin da das de del della den der di dos du el ibn la le los st van von
    will may june april august rose mark bill grant hope joy faith grace drew sue art dawn
    summer autumn winter amber ruby pearl jack frank bob rob pat ray gene guy chase hunter page
    bell king brown young white green black gray grey wood hill stone long little rich love sky
    river rivers case major price cook baker carter parker field fields lane park banks bush
    ford hall west north south east day holly ivy iris lily daisy violet jade crystal destiny
    harmony sunny penny sandy rusty buddy dean ash sage reed rush rain storm star wolf fox hart
    bird swan crane nash mason sterling golden gold silver marsh moss rock cliff glen dale
    bishop church knight pope shepherd fisher hunt wise strong hardy noble sharp bright
    """.split()
)


def name_placeholders(log: pd.DataFrame) -> dict[str, str]:
    """Placeholder per person, keyed by `contact_key(name)`, numbered by first appearance:
    the contact column top to bottom, then `referred_by` names not already seen."""
    placeholders: dict[str, str] = {}
    for name in [*log["contact"], *log["referred_by"]]:
        key = contact_key(name)
        if key and key not in placeholders:
            placeholders[key] = PLACEHOLDER.format(n=len(placeholders) + 1)
    return placeholders


def hide_names(log: pd.DataFrame, placeholders: dict[str, str] | None = None) -> pd.DataFrame:
    """A copy of the log with names replaced in `contact`, `referred_by` and all text columns."""
    placeholders = name_placeholders(log) if placeholders is None else placeholders
    names = _names(tuple(placeholders.items()))
    out = log.copy()
    for col in out.columns:
        if col in ("contact", "referred_by"):
            out[col] = _each_once(
                out[col], lambda v: placeholders.get(contact_key(v)) or names.hide(v)
            )
        elif out[col].dtype == object:
            out[col] = _each_once(out[col], lambda v: names.hide(v) if isinstance(v, str) else v)
    return out


def _each_once(values: pd.Series, change) -> pd.Series:
    """`change` applied once per distinct value (logs repeat a lot), keeping the dtype."""
    distinct = pd.unique(values)
    return values.map(dict(zip(distinct, map(change, distinct), strict=True))).astype(values.dtype)


def hide_in_text(text: str, placeholders: dict[str, str]) -> str:
    """`text` with every contact's name (or part of it) replaced by their placeholder."""
    return _names(tuple(placeholders.items())).hide(text)


@dataclass(frozen=True)
class _Names:
    """What to look for, worked out once per set of placeholders."""

    replacements: dict[tuple[str, ...], str]  # folded name parts -> placeholder
    longest: int  # most parts in one name
    unspaced: dict[str, str]  # names in scripts without spaces -> placeholder
    unspaced_pattern: re.Pattern

    def hide(self, text: str) -> str:
        if not text or not self.replacements:
            return text
        text = unicodedata.normalize("NFC", text)
        parts = list(_PART.finditer(text))
        folded = [fold(p.group()) for p in parts]
        pieces, kept_to, i = [], 0, 0
        while i < len(parts):
            length, replacement = self._match_at(text, parts, folded, i)
            if not length:
                i += 1
                continue
            between = text[kept_to : parts[i].start()]
            # "Jose Alvarez" (two parts matched one by one) becomes one "Contact 4", not two.
            if not (pieces and pieces[-1] == replacement and _JOIN.fullmatch(between)):
                pieces += [between, replacement]
            kept_to = parts[i + length - 1].end()
            i += length
        text = "".join(pieces) + text[kept_to:]
        if self.unspaced:
            text = self.unspaced_pattern.sub(lambda m: self.unspaced[m.group(0)], text)
        return text

    def _match_at(self, text: str, parts: list, folded: list[str], i: int) -> tuple[int, str]:
        """(number of parts, replacement) of the longest name starting at parts[i]; (0, "")."""
        reach = 1  # parts from i on that are joined like the parts of one name
        while (
            reach < self.longest
            and i + reach < len(parts)
            and _JOIN.fullmatch(text[parts[i + reach - 1].end() : parts[i + reach].start()])
        ):
            reach += 1
        for length in range(reach, 0, -1):
            replacement = self.replacements.get(tuple(folded[i : i + length]))
            if replacement is None:
                continue
            if length == 1 and folded[i] in COMMON_WORDS and not parts[i].group()[0].isupper():
                continue
            return length, replacement
        return 0, ""


@lru_cache(maxsize=65536)

@lru_cache(maxsize=8)
def _names(items: tuple[tuple[str, str], ...]) -> _Names:
    """Full names (with and without titles) first, then each part; a part two people share
    maps to HIDDEN."""
    replacements: dict[tuple[str, ...], str] = {}
    owners: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for key, placeholder in items:
        words = unicodedata.normalize("NFC", key).split()
        full = tuple(fold(p) for p in _PART.findall(" ".join(words)))
        untitled = tuple(p for p in full if p not in TITLES)
        for name in (full, untitled):
            if name:
                replacements.setdefault(name, placeholder)
        for word in words:
            parts = tuple(fold(p) for p in _PART.findall(word))
            tokens = [parts] + [(p,) for p in parts] if len(parts) > 1 else [parts]
            for token in tokens:
                if token and not (len(token) == 1 and (len(token[0]) < 2 or token[0] in TITLES)):
                    owners[token].add(placeholder)
    for token, who in owners.items():
        replacements.setdefault(token, who.pop() if len(who) == 1 else HIDDEN)
    unspaced = _unspaced_names(items)
    longest_first = sorted(unspaced, key=len, reverse=True)
    pattern = re.compile("|".join(map(re.escape, longest_first)) if unspaced else r"(?!)")
    longest = max(map(len, replacements), default=0)
    return _Names(replacements, longest, unspaced, pattern)


def _unspaced_names(items: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """Names, and parts of mixed names, in scripts without spaces -> placeholder; whole names
    first, a part two people share -> HIDDEN."""
    names: dict[str, str] = {}
    owners: dict[str, set[str]] = defaultdict(set)
    for key, placeholder in items:
        words = unicodedata.normalize("NFC", key).split()
        if _is_unspaced_script(whole := "".join(words)):
            names.setdefault(whole, placeholder)
        for word in words if len(words) > 1 else []:
            if _is_unspaced_script(word):
                owners[word].add(placeholder)
    for word, who in owners.items():
        names.setdefault(word, who.pop() if len(who) == 1 else HIDDEN)
    return names


def _is_unspaced_script(name: str) -> bool:
    """Scripts such as Chinese or Thai write names without spaces around them."""
    letters = [ch for ch in name if not unicodedata.category(ch).startswith("M")]
    return len(letters) >= 2 and all(
        unicodedata.name(ch, "").startswith(_UNSPACED_SCRIPTS) for ch in letters)
