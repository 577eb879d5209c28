"""An optional second standard for the request email: Steve Dalton's "6-Point Email" from
The 2-Hour Job Search, beside the handout's own rules (interview_coach.writing.checks).

The six points, as the coach reads them: under 75 words; asks for advice, not a job; states
the connection first; the request is a question ending in "?"; names the interest narrowly
and broadly; more than half of it is about the contact. Each check is a heuristic on the
words (content/six_point.yaml says how each one decides), not a judgement of the email.
"""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import Field, model_validator

from interview_coach.course.loading import CONTENT_DIR, ContentModel, load_yaml
from interview_coach.questions.bank import check_template
from interview_coach.questions.job_words import JobWords
from interview_coach.writing.checks import Check, find_phrases, job_words_used, word_count

_SENTENCE = re.compile(r"[^.!?]+[.!?]*")
_PARAGRAPH = re.compile(r"\n\s*\n")
_WORD = re.compile(r"\w+(?:['’]\w+)*")
YOU_WORDS = frozenset({"you", "your", "yours", "yourself", "you're", "you've", "you'd"})
ME_WORDS = frozenset({"i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll"})


class PointText(ContentModel):
    label: str
    how: str  # how the check decides, shown under it
    ok: str
    not_ok: str


class SixPointContent(ContentModel):
    heading: str
    source: str
    toggle: str
    word_limit: int = Field(gt=0)
    greetings: list[str] = Field(min_length=1)
    sign_offs: list[str] = Field(min_length=1)
    advice_cues: list[str] = Field(min_length=1)
    connection_cues: list[str] = Field(min_length=1)
    request_cues: list[str] = Field(min_length=1)
    broad_cues: list[str] = Field(min_length=1)
    short: PointText
    advice: PointText
    connection_first: PointText
    question: PointText
    interest: PointText
    about_them: PointText

    @model_validator(mode="after")
    def _placeholders(self) -> SixPointContent:
        allowed = {"count", "limit", "found", "share", "narrow", "broad"}
        for point in (self.short, self.advice, self.connection_first, self.question,
                      self.interest, self.about_them):
            check_template(point.ok, allowed)
            check_template(point.not_ok, allowed)
        return self


def load_six_point(path: Path | str = CONTENT_DIR / "six_point.yaml") -> SixPointContent:
    return load_yaml(path, SixPointContent)


def email_body(text: str, content: SixPointContent) -> str:
    """The email without its greeting line ("Dear Ms. Chen,") and its sign-off ("Best, …")."""
    lines = [line for line in (text or "").splitlines()]
    while lines and not lines[0].strip():
        lines.pop(0)
    if lines and find_phrases(lines[0].split(",")[0] + " ", content.greetings) \
            and len(lines[0].split()) <= 6:
        lines.pop(0)
    for index, line in enumerate(lines):
        words = line.strip().rstrip(",!.").strip()
        if words and words.casefold() in (s.casefold() for s in content.sign_offs):
            lines = lines[:index]
            break
    return "\n".join(lines).strip()


def sentences(text: str) -> list[str]:
    """Sentences, a line break inside a paragraph read as a space."""
    found = []
    for paragraph in _PARAGRAPH.split(text or ""):
        joined = " ".join(paragraph.split())
        found += [s.strip() for s in _SENTENCE.findall(joined) if _WORD.search(s)]
    return found


def _words(text: str) -> list[str]:
    return [w.casefold().replace("’", "'") for w in _WORD.findall(text)]


def about_them_share(body: str) -> float:
    """Share of the words in sentences that say you/your at least as often as I/me/my."""
    total = about = 0
    for sentence in sentences(body):
        words = _words(sentence)
        total += len(words)
        you = sum(w in YOU_WORDS for w in words)
        me = sum(w in ME_WORDS for w in words)
        if you and you >= me:
            about += len(words)
    return about / total if total else 0.0


def _check(point: PointText, ok: bool, **values: object) -> Check:
    return Check(point.label, ok, (point.ok if ok else point.not_ok).format(**values))


def _short(body: str, c: SixPointContent) -> Check:
    count = word_count(body)
    return _check(c.short, bool(count) and count < c.word_limit, count=count, limit=c.word_limit)


def _advice(body: str, c: SixPointContent, job_words: JobWords, not_a_job: list[str]) -> Check:
    jobs = job_words_used(body, job_words.phrases, not_a_job)
    asks = find_phrases(body, c.advice_cues)
    found = ", ".join(f"“{w}”" for w in (jobs or asks[:1]))
    return _check(c.advice, bool(asks) and not jobs, found=found or "—")


def _connection_first(body: str, c: SixPointContent) -> Check:
    first = next(iter(sentences(body)), "")
    found = find_phrases(first, c.connection_cues)
    return _check(c.connection_first, bool(found), found=found[0] if found else "—")


def _question(body: str, c: SixPointContent) -> Check:
    asking = [s for s in sentences(body) if s.endswith("?") and find_phrases(s, c.request_cues)]
    return _check(c.question, bool(asking), found=asking[0] if asking else "—")


def _interest(body: str, c: SixPointContent, narrow_terms: list[str]) -> Check:
    terms = [t for t in narrow_terms if t.strip()]
    narrow = find_phrases(body, terms) if terms else []  # no terms would match anywhere
    broad = find_phrases(body, c.broad_cues)
    return _check(c.interest, bool(narrow) and bool(broad),
                  narrow=narrow[0] if narrow else "—", broad=broad[0] if broad else "—")


def six_point_checks(text: str, content: SixPointContent, job_words: JobWords,
                     not_a_job_phrases: list[str], narrow_terms: list[str]) -> list[Check]:
    """The six points for an email (greeting and sign-off left out). narrow_terms: the
    particular things the student named on the form (their organization, what they hope to
    learn), which show the narrow interest."""
    body = email_body(text, content)
    share = about_them_share(body)
    return [
        _short(body, content),
        _advice(body, content, job_words, not_a_job_phrases),
        _connection_first(body, content),
        _question(body, content),
        _interest(body, content, narrow_terms),
        _check(content.about_them, share > 0.5, share=f"{share:.0%}"),
    ]
