"""Read-only look-ups the web view needs and the store's query layer does not offer.

Why a separate module: ``store/query.py`` and ``store/aggregate.py`` answer the
CLI's questions (filtered events, dyads, time series); the web view also needs
one article, one event by id, actor search, an actor's mentions over time and
event counts per place. Each function here is one parameterised SELECT on the
store's connection; user text only ever travels as a bound parameter, and event
filters come from ``EventFilter.to_sql`` so they mean what they mean on the CLI.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from eventwire.store.database import Store
from eventwire.store.query import EventFilter

ARTICLE_FIELDS = ("id", "ref", "url", "source", "published", "title", "place", "origin")


def open_view(root: Store) -> Store:
    """A Store on a new DuckDB connection to the root store's database.

    One request gets one connection (``cursor()`` shares the open database), so
    concurrent requests never share a connection, and opening costs no file I/O.
    """
    view = Store.__new__(Store)
    view.path = root.path
    view.con = root.con.cursor()
    return view


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _article_row(row: tuple[Any, ...]) -> dict[str, Any]:
    return {name: _iso(value) for name, value in zip(ARTICLE_FIELDS, row, strict=False)}


def article(store: Store, article_id: str) -> dict[str, Any] | None:
    """One article with its text, or None."""
    row = store.con.execute(
        f"SELECT {', '.join(ARTICLE_FIELDS)}, text FROM articles WHERE id = ?", [article_id]
    ).fetchone()
    if row is None:
        return None
    found = _article_row(row)
    found["text"] = row[-1]
    return found


def articles(store: Store, *, q: str | None = None, limit: int = 50,
             offset: int = 0) -> list[dict[str, Any]]:
    """Articles, newest first, with their per-article event counts; ``q`` searches
    title and text."""
    where, params = "", []
    if q:
        where = "WHERE lower(a.title) LIKE ? OR lower(a.text) LIKE ?"
        params = [f"%{q.lower()}%"] * 2
    rows = store.con.execute(
        f"SELECT {', '.join('a.' + f for f in ARTICLE_FIELDS)},"
        " (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events"
        f" FROM articles a {where} ORDER BY a.published DESC NULLS LAST, a.id"
        " LIMIT ? OFFSET ?", [*params, int(limit), int(offset)],
    ).fetchall()
    out = []
    for row in rows:
        item = _article_row(row)
        item["events"] = int(row[-1])
        out.append(item)
    return out


def article_events(store: Store, article_id: str) -> list[dict[str, Any]]:
    """The per-article events of one article (all statuses), in text order."""
    records = list(store.records("article_id = ?", [article_id], order="event_id"))
    return sorted(records, key=lambda r: (_first_start(r), r["event_id"]))


def _first_start(record: dict[str, Any]) -> int:
    return min((int(ev.get("start") or 0) for ev in record.get("evidence") or ()), default=0)


def fact_of_events(store: Store, event_ids: list[str]) -> dict[str, str]:
    """Per-article event id -> the id of the merged event it belongs to."""
    if not event_ids:
        return {}
    marks = ", ".join(["?"] * len(event_ids))
    rows = store.con.execute(
        f"SELECT event_id, fact_id FROM fact_members WHERE event_id IN ({marks})", event_ids
    ).fetchall()
    return {e: f for e, f in rows}


def event(store: Store, event_id: str) -> tuple[str, dict[str, Any]] | None:
    """("merged", record) for a merged event id, ("per-article", record) for a
    per-article one, or None."""
    for kind, read in (("merged", store.facts), ("per-article", store.records)):
        found = next(iter(read("event_id = ?", [event_id], limit=1)), None)
        if found is not None:
            return kind, found
    return None


def article_titles(store: Store, ids: list[str]) -> dict[str, dict[str, Any]]:
    """id -> title, source, published, url of the given articles."""
    if not ids:
        return {}
    marks = ", ".join(["?"] * len(ids))
    rows = store.con.execute(
        f"SELECT id, title, source, published, url FROM articles WHERE id IN ({marks})", ids
    ).fetchall()
    return {r[0]: {"title": r[1], "source": r[2], "published": _iso(r[3]), "url": r[4]}
            for r in rows}


@dataclass(frozen=True, slots=True)
class ActorRow:
    actor_id: str
    name: str | None
    code: str | None
    country: str | None
    kind: str | None
    role: str | None
    events: int

    def to_record(self) -> dict[str, Any]:
        return asdict(self)


_ACTOR_COUNT = ("(SELECT count(*) FROM events e WHERE e.source_actor_id = a.actor_id"
                " OR e.target_actor_id = a.actor_id)")


def actors(store: Store, *, q: str | None = None, limit: int = 100) -> list[ActorRow]:
    """Known actors seen in the store, most events first; ``q`` matches name, id or code."""
    where, params = "", []
    if q:
        where = ("WHERE lower(a.name) LIKE ? OR lower(a.actor_id) LIKE ?"
                 " OR upper(a.code) = ? OR upper(a.country) = ?")
        params = [f"%{q.lower()}%", f"%{q.lower()}%", q.upper(), q.upper()]
    rows = store.con.execute(
        f"SELECT a.actor_id, a.name, a.code, a.country, a.kind, a.role, {_ACTOR_COUNT} AS n"
        f" FROM actors a {where} ORDER BY n DESC, a.name, a.actor_id LIMIT ?",
        [*params, int(limit)],
    ).fetchall()
    return [_actor_row(r) for r in rows]


def actor(store: Store, actor_id: str) -> ActorRow | None:
    row = store.con.execute(
        f"SELECT a.actor_id, a.name, a.code, a.country, a.kind, a.role, {_ACTOR_COUNT}"
        " FROM actors a WHERE a.actor_id = ?", [actor_id]).fetchone()
    return _actor_row(row) if row else None


def _actor_row(r: tuple[Any, ...]) -> ActorRow:
    return ActorRow(r[0], r[1], r[2], r[3], r[4], r[5], int(r[6]))


@dataclass(frozen=True, slots=True)
class Mention:
    """One time an actor was a party of a per-article event: how it was written
    and what it resolved to on that article's date."""

    article_id: str
    published: str | None
    event_date: str | None
    side: str
    text: str | None
    code: str | None
    role: str | None
    kind: str | None
    event_id: str
    cameo: str | None
    cameo_name: str | None

    def to_record(self) -> dict[str, Any]:
        return asdict(self)


def _side_select(side: str) -> str:
    # ``side`` is one of two fixed words, never user text
    return (f"SELECT e.article_id, a.published, e.date, '{side}', e.{side}_text, e.{side}_code,"
            f" e.{side}_role, e.{side}_kind, e.event_id, e.cameo, e.cameo_name FROM events e"
            f" JOIN articles a ON a.id = e.article_id WHERE e.{side}_actor_id = ?")


def mentions_of(store: Store, actor_id: str, *, limit: int = 500) -> list[Mention]:
    """Every per-article event that names the actor, oldest article first."""
    rows = store.con.execute(
        f"{_side_select('source')} UNION ALL {_side_select('target')}"
        " ORDER BY 2 NULLS LAST, 3 NULLS LAST, 9, 4 LIMIT ?",
        [actor_id, actor_id, int(limit)],
    ).fetchall()
    return [Mention(r[0], _iso(r[1]), _iso(r[2]), *r[3:]) for r in rows]


@dataclass(frozen=True, slots=True)
class PlaceCount:
    name: str
    country: str | None
    lat: float
    lon: float
    events: int

    def to_record(self) -> dict[str, Any]:
        return asdict(self)


def _where(flt: EventFilter) -> tuple[str, list[Any]]:
    where, params = flt.to_sql(merged=True)
    return (f"WHERE {where}" if where else ""), params


def place_counts(store: Store, flt: EventFilter) -> list[PlaceCount]:
    """Merged events per located place (name and coordinates), busiest first."""
    store.require_facts()
    where, params = _where(flt)
    located = "lat IS NOT NULL AND lon IS NOT NULL"
    where = f"{where} AND {located}" if where else f"WHERE {located}"
    rows = store.con.execute(
        "SELECT location_name, location_country, round(lat, 3), round(lon, 3), count(*) AS n"
        f" FROM facts {where} GROUP BY 1, 2, 3, 4 ORDER BY n DESC, 1", params,
    ).fetchall()
    return [PlaceCount(str(r[0]), r[1], float(r[2]), float(r[3]), int(r[4])) for r in rows]


def country_counts(store: Store, flt: EventFilter) -> dict[str, int]:
    """Merged events per location country (ISO3)."""
    store.require_facts()
    where, params = _where(flt)
    known = "location_country IS NOT NULL"
    where = f"{where} AND {known}" if where else f"WHERE {known}"
    rows = store.con.execute(
        f"SELECT location_country, count(*) FROM facts {where} GROUP BY 1 ORDER BY 1", params
    ).fetchall()
    return {str(c): int(n) for c, n in rows}


def locations_of(store: Store, event_ids: list[str]) -> dict[str, dict[str, Any]]:
    """Merged event id -> its location record (for placing trips on the map)."""
    if not event_ids:
        return {}
    marks = ", ".join(["?"] * len(event_ids))
    rows = store.con.execute(
        f"SELECT event_id, record FROM facts WHERE event_id IN ({marks})", event_ids
    ).fetchall()
    out = {}
    for event_id, record in rows:
        loc = json.loads(record).get("location")
        if loc:
            out[event_id] = loc
    return out
