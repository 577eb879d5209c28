"""The request for an information interview: an email and a phone script (guide, Step 1).

Texts come from content/writing.yaml (`load_writing().request`). Blank required details show as
placeholders such as "[their name]", so a live preview always reads as whole sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from interview_coach.writing.templates import (
    RequestTexts,
    as_clause,
    one_line,
    render_paragraphs,
    render_sentence,
)


@dataclass(frozen=True)
class RequestDetails:
    your_name: str = ""
    program: str = ""  # "Graphic Design" -> "a student in the Graphic Design program"
    found_via: str = "Other"  # one of log_schema.FOUND_VIA
    referrer: str = ""  # who suggested this contact (a Step 7 referral), optional
    contact: str = ""
    organization: str = ""
    hope_to_learn: str = ""  # finishes "I would like to learn …"; blank uses the guide's words
    minutes: int = 20  # one of texts.minutes_choices (20 or 30)
    format: str = "Phone"  # one of log_schema.FORMATS
    your_contact: str = ""  # phone or email for replies, optional


REQUIRED_FIELDS = ("your_name", "contact", "organization")


def missing_details(details: RequestDetails) -> list[str]:
    """Names of the required fields (REQUIRED_FIELDS) still blank."""
    return [name for name in REQUIRED_FIELDS if not one_line(getattr(details, name))]


def _program_name(program: str) -> str:
    # The template says "the … program", so "the Graphic Design Program" must not double up.
    name = re.sub(r"^the\s+", "", one_line(program), flags=re.IGNORECASE)
    return re.sub(r"\s+program$", "", name, flags=re.IGNORECASE)


# A credential after the name: letters and full stops with two capitals or more (RN, PhD,
# P.Eng., BScN, MBA), not a suffix such as "Jr.".
_CREDENTIAL = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z.]+")


def spoken_name(name: str) -> str:
    """The name as said aloud on the phone: "Priya Sharma, RN" -> "Priya Sharma"."""
    name = one_line(name)
    head, *after = name.split(",")
    if after and all(_CREDENTIAL.fullmatch(part.strip()) for part in after):
        return head.strip()
    return name


def _referrer_values(referrer: str, organization: str) -> dict[str, str]:
    # "Karen Doyle, my program advisor" describes them already: it takes a closing comma, and
    # no template describes them again.
    referrer = one_line(referrer).rstrip(",")
    described = "," in referrer
    return {"referrer": "" if described else referrer,
            "described_referrer": f"{referrer}," if described else "",
            "organization": organization}


def request_values(details: RequestDetails, texts: RequestTexts) -> dict[str, str]:
    """Placeholder values for the request templates. Raises ValueError on an unknown choice."""
    if details.found_via not in texts.found_via:
        raise ValueError(f"found_via must be one of {list(texts.found_via)}")
    if details.format not in texts.formats:
        raise ValueError(f"format must be one of {list(texts.formats)}")
    if details.minutes not in texts.minutes_choices:
        raise ValueError(f"minutes must be one of {texts.minutes_choices}")
    required = {n: one_line(getattr(details, n)) or texts.placeholders[n] for n in REQUIRED_FIELDS}
    how_found = render_sentence(texts.found_via[details.found_via],
                                _referrer_values(details.referrer, required["organization"]))
    return {
        **required,
        "program": _program_name(details.program),
        "how_found": how_found,
        "hope_to_learn": as_clause(details.hope_to_learn),
        "minutes": str(details.minutes),
        "format": texts.formats[details.format],
        "your_contact": one_line(details.your_contact),
    }


def email_text(details: RequestDetails, texts: RequestTexts) -> tuple[str, str]:
    """(subject, body) of the request email."""
    values = request_values(details, texts)
    return render_sentence(texts.email_subject, values), render_paragraphs(texts.email_body, values)


def phone_script_sections(details: RequestDetails, texts: RequestTexts) -> list[tuple[str, str]]:
    """(heading, what to say) for each part of the phone call, in order."""
    values = request_values(details, texts)
    values["contact"] = spoken_name(values["contact"])  # read aloud: no "Priya Sharma, RN"
    sections = [(s.heading, render_paragraphs([s.sentences], values)) for s in texts.phone]
    return [(heading, text) for heading, text in sections if text]


def phone_script(details: RequestDetails, texts: RequestTexts) -> str:
    """The phone script as plain text: each part as "[Heading]" then its lines."""
    return "\n\n".join(f"[{h}]\n{text}" for h, text in phone_script_sections(details, texts))
