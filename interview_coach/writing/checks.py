"""Live checks on a request or thank-you message as the student edits it.

Each check is a Check(label, ok, detail) a page can show as a ✓/✗ line; all wording comes from
content/writing.yaml (`load_writing().checks`) and the job words from content/job_words.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from interview_coach.questions.job_words import JobWords, find_job_words
from interview_coach.writing.templates import CheckTexts, PhraseCheckText, fill


@dataclass(frozen=True)
class Check:
    label: str
    ok: bool
    detail: str


_NUMBER_WORDS = {
    "five": 5, "ten": 10, "fifteen": 15, "twenty": 20, "twenty five": 25, "twenty-five": 25,
    "thirty": 30, "forty": 40, "forty five": 45, "forty-five": 45, "fifty": 50, "sixty": 60,
    "ninety": 90,
}
_NUM = r"(\d+|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
# "20 minutes", "30-minute", "20-30 minutes", "20 to 30 min", "twenty-five minutes"
_MINUTES = re.compile(
    rf"\b{_NUM}(?:\s*(?:-|–|—|to|or)\s*{_NUM})?\s*-?\s*(?:minutes?|mins?)\b", re.IGNORECASE
)
_HALF_HOUR = re.compile(r"\b(?:half\s+an\s+hour|(?:a\s+)?half[-\s]hour)\b", re.IGNORECASE)
_QUARTER_HOUR = re.compile(r"\b(?:quarter\s+of\s+an\s+hour|quarter[-\s]hour)\b", re.IGNORECASE)
_HOURS = re.compile(
    r"\b(?:(\d+(?:\.\d+)?|an?|one|two|three|several|a\s+few|a\s+couple\s+of)\s*-?\s*"
    r"(?:hours?|hrs?)|hour-long)\b",
    re.IGNORECASE,
)
_HOUR_WORDS = {"a": 1.0, "an": 1.0, "one": 1.0, "two": 2.0, "three": 3.0}  # "a few" etc.: 2
_WORD = re.compile(r"\w+(?:['’.-]\w+)*")


def word_count(text: str) -> int:
    """Words as a reader counts them: "20-minute", "don't" and "Ms." are one word each."""
    return len(_WORD.findall(text or ""))


def _number(token: str) -> int:
    token = " ".join(token.lower().replace("-", " ").split())
    return int(token) if token.isdigit() else _NUMBER_WORDS[token]


def _blank_out(match: re.Match) -> str:
    return " " * len(match.group(0))  # same length, so later offsets still point into the text


def time_mentions(text: str) -> list[tuple[str, float]]:
    """Lengths of time the text asks for, as (words as written, minutes), in order."""
    text = text or ""
    found: list[tuple[int, str, float]] = []
    for match in _MINUTES.finditer(text):
        numbers = [_number(g) for g in match.groups() if g]
        found.append((match.start(), match.group(0), float(max(numbers))))
    for pattern, minutes in ((_HALF_HOUR, 30.0), (_QUARTER_HOUR, 15.0)):
        for match in pattern.finditer(text):
            found.append((match.start(), match.group(0), minutes))
    # Hours are looked for only where no half or quarter hour was found ("half an hour").
    rest = _QUARTER_HOUR.sub(_blank_out, _HALF_HOUR.sub(_blank_out, text))
    for match in _HOURS.finditer(rest):
        count = " ".join((match.group(1) or "one").lower().split())
        hours = float(count) if count[0].isdigit() else _HOUR_WORDS.get(count, 2.0)
        found.append((match.start(), text[match.start():match.end()], hours * 60))
    found.sort()
    return [(" ".join(words.split()), minutes) for _, words, minutes in found if minutes > 0]


def _spelled_out(text: str) -> str:
    # Contractions read as written out, so "isn't a job interview" matches "not a job interview".
    text = (text or "").replace("’", "'")
    text = re.sub(r"\bwon't\b", "will not", text, flags=re.IGNORECASE)
    text = re.sub(r"\bcan't\b", "can not", text, flags=re.IGNORECASE)
    return re.sub(r"n't\b", " not", text, flags=re.IGNORECASE)


@lru_cache(maxsize=32)
def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern:
    # Longest first, so "not asking you for a job" wins over shorter phrases inside it.
    parts = sorted((re.escape(" ".join(p.split())) for p in phrases if p.strip()), key=len)
    alternatives = "|".join(p.replace(r"\ ", r"\s+") for p in reversed(parts))
    return re.compile(r"(?<!\w)(?:" + alternatives + r")(?!\w)", re.IGNORECASE)


def find_phrases(text: str, phrases: list[str]) -> list[str]:
    """The phrases found in `text` (contractions spelled out), as written, without repeats."""
    found: list[str] = []
    for match in _phrase_pattern(tuple(phrases)).finditer(_spelled_out(text)):
        words = " ".join(match.group(0).split())
        if words.lower() not in (f.lower() for f in found):
            found.append(words)
    return found


def job_words_used(text: str, job_phrases: list[str], not_a_job_phrases: list[str]) -> list[str]:
    """Job-seeking words in `text`, ignoring those inside "not asking for a job" and the like."""
    spelled = _spelled_out(text)
    cleared = _phrase_pattern(tuple(not_a_job_phrases)).sub(" ", spelled)
    return find_job_words(cleared, job_phrases)


def _quoted(words: list[str]) -> str:
    return ", ".join(f"“{w}”" for w in words)


def blanks_check(text: str, texts: CheckTexts, blanks: Iterable[str]) -> Check:
    """Fails while the text still holds a template's blank, such as "[your name]"."""
    spec = texts.blanks
    blanks = [blank for blank in dict.fromkeys(blanks) if blank and blank in text]
    if not blanks:
        return Check(spec.label, True, spec.ok)
    return Check(spec.label, False, fill(spec.found, {"found": _quoted(blanks)}))


def word_count_check(body: str, texts: CheckTexts) -> Check:
    spec, count, limit = texts.word_count, word_count(body), texts.email_word_limit
    ok = count <= limit
    detail = fill(spec.ok if ok else spec.too_long, {"count": count, "limit": limit})
    return Check(spec.label, ok, detail)


def short_time_check(text: str, texts: CheckTexts) -> Check:
    spec, limit = texts.short_time, texts.short_time.max_minutes
    mentions = time_mentions(text)
    too_long = [words for words, minutes in mentions if minutes > limit]
    if too_long:
        return Check(spec.label, False, fill(spec.too_long, {"found": too_long[0], "max": limit}))
    if mentions:
        return Check(spec.label, True, fill(spec.ok, {"found": mentions[0][0], "max": limit}))
    return Check(spec.label, False, fill(spec.missing, {"max": limit}))


def not_a_job_check(text: str, texts: CheckTexts) -> Check:
    spec = texts.not_a_job
    if said := find_phrases(text, spec.not_a_job_phrases):
        return Check(spec.label, True, fill(spec.ok, {"found": said[0]}))
    if said := find_phrases(text, spec.learning_phrases):
        return Check(spec.label, True, fill(spec.learning_only, {"found": said[0]}))
    return Check(spec.label, False, spec.missing)


def job_words_check(text: str, texts: CheckTexts, job_words: JobWords) -> Check:
    spec = texts.job_words
    found = job_words_used(text, job_words.phrases, texts.not_a_job.not_a_job_phrases)
    if not found:
        return Check(spec.label, True, spec.ok)
    detail = fill(spec.found, {"found": _quoted(found), "reason": job_words.reason})
    return Check(spec.label, False, detail)


def phrase_check(text: str, spec: PhraseCheckText) -> Check:
    found = find_phrases(text, spec.phrases)
    if found:
        return Check(spec.label, True, fill(spec.ok, {"found": found[0]}))
    return Check(spec.label, False, spec.missing)


def request_checks(body: str, texts: CheckTexts, job_words: JobWords, *, subject: str = "",
                   count_words: bool = True, blanks: Iterable[str] = ()) -> list[Check]:
    """Checks for a request: none of the template's `blanks` left, length (body only; skip with
    count_words=False for a phone script), a short specific time, not about a job, no
    job-seeking words (subject and body)."""
    whole = f"{subject}\n{body}" if subject else body
    checks = [blanks_check(whole, texts, blanks)]
    checks += [word_count_check(body, texts)] if count_words else []
    return checks + [
        short_time_check(whole, texts),
        not_a_job_check(whole, texts),
        job_words_check(whole, texts, job_words),
    ]


def thank_you_checks(body: str, texts: CheckTexts, job_words: JobWords, *,
                     subject: str = "", blanks: Iterable[str] = ()) -> list[Check]:
    """Checks for a thank-you note: none of the template's `blanks` left, thanks them, keeps the
    door open, no job-seeking words."""
    whole = f"{subject}\n{body}" if subject else body
    return [
        blanks_check(whole, texts, blanks),
        phrase_check(whole, texts.thanks),
        phrase_check(whole, texts.door_open),
        job_words_check(whole, texts, job_words),
    ]
