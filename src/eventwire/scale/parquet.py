"""Events and articles to Parquet and back, without losing anything.

A worker's events cross the network and sit in the staging folder as Parquet,
so the conversion must be exact: an event read back compares equal to the one
extracted (``Event.__eq__``), and its ``to_record()`` is the same JSON the
single-process store would write. The columns follow ``Event.to_record`` (the
output contract in DESIGN.md) as nested Arrow structs rather than one JSON
string, so a staged partition can also be queried where it lies
(``duckdb.sql("FROM 'staging/*/events.parquet'")``). Two things ride along that
the record leaves out: each actor's ``org`` (an IGO key the resolver set) and
the owning ``article_id`` of each row, which the loader groups by.
``Event.extras`` is scratch space inside one process and is not kept.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from eventwire.model import Actor, Article, Event, Evidence, Location, Plover

FORMAT_VERSION = 1
COMPRESSION = "zstd"

_s = pa.string()
ACTOR = pa.struct([(name, _s) for name in
                   ("text", "actor_id", "name", "code", "country", "kind", "role", "org")])
LOCATION = pa.struct([("name", _s), ("country", _s), ("lat", pa.float64()),
                      ("lon", pa.float64())])
PLOVER = pa.struct([("event_type", _s), ("mode", _s)])
EVIDENCE = pa.struct([
    ("article_id", _s), ("sentence", _s), ("start", pa.int64()), ("end", pa.int64()),
    ("trigger", _s), ("rule", _s), ("trigger_start", pa.int64()), ("trigger_end", pa.int64()),
])
EVENT_SCHEMA = pa.schema([
    ("article_id", _s),  # the article the event was extracted from (the loader's key)
    ("event_id", _s),
    ("article_ids", pa.list_(_s)),
    ("date", _s),  # kept as the record's ISO text: the precision column says what it means
    ("date_precision", _s),
    ("source", ACTOR),
    ("target", ACTOR),
    ("cameo", _s),
    ("cameo_root", _s),
    ("cameo_name", _s),
    ("quad_class", pa.int64()),
    ("goldstein", pa.float64()),
    ("plover", PLOVER),
    ("status", _s),
    ("location", LOCATION),
    ("mentions", pa.int64()),
    ("sources", pa.int64()),
    ("evidence", pa.list_(EVIDENCE)),
], metadata={"eventwire": f"events v{FORMAT_VERSION}"})
ARTICLE_SCHEMA = pa.schema([
    ("id", _s), ("text", _s), ("url", _s), ("source", _s), ("published", pa.date32()),
    ("title", _s), ("place", _s), ("ref", _s), ("origin", _s),
], metadata={"eventwire": f"articles v{FORMAT_VERSION}"})


# -- events -------------------------------------------------------------------------
def event_row(event: Event, article_id: str) -> dict[str, Any]:
    """``to_record()`` plus the owning article and each actor's ``org``."""
    row = event.to_record()
    row["article_id"] = article_id
    row["source"] = _actor_row(event.source)
    row["target"] = _actor_row(event.target)
    return row


def _actor_row(actor: Actor | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {**actor.to_record(), "org": actor.org}


def event_from_record(record: Mapping[str, Any]) -> Event:
    """The inverse of ``Event.to_record`` (extra keys such as ``org`` are read
    when present, so a plain record from the store or an export also works)."""
    plover = record.get("plover")
    return Event(
        event_id=record["event_id"],
        article_ids=tuple(record["article_ids"]),
        source=_actor(record.get("source")),
        target=_actor(record.get("target")),
        cameo=record["cameo"],
        cameo_root=record["cameo_root"],
        cameo_name=record.get("cameo_name"),
        quad_class=record.get("quad_class"),
        goldstein=record.get("goldstein"),
        plover=Plover(plover["event_type"], plover["mode"]) if plover else None,
        status=record["status"],
        evidence=tuple(_evidence(e) for e in record.get("evidence") or ()),
        date=record.get("date"),
        date_precision=record.get("date_precision"),
        location=_location(record.get("location")),
        mentions=record.get("mentions", 1),
        sources=record.get("sources", 1),
    )


def _actor(data: Mapping[str, Any] | None) -> Actor | None:
    if data is None:
        return None
    return Actor(text=data["text"], actor_id=data.get("actor_id"), name=data.get("name"),
                 code=data.get("code"), country=data.get("country"), kind=data.get("kind"),
                 role=data.get("role"), org=data.get("org"))


def _location(data: Mapping[str, Any] | None) -> Location | None:
    if data is None:
        return None
    return Location(name=data["name"], country=data.get("country"), lat=data.get("lat"),
                    lon=data.get("lon"))


def _evidence(data: Mapping[str, Any]) -> Evidence:
    return Evidence(article_id=data["article_id"], sentence=data["sentence"],
                    start=data["start"], end=data["end"], trigger=data["trigger"],
                    rule=data["rule"], trigger_start=data.get("trigger_start"),
                    trigger_end=data.get("trigger_end"))


def events_table(results: Iterable[tuple[Article, Sequence[Event]]]) -> pa.Table:
    """One row per event, in article order then extraction order."""
    rows = [event_row(ev, article.id) for article, events in results for ev in events]
    return pa.Table.from_pylist(rows, schema=EVENT_SCHEMA)


def events_by_article(table: pa.Table) -> dict[str, list[Event]]:
    """Rows back to events, grouped by owning article, order kept."""
    grouped: dict[str, list[Event]] = {}
    for row in table.to_pylist():
        grouped.setdefault(row["article_id"], []).append(event_from_record(row))
    return grouped


# -- articles -----------------------------------------------------------------------
def articles_table(articles: Iterable[Article]) -> pa.Table:
    rows = [{"id": a.id, "text": a.text, "url": a.url, "source": a.source,
             "published": a.published, "title": a.title, "place": a.place, "ref": a.ref,
             "origin": a.origin} for a in articles]
    return pa.Table.from_pylist(rows, schema=ARTICLE_SCHEMA)


def articles_from_table(table: pa.Table) -> list[Article]:
    return [Article(id=r["id"], text=r["text"], url=r["url"], source=r["source"],
                    published=r["published"], title=r["title"], place=r["place"],
                    ref=r["ref"], origin=r["origin"]) for r in table.to_pylist()]


# -- bytes --------------------------------------------------------------------------
def to_parquet_bytes(table: pa.Table) -> bytes:
    """A whole Parquet file in memory: what a worker sends back to the driver."""
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, compression=COMPRESSION)
    return bytes(sink.getvalue().to_pybytes())


def from_parquet_bytes(data: bytes, schema: pa.Schema) -> pa.Table:
    return pq.read_table(pa.BufferReader(data), schema=schema)
