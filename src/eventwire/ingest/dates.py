"""Publication dates given by the user: the ``--date`` option and record fields.

A record's ``published`` value comes from whatever produced the file (a scraper,
a feed, a spreadsheet), so we accept ISO dates and datetimes, RFC 2822 dates as
feeds write them, and common written forms ("11 October 2023", "Oct 11, 2023").
We only accept a value that names a full day: "October 2023" is refused rather
than silently turned into October 1st, and relative words such as "yesterday"
are refused because their meaning would depend on the day ingest runs.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from eventwire.errors import DateError

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_START = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ].*)?")
_DATEPARSER_SETTINGS: dict[str, Any] = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PARSERS": ["absolute-time"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PREFER_DATES_FROM": "past",
}


def parse_date_option(value: str) -> date:
    """The CLI's ``--date YYYY-MM-DD``; raises DateError(where="--date") otherwise."""
    text = value.strip()
    if not _ISO_DAY.fullmatch(text):
        raise DateError(where="--date", problem=f"{value!r} is not a date in YYYY-MM-DD form")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise DateError(where="--date", problem=f"{value!r} is not a day in the calendar") from None


def parse_record_date(value: object) -> date:
    """A record's publication date as a calendar day, as written (no time-zone shift).

    "2023-10-11T23:30:00-05:00" is October 11th: the day the source dated the
    story, not the UTC day. Raises ValueError with a short reason on anything
    that is not a full, absolute date.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"expected a date string, got {type(value).__name__} {value!r}")
    text = value.strip()
    if not text:
        raise ValueError("empty date")
    if _ISO_START.fullmatch(text):
        try:
            return datetime.fromisoformat(text).date()
        except ValueError:
            pass
        try:  # a time part Python cannot read (nanoseconds...) still has a clear day
            return date.fromisoformat(text[:10])
        except ValueError:
            raise ValueError(f"{value!r} is not a valid ISO date") from None
    try:
        return parsedate_to_datetime(text).date()  # "Wed, 11 Oct 2023 08:00:00 +0300"
    except (TypeError, ValueError, IndexError):
        pass
    return _dateparser_day(text, value)


def _dateparser_day(text: str, original: str) -> date:
    # Imported here: dateparser takes about half a second to import and most
    # inputs never need it.
    import dateparser

    parsed = dateparser.parse(text, languages=["en"], settings=_DATEPARSER_SETTINGS)
    if parsed is None:
        raise ValueError(f"cannot read {original!r} as a date")
    return parsed.date()
