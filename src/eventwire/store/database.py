"""The DuckDB store: articles, events, evidence and actors in one file.

Each article is written in its own transaction (article row, its events,
their evidence, the actors they name), so a crash or Ctrl-C leaves the store as
it was before the article in flight. Article ids are content hashes, so
ingesting the same text again is detected before any work is stored.
Every event also keeps its full JSON record: the flat columns are for
querying, the record is what exports and the API return, unchanged.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from eventwire.errors import StoreError
from eventwire.model import Actor, Article, Event

SCHEMA_VERSION = 1
EVENT_COLUMNS = 33

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY, ref VARCHAR, url VARCHAR, source VARCHAR, published DATE,
    title VARCHAR, place VARCHAR, origin VARCHAR, text VARCHAR,
    ingested_at TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY, article_id VARCHAR, date DATE, date_precision VARCHAR,
    source_text VARCHAR, source_actor_id VARCHAR, source_name VARCHAR, source_code VARCHAR,
    source_country VARCHAR, source_kind VARCHAR, source_role VARCHAR,
    target_text VARCHAR, target_actor_id VARCHAR, target_name VARCHAR, target_code VARCHAR,
    target_country VARCHAR, target_kind VARCHAR, target_role VARCHAR,
    cameo VARCHAR, cameo_root VARCHAR, cameo_name VARCHAR, quad_class INTEGER,
    goldstein DOUBLE, plover_type VARCHAR, plover_mode VARCHAR, status VARCHAR,
    location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE,
    mentions INTEGER, sources INTEGER, record JSON
);
CREATE TABLE IF NOT EXISTS evidence (
    event_id VARCHAR, article_id VARCHAR, sentence VARCHAR, start_char INTEGER,
    end_char INTEGER, trigger VARCHAR, rule VARCHAR, trigger_start INTEGER,
    trigger_end INTEGER
);
CREATE TABLE IF NOT EXISTS actors (
    actor_id VARCHAR PRIMARY KEY, name VARCHAR, code VARCHAR, country VARCHAR,
    kind VARCHAR, role VARCHAR
);
"""


@dataclass(frozen=True, slots=True)
class IngestOutcome:
    article_id: str
    new: bool
    events: int


class Store:
    """A handle on one DuckDB file. Use as a context manager."""

    def __init__(self, path: Path | str, *, read_only: bool = False) -> None:
        self.path = Path(path)
        if read_only and not self.path.exists():
            raise StoreError(str(self.path), "no such store; run `eventwire ingest` first")
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(str(self.path), f"cannot open store: {_one_line(exc)}") from exc
        if not read_only:
            self.con.execute(SCHEMA)
            self.con.execute(
                "INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
            )

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def has_article(self, article_id: str) -> bool:
        row = self.con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone()
        return row is not None

    def add(self, article: Article, events: Sequence[Event]) -> IngestOutcome:
        """Store one article and its events atomically; a known article is a no-op."""
        if self.has_article(article.id):
            return IngestOutcome(article.id, False, 0)
        self.con.execute("BEGIN TRANSACTION")
        try:
            self._insert_article(article)
            for event in events:
                self._insert_event(event, article.id)
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return IngestOutcome(article.id, True, len(events))

    def _insert_article(self, a: Article) -> None:
        self.con.execute(
            "INSERT INTO articles (id, ref, url, source, published, title, place, origin, text)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [a.id, a.ref, a.url, a.source, a.published, a.title, a.place, a.origin, a.text],
        )

    def _insert_event(self, e: Event, article_id: str) -> None:
        loc = e.location
        self.con.execute(
            f"INSERT OR IGNORE INTO events VALUES ({', '.join(['?'] * EVENT_COLUMNS)})",
            [
                e.event_id, article_id, e.date, e.date_precision,
                *_actor_columns(e.source), *_actor_columns(e.target),
                e.cameo, e.cameo_root, e.cameo_name, e.quad_class, e.goldstein,
                e.plover.event_type if e.plover else None, e.plover.mode if e.plover else None,
                e.status, loc.name if loc else None, loc.country if loc else None,
                loc.lat if loc else None, loc.lon if loc else None,
                e.mentions, e.sources, e.to_json(),
            ],
        )
        for ev in e.evidence:
            self.con.execute(
                "INSERT INTO evidence VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [e.event_id, ev.article_id, ev.sentence, ev.start, ev.end, ev.trigger, ev.rule,
                 ev.trigger_start, ev.trigger_end],
            )
        for actor in (e.source, e.target):
            if actor is not None and actor.actor_id:
                self.con.execute(
                    "INSERT OR IGNORE INTO actors VALUES (?, ?, ?, ?, ?, ?)",
                    [actor.actor_id, actor.name, actor.code, actor.country, actor.kind,
                     actor.role],
                )

    def counts(self) -> dict[str, int]:
        out = {}
        for table in ("articles", "events", "evidence", "actors"):
            row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
            out[table] = int(row[0]) if row else 0
        return out

    def records(self, where: str = "", params: Sequence[Any] = (), *, limit: int | None = None
                ) -> Iterator[dict[str, Any]]:
        """Event records (the output contract) matching a SQL condition built by query.py."""
        sql = "SELECT record FROM events"
        if where:
            sql += " WHERE " + where
        sql += " ORDER BY date NULLS LAST, event_id"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        for (record,) in self.con.execute(sql, list(params)).fetchall():
            yield json.loads(record)


def _actor_columns(actor: Actor | None) -> list[Any]:
    if actor is None:
        return [None] * 7
    return [actor.text, actor.actor_id, actor.name, actor.code, actor.country, actor.kind,
            actor.role]


def _one_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
