"""What each page shows, computed once for the HTML page and its JSON twin.

Why one builder per page: a page and its JSON twin must never disagree, so both
routes call the same function and differ only in how they render the result
(``to_json()`` for the API, a template for the page). Builders call the library
(``store.facts``, ``aggregate.dyads``/``timeline``, ``travel.trips``) and the
read-only helpers of ``reads.py``; they never write SQL of their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.records import Entry
from eventwire.store import aggregate
from eventwire.store.database import Store
from eventwire.store.query import sort_clause
from eventwire.travel.trips import Trip, trips
from eventwire.travel.warrants import WarrantIndex
from eventwire.web import geo, reads
from eventwire.web.charts import TimelineChart, timeline_chart
from eventwire.web.highlight import Segment, segments, spans_of
from eventwire.web.network import Network, network
from eventwire.web.params import (
    FilterParams,
    after_cursor,
    decode_cursor,
    encode_cursor,
    invalid,
    link,
)


@dataclass(frozen=True, slots=True)
class Resources:
    """What every view may need besides the store, loaded once per app."""

    kb: KnowledgeBase
    warrants: WarrantIndex
    world: tuple[geo.Country, ...]
    root_names: dict[str, str]

    def party_name(self, party: str) -> str:
        country = self.kb.countries.get(party)
        if country is not None:
            return country.name
        org = self.kb.orgs.get(party)
        return org.name if org is not None else party

    def party_filter(self, party: str) -> list[tuple[str, str]]:
        """The events filter for one network node: a country on either side, else
        an actor code (IGO keys)."""
        return [("country", party)] if party in self.kb.countries else [("actor", party)]


# -- events -------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class EventsView:
    params: FilterParams
    sort: str
    limit: int
    per_article: bool
    events: list[dict[str, Any]]
    next_cursor: str | None
    cursor: str | None

    def page_link(self, path: str, cursor: str | None) -> str:
        items = [*self.params.query_items(), ("sort", self.sort), ("limit", str(self.limit))]
        if self.per_article:
            items.append(("per_article", "true"))
        if cursor:
            items.append(("cursor", cursor))
        return link(path, items)

    def to_json(self) -> dict[str, Any]:
        return {
            "filter": self.params.to_record(), "sort": self.sort, "limit": self.limit,
            "per_article": self.per_article, "count": len(self.events),
            "next_cursor": self.next_cursor,
            "next": self.page_link("/api/events", self.next_cursor) if self.next_cursor else None,
            "events": self.events,
        }


def events_view(store: Store, params: FilterParams, *, sort: str = "date", limit: int = 50,
                cursor: str | None = None, per_article: bool = False) -> EventsView:
    """One page of events in ``sort`` order after ``cursor``, with the next cursor."""
    merged = not per_article
    if not merged and sort in ("articles", "-articles"):
        raise invalid("sort", "per-article events have no articles count", sort)
    order = sort_clause(sort, merged=merged)
    where, values = params.to_filter().to_sql(merged=merged)
    if cursor:
        keys, last_id = decode_cursor(cursor, sort)
        after, after_values = after_cursor(sort, keys, last_id)
        where = f"{where} AND {after}" if where else after
        values = [*values, *after_values]
    read = store.facts if merged else store.records
    rows = list(read(where, values, limit=limit + 1, order=order))
    more = len(rows) > limit
    rows = rows[:limit]
    next_cursor = encode_cursor(sort, rows[-1]) if more and rows else None
    return EventsView(params, sort, limit, per_article, rows, next_cursor, cursor)


@dataclass(frozen=True, slots=True)
class EventView:
    kind: str  # "merged" or "per-article"
    record: dict[str, Any]
    articles: dict[str, dict[str, Any]]
    fact_id: str | None  # the merged event a per-article event belongs to

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "event": self.record, "articles": self.articles,
                "fact_id": self.fact_id}


def event_view(store: Store, event_id: str) -> EventView | None:
    found = reads.event(store, event_id)
    if found is None:
        return None
    kind, record = found
    ids = sorted({*record.get("article_ids", ()),
                  *(ev.get("article_id") for ev in record.get("evidence") or ())} - {None})
    fact = None
    if kind == "per-article":
        fact = reads.fact_of_events(store, [event_id]).get(event_id)
    return EventView(kind, record, reads.article_titles(store, ids), fact)


# -- articles -------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ArticleView:
    article: dict[str, Any]
    events: list[dict[str, Any]]
    facts: dict[str, str]
    segments: list[Segment]

    def to_json(self) -> dict[str, Any]:
        return {"article": self.article, "events": self.events, "facts": self.facts,
                "highlights": [s.to_record() for s in self.segments if s.event_ids]}


def article_view(store: Store, article_id: str) -> ArticleView | None:
    """The article, its per-article events (every status) and the text cut into
    highlight segments at their evidence offsets."""
    found = reads.article(store, article_id)
    if found is None:
        return None
    events = reads.article_events(store, article_id)
    facts = reads.fact_of_events(store, [e["event_id"] for e in events])
    parts = segments(found["text"], spans_of(events, article_id))
    return ArticleView(found, events, facts, parts)


# -- aggregates -------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class TimelineView:
    params: FilterParams
    by: str
    group: str
    rows: list[aggregate.TimelineRow]
    chart: TimelineChart

    def bar_link(self, path: str, since: str, until: str, group: str) -> str:
        items = [(k, v) for k, v in self.params.query_items()
                 if k not in ("since", "until", "root", "quad", "code")]
        items += [("since", since), ("until", until)]
        if self.group == "root":
            items.append(("root", group))
        elif self.group == "quad":
            items.append(("quad", group))
        if self.params.code and self.group != "root":
            items.append(("code", self.params.code))
        return link(path, items)

    def to_json(self) -> dict[str, Any]:
        return {
            "filter": self.params.to_record(), "by": self.by, "group": self.group,
            "rows": aggregate.as_records(self.rows),
            "bars": [p.to_record() | {"events": p.events,
                                      "events_url": self.bar_link("/api/events", p.since,
                                                                  p.until, p.group)}
                     for p in self.chart.parts],
        }


def timeline_view(store: Store, res: Resources, params: FilterParams, *, by: str = "month",
                  group: str = "root") -> TimelineView:
    rows = aggregate.timeline(store, params.to_filter(), by=by, group=group)
    return TimelineView(params, by, group, rows, timeline_chart(rows, by, group, res.root_names))


@dataclass(frozen=True, slots=True)
class MapView:
    params: FilterParams
    places: list[reads.PlaceCount]
    countries: dict[str, int]
    points: list[geo.Point] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"filter": self.params.to_record(),
                "places": [p.to_record() for p in self.places], "countries": self.countries}


def map_view(store: Store, params: FilterParams) -> MapView:
    flt = params.to_filter()
    places = reads.place_counts(store, flt)
    peak = max((p.events for p in places), default=1)
    base = [(k, v) for k, v in params.query_items() if k != "place"]
    points = [geo.Point(*geo.project(p.lon, p.lat), geo.radius(p.events, peak),
                        f"{p.name}: {p.events} events", link("/events", [*base, ("place", p.name)]),
                        "#d1495b") for p in places]
    return MapView(params, places, reads.country_counts(store, flt), points)


@dataclass(frozen=True, slots=True)
class NetworkView:
    params: FilterParams
    min_events: int
    rows: list[aggregate.DyadRow]
    graph: Network

    def to_json(self) -> dict[str, Any]:
        return {"filter": self.params.to_record(), "min_events": self.min_events,
                "nodes": [n.to_record() for n in self.graph.nodes],
                "edges": [e.to_record() for e in self.graph.edges],
                "dropped_nodes": self.graph.dropped_nodes,
                "dyads": aggregate.as_records(self.rows)}


def network_view(store: Store, res: Resources, params: FilterParams, *,
                 min_events: int = 1) -> NetworkView:
    rows = aggregate.dyads(store, params.to_filter(), by="all", min_events=min_events)
    parties = {r.source for r in rows} | {r.target for r in rows}
    names = {p: res.party_name(p) for p in parties}
    return NetworkView(params, min_events, rows,
                       network(rows, names, {p for p in parties if p in res.kb.countries}))


# -- actors -------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Resolution:
    """One way an actor's mentions resolved: the same text, code and role, with
    the first and last article dates it was seen on."""

    text: str | None
    code: str | None
    role: str | None
    first: str | None
    last: str | None
    mentions: int

    def to_record(self) -> dict[str, Any]:
        return {"text": self.text, "code": self.code, "role": self.role, "first": self.first,
                "last": self.last, "mentions": self.mentions}


def resolutions(mentions: list[reads.Mention]) -> list[Resolution]:
    """Mentions grouped by (text, code, role), in order of first appearance."""
    groups: dict[tuple[str | None, str | None, str | None], list[reads.Mention]] = {}
    for m in mentions:
        groups.setdefault((m.text, m.code, m.role), []).append(m)
    out = []
    for (text, code, role), ms in groups.items():
        dates = sorted(d for d in (m.published for m in ms) if d)
        out.append(Resolution(text, code, role, dates[0] if dates else None,
                              dates[-1] if dates else None, len(ms)))
    return sorted(out, key=lambda r: (r.first or "9999", r.text or "", r.code or ""))


def _periods(entry: Entry | None) -> list[dict[str, Any]]:
    if entry is None:
        return []
    rows = [{"code": p.code, "role": p.role, "title": p.title,
             "start": p.start.isoformat() if p.start else None,
             "end": p.end.isoformat() if p.end else None, "curated": p.curated}
            for p in entry.periods]
    return sorted(rows, key=lambda p: (p["start"] or "", p["end"] or "9999"))


@dataclass(frozen=True, slots=True)
class ActorView:
    actor: reads.ActorRow
    periods: list[dict[str, Any]]
    resolutions: list[Resolution]
    mentions: list[reads.Mention]

    def to_json(self) -> dict[str, Any]:
        return {"actor": self.actor.to_record(), "periods": self.periods,
                "resolutions": [r.to_record() for r in self.resolutions],
                "mentions": [m.to_record() for m in self.mentions]}


def actor_view(store: Store, res: Resources, actor_id: str) -> ActorView | None:
    """The actor, its knowledge-base terms (how it would resolve on each date) and
    how its mentions did resolve, article by article."""
    found = reads.actor(store, actor_id)
    if found is None:
        return None
    mentions = reads.mentions_of(store, actor_id)
    return ActorView(found, _periods(res.kb.entry(actor_id)), resolutions(mentions), mentions)


# -- travel -------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class TravelView:
    person: str | None
    org: str
    since: date | None
    trips: list[Trip]
    suggestions: list[reads.ActorRow]
    points: list[geo.Point]
    hosts: dict[str, str]  # host ISO3 -> map colour

    def to_json(self) -> dict[str, Any]:
        return {"person": self.person, "org": self.org,
                "since": self.since.isoformat() if self.since else None,
                "trips": [t.to_record() for t in self.trips],
                "suggestions": [a.to_record() for a in self.suggestions]}


FLAGGED, MEMBER, NOT_MEMBER, UNKNOWN = "#c8412c", "#f0a04b", "#5499c9", "#aaaaaa"


def trip_colour(trip: Trip) -> str:
    if trip.flagged:
        return FLAGGED
    if trip.host_member is None:
        return UNKNOWN
    return MEMBER if trip.host_member else NOT_MEMBER


def travel_view(store: Store, res: Resources, person: str | None, *, org: str = "ICC",
                since: date | None = None) -> TravelView:
    key = res.kb.org_of(org) or org
    if key not in res.kb.orgs:
        raise invalid("org", f"unknown organisation {org!r}; choose {', '.join(res.kb.orgs)}",
                      org)
    people = [a for a in reads.actors(store, limit=200) if a.kind == "person"][:12]
    if not person:
        return TravelView(None, key, since, [], people, [], {})
    found = trips(store, res.kb, res.warrants, person, org=key, since=since)
    where = reads.locations_of(store, [t.event_id for t in found])
    points: list[geo.Point] = []
    hosts: dict[str, str] = {}
    for t in found:
        colour = trip_colour(t)
        if t.host_country:
            hosts.setdefault(t.host_country, colour)
        lat, lon = _trip_place(t, where.get(t.event_id), res)
        if lat is not None and lon is not None:
            x, y = geo.project(lon, lat)
            label = f"{t.date or 'undated'}: {t.host_name or t.host_country} ({t.membership})"
            points.append(geo.Point(x, y, 6.0, label, f"/events/{t.event_id}", colour))
    return TravelView(person, key, since, found, people, points, hosts)


def _trip_place(trip: Trip, location: dict[str, Any] | None,
                res: Resources) -> tuple[float | None, float | None]:
    """The event's own coordinates when it has them in the host country, else the
    host's capital."""
    if location and location.get("lat") is not None and (
            location.get("country") in (None, trip.host_country)):
        return float(location["lat"]), float(location["lon"])
    country = res.kb.countries.get(trip.host_country or "")
    if country is not None and country.capital_lat is not None:
        return country.capital_lat, country.capital_lng
    return None, None


# -- overview -------------------------------------------------------------------------
def overview(store: Store) -> dict[str, Any]:
    return {"counts": store.counts(), "articles": reads.articles(store, limit=10),
            "actors": [a.to_record() for a in reads.actors(store, limit=10)]}
