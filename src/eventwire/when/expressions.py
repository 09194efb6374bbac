"""Find and resolve temporal expressions in a sentence with a few regular expressions.

This runs on every sentence that holds an event, so it is a fixed set of
compiled patterns and a little calendar arithmetic (``resolve.py``) rather than
a general date parser: dateparser takes milliseconds per call and guesses a day
when the text only names a month, which the output contract forbids.

Each matcher yields candidate spans; overlapping candidates are settled by
keeping the longest ("October 12, 2023" beats "2023" and "October"). Spans
cover the expression and its modifiers ("last Friday", "early 2022", "earlier
this month") but not a leading preposition ("on", "in"), nor a possessive "'s".

Precision rules (the contract says never to guess a day):

- "October 12, 2023", "12 Oct", "2023-10-12", weekdays, today/yesterday/tomorrow,
  "overnight" (the night ending on the article's date), "two days ago": day.
- "this/last/next week", "three weeks ago", "the weekend": week (value: Monday).
- "in March", "March 2022", "early March", "last month", "earlier this month":
  month (value: first day of the month).
- "in 1991", "early 2022", "mid-2022", "this year", "a year ago": year (value:
  1 January). "early 2022" stays at year precision: "early" covers several
  months and naming one would be a guess.

False positives avoided by construction: month and weekday names must be
capitalised ("protesters march" is not a month); "May" and "March" on their own
need a cue before them ("in", "since", "early", ...) so "Putin May visit" in a
headline and "Theresa May" are not months; a bare four-digit number is a year
only after a cue ("in 1991", "the 1991 collapse") and not before a quantity noun
("in 2000 troops" is rejected); ordinals ("20th anniversary", "999th Air Base")
never match. Without an anchor, relative expressions are still found, with
value and precision None.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from eventwire.model import Precision, TimeExpression
from eventwire.when.resolve import (
    Modifier,
    Tense,
    month_number,
    resolve_month,
    resolve_month_day,
    resolve_weekday,
    shift,
)

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH_FULL = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*[-–]\s*[0-3]?\d)?"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
_MOD_PERIOD = (
    r"(?:(?i:earlier|later|early|late|the\s+(?:end|start|beginning|middle)\s+of)\s+"
    r"|(?i:mid)-?\s*)"
)
_NUMBER = (
    r"(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|a\s+couple\s+of)"
)
WORD_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

# Words after which a bare month name or a bare four-digit year is a date.
_CUES = frozenset(
    "in since by until till from through throughout during before after of to between "
    "around early late mid last next this and or".split()
)
_YEAR_CUES = _CUES | {"the", "spring", "summer", "autumn", "fall", "winter"}
# Lower-case words after a number that show it counts something rather than dates it.
_QUANTITY_WORDS = frozenset(
    "people personnel police staff km kg mw million billion thousand hundred percent per "
    "gmt utc hrs hours".split()
)
_NOT_PLURAL = frozenset("was is has as this his its us".split())
_DETERMINERS = frozenset("a an the this that its his her their our".split())


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    value: date | None
    precision: Precision | None


_Handler = Callable[[re.Match[str], str, "date | None", Tense], "_Candidate | None"]


def _word_before(text: str, start: int) -> str:
    found = re.search(r"([A-Za-z]+)[\s(\-]*$", text[max(0, start - 30) : start])
    return found.group(1).lower() if found else ""


def _word_after(text: str, end: int) -> str:
    found = re.match(r"\s+([A-Za-z]+)", text[end : end + 30])
    return found.group(1) if found else ""


def _candidate(
    m: re.Match[str], value: date | None, precision: Precision, group: int | str = 0
) -> _Candidate:
    """Value None means unresolved: precision is then None too (nothing is known)."""
    return _Candidate(m.start(group), m.end(group), value, precision if value else None)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _iso(m: re.Match[str], text: str, anchor: date | None, tense: Tense) -> _Candidate | None:
    value = _safe_date(int(m["year"]), int(m["month"]), int(m["day"]))
    return _candidate(m, value, "day") if value else None


def _month_day(m: re.Match[str], text: str, anchor: date | None, tense: Tense) -> _Candidate | None:
    month, day = month_number(m["mon"]), int(m["day"])
    if not 1 <= day <= 31:
        return None
    if m["year"]:
        value = _safe_date(int(m["year"]), month, day)
        return _candidate(m, value, "day") if value else None
    return _candidate(m, resolve_month_day(month, day, anchor), "day")


def _month_year(
    m: re.Match[str], text: str, anchor: date | None, tense: Tense
) -> _Candidate | None:
    return _candidate(m, date(int(m["year"]), month_number(m["mon"]), 1), "month")


def _bare_month(
    m: re.Match[str], text: str, anchor: date | None, tense: Tense
) -> _Candidate | None:
    name = m["mon"]
    modifier = (m["rel"] or "").lower() or None
    if name in ("May", "March") and not (m["mod"] or modifier):
        if _word_before(text, m.start()) not in _CUES:
            return None
        if name == "May" and text[m.end() : m.end() + 2] in ("'s", "’s"):
            return None
    value = resolve_month(name, anchor, tense, _modifier(modifier))
    return _candidate(m, value, "month")


def _year(m: re.Match[str], text: str, anchor: date | None, tense: Tense) -> _Candidate | None:
    before = _word_before(text, m.start("year"))
    if not m["mod"] and before not in _YEAR_CUES:
        return None
    after = _word_after(text, m.end())
    if before != "the" and after:
        lowered = after.lower()
        if lowered in _QUANTITY_WORDS:
            return None
        if after.islower() and lowered.endswith("s") and lowered not in _NOT_PLURAL:
            return None
    return _candidate(m, date(int(m["year"]), 1, 1), "year")


def _named_day(m: re.Match[str], text: str, anchor: date | None, tense: Tense) -> _Candidate | None:
    word = re.sub(r"\s+", " ", m.group(0).lower())
    offsets = {
        "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
        "yesterday": -1, "last night": -1, "tomorrow": 1,
        "the day before yesterday": -2, "the day after tomorrow": 2,
    }  # fmt: skip
    return _candidate(m, shift(anchor, offsets[word], "day"), "day")


def _overnight(m: re.Match[str], text: str, anchor: date | None, tense: Tense) -> _Candidate | None:
    """"Overnight" in a story is the night that ended on the morning of its
    date: what happened then is reported as that day's news, so the day is the
    anchor. Not an adjective on a noun ("an overnight stay")."""
    if _word_before(text, m.start()) in _DETERMINERS:
        return None
    return _candidate(m, anchor, "day")


def _relative_period(
    m: re.Match[str], text: str, anchor: date | None, tense: Tense
) -> _Candidate | None:
    which, unit = m["which"].lower(), m["unit"].lower()
    if which != "this" and not m["mod"] and _word_before(text, m.start()) in ("the", "every"):
        return None  # "in the last week" is a duration, not a date
    amount = {"this": 0, "last": -1, "next": 1}[which]
    if unit == "weekend":
        return _candidate(m, shift(anchor, amount, "week"), "week")
    precision: Precision = unit  # type: ignore[assignment]
    return _candidate(m, shift(anchor, amount, unit), precision)


def _the_weekend(
    m: re.Match[str], text: str, anchor: date | None, tense: Tense
) -> _Candidate | None:
    """The weekend just past ("over the weekend"), or the current one when the
    anchor is a Saturday or Sunday or the verb is future."""
    if anchor is None:
        return _candidate(m, None, "week", "span")
    back = 0 if anchor.weekday() >= 5 or tense == "future" else -1
    return _candidate(m, shift(anchor, back, "week"), "week", "span")


def _count(m: re.Match[str]) -> int:
    raw = re.sub(r"\s+", " ", m["n"].lower())
    if raw.isdigit():
        return int(raw)
    return 2 if raw.startswith("a couple") else WORD_NUMBERS[raw]


def _ago(m: re.Match[str], text: str, anchor: date | None, tense: Tense) -> _Candidate | None:
    unit = m["unit"].lower()
    precision: Precision = unit  # type: ignore[assignment]
    return _candidate(m, shift(anchor, -_count(m), unit), precision)


# "the first visit in seven years", "the worst fighting in decades": after a
# superlative, "in N years" is the span looked back over, not a future date.
SUPERLATIVE = (
    r"(?i:\b(?:first|last|largest|biggest|worst|best|highest|lowest|longest|deadliest"
    r"|strongest|heaviest|greatest|fastest|only|most|least)\b)"
)
_SPAN_CUE = re.compile(rf"{SUPERLATIVE}[^.;:]{{0,60}}$")


def _in_future(m: re.Match[str], text: str, anchor: date | None, tense: Tense) -> _Candidate | None:
    if _SPAN_CUE.search(text[max(0, m.start() - 60):m.start()]):
        return None
    unit = m["unit"].lower()
    precision: Precision = unit  # type: ignore[assignment]
    return _candidate(m, shift(anchor, _count(m), unit), precision)


def _modifier(word: str | None) -> Modifier:
    if word is None:
        return None
    word = re.sub(r"\s+", " ", word.strip().lower())
    if word in ("last", "past", "this past"):
        return "last"
    if word in ("next", "coming", "this coming"):
        return "next"
    if word == "this":
        return "this"
    return None


def _weekday(m: re.Match[str], text: str, anchor: date | None, tense: Tense) -> _Candidate | None:
    value = resolve_weekday(m["wd"], anchor, tense, _modifier(m["rel"]))
    return _candidate(m, value, "day")


_REL_WORD = r"(?P<rel>(?i:this\s+past|this\s+coming|last|next|this|coming|past))"

_MATCHERS: tuple[tuple[re.Pattern[str], _Handler], ...] = (
    (re.compile(r"(?<![\d-])(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)(?![\d-])"), _iso),
    (
        re.compile(
            rf"(?:\b{_WEEKDAY},?\s+)?\b(?P<mon>{_MONTH})\s+{_DAY}(?![\d:])"
            rf"(?:,?\s+{_YEAR}(?!\d))?"
        ),
        _month_day,
    ),
    (
        re.compile(
            rf"(?:\b{_WEEKDAY},?\s+)?(?<![\d,.])\b{_DAY}\s+(?:of\s+)?(?P<mon>{_MONTH})(?![a-z])"
            rf"(?:,?\s+{_YEAR}(?!\d))?"
        ),
        _month_day,
    ),
    (
        re.compile(rf"(?P<mod>{_MOD_PERIOD})?\b(?P<mon>{_MONTH})(?:\s+of)?,?\s+{_YEAR}(?!\d)"),
        _month_year,
    ),
    (
        re.compile(
            rf"(?:(?P<mod>{_MOD_PERIOD})|\b{_REL_WORD}\s+)?\b(?P<mon>{_MONTH_FULL})\b(?!\s*\d)"
        ),
        _bare_month,
    ),
    (
        re.compile(
            r"(?P<mod>(?i:(?:early|late|the\s+(?:end|start|beginning|middle)\s+of"
            r"|spring|summer|autumn|fall|winter)(?:\s+of)?\s+|mid-?\s*))?"
            rf"(?<![\d$€£#.,/])(?<!\d-)\b{_YEAR}\b(?!\s*%|s\b|[.,:]\d|-\d\d-)"
        ),
        _year,
    ),
    (
        re.compile(
            r"(?i)\b(?:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today"
            r"|yesterday|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening))\b"
        ),
        _named_day,
    ),
    (re.compile(r"(?i)\bovernight\b"), _overnight),
    (
        re.compile(
            rf"(?P<mod>{_MOD_PERIOD})?\b(?P<which>(?i:this|last|next))\s+"
            r"(?P<unit>(?i:weekend|week|month|year))\b"
        ),
        _relative_period,
    ),
    (re.compile(r"(?i)\b(?:over|at|during)\s+(?P<span>the\s+weekend)\b"), _the_weekend),
    (re.compile(rf"(?i)\b{_NUMBER}\s+(?P<unit>day|week|month|year)s?\s+ago\b"), _ago),
    (
        re.compile(
            rf"(?i)\bin\s+{_NUMBER}\s+(?P<unit>day|week|month|year)s?(?:['’]?\s*time)?\b"
            r"(?!\s+of\b)"
        ),
        _in_future,
    ),
    (re.compile(rf"(?:\b{_REL_WORD}\s+)?\b(?P<wd>{_WEEKDAY})\b(?!s\b)"), _weekday),
)


def _candidates(text: str, anchor: date | None, tense: Tense) -> Iterator[_Candidate]:
    for pattern, handler in _MATCHERS:
        for m in pattern.finditer(text):
            found = handler(m, text, anchor, tense)
            if found is not None:
                yield found


def find_time_expressions(
    text: str, anchor: date | None, *, tense: Tense = None
) -> list[TimeExpression]:
    """Every temporal expression in ``text``, resolved against ``anchor``, in text order.

    ``tense`` ("past"/"future") is the event verb's tense when the caller knows
    it; it only affects bare weekdays and bare month names (see ``resolve``).
    Overlaps keep the longest match, then the earliest.
    """
    return list(_expressions(text, anchor, tense))


@lru_cache(maxsize=512)
def _expressions(text: str, anchor: date | None, tense: Tense) -> tuple[TimeExpression, ...]:
    """The work of find_time_expressions, kept for the next event of the same
    sentence (an article's events share sentences, and each runs 15 patterns)."""
    ranked = sorted(_candidates(text, anchor, tense), key=lambda c: (c.start - c.end, c.start))
    kept: list[_Candidate] = []
    for cand in ranked:
        if all(cand.end <= k.start or cand.start >= k.end for k in kept):
            kept.append(cand)
    kept.sort(key=lambda c: c.start)
    return tuple(
        TimeExpression(text[c.start : c.end], c.start, c.end, c.value, c.precision) for c in kept
    )
