"""Typed rows of the actor knowledge base and the schema checks that build them.

Why a separate module: the knowledge base (kb.py) answers questions, this module
only turns CSV/YAML rows into frozen records and refuses bad ones with a
DataFileError naming the file and row, so one typo in a user dictionary gives
one clear line instead of a wrong code far downstream.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from eventwire.errors import DataFileError

_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    iso2: str
    name: str
    official_name: str
    variants: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    capital_lat: float | None
    capital_lng: float | None


@dataclass(frozen=True, slots=True)
class Org:
    key: str
    name: str
    aliases: tuple[str, ...]
    seat_city: str | None
    seat_iso3: str | None
    founded: date | None
    petrarch_codes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Membership:
    org: str
    iso3: str
    status: str
    start: date | None
    end: date | None


@dataclass(frozen=True, slots=True)
class Period:
    """One coded stretch of an actor's life: code, role and title from start to end.

    ``end`` is exclusive (the successor's first day). An undated period is the
    actor's default code, used only when no dated period covers the date asked.
    """

    code: str | None
    role: str | None = None
    title: str | None = None
    start: date | None = None
    end: date | None = None
    curated: bool = True

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def covers(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


@dataclass(frozen=True, slots=True)
class Entry:
    """A named actor (a person or a named group) with its date-bounded codes."""

    actor_id: str
    name: str
    aliases: tuple[str, ...]
    country: str | None
    kind: str
    org: str | None
    periods: tuple[Period, ...]


@dataclass(frozen=True, slots=True)
class Metonym:
    alias: str
    target: str  # ISO3 for a government, IGO key for an organisation
    kind: str  # "government" | "igo"
    condition: str  # "" or "org_mentioned"


@dataclass(frozen=True, slots=True)
class Place:
    """A region or town: named places that are never people."""

    name: str
    aliases: tuple[str, ...]
    iso3: str | None
    kind: str  # "region", "town", "city"


@dataclass(frozen=True, slots=True)
class OrgDescriptions:
    """How news describes an organisation instead of naming it
    (``org_descriptions.json``): region adjectives and their organisation (None
    for a region with none of ours), organisation nouns by member count, and
    words that pick one organisation out for some nouns."""

    regions: dict[str, str | None]
    member_counts: dict[str, dict[int, str]]
    described: tuple[tuple[re.Pattern[str], frozenset[str], str], ...]


@dataclass(frozen=True, slots=True)
class Agent:
    phrase: str
    sector: str  # "GOV", "MIL", "COP", "NGO" ...
    prefix: bool  # PETRARCH "NGO~": the code stands before the actor code

    def code_for(self, owner: str) -> str:
        """PETRARCH's composition: GON + ~GOV = GONGOV, NGO~ + GON = NGOGON."""
        return f"{self.sector}{owner}" if self.prefix else f"{owner}{self.sector}"


def slug(text: str) -> str:
    """ASCII, lower-case, hyphenated: the stable part of an actor id."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


@lru_cache(maxsize=1 << 16)
def norm(text: str) -> str:
    """The key every name index uses: case-folded, curly quotes straightened,
    a leading "the" and a trailing possessive dropped, spaces collapsed, accents
    folded ("Chișinău" and "Chisinau" are one key). Cached: the same few
    thousand names are looked up for every article."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").strip().lower()
    text = text.replace("organisation", "organization")  # one key for both spellings
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text)
                       if not unicodedata.combining(c))
    text = re.sub(r"\s+", " ", text)
    if text.startswith("the "):
        text = text[4:]
    if text.endswith("'s"):
        text = text[:-2]
    elif text.endswith("'"):
        text = text[:-1]
    return text.strip()


def split_list(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(v.strip() for v in str(value).split("|") if v.strip())


class RowReader:
    """Reads one CSV file and checks each row; ``where`` names the row in errors."""

    def __init__(self, path: Path, required: Sequence[str]) -> None:
        self.path = path
        self.required = tuple(required)

    def rows(self) -> Iterator[tuple[str, dict[str, str]]]:
        try:
            fh = self.path.open(encoding="utf-8", newline="")
        except OSError as exc:
            raise DataFileError(str(self.path), f"cannot be read: {exc.strerror}") from exc
        with fh:
            reader = csv.DictReader(fh)
            missing = [c for c in self.required if c not in (reader.fieldnames or [])]
            if missing:
                raise DataFileError(f"{self.path}:1", f"missing column(s) {', '.join(missing)}")
            for number, row in enumerate(reader, start=2):
                yield f"{self.path}:{number}", {k: (v or "").strip() for k, v in row.items()
                                                 if k is not None}


def parse_date(value: str | None, where: str, column: str, *, end: bool = False) -> date | None:
    """YYYY, YYYY-MM or YYYY-MM-DD; a partial end date means the end of that period."""
    if value is None or str(value).strip() == "":
        return None
    if isinstance(value, date):
        return value
    m = _DATE_RE.match(str(value).strip())
    if not m:
        raise DataFileError(where, f"{column} {value!r} is not a date (YYYY[-MM[-DD]])")
    year, month, day = int(m[1]), m[2], m[3]
    try:
        if day:
            return date(year, int(month), int(day))
        if month:
            if end:
                nxt = date(year + (int(month) == 12), int(month) % 12 + 1, 1)
                return date.fromordinal(nxt.toordinal() - 1)
            return date(year, int(month), 1)
        return date(year, 12, 31) if end else date(year, 1, 1)
    except ValueError as exc:
        raise DataFileError(where, f"{column} {value!r} is not a valid date") from exc


def check_span(start: date | None, end: date | None, where: str) -> None:
    if start and end and start > end:
        raise DataFileError(where, f"start {start} is after end {end}")


def check_iso3(code: str | None, known: set[str], where: str, column: str) -> str | None:
    if not code:
        return None
    if code not in known:
        raise DataFileError(where, f"{column} {code!r} is not a known ISO 3166 alpha-3 code")
    return code


def parse_float(value: str, where: str, column: str) -> float | None:
    if not value:
        return None
    try:
        return float(value)
    except ValueError as exc:
        raise DataFileError(where, f"{column} {value!r} is not a number") from exc
