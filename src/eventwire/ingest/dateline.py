"""Datelines: the "October 11, MOSCOW –" that opens a wire story.

The dateline is the only place most articles state their own date and the city
they were filed from, and the later stages resolve "on Thursday" against that
date. Three shapes cover the agencies we see:

    October 11, MOSCOW –              date first (year optional)
    MOSCOW, Oct 11 (Reuters) -        city first, optional agency in brackets
    BISHKEK, October 11, 2023 —       city first with the year
    KYIV (AP) —                       city only

When the dateline has no year we take it from the text ("On October 12, 2023"
next to the same month, else the first plausible year anywhere); we never take
it from the clock, so the same file gives the same date on every run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_MONTHS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december",
)
_MONTH = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DATE = rf"(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?"
# One to four words, each capitalised ("MOSCOW", "New York", "RIO DE JANEIRO");
# a lowercase particle may sit between them ("Rio de Janeiro").
_WORD = r"[A-Z][A-Za-z.'’\-]*"
_CITY = rf"(?P<city>{_WORD}(?:\s+(?:(?:de|da|do|del|la|el|al|of)\s+)?{_WORD}){{0,3}})"
_REGION = rf"(?:,\s*{_WORD}(?:\s+{_WORD})?)"  # "KYIV, Ukraine, Oct 11 ..."
_AGENCY = r"(?P<agency>\s*\([^()\n]{1,40}\))"
# En and em dashes may touch the words; a hyphen needs a space after it so that
# "MOSCOW-based" is not a dateline.
_DASH = r"\s*(?:[–—]|--?(?=\s))\s*"

_DATE_FIRST = re.compile(rf"\s*{_DATE}\s*,\s*{_CITY}{_AGENCY}?{_DASH}")
_CITY_FIRST = re.compile(rf"\s*{_CITY}{_REGION}?\s*,\s*{_DATE}{_AGENCY}?{_DASH}")
_CITY_ONLY = re.compile(rf"\s*{_CITY}{_AGENCY}?{_DASH}")

_YEAR = r"(?P<year>19[5-9]\d|20\d\d|2100)"
# A bare year: not part of a longer number ("12,2023,000", "3.2023") or a word
# ("1990s").
_ANY_YEAR = re.compile(rf"(?<![\w.,$£€]){_YEAR}(?!\w|[.,]\d)")
_LOWER_PARTICLES = frozenset({"de", "da", "do", "del", "la", "el", "al", "of", "on", "upon"})


@dataclass(frozen=True, slots=True)
class Dateline:
    """What a dateline told us; ``end`` is the offset just after its dash."""

    place: str
    published: date | None
    end: int


def find_dateline(text: str) -> Dateline | None:
    """The dateline at the very start of ``text``, or None when there is none."""
    head = text[:300]
    for pattern in (_CITY_FIRST, _DATE_FIRST):
        match = pattern.match(head)
        if match:
            month = _month_number(match["month"])
            year = int(match["year"]) if match["year"] else infer_year(text, month)
            published = _safe_date(year, month, int(match["day"]))
            return Dateline(city_name(match["city"]), published, match.end())
    match = _CITY_ONLY.match(head)
    # Without a date, only trust an all-caps city or one followed by an agency:
    # "Putin – ..." must not become a place.
    if match and (match["agency"] or _is_upper(match["city"])):
        return Dateline(city_name(match["city"]), None, match.end())
    return None


def infer_year(text: str, month: int) -> int | None:
    """The year the text writes next to ``month``, else its first plausible year."""
    name = _MONTH_NAMES[month - 1]
    word = rf"(?i:{name[:3]}(?:{name[3:]})?{'|sept' if month == 9 else ''})\.?"
    patterns = (
        re.compile(rf"\b{word}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?{_YEAR}\b"),  # Oct 12, 2023
        re.compile(rf"\b\d{{1,2}}\s+{word}\s+{_YEAR}\b"),  # 12 October 2023
    )
    found = [m for m in (p.search(text) for p in patterns) if m]
    if found:
        return int(min(found, key=lambda m: m.start())["year"])
    match = _ANY_YEAR.search(text)
    return int(match["year"]) if match else None


def city_name(raw: str) -> str:
    """"MOSCOW" -> "Moscow", "RIO DE JANEIRO" -> "Rio de Janeiro"; mixed case kept."""
    raw = " ".join(raw.split())
    if not _is_upper(raw):
        return raw
    words = raw.title().split(" ")
    return " ".join(
        w.lower() if i and w.lower() in _LOWER_PARTICLES else w for i, w in enumerate(words)
    )


def _is_upper(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _month_number(word: str) -> int:
    return _MONTHS[word.lower()[:4] if word.lower().startswith("sept") else word.lower()[:3]]


def _safe_date(year: int | None, month: int, day: int) -> date | None:
    if year is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None
