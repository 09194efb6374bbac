"""The days a resolved date stands for, given its precision.

One definition for the scorer (does a predicted date fall in the gold range?) and
the merge stage (do two reports' dates overlap?), so the two never disagree on
what "week of 2023-10-16" means.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

Interval = tuple[date, date]


def precision_interval(day: date, precision: str) -> Interval | None:
    """First and last day for day, week (the day + 6), month and year precision;
    None for a precision that is not a calendar span (such as "article")."""
    if precision in ("day", "lead"):  # "lead": the day of the story's lead, inferred
        return day, day
    if precision == "week":
        return day, day + timedelta(days=6)
    if precision == "month":
        last = calendar.monthrange(day.year, day.month)[1]
        return day.replace(day=1), day.replace(day=last)
    if precision == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    return None
