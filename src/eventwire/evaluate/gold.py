"""Read evaluation gold files (JSONL) into typed records.

Two gold shapes exist, and one file may mix them, so the shape is detected per
line:

* **sentence** records (the PETRARCH validation suites): ``{"id", "date",
  "text", "expected": [{"source", "target", "code"}]}``. Parties are full CAMEO
  actor codes ("ARN", "GONMIL") compared with the predicted ``Actor.code``; the
  code is an exact CAMEO code. An empty ``expected`` means nothing may be coded.
  Every expected event is core and has no status and no dates.
* **article** records (our own development gold): ``{"id", "date", "text",
  "events": [{"source", "target", "codes", "dates", "status", "core"}]}``.
  Parties are ISO3 countries or IGO keys compared with ``Actor.party``; ``codes``
  are accepted CAMEO code *prefixes*; ``dates`` is ``[first, last]`` or null.

Lines with ``"kind": "actor_phrase"`` are noun-phrase tests, not events: they
are skipped and counted, so a report can say how much of a file it scored.

Unknown parties: PETRARCH writes "---" for an actor whose country is unknown
("---GOV" for an unknown country's government). A missing, empty or "---"
party is read as ``None`` (unknown) and matches a prediction whose party is
unknown; "---GOV" and the like stay as written and must be predicted exactly.
A missing ``code`` is an error: an event without a code cannot be scored.
A missing ``core`` reads as true. Extra keys are ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

from eventwire.errors import DataFileError
from eventwire.jsonl import json_objects
from eventwire.model import STATUSES

Shape = Literal["sentence", "article"]
SHAPES: tuple[str, ...] = ("sentence", "article")

# Two root digits, then up to two more digits or letters (PETRARCH's toy
# dictionary invents codes such as "174K").
_CODE = re.compile(r"[0-9]{2}[0-9A-Z]{0,2}")
# ISO3 country ("KGZ") or IGO key ("EU", "CSTO", "BRICS", "ASEAN", "G7", "G20").
_PARTY = re.compile(r"[A-Z][A-Z0-9]{1,4}")
UNKNOWN_PARTY = "---"


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One expected event.

    ``codes`` holds the exact code (sentence shape, ``prefix`` false) or the
    accepted prefixes (article shape, ``prefix`` true). ``dates`` bounds when
    the event happened or is planned; None means "not datable from the text".
    """

    source: str | None
    target: str | None
    codes: tuple[str, ...]
    prefix: bool
    dates: tuple[date, date] | None = None
    status: str | None = None
    core: bool = True
    note: str | None = None

    @property
    def root(self) -> str:
        """The CAMEO root used to file a missed event in the per-root table."""
        return self.codes[0][:2]

    @property
    def must_not(self) -> bool:
        """Negated or hypothetical: coding it as having happened is an error."""
        return self.status in ("negated", "hypothetical")

    def describe(self) -> str:
        """One line for reports: ``RUS>KGZ 042|043 2023-10-12..2023-10-12 planned``."""
        parts = [f"{self.source or UNKNOWN_PARTY}>{self.target or UNKNOWN_PARTY}",
                 "|".join(c + ("*" if self.prefix else "") for c in self.codes)]
        if self.dates is not None:
            parts.append(f"{self.dates[0].isoformat()}..{self.dates[1].isoformat()}")
        if self.status:
            parts.append(self.status)
        if not self.core:
            parts.append("optional")
        return " ".join(parts)


@dataclass(frozen=True, slots=True)
class GoldRecord:
    """One gold sentence or article with its expected events."""

    id: str
    shape: Shape
    text: str
    events: tuple[GoldEvent, ...]
    date: date | None = None
    title: str | None = None
    origin: str = "<memory>"
    valid: bool = True


@dataclass(frozen=True, slots=True)
class GoldFile:
    """The records of one file and how many non-event lines were skipped."""

    path: Path
    records: tuple[GoldRecord, ...]
    skipped: int = 0


def read_gold(path: Path | str) -> list[GoldRecord]:
    """The event records of a gold JSONL file; raises DataFileError naming FILE:LINE."""
    return list(read_gold_file(path).records)


def read_gold_file(path: Path | str) -> GoldFile:
    """Like :func:`read_gold` but also counts the skipped actor-phrase lines."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(str(path), f"cannot read gold file: {exc}") from exc
    records: list[GoldRecord] = []
    seen: dict[str, int] = {}
    skipped = 0
    for where, lineno, obj in json_objects(text, str(path)):
        if obj.get("kind") == "actor_phrase":
            skipped += 1
            continue
        record = parse_record(obj, where)
        if record.id in seen:
            raise DataFileError(where, f"duplicate id {record.id!r} (first on line "
                                       f"{seen[record.id]})")
        seen[record.id] = lineno
        records.append(record)
    return GoldFile(path=path, records=tuple(records), skipped=skipped)


def parse_record(obj: dict[str, Any], where: str = "<memory>") -> GoldRecord:
    """Detect the shape of one decoded line and validate it."""
    if "events" in obj and "expected" in obj:
        raise DataFileError(where, "a record has either 'events' or 'expected', not both")
    if "events" in obj:
        return _article(obj, where)
    if "expected" in obj:
        return _sentence(obj, where)
    raise DataFileError(where, "no 'expected' (sentence gold) or 'events' (article gold) key")


def _common(obj: dict[str, Any], where: str, *, need_date: bool) -> tuple[str, str, date | None]:
    rid = obj.get("id")
    if not isinstance(rid, str) or not rid.strip():
        raise DataFileError(where, "'id' must be a non-empty string")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise DataFileError(where, f"record {rid}: 'text' must be a non-empty string")
    raw_date = obj.get("date")
    if raw_date is None and not need_date:
        return rid, text, None
    return rid, text, _iso_date(raw_date, where, f"record {rid}: 'date'")


def _iso_date(value: Any, where: str, what: str) -> date:
    if not isinstance(value, str):
        raise DataFileError(where, f"{what} must be an ISO date string, got {value!r}")
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise DataFileError(where, f"{what} is not an ISO date: {value!r}") from exc


def _party(value: Any, where: str, what: str, *, article: bool) -> str | None:
    if value is None:
        if article:
            raise DataFileError(where, f"{what} is missing")
        return None
    if not isinstance(value, str):
        raise DataFileError(where, f"{what} must be a string, got {value!r}")
    value = value.strip()
    if article:
        if not _PARTY.fullmatch(value):
            raise DataFileError(where, f"{what} {value!r} is not an ISO3 code or IGO key")
        return value
    return None if value in ("", UNKNOWN_PARTY) else value


def _code(value: Any, where: str, what: str) -> str:
    if not isinstance(value, str) or not _CODE.fullmatch(value.strip()):
        raise DataFileError(where, f"{what} {value!r} is not a CAMEO code")
    return value.strip()


def _events_list(obj: dict[str, Any], key: str, where: str) -> list[Any]:
    events = obj.get(key)
    if events is None:
        return []
    if not isinstance(events, list):
        raise DataFileError(where, f"'{key}' must be a list")
    for i, item in enumerate(events):
        if not isinstance(item, dict):
            raise DataFileError(where, f"{key}[{i}] must be an object")
    return events


def _sentence(obj: dict[str, Any], where: str) -> GoldRecord:
    rid, text, day = _common(obj, where, need_date=False)
    events = []
    for i, item in enumerate(_events_list(obj, "expected", where)):
        what = f"record {rid}: expected[{i}]"
        if "code" not in item:
            raise DataFileError(where, f"{what} has no 'code'")
        events.append(GoldEvent(
            source=_party(item.get("source"), where, f"{what}.source", article=False),
            target=_party(item.get("target"), where, f"{what}.target", article=False),
            codes=(_code(item["code"], where, f"{what}.code"),),
            prefix=False,
        ))
    valid = obj.get("valid", True)
    return GoldRecord(id=rid, shape="sentence", text=text, events=tuple(events), date=day,
                      origin=where, valid=valid is not False)


def _article(obj: dict[str, Any], where: str) -> GoldRecord:
    rid, text, day = _common(obj, where, need_date=True)
    events = [_article_event(item, where, f"record {rid}: events[{i}]")
              for i, item in enumerate(_events_list(obj, "events", where))]
    title = obj.get("title")
    return GoldRecord(id=rid, shape="article", text=text, events=tuple(events), date=day,
                      title=title if isinstance(title, str) else None, origin=where)


def _article_event(item: dict[str, Any], where: str, what: str) -> GoldEvent:
    codes = item.get("codes")
    if not isinstance(codes, list) or not codes:
        raise DataFileError(where, f"{what}.codes must be a non-empty list of code prefixes")
    status = item.get("status")
    if status is not None and status not in STATUSES:
        raise DataFileError(where, f"{what}.status {status!r} is not one of "
                                   f"{', '.join(STATUSES)}")
    core = item.get("core", True)
    if not isinstance(core, bool):
        raise DataFileError(where, f"{what}.core must be true or false")
    note = item.get("note")
    return GoldEvent(
        source=_party(item.get("source"), where, f"{what}.source", article=True),
        target=_party(item.get("target"), where, f"{what}.target", article=True),
        codes=tuple(_code(c, where, f"{what}.codes") for c in codes),
        prefix=True,
        dates=_date_range(item.get("dates"), where, f"{what}.dates"),
        status=status,
        core=core,
        note=note if isinstance(note, str) else None,
    )


def _date_range(value: Any, where: str, what: str) -> tuple[date, date] | None:
    if value is None:
        return None
    if not isinstance(value, list) or len(value) != 2:
        raise DataFileError(where, f"{what} must be [first, last] or null")
    first = _iso_date(value[0], where, what)
    last = _iso_date(value[1], where, what)
    if first > last:
        raise DataFileError(where, f"{what}: first {first} is after last {last}")
    return first, last
