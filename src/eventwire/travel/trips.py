"""The travel watch: a person's trips abroad from the merged events, each checked
against an organisation's membership (default: ICC states parties) and the
person's public arrest warrants on the trip's date.

Why: "which trips did a person under an ICC warrant make, and was each host an
ICC state party that day?" is the question eventwire was started for. It is
answered from merged events joined with reference knowledge, nothing else.

A trip is a merged event (status asserted, reported or planned) where the person
(matched by KB person id, else by name) is

- the source of a visit (CAMEO 042): host = the location's country when it is
  known, else the target's country;
- the guest of a hosted visit (043, he is the target): host = the location's
  country when known, else the source's country;
- either party of another consultation (040 consult, 044 meet at a third
  location, 045 mediate, 046 negotiate: summits and meetings) whose location is
  in a country other than his own: host = that country.

An event located in his own country, or whose host is his own country, is not a
trip. Reports of one trip coded
both ways (042 "Putin visits Kyrgyzstan" and 043 "Kyrgyzstan hosts Putin") or as
a visit and a meeting are one trip: same host and overlapping dates (the date
rules of ``store/merge.py``); the visit's merged event is the trip's ``event_id``
and all are in ``event_ids``. ``status`` is ``happened`` when any report says it
took place (asserted or reported), else ``planned``.

``host_member`` is True/False when the host was/was not a member of ``org`` on
every day the trip's date may mean (a month-precision date spans the month), None
when that changes within the span, the date or host is unknown, or eventwire has
no membership list for ``org``. ``under_warrant`` is the same question for the
person's warrants of ``org``; ``flagged`` is ``under_warrant and host_member``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from eventwire.actors.kb import KnowledgeBase
from eventwire.store.database import Store
from eventwire.store.merge import PRECISION_RANK, UNDATED_RANK, Span, span_of
from eventwire.travel.warrants import WarrantIndex

VISIT, HOSTED = "042", "043"
MEETINGS = ("040", "044", "045", "046")
TRIP_STATUSES = ("asserted", "reported", "planned")
KIND_RANK = {"visit": 0, "hosted": 1, "meeting": 2}
TRIP_FIELDS = ("person", "date", "date_precision", "host_country", "host_name", "status",
               "org", "host_member", "under_warrant", "flagged", "event_id")


@dataclass(frozen=True, slots=True)
class Traveller:
    """Who the watch is about: display name, KB id (None if unknown), home country."""

    name: str
    person_id: str | None
    home: str | None


@dataclass(frozen=True, slots=True)
class Leg:
    """One merged event read as (part of) a trip."""

    record: Mapping[str, Any]
    kind: str
    host: str | None
    span: Span | None
    precision_rank: int

    @property
    def happened(self) -> bool:
        return self.record.get("status") in ("asserted", "reported")


@dataclass(frozen=True, slots=True)
class Trip:
    person: str
    person_id: str | None
    date: str | None
    date_precision: str | None
    host_country: str | None
    host_name: str | None
    status: str
    org: str
    host_member: bool | None
    under_warrant: bool | None
    flagged: bool
    event_id: str
    event_ids: tuple[str, ...]
    kind: str
    membership: str
    mentions: int
    sources: int
    articles: int
    evidence: tuple[dict[str, Any], ...] = field(default=())

    def to_record(self) -> dict[str, Any]:
        return {
            "person": self.person, "date": self.date, "date_precision": self.date_precision,
            "host_country": self.host_country, "host_name": self.host_name,
            "status": self.status, "org": self.org, "host_member": self.host_member,
            "under_warrant": self.under_warrant, "flagged": self.flagged,
            "event_id": self.event_id, "person_id": self.person_id,
            "event_ids": list(self.event_ids), "kind": self.kind,
            "membership": self.membership, "mentions": self.mentions,
            "sources": self.sources, "articles": self.articles,
            "evidence": list(self.evidence),
        }


def resolve_traveller(kb: KnowledgeBase, name: str) -> Traveller:
    """A KB person by id ("person:...") or name, else the name as given."""
    entry = kb.entry(name) if name.startswith("person:") else kb.person(name)
    if entry is None:
        return Traveller(name, None, None)
    return Traveller(entry.name, entry.actor_id, entry.country)


def _is(actor: Mapping[str, Any] | None, who: Traveller) -> bool:
    if not actor:
        return False
    if who.person_id is not None:
        return actor.get("actor_id") == who.person_id
    wanted = who.name.lower()
    return wanted in (str(actor.get("name") or "").lower(), str(actor.get("text") or "").lower())


def _first_article_date(record: Mapping[str, Any]) -> date | None:
    dates = [h.get("article_date") for h in record.get("status_history") or ()]
    known = sorted(d for d in dates if d)
    return date.fromisoformat(known[0]) if known else None


def leg_of(record: Mapping[str, Any], who: Traveller) -> Leg | None:
    """The trip a merged event tells of, or None when it is not one (module rules)."""
    code = str(record.get("cameo") or "")
    src, tgt = record.get("source"), record.get("target")
    place = (record.get("location") or {}).get("country")
    if place is not None and place == who.home:
        return None  # it took place at home
    abroad = place
    if code.startswith(VISIT) and _is(src, who):
        kind, host = "visit", abroad or (tgt or {}).get("country")
    elif code.startswith(HOSTED) and _is(tgt, who):
        kind, host = "hosted", abroad or (src or {}).get("country")
    elif code[:3] in MEETINGS and (_is(src, who) or _is(tgt, who)) and abroad:
        kind, host = "meeting", abroad
    else:
        return None
    if host is not None and host == who.home:
        return None
    precision = record.get("date_precision")
    rank = UNDATED_RANK if record.get("date") is None else PRECISION_RANK.get(precision or "", 0)
    span = span_of(record.get("date"), precision, str(record.get("status")),
                   _first_article_date(record))
    return Leg(record, kind, host, span, rank)


def _same_trip(a: Leg, b: Leg) -> bool:
    return (a.host is not None and a.host == b.host and a.span is not None
            and b.span is not None and a.span[0] <= b.span[1] and b.span[0] <= a.span[1])


def group_legs(legs: Iterable[Leg]) -> list[tuple[Leg, ...]]:
    """Legs of one trip together (complete linkage, content order, as merging does)."""
    ordered = sorted(legs, key=lambda g: (KIND_RANK[g.kind], g.precision_rank,
                                          str(g.record["event_id"])))
    groups: list[list[Leg]] = []
    for leg in ordered:
        for group in groups:
            if all(_same_trip(leg, other) for other in group):
                group.append(leg)
                break
        else:
            groups.append([leg])
    return [tuple(g) for g in groups]


def membership_text(org: str, member: bool | None) -> str:
    if member is None:
        return "membership unknown"
    if org == "ICC":
        return "an ICC state party" if member else "not an ICC state party"
    return f"a member of {org}" if member else f"not a member of {org}"


def _member_over(kb: KnowledgeBase, org: str, host: str | None, span: Span | None
                 ) -> bool | None:
    if host is None or span is None:
        return None
    first, last = kb.is_member(org, host, span[0]), kb.is_member(org, host, span[1])
    return first if first == last else None


def build_trip(legs: Sequence[Leg], who: Traveller, org: str, kb: KnowledgeBase,
               warrants: WarrantIndex) -> Trip:
    head = legs[0]  # the visit if there is one, else the most precise report
    dated = min(legs, key=lambda g: (g.precision_rank, str(g.record["event_id"])))
    span = dated.span if dated.precision_rank != UNDATED_RANK else None
    host_member = _member_over(kb, org, head.host, span)
    mine = warrants.of(who.person_id, who.name, org)
    under = False if not mine else (warrants.covers(mine, *span) if span else None)
    country = kb.countries.get(head.host) if head.host else None
    outlets = {h.get("outlet") for g in legs for h in g.record.get("status_history") or ()}
    articles = {a for g in legs for a in g.record.get("article_ids") or ()}
    evidence = tuple(dict.fromkeys(
        (ev.get("article_id"), ev.get("start"), ev.get("sentence")) for g in legs
        for ev in g.record.get("evidence") or ()))
    return Trip(
        person=who.name, person_id=who.person_id,
        date=dated.record.get("date"), date_precision=dated.record.get("date_precision"),
        host_country=head.host, host_name=country.name if country else None,
        status="happened" if any(g.happened for g in legs) else "planned",
        org=org, host_member=host_member, under_warrant=under,
        flagged=bool(under) and host_member is True,
        event_id=str(head.record["event_id"]),
        event_ids=tuple(sorted(str(g.record["event_id"]) for g in legs)),
        kind=head.kind, membership=membership_text(org, host_member),
        mentions=len(evidence),  # a 042 and its 043 share their sentences
        sources=len(outlets - {None}) or len(articles), articles=len(articles),
        evidence=tuple({"article_id": a, "start": start, "sentence": s}
                       for a, start, s in evidence),
    )


def trips(store: Store, kb: KnowledgeBase, warrants: WarrantIndex, person: str, *,
          org: str = "ICC", since: date | None = None) -> list[Trip]:
    """The person's trips the store knows of, in date order (undated ones last)."""
    who = resolve_traveller(kb, person)
    marks = ", ".join(["?"] * len(TRIP_STATUSES))
    if who.person_id is not None:
        where = "(source_actor_id = ? OR target_actor_id = ?)"
        params: list[Any] = [who.person_id] * 2
    else:
        where = ("(lower(source_name) = ? OR lower(target_name) = ?"
                 " OR lower(source_text) = ? OR lower(target_text) = ?)")
        params = [who.name.lower()] * 4
    where += f" AND cameo_root = '04' AND status IN ({marks})"
    legs = [leg for r in store.facts(where, [*params, *TRIP_STATUSES])
            if (leg := leg_of(r, who)) is not None]
    found = [build_trip(g, who, org, kb, warrants) for g in group_legs(legs)]
    if since is not None:
        found = [t for t in found if _ends_after(t, since)]
    return sorted(found, key=lambda t: (t.date or "9999", t.host_country or "", t.event_id))


def _ends_after(trip: Trip, since: date) -> bool:
    if trip.date is None:
        return True  # a planned trip with no date yet is still ahead
    span = span_of(trip.date, trip.date_precision, "asserted", None)
    return span is not None and span[1] >= since
