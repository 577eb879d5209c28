"""How each interview-log value is read from, and written to, one CSV cell.

Used by log_csv in both directions, so whatever the importer accepts, the exporter writes back in
one standard form (that is what makes export → import → export byte-identical).
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime, timedelta

import numpy as np
import pandas as pd

from interview_coach.log.schema import CHOICES, FORMATS, FOUND_VIA, STATUSES

MAX_WHOLE_NUMBER = 100_000

# Formula guard: a cell matching FORMULA_START is written with one more leading apostrophe, and
# import removes one apostrophe from cells matching "'" + FORMULA_START. A cell that really starts
# with "'=" is written "''=", so every text has exactly one written form.
FORMULA_START = r"'*[=+\-@\t\r]"
_NEEDS_GUARD = re.compile(rf"^(?={FORMULA_START})")
_GUARDED = re.compile(rf"^'(?={FORMULA_START})")
INVISIBLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # C0 controls except tab, LF, CR
_KEY_JUNK = re.compile(r"[\W_]+")



class _YesNoWords(dict):
    """The words for yes and no; `.get` also reads what spreadsheets write for "sent": a tick or
    cross mark, "sent", or the date it was sent (e.g. "2026-10-04", "sent 4 Oct 2026")."""

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return True if _means_sent(key) else default


YES_NO = _YesNoWords({
    "yes": True, "y": True, "true": True, "1": True, "sent": True, "done": True, "x": True,
    "✓": True, "✔": True, "✔️": True, "☑": True, "☑️": True, "✅": True, "yes sent": True,
    "no": False, "n": False, "false": False, "0": False, "": False, "not sent": False,
    "not yet": False, "-": False, "✗": False, "✘": False,
})

_HEADING_ALIASES = {
    "date": ["date", "interview date", "date of interview", "meeting date", "when", "day"],
    "contact": ["contact", "name", "contact name", "person", "interviewee", "contact person",
                "full name", "who"],
    "organization": ["organization", "organisation", "company", "employer", "org",
                     "organization name", "organisation name", "company name"],
    "role": ["role", "title", "job title", "position", "job", "their role"],
    "field": ["field", "industry", "sector", "career field", "area"],
    "found_via": ["found via", "how found", "found through", "found", "how i found them",
                  "source", "found by"],
    "format": ["format", "interview format", "meeting format", "type", "mode", "medium"],
    "status": ["status", "stage"],
    "duration_min": ["duration min", "duration", "minutes", "mins", "duration minutes",
                     "length", "length min", "length minutes", "time min"],
    "thank_you_sent": ["thank you sent", "thank you", "thank you note", "thank you note sent",
                       "thanks sent", "thanked", "ty sent", "thank you notes sent"],
    "referrals": ["referrals", "referral count", "number of referrals", "referrals given",
                  "names given", "no of referrals", "referrals count"],
    "referred_by": ["referred by", "referrer", "referral from", "referred from", "introduced by",
                    "who referred", "who referred them"],
    "notes": ["notes", "note", "comments", "comment", "remarks"],
}
_CHOICE_SYNONYMS = {
    "found_via": {"hr": FOUND_VIA[0], "human resource": FOUND_VIA[0], "network": FOUND_VIA[1],
                  "directory": FOUND_VIA[2], "trade journal": FOUND_VIA[2],
                  "directory trade journal": FOUND_VIA[2], "faculty": FOUND_VIA[3],
                  "advisor": FOUND_VIA[3], "adviser": FOUND_VIA[3],
                  "faculty advisor": FOUND_VIA[3], "faculty or adviser": FOUND_VIA[3]},
    "format": {"inperson": FORMATS[0], "face to face": FORMATS[0], "telephone": FORMATS[1],
               "phone call": FORMATS[1], "video call": FORMATS[2], "zoom": FORMATS[2]},
    "status": {"request sent": STATUSES[0], "booked": STATUSES[1], "complete": STATUSES[2],
               "done": STATUSES[2], "interviewed": STATUSES[2], "met": STATUSES[2],
               "held": STATUSES[2], "thanked": STATUSES[2], "waiting": STATUSES[0],
               "sent": STATUSES[0], "asked": STATUSES[0], "emailed": STATUSES[0],
               "waiting for reply": STATUSES[0]},
}

_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]
_MONTH_WORDS = {name[:n]: i + 1 for i, name in enumerate(_MONTHS) for n in range(3, len(name) + 1)}
_MONTH_WORDS["sept"] = 9
_TIME = (r"(?:(?:[ T]+|,\s*)\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:[.,]\d+)?)?"
         r"\s*(?:[AaPp]\.?\s?[Mm]\.?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?")
_WEEKDAY = r"(?:[A-Za-z]{3,9}\.?,?\s+)?"
_DATE_PATTERNS = {
    "iso": re.compile(
        rf"^(?P<y>\d{{4}})(?P<sep>[-/.])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}}){_TIME}$"),
    "numeric": re.compile(
        rf"^(?P<a>\d{{1,2}})(?P<sep>[-/.])(?P<b>\d{{1,2}})(?P=sep)(?P<y>\d{{4}}|\d{{2}}){_TIME}$"),
    "day_month_word": re.compile(
        rf"^{_WEEKDAY}(?P<d>\d{{1,2}})(?:st|nd|rd|th)?[-/. ]+(?P<mon>[A-Za-z]{{3,9}})\.?"
        rf"[-/., ]+(?P<y>\d{{4}}|\d{{2}}){_TIME}$"),
    "month_word_day": re.compile(
        rf"^{_WEEKDAY}(?P<mon>[A-Za-z]{{3,9}})\.?[ -]+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?[ -]+"
        rf"(?P<y>\d{{4}}){_TIME}$"),
    # Excel's day count, written when a date cell lost its date format
    "serial": re.compile(r"^(?P<n>\d{5})(?:\.\d+)?$"),
}
_EXCEL_EPOCH = date(1899, 12, 30)
_WHOLE = re.compile(r"\+?(\d{1,9})(?:\.0*)?")
# A count written with words after it: "2 (Dr. Lee & Sam)", "1 - Sam", "3 names".
_LEADING_COUNT = re.compile(r"\+?(\d{1,9})(?:\.0*)?\s*(?:\(.*\)?|[-–—:,;]\s*\D.*|\s[^\d.\s].*)",
                            re.DOTALL)
_WHOLE_MINUTES = re.compile(r"\+?(\d{1,9})(?:\.0*)?(?:\s*(?:min|mins|minutes)\.?)?")
_NAT = np.datetime64("NaT", "ns")


def _key(text: str) -> str:
    """Lower-case words only, so 'Thank-You sent?' and 'thank_you_sent' compare equal."""
    return _KEY_JUNK.sub(" ", text.casefold()).strip()


_HEADING_LOOKUP = {_key(a): col for col, aliases in _HEADING_ALIASES.items() for a in aliases}
_CHOICE_LOOKUP = {
    col: {**{_key(k): v for k, v in _CHOICE_SYNONYMS[col].items()}, **{_key(v): v for v in values}}
    for col, values in CHOICES.items()
}


def known_column(heading: str) -> str | None:
    """The log column a heading means ('Thank-you sent?' → 'thank_you_sent'), or None."""
    return _HEADING_LOOKUP.get(_key(heading))


def guard(text: str) -> str:
    return _NEEDS_GUARD.sub("'", text)


def unguard(text: str) -> str:
    return _GUARDED.sub("", text) if text.startswith("'") else text


def choice(column: str, value: str) -> str:
    """A known value in its standard spelling; anything else exactly as written."""
    return _CHOICE_LOOKUP[column].get(_key(value), value)


def whole_number(text: str, minutes: bool) -> int | None | bool:
    """The number in a cell, None for a blank cell, False when it is not a usable whole number."""
    text = text.strip()
    found = (_WHOLE_MINUTES if minutes else _WHOLE).fullmatch(text)
    if not found and not minutes:
        found = _LEADING_COUNT.fullmatch(text)
    if found and int(found.group(1)) <= MAX_WHOLE_NUMBER:
        return int(found.group(1))
    return None if not text else False


# ------------------------------------------------------------------------------------ dates


def parse_dates(cells: list[str], semicolon_file: bool) -> tuple[np.ndarray, bool, str | None]:
    """datetime64[ns] per cell (NaT when blank or not a date), whether the column was read day
    first, and a warning when numeric dates could be read either way.

    Each distinct text is parsed once, so a long log costs little more than a short one.
    """
    parts = {value: _date_parts(value.strip()) for value in dict.fromkeys(cells)}
    numeric = [p for p in parts.values() if p and p[0] == "numeric"]
    day_first, note = _decide_day_first(numeric, semicolon_file)
    lookup = {value: _to_date(p, day_first) for value, p in parts.items()}
    return np.array([lookup[c] for c in cells], dtype="datetime64[ns]"), day_first, note


_SENT_WORDS = re.compile(r"^(?:(?:yes|sent|done|thanked|emailed|mailed)\b|[✓✔☑✅])",
                         re.IGNORECASE)


def _means_sent(text: object) -> bool:
    """True for a date, or for "sent", "yes" or a tick with more after it ("sent 4 Oct")."""
    if not isinstance(text, str):
        return False
    value = text.strip()
    return _is_date(value) or bool(_SENT_WORDS.match(value))


def looks_like_date(text: str) -> bool:
    """True when the text is a date in one of the ways the importer reads dates."""
    return _is_date(text.strip())


def _is_date(value: str) -> bool:
    parts = _date_parts(value)
    return parts is not None and any(not pd.isna(_to_date(parts, day_first))
                                     for day_first in (False, True))


def _date_parts(value: str) -> tuple | None:
    """('ymd', year, month, day) or ('numeric', first, second, year, text) or None."""
    for kind, pattern in _DATE_PATTERNS.items():
        found = pattern.match(value)
        if not found:
            continue
        parts = found.groupdict()
        if kind == "serial":
            moment = _EXCEL_EPOCH + timedelta(days=int(parts["n"]))
            return "ymd", moment.year, moment.month, moment.day
        year = _full_year(parts["y"])
        if kind == "numeric":
            return "numeric", int(parts["a"]), int(parts["b"]), year, value
        month = int(parts["m"]) if kind == "iso" else _MONTH_WORDS.get(parts["mon"].casefold())
        if month:
            return "ymd", year, month, int(parts["d"])
    return None


def _to_date(parts: tuple | None, day_first: bool) -> np.datetime64:
    if parts is None:
        return _NAT
    if parts[0] == "numeric":
        _, first, second, year, _ = parts
        month, day = (second, first) if day_first else (first, second)
    else:
        _, year, month, day = parts
    if not 1900 <= year <= 2099:
        return _NAT
    try:
        return np.datetime64(date(year, month, day), "ns")
    except ValueError:
        return _NAT


def _full_year(year: str) -> int:
    """Two-digit years the way Excel and LibreOffice read them: 00-29 → 20xx, 30-99 → 19xx."""
    number = int(year)
    if len(year) > 2:
        return number
    return number + (2000 if number < 30 else 1900)


def _decide_day_first(numeric: list[tuple], semicolon_file: bool) -> tuple[bool, str | None]:
    """One reading for the whole column: day first if any first part is over 12.

    When no value can tell, month first, except for dates written with dots (03.09.2026) or in a
    semicolon-separated file: both come from countries that write the day first.
    """
    if any(p[1] > 12 for p in numeric):
        return True, None
    if any(p[2] > 12 for p in numeric):
        return False, None
    day_first = semicolon_file or any("." in p[4] for p in numeric)
    ambiguous = [p for p in numeric if p[1] != p[2]]
    if not ambiguous:
        return day_first, None
    _, first, second, year, example = ambiguous[0]
    day, month = (first, second) if day_first else (second, first)
    order = "day first" if day_first else "month first"
    return day_first, (f"Dates like ‘{example}’ could be read either way; they were read {order}, "
                       f"so ‘{example}’ is {day} {_MONTHS[month - 1].title()} {year}. "
                       "Check that your dates look right.")


# ------------------------------------------------------------------------- export formatting


def plain_text(value: object) -> str:
    """A text value as a string, blank for missing, invisible control characters dropped."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return ""
    return INVISIBLE.sub("", str(value))


def text_cell(value: object) -> str:
    """A text value as written: plain_text with the formula guard added."""
    return guard(plain_text(value))


def date_cell(value: object) -> str:
    if isinstance(value, str):
        value = pd.to_datetime(value, errors="coerce", format="mixed")
    if isinstance(value, (datetime, date, np.datetime64)) and not pd.isna(value):
        return pd.Timestamp(value).strftime("%Y-%m-%d")
    return ""


def whole_number_cell(value: object) -> str:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return ""
    return str(round(number)) if math.isfinite(number) else ""


def yes_no_cell(value: object) -> str:
    if isinstance(value, (bool, np.bool_)):
        return "yes" if value else "no"
    return "yes" if isinstance(value, str) and YES_NO.get(value.strip().casefold()) else "no"
