"""Calendar arithmetic for relative dates, kept apart from the text matching.

News copy names days and months relative to the article date: "on Thursday",
"in March", "last week". These functions turn such a reference plus the anchor
(the article date) into a concrete date. They are pure and small so the events
stage can call them again with the tense of the event verb, which decides
whether "Tuesday" is the one before or after the article.

Rules (documented once here, tested in tests/test_when_resolve.py):

- A bare weekday without tense is the closest such day to the anchor within
  [-6, +6] days; the anchor's own weekday means the anchor day. Distances of 3
  and 4 never tie, so the rule is total. This follows AP style, which uses day
  names only for days within a week of publication, both past and future.
- With ``tense="past"`` the weekday is the most recent such day in [-6, 0];
  with ``tense="future"`` the next one in [0, +6].
- ``last``/``next`` weekday: strictly before/after the anchor, within 7 days.
  ``this`` weekday: that day in the anchor's ISO week (Monday to Sunday).
- A bare month ("in March") without tense, or with past tense, is the most
  recent such month on or before the anchor's month; with future tense it is
  the nearest one on or after it. ``last``/``next`` March are strictly
  before/after the anchor's month; ``this`` March is in the anchor's year.
- Weeks are ISO weeks: a week value is the Monday of that week. Months and
  years are represented by their first day.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Literal

Tense = Literal["past", "future"] | None
Modifier = Literal["last", "next", "this"] | None

WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}


def weekday_number(weekday: str | int) -> int:
    """Monday=0 ... Sunday=6 from a name ("Thursday", "thursday") or a number."""
    if isinstance(weekday, int):
        if not 0 <= weekday <= 6:
            raise ValueError(f"weekday out of range: {weekday}")
        return weekday
    key = weekday.strip().lower()
    if key not in WEEKDAYS:
        raise ValueError(f"not a weekday: {weekday!r}")
    return WEEKDAYS[key]


def month_number(month: str | int) -> int:
    """1..12 from a full or abbreviated English month name ("Sept.", "October")."""
    if isinstance(month, int):
        if not 1 <= month <= 12:
            raise ValueError(f"month out of range: {month}")
        return month
    key = month.strip().rstrip(".").lower()
    if key not in MONTHS:
        raise ValueError(f"not a month: {month!r}")
    return MONTHS[key]


def monday_of(day: date) -> date:
    """The Monday of the ISO week that holds ``day``."""
    return day - timedelta(days=day.weekday())


def add_months(day: date, months: int) -> date:
    """The first day of the month ``months`` after (or before) ``day``'s month."""
    index = day.year * 12 + (day.month - 1) + months
    return date(index // 12, index % 12 + 1, 1)


def resolve_weekday(
    weekday: str | int,
    anchor: date | None,
    tense: Tense = None,
    modifier: Modifier = None,
) -> date | None:
    """The date a weekday name refers to, seen from ``anchor``; None without anchor.

    ``modifier`` ("last", "next", "this") comes from the text and wins over
    ``tense``, which the events stage passes from the event verb.
    """
    if anchor is None:
        return None
    target = weekday_number(weekday)
    ahead = (target - anchor.weekday()) % 7  # 0..6 days forward
    if modifier == "this":
        return monday_of(anchor) + timedelta(days=target)
    if modifier == "last":
        return anchor - timedelta(days=(7 - ahead) if ahead else 7)
    if modifier == "next":
        return anchor + timedelta(days=ahead or 7)
    if tense == "past":
        return anchor - timedelta(days=(7 - ahead) % 7)
    if tense == "future":
        return anchor + timedelta(days=ahead)
    offset = ahead if ahead <= 3 else ahead - 7
    return anchor + timedelta(days=offset)


def resolve_month(
    month: str | int,
    anchor: date | None,
    tense: Tense = None,
    modifier: Modifier = None,
) -> date | None:
    """The first day of the month a bare month name refers to; None without anchor."""
    if anchor is None:
        return None
    target = month_number(month)
    if modifier == "this":
        return date(anchor.year, target, 1)
    if modifier == "last":
        year = anchor.year if target < anchor.month else anchor.year - 1
    elif modifier == "next":
        year = anchor.year if target > anchor.month else anchor.year + 1
    elif tense == "future":
        year = anchor.year if target >= anchor.month else anchor.year + 1
    else:
        year = anchor.year if target <= anchor.month else anchor.year - 1
    return date(year, target, 1)


def resolve_month_day(month: int, day: int, anchor: date | None) -> date | None:
    """A day and month without a year: the year that puts it closest to the anchor.

    "On October 12" in a January article is most likely the October just past;
    choosing among the anchor's year and its neighbours by distance captures that
    without consulting tense, which is unreliable for explicit dates
    ("was scheduled for October 12"). Invalid days (February 30) give None.
    """
    if anchor is None:
        return None
    candidates: list[date] = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    return min(candidates, key=lambda d: abs((d - anchor).days))


def shift(anchor: date | None, amount: int, unit: str) -> date | None:
    """Anchor moved by ``amount`` units, expressed at that unit's precision.

    Days give the exact day, weeks the Monday of the week, months and years
    their first day, so "three weeks ago" never pretends to know the day.
    """
    if anchor is None:
        return None
    if unit == "day":
        return anchor + timedelta(days=amount)
    if unit == "week":
        return monday_of(anchor + timedelta(weeks=amount))
    if unit == "month":
        return add_months(anchor, amount)
    if unit == "year":
        return date(anchor.year + amount, 1, 1)
    raise ValueError(f"unknown unit: {unit!r}")
