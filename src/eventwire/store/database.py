"""The DuckDB store: articles, per-article events, evidence, actors and merged facts.

Each article is written in its own transaction (article row, its events,
their evidence, the actors they name, and the merged facts they touch), so a
crash or Ctrl-C leaves the store as it was before the article in flight. Article
ids are content hashes, so ingesting the same text again is detected before any
work is stored. Every event also keeps its full JSON record: the flat columns are
for querying, the record is what exports and the API return, unchanged.

Merged facts (see ``store/merge.py``) live beside the events they come from:

- ``merge_blocks (event_id, block)``: the merge block of every per-article event;
- ``facts``: one row per merged fact, the same flat columns as ``events`` (so one
  filter serves both) plus ``articles``, ``block`` and the merged ``record``;
- ``fact_members (fact_id, event_id, article_id, block)``: which events were merged;
- ``fact_history (fact_id, seq, status, article_date, article_id, outlet,
  event_id, block)``: each report of the fact in article-date order.

When an article is added, only the blocks its events fall in are merged again,
from all the stored events of those blocks; the result depends on the set of
events only, so re-ingesting or ingesting in another order gives the same facts.
Rows are written with one statement per table and article (a multi-row VALUES
list, or an Arrow table for larger batches), because per-row statements dominated
the cost of a small transaction in DuckDB. Re-merging costs time in proportion to
the touched blocks (all stored events of one CAMEO root between one pair of
parties); ``merge_blocks`` has no index, so each article also scans it once.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from eventwire.errors import StoreError
from eventwire.model import Actor, Article, Event
from eventwire.store.merge import Fact, Member, member_from_record, merge, outlet_of

SCHEMA_VERSION = 2
EVENT_COLUMNS = 33
FACT_COLUMNS = 35
_ARROW_FROM = 120  # values per INSERT above which rows go through Arrow

# The flat columns an event and a merged fact share: one list, so the two tables
# cannot drift apart (exports and queries read either).
FLAT_DDL = """date DATE, date_precision VARCHAR,
    source_text VARCHAR, source_actor_id VARCHAR, source_name VARCHAR, source_code VARCHAR,
    source_country VARCHAR, source_kind VARCHAR, source_role VARCHAR,
    target_text VARCHAR, target_actor_id VARCHAR, target_name VARCHAR, target_code VARCHAR,
    target_country VARCHAR, target_kind VARCHAR, target_role VARCHAR,
    cameo VARCHAR, cameo_root VARCHAR, cameo_name VARCHAR, quad_class INTEGER,
    goldstein DOUBLE, plover_type VARCHAR, plover_mode VARCHAR, status VARCHAR,
    location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE,
    mentions INTEGER, sources INTEGER"""

SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY, ref VARCHAR, url VARCHAR, source VARCHAR, published DATE,
    title VARCHAR, place VARCHAR, origin VARCHAR, text VARCHAR,
    ingested_at TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY, article_id VARCHAR, {FLAT_DDL}, record JSON
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
CREATE TABLE IF NOT EXISTS merge_blocks (event_id VARCHAR, block VARCHAR);
CREATE TABLE IF NOT EXISTS facts (
    event_id VARCHAR, block VARCHAR, {FLAT_DDL}, articles INTEGER, record JSON, first_article DATE
);
CREATE TABLE IF NOT EXISTS fact_members (
    fact_id VARCHAR, event_id VARCHAR, article_id VARCHAR, block VARCHAR
);
CREATE TABLE IF NOT EXISTS fact_history (
    fact_id VARCHAR, seq INTEGER, status VARCHAR, article_date DATE, article_id VARCHAR,
    outlet VARCHAR, event_id VARCHAR, block VARCHAR
);
"""

TABLES = ("articles", "events", "evidence", "actors", "facts")


@dataclass(frozen=True, slots=True)
class IngestOutcome:
    article_id: str
    new: bool
    events: int


@dataclass(frozen=True, slots=True)
class MergeSummary:
    events: int
    facts: int
    merged_events: int  # events that share their fact with at least one other

    def line(self) -> str:
        return (f"{self.events} per-article events -> {self.facts} merged events"
                f" ({self.merged_events} events merged with another report)")


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
            self._upgrade()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def _upgrade(self) -> None:
        """A store written before merging existed gets its facts built once."""
        row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is not None and row[0] == str(SCHEMA_VERSION):
            return
        if row is not None:
            self.rebuild_facts()
        self.con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)",
                         [str(SCHEMA_VERSION)])

    def has_article(self, article_id: str) -> bool:
        row = self.con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone()
        return row is not None

    # -- writing ------------------------------------------------------------------
    def add(self, article: Article, events: Sequence[Event]) -> IngestOutcome:
        """Store one article and its events atomically, and merge the facts they
        touch; a known article is a no-op."""
        if self.has_article(article.id):
            return IngestOutcome(article.id, False, 0)
        first: dict[str, Event] = {}
        for e in events:  # the same id twice in one article: keep the first (as before)
            first.setdefault(e.event_id, e)
        unique = list(first.values())
        self.con.execute("BEGIN TRANSACTION")
        try:
            self._insert_article(article)
            members = self._insert_events(unique, article)
            if members:
                self._remerge({m.block for m in members})
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return IngestOutcome(article.id, True, len(unique))

    def _insert_article(self, a: Article) -> None:
        self.con.execute(
            "INSERT INTO articles (id, ref, url, source, published, title, place, origin, text)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [a.id, a.ref, a.url, a.source, a.published, a.title, a.place, a.origin, a.text],
        )

    def _insert_events(self, events: Sequence[Event], article: Article) -> list[Member]:
        outlet = outlet_of(article.source, article.url, article.id)
        event_rows, evidence_rows, members = [], [], []
        actors: dict[str, list[Any]] = {}
        for e in events:
            record_json = e.to_json()
            event_rows.append(_event_row(e, article.id, record_json))
            evidence_rows += [
                [e.event_id, ev.article_id, ev.sentence, ev.start, ev.end, ev.trigger, ev.rule,
                 ev.trigger_start, ev.trigger_end]
                for ev in e.evidence
            ]
            for actor in (e.source, e.target):
                if actor is not None and actor.actor_id and actor.actor_id not in actors:
                    actors[actor.actor_id] = [actor.actor_id, actor.name, actor.code,
                                              actor.country, actor.kind, actor.role]
            members.append(member_from_record(json.loads(record_json), article.id,
                                              article.published, outlet))
        self._insert_many("INSERT OR IGNORE INTO events", EVENT_COLUMNS, event_rows)
        self._insert_many("INSERT INTO evidence", 9, evidence_rows)
        self._insert_many("INSERT OR IGNORE INTO actors", 6, list(actors.values()))
        self._insert_many("INSERT INTO merge_blocks", 2, [[m.event_id, m.block] for m in members])
        return members

    def _insert_many(self, statement: str, width: int, rows: Sequence[Sequence[Any]]) -> None:
        """Insert rows with one statement: small batches as a parameterised multi-row
        VALUES list, larger ones through an Arrow table (DuckDB binds each parameter
        separately, so a few hundred of them cost more than one Arrow scan)."""
        if not rows:
            return
        if len(rows) * width <= _ARROW_FROM:
            one = "(" + ", ".join(["?"] * width) + ")"
            self.con.execute(f"{statement} VALUES {', '.join([one] * len(rows))}",
                             [value for row in rows for value in row])
            return
        columns = list(zip(*rows, strict=True))
        batch = pa.table({f"c{i}": pa.array(col) for i, col in enumerate(columns)})
        self.con.register("_eventwire_rows", batch)
        try:
            self.con.execute(f"{statement} SELECT * FROM _eventwire_rows")
        finally:
            self.con.unregister("_eventwire_rows")

    def _remerge(self, blocks: set[str]) -> None:
        """Merge again every stored event of ``blocks`` and replace their facts."""
        keys = sorted(blocks)
        marks = ", ".join(["?"] * len(keys))
        facts = merge(self._members(f"b.block IN ({marks})", keys))
        for table in ("facts", "fact_members", "fact_history"):
            self.con.execute(f"DELETE FROM {table} WHERE block IN ({marks})", keys)
        self._write_facts(facts)

    def _members(self, where: str, params: Sequence[Any]) -> list[Member]:
        """Members of the events in the blocks ``where`` selects; every event when empty."""
        sql = "SELECT e.record, e.article_id, a.published, a.source, a.url FROM events e"
        if where:
            sql += " JOIN merge_blocks b ON b.event_id = e.event_id"
        sql += " JOIN articles a ON a.id = e.article_id"
        if where:
            sql += f" WHERE {where}"
        rows = self.con.execute(sql, list(params)).fetchall()
        return [member_from_record(json.loads(record), article_id, published,
                                   outlet_of(source, url, article_id))
                for record, article_id, published, source, url in rows]

    def _write_facts(self, facts: Sequence[Fact]) -> None:
        self._insert_many("INSERT INTO facts", FACT_COLUMNS, [_fact_row(f) for f in facts])
        self._insert_many("INSERT INTO fact_members", 4, [
            [f.fact_id, m.event_id, m.article_id, f.block] for f in facts for m in f.members])
        self._insert_many("INSERT INTO fact_history", 8, [
            [f.fact_id, seq, h.status, h.article_date, h.article_id, h.outlet, h.event_id,
             f.block]
            for f in facts for seq, h in enumerate(f.history)])

    def rebuild_facts(self) -> MergeSummary:
        """Recompute every merged fact from the per-article events (one transaction)."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            for table in ("merge_blocks", "facts", "fact_members", "fact_history"):
                self.con.execute(f"DELETE FROM {table}")
            members = self._members("", ())
            self._insert_many("INSERT INTO merge_blocks", 2,
                              [[m.event_id, m.block] for m in members])
            self._write_facts(merge(members))
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return self.merge_summary()

    # -- reading ------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        out = {}
        for table in TABLES:
            if not self._has_table(table):
                continue
            row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
            out[table] = int(row[0]) if row else 0
        return out

    def merge_summary(self) -> MergeSummary:
        self.require_facts()
        row = self.con.execute(
            "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM facts),"
            " (SELECT count(*) FROM fact_members WHERE fact_id IN"
            "  (SELECT fact_id FROM fact_members GROUP BY fact_id HAVING count(*) > 1))"
        ).fetchone()
        events, facts, merged = row if row else (0, 0, 0)
        return MergeSummary(int(events), int(facts), int(merged))

    def records(self, where: str = "", params: Sequence[Any] = (), *, limit: int | None = None,
                order: str = "date NULLS LAST, event_id") -> Iterator[dict[str, Any]]:
        """Per-article event records matching a SQL condition built by query.py."""
        return self._select("events", where, params, limit, order)

    def facts(self, where: str = "", params: Sequence[Any] = (), *, limit: int | None = None,
              order: str = "date NULLS LAST, event_id") -> Iterator[dict[str, Any]]:
        """Merged event records matching a SQL condition built by query.py."""
        self.require_facts()
        return self._select("facts", where, params, limit, order)

    def _select(self, table: str, where: str, params: Sequence[Any], limit: int | None,
                order: str) -> Iterator[dict[str, Any]]:
        # ``order`` comes from query.SORTS (fixed SQL), never from user text
        sql = f"SELECT record FROM {table}"
        if where:
            sql += " WHERE " + where
        sql += f" ORDER BY {order}"
        if limit is not None:
            sql += " LIMIT ?"
            params = [*params, int(limit)]
        for (record,) in self.con.execute(sql, list(params)).fetchall():
            yield json.loads(record)

    def article_meta(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """url, source, published date and first-paragraph end of articles, for exports."""
        wanted = sorted(set(ids))
        if not wanted:
            return {}
        marks = ", ".join(["?"] * len(wanted))
        rows = self.con.execute(
            "SELECT id, url, source, published, coalesce(nullif(strpos(text, chr(10)), 0),"
            f" length(text)) FROM articles WHERE id IN ({marks})", wanted,
        ).fetchall()
        return {r[0]: {"url": r[1], "source": r[2], "published": r[3], "lead_end": int(r[4])}
                for r in rows}

    def _has_table(self, table: str) -> bool:
        row = self.con.execute(
            "SELECT 1 FROM information_schema.tables WHERE table_name = ?", [table]).fetchone()
        return row is not None

    def require_facts(self) -> None:
        """Raise a clear StoreError on a store opened read-only that predates merging."""
        if not self._has_table("facts"):
            raise StoreError(str(self.path), "store written by an older eventwire has no merged"
                             " events; run `eventwire merge --rebuild` on it once")


def _actor_columns(actor: Actor | None) -> list[Any]:
    if actor is None:
        return [None] * 7
    return [actor.text, actor.actor_id, actor.name, actor.code, actor.country, actor.kind,
            actor.role]


def _event_row(e: Event, article_id: str, record_json: str) -> list[Any]:
    loc = e.location
    return [
        e.event_id, article_id, e.date, e.date_precision,
        *_actor_columns(e.source), *_actor_columns(e.target),
        e.cameo, e.cameo_root, e.cameo_name, e.quad_class, e.goldstein,
        e.plover.event_type if e.plover else None, e.plover.mode if e.plover else None,
        e.status, loc.name if loc else None, loc.country if loc else None,
        loc.lat if loc else None, loc.lon if loc else None,
        e.mentions, e.sources, record_json,
    ]


def _record_actor(actor: dict[str, Any] | None) -> list[Any]:
    a = actor or {}
    return [a.get(k) for k in ("text", "actor_id", "name", "code", "country", "kind", "role")]


def _fact_row(f: Fact) -> list[Any]:
    r = f.record
    plover = r.get("plover") or {}
    loc = r.get("location") or {}
    first = min((h.article_date for h in f.history if h.article_date), default=None)
    return [
        f.fact_id, f.block, _as_date(r.get("date")), r.get("date_precision"),
        *_record_actor(r.get("source")), *_record_actor(r.get("target")),
        r.get("cameo"), r.get("cameo_root"), r.get("cameo_name"), r.get("quad_class"),
        r.get("goldstein"), plover.get("event_type"), plover.get("mode"), r.get("status"),
        loc.get("name"), loc.get("country"), loc.get("lat"), loc.get("lon"),
        r["mentions"], r["sources"], r["articles"], json.dumps(r, ensure_ascii=False), first,
    ]


def _as_date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _one_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
