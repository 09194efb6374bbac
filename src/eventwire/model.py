"""Typed values that cross stage boundaries.

Every stage takes and returns these frozen dataclasses, never nested dicts, so a
stage cannot edit another's output in place and the same record flows from
extraction to the store, the exports and the API. ``Event.to_record`` is the one
place that fixes the JSON shape of the output contract (DESIGN.md).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

Status = Literal["asserted", "planned", "negated", "reported", "hypothetical"]
STATUSES: tuple[str, ...] = ("asserted", "planned", "negated", "reported", "hypothetical")
Precision = Literal["day", "week", "month", "year", "article", "lead"]


def content_hash(*parts: str, length: int = 16) -> str:
    """A stable hex id: the same content gives the same id in every process.

    Python's ``hash()`` is salted per process, so ids would change between runs
    and between Dask workers; sha256 does not.
    """
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from a file, a row, a feed entry or stdin.

    ``id`` is a hash of the text, so the same story read twice is the same
    article whatever file it came from. ``ref`` keeps the id the user gave
    (a JSONL/CSV ``id`` column), ``origin`` says where it was read ("file.csv:3")
    for error messages. ``place`` is the dateline city when the text had one.
    """

    id: str
    text: str
    url: str | None = None
    source: str | None = None
    published: date | None = None
    title: str | None = None
    place: str | None = None
    ref: str | None = None
    origin: str = "<memory>"

    @staticmethod
    def make_id(text: str) -> str:
        return content_hash(text.strip())


# Kinds of actor that are a state itself or its government: the rulers, who
# neither protest at home nor stand as another state's "authorities".
STATE_KINDS = frozenset({"state", "government"})


@dataclass(frozen=True, slots=True)
class Actor:
    """An event party as resolved on the article's date.

    ``actor_id`` is the knowledge-base id ("person:vladimir-putin", "state:KGZ",
    "igo:ICC") or None for a party eventwire does not know; ``code`` is the
    CAMEO-style code ("RUSGOV", "KGZ", "IGOJUDICC" style codes are shortened to
    our IGO keys, see SOURCES.md); ``country`` is ISO 3166 alpha-3 or None.
    """

    text: str
    actor_id: str | None = None
    name: str | None = None
    code: str | None = None
    country: str | None = None
    kind: str | None = None
    role: str | None = None
    org: str | None = None  # IGO key (ICC, EU, CIS, ...) when the actor is or belongs to one

    def to_record(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "actor_id": self.actor_id,
            "name": self.name,
            "code": self.code,
            "country": self.country,
            "kind": self.kind,
            "role": self.role,
        }

    @property
    def party(self) -> str | None:
        """The party key used by evaluation: ISO3 country, else the IGO key."""
        return self.country or self.org


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor found in a parsed document: token span [start, end) and its head.

    ``head`` is the token index the events stage matches syntactic slots
    against; ``start_char``/``end_char`` are offsets into the article text.
    A group mention ("the two countries", "both leaders") has an uncoded group
    ``actor`` and the actors it stands for in ``members``: an event with a
    group as a party is one event per member.
    """

    start: int
    end: int
    head: int
    start_char: int
    end_char: int
    actor: Actor
    rule: str = ""
    members: tuple[Actor, ...] = ()


@dataclass(frozen=True, slots=True)
class Location:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None

    def to_record(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon}


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why an event exists: the sentence, its offsets in the article, the trigger
    word (with its own offsets, for highlighting) and the pattern id that fired."""

    article_id: str
    sentence: str
    start: int
    end: int
    trigger: str
    rule: str
    trigger_start: int | None = None
    trigger_end: int | None = None

    def to_record(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "trigger": self.trigger,
            "rule": self.rule,
            "trigger_start": self.trigger_start,
            "trigger_end": self.trigger_end,
        }


@dataclass(frozen=True, slots=True)
class Plover:
    event_type: str | None
    mode: str | None

    def to_record(self) -> dict[str, Any]:
        return {"event_type": self.event_type, "mode": self.mode}


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A date found in text and resolved against an anchor (the article date)."""

    text: str
    start: int  # char offsets relative to the text that was searched
    end: int
    value: date | None
    precision: Precision | None


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event, the output contract of DESIGN.md."""

    event_id: str
    article_ids: tuple[str, ...]
    source: Actor | None
    target: Actor | None
    cameo: str
    cameo_root: str
    cameo_name: str | None
    quad_class: int | None
    goldstein: float | None
    plover: Plover | None
    status: Status
    evidence: tuple[Evidence, ...]
    date: str | None = None
    date_precision: Precision | None = None
    location: Location | None = None
    mentions: int = 1
    sources: int = 1
    extras: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def to_record(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "article_ids": list(self.article_ids),
            "date": self.date,
            "date_precision": self.date_precision,
            "source": self.source.to_record() if self.source else None,
            "target": self.target.to_record() if self.target else None,
            "cameo": self.cameo,
            "cameo_root": self.cameo_root,
            "cameo_name": self.cameo_name,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "plover": self.plover.to_record() if self.plover else None,
            "status": self.status,
            "location": self.location.to_record() if self.location else None,
            "mentions": self.mentions,
            "sources": self.sources,
            "evidence": [e.to_record() for e in self.evidence],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_record(), ensure_ascii=False, sort_keys=False)


def event_id_for(article_id: str, start: int, trigger_start: int | None, cameo: str,
                 source_code: str | None, target_code: str | None) -> str:
    """Content-derived id: the same article coded the same way gives the same id."""
    return content_hash(
        article_id, str(start), str(trigger_start), cameo, source_code or "", target_code or ""
    )


@dataclass(frozen=True, slots=True)
class EventCandidate:
    """What the events stage found, before dating, placing and numbering.

    It carries no spaCy objects, so it can cross process boundaries (Dask) and
    be tested by hand. Offsets are into the article text. ``places`` are the
    place names in the trigger's clause, nearest first; ``tense`` helps the
    when stage read a bare weekday.
    """

    article_id: str
    code: str
    rule: str
    trigger: str
    trigger_start: int
    trigger_end: int
    sentence_start: int
    sentence_end: int
    source: Actor | None
    target: Actor | None
    status: Status
    tense: str | None = None
    cue: str | None = None
    places: tuple[str, ...] = ()
